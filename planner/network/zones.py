"""No-go and soft zones: cutting the network and pricing forest legs.

Lines meeting a zone get the points where they cross its boundary as new
vertices; each segment is then wholly inside or outside, classified by its
midpoint.  Segments inside a hard zone are dropped (the line is cut at the
boundary; a zone a boat may pass does not cut rivers); segments inside soft
zones have their time multiplied by the product of the factors.  Only lines whose boxes meet a zone's box are touched,
so the cost is proportional to the part of the network near zones.

An invalid zone is repaired so that it never shrinks: ``buffer(0)`` keeps one
lobe of a bow-tie and drops the other, which would route a team through a
reserve.  ``repair_zone`` instead keeps every face each ring encloses
(``core.geometry.every_face``); a hard zone with nothing left to keep stops
the plan with a message naming the feature.
"""

from __future__ import annotations

import logging
import math
from dataclasses import replace
from typing import Dict, List, Optional, Sequence, Tuple

from shapely.geometry import LineString, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union
from shapely.prepared import PreparedGeometry, prep

from ..core import InputError, message
from ..core.geometry import every_face, flat, polygon_parts
from .topology import Piece
from .travel_model import BOAT, Zone

log = logging.getLogger(__name__)


class Zones:
    """The hard and soft zones, prepared for the many small queries of the builder."""

    def __init__(self, zones: Sequence[Zone]) -> None:
        zones = [repair_zone(z) for z in zones]
        self.hard = [z for z in zones if z.factor is None and not z.polygon.is_empty]
        self.soft = [z for z in zones if z.factor is not None and not z.polygon.is_empty and z.factor != 1.0]
        self._hard_prepared = [prep(z.polygon) for z in self.hard]
        self._soft_prepared = [prep(z.polygon) for z in self.soft]
        # zone name -> the line ends its cuts made (where a route it cuts stops: ``TravelNetwork.cut_between``)
        self.cut_ends: Dict[str, List[Tuple[float, float]]] = {}
        self._soft_bounds = [z.polygon.bounds for z in self.soft]

    def __bool__(self) -> bool:
        return bool(self.hard or self.soft)

    def inside_hard(self, geometry: BaseGeometry) -> bool:
        """True when ``geometry`` lies wholly inside a no-go zone."""
        return any(p.contains(geometry) for p in self._hard_prepared)

    def leg_blocked(self, a: Tuple[float, float], b: Tuple[float, float]) -> bool:
        """True when the straight leg a-b enters the inside of a no-go zone."""
        if not self.hard:
            return False
        leg = LineString([a, b]) if a != b else Point(a)
        for zone, prepared in zip(self.hard, self._hard_prepared):
            if prepared.intersects(leg) and not zone.polygon.touches(leg):
                return True
        return False

    def leg_factor_length(self, a: Tuple[float, float], b: Tuple[float, float]) -> float:
        """Length of a-b in metres weighted by the soft factors along it."""
        length = math.hypot(b[0] - a[0], b[1] - a[1])
        if not self.soft or length == 0:
            return length
        # only the zones whose box the leg's box meets (thousands of legs between crowded plots, issue 25)
        leg = (min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))
        near = [k for k, bounds in enumerate(self._soft_bounds) if _boxes_meet(leg, bounds)]
        if not near:
            return length
        soft, prepared = [self.soft[k] for k in near], [self._soft_prepared[k] for k in near]
        xs, ys, factors = _weighted([a[0], b[0]], [a[1], b[1]], soft, prepared)
        return sum(f * math.hypot(xs[i + 1] - xs[i], ys[i + 1] - ys[i]) for i, f in enumerate(factors))

    def cut(self, pieces: List[Piece]) -> Tuple[List[Piece], int]:
        """Pieces with hard zones cut away and soft factors set; also how many pieces were touched."""
        if not self:
            return pieces, 0
        out: List[Piece] = []
        touched = 0
        for piece in pieces:
            result = self._cut_piece(piece)
            if result is None:
                out.append(piece)
            else:
                touched += 1
                out.extend(result)
        log.debug("Zones touched %d pieces", touched)
        return out, touched

    def _cut_piece(self, piece: Piece) -> Optional[List[Piece]]:
        """The runs of ``piece`` outside every no-go zone, with their soft factors; None when no zone meets it."""
        box = (min(piece.xs), min(piece.ys), max(piece.xs), max(piece.ys))
        hard = [
            i
            for i, z in enumerate(self.hard)
            if _boxes_meet(box, z.polygon.bounds) and not (z.boat_passes and piece.kind == BOAT)
        ]
        soft = [i for i, z in enumerate(self.soft) if _boxes_meet(box, z.polygon.bounds)]
        if not hard and not soft:
            return None
        line = LineString(list(zip(piece.xs, piece.ys)))
        hard = [i for i in hard if self._hard_prepared[i].intersects(line)]
        soft = [i for i in soft if self._soft_prepared[i].intersects(line)]
        if not hard and not soft:
            return None
        zones = [self.hard[i] for i in hard] + [self.soft[i] for i in soft]
        prepared = [self._hard_prepared[i] for i in hard] + [self._soft_prepared[i] for i in soft]
        xs, ys, factors = _weighted(piece.xs, piece.ys, zones, prepared, base=piece.factors)
        pieces: List[Piece] = []
        run: List[int] = []
        for k, f in enumerate(factors + [0.0]):
            if f > 0:
                run.append(k)
                continue
            if run:  # a run of segments outside every hard zone
                a, b = run[0], run[-1] + 1
                self._cut_at(xs, ys, factors, a, a - 1, zones[: len(hard)], prepared[: len(hard)])
                self._cut_at(xs, ys, factors, b, b, zones[: len(hard)], prepared[: len(hard)])
                pieces.append(
                    Piece(
                        piece.kind,
                        xs[a : b + 1],
                        ys[a : b + 1],
                        piece.speed,
                        piece.fid,
                        factors[a:b] if any(x != 1.0 for x in factors[a:b]) else None,
                        piece.road,
                    )
                )
                run = []
        return pieces

    def _cut_at(
        self,
        xs: Sequence[float],
        ys: Sequence[float],
        factors: Sequence[float],
        vertex: int,
        segment: int,
        hard: Sequence[Zone],
        prepared: Sequence[PreparedGeometry],
    ) -> None:
        """Records ``vertex`` as a cut end of the no-go zone holding ``segment``, when it was dropped."""
        if not 0 <= segment < len(factors) or factors[segment] != 0.0:
            return
        mid = Point((xs[segment] + xs[segment + 1]) / 2, (ys[segment] + ys[segment + 1]) / 2)
        for zone, inside in zip(hard, prepared):
            if inside.contains(mid):
                self.cut_ends.setdefault(zone.name, []).append((xs[vertex], ys[vertex]))
                return


def repair_zone(zone: Zone) -> Zone:
    """``zone`` with a valid (Multi)Polygon covering every lobe of the drawn one.

    Lines and points in a GeometryCollection are left out, its polygons kept.
    Raises ``InputError`` naming the feature when a no-go zone has no area left.
    """
    geometry = flat(zone.polygon)  # the network is 2D: a third ordinate would break every crossing found
    if geometry is not zone.polygon:
        zone = replace(zone, polygon=geometry)
    parts = polygon_parts(geometry)
    if isinstance(geometry, (Polygon, MultiPolygon)) and geometry.is_valid and not geometry.is_empty:
        return zone
    shape = every_face(geometry)
    if shape.is_empty or shape.area <= 0 or not shape.is_valid:
        if zone.factor is not None:
            log.warning(message("slow_zone_empty", zone=zone.name))
            return replace(zone, polygon=Polygon())
        raise _zone_error(zone, "zone_no_area")
    # Against the union: parts of a MultiPolygon may overlap, and their sum would count that twice.
    valid = [p for p in parts if p.is_valid]
    if valid and shape.area + 1e-9 < unary_union(valid).area:
        raise _zone_error(zone, "zone_lost_area")
    log.info(message("no_go_repaired", zone=zone.name, area=shape.area))
    return replace(zone, polygon=shape)


def _zone_error(zone: Zone, code: str) -> InputError:
    source = message("source_zones")
    try:
        return InputError(message(code), source, feature=int(zone.name))
    except (TypeError, ValueError):
        return InputError(message("zone_named", reason=message(code), zone=zone.name), source)


def _boxes_meet(a: Sequence[float], b: Sequence[float]) -> bool:
    return a[0] <= b[2] and a[2] >= b[0] and a[1] <= b[3] and a[3] >= b[1]


def _weighted(
    xs: Sequence[float],
    ys: Sequence[float],
    zones: Sequence[Zone],
    prepared: Sequence[PreparedGeometry],
    base: Optional[Sequence[float]] = None,
) -> Tuple[List[float], List[float], List[float]]:
    """Vertices with zone boundary crossings inserted and a factor per segment (0 = no-go)."""
    line = LineString(list(zip(xs, ys)))
    cum = [0.0]
    for i in range(len(xs) - 1):
        cum.append(cum[-1] + math.hypot(xs[i + 1] - xs[i], ys[i + 1] - ys[i]))
    extra: List[Tuple[float, float, float]] = []
    for zone in zones:
        crossing = line.intersection(zone.polygon.boundary)
        for part in getattr(crossing, "geoms", [crossing]):
            for x, y in getattr(part, "coords", []):
                extra.append((line.project(Point(x, y)), x, y))
    extra.sort()
    nx, ny, origin = [xs[0]], [ys[0]], [0]
    e = 0
    for i in range(1, len(xs)):
        while e < len(extra) and extra[e][0] < cum[i]:
            _, x, y = extra[e]
            if (x, y) != (nx[-1], ny[-1]) and extra[e][0] > cum[i - 1]:
                nx.append(x)
                ny.append(y)
                origin.append(i - 1)
            e += 1
        nx.append(xs[i])
        ny.append(ys[i])
        origin.append(i - 1)
    factors: List[float] = []
    for k in range(len(nx) - 1):
        mid = Point((nx[k] + nx[k + 1]) / 2, (ny[k] + ny[k + 1]) / 2)
        f = base[origin[k + 1]] if base else 1.0
        for zone, prep_zone in zip(zones, prepared):
            if prep_zone.contains(mid):
                f = 0.0 if zone.factor is None else f * zone.factor
        factors.append(f)
    return nx, ny, factors
