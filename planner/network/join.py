"""Joining terminals (bases, plots) to the network by forest legs.

A terminal joins the trail network at its nearest point and the river network
at its nearest point (landing there costs a transfer), each only where the
straight forest leg is at most ``max_forest_m`` long and crosses no no-go
zone; when the nearest leg is blocked the next nearest point (on another
edge) is tried.  Polygon terminals are reached at their edge: the leg starts
at the polygon's point nearest to the network.  Two terminals are joined by a
straight forest leg only where every point of it is within ``max_forest_m``
of a trail or river (the forest rule, ``TravelModel``).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Protocol, Sequence, Set, Tuple

from shapely.geometry import LineString
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points, unary_union

from ..core.messages import message
from .graph import Graph
from .grid import SegmentGrid, nearest_on_segment
from .travel_model import BOAT, TRAIL, Coord, TravelModel
from .zones import Zones

log = logging.getLogger(__name__)

NO_CONNECTION = message("no_connection")
UPSTREAM_IMPOSSIBLE = message("upstream_impossible")
INSIDE_NO_GO = message("inside_no_go")
TOO_FAR = message("too_far_from_network")
SPARE_M = 10.0  # a forest leg this close to the forest limit is refused (``Joiner._near_network``)


@dataclass(frozen=True)
class Join:
    """Where a terminal meets the network: ``point`` lies on ``edge`` at segment ``seg``, fraction ``t``."""

    mode: str
    edge: int
    seg: int
    t: float
    point: Coord
    origin: Coord
    forest_km: float
    forest_hours: float
    transfer_hours: float  # landing on a river costs a transfer; joining a trail does not

    @property
    def hours(self) -> float:
        return self.forest_hours + self.transfer_hours


@dataclass(frozen=True)
class DirectLeg:
    origin: Coord
    destination: Coord
    km: float
    hours: float


class TerminalJoiner(Protocol):
    """What is asked of a network's joiner: ``Joiner``, or a mode view's (``modes``) that joins only to its modes."""

    def usable_geometry(self, geometry: BaseGeometry) -> Optional[BaseGeometry]: ...

    def joins(self, geometry: BaseGeometry, modes: Sequence[str] = (TRAIL, BOAT)) -> List[Join]: ...

    def direct(self, g1: BaseGeometry, g2: BaseGeometry) -> Optional[DirectLeg]: ...


class Joiner:
    """Finds joins; ``line_grids`` are the builder's grids of the lines, reused where possible."""

    def __init__(
        self, graph: Graph, model: TravelModel, zones: Zones, line_grids: Optional[Dict[str, SegmentGrid]] = None
    ) -> None:
        self.graph = graph
        self.model = model
        self.zones = zones
        self._line_grids = dict(line_grids or {})
        self._grids: Dict[str, List[Tuple[SegmentGrid, List[int]]]] = {}
        self._hard_union = unary_union([z.polygon for z in zones.hard]) if zones.hard else None
        self._distances: Dict[Coord, float] = {}  # point -> metres to the network (``network_distance``)
        # A terminal's join and two terminals' forest leg depend only on their geometries and this network: a
        # what-if's plans, a plan's matrix and its walks to the landings join the same plots (issue 25: their
        # joins were most of each matrix's time).  Kept by the geometries' WKB.
        self._joined: Dict[Tuple[bytes, str], Optional[Join]] = {}
        self._direct: Dict[Tuple[bytes, bytes], Optional[DirectLeg]] = {}

    def _grid(self, mode: str) -> List[Tuple[SegmentGrid, List[int]]]:
        """Grids of the mode's edges, each with the edge of every grid line (-1: not an edge)."""
        if mode not in self._grids:
            g = self.graph
            edges = [e for e, m in enumerate(g.edge_mode) if m == mode]
            grids = []
            old = self._line_grids.pop(mode, None)
            # Most edges are whole input lines, whose coordinate lists the builder's grid
            # already indexes: reuse it (if its cells suit a forest-leg search) and index
            # only the other edges, instead of indexing a million segments again.
            if old is not None and old.cell >= self.model.max_forest_m / 16:
                by_list = {id(g.edge_xs[e]): e for e in edges}
                mapping = [by_list.get(id(xs), -1) for xs, _ in old.lines]
                grids.append((old, mapping))
                covered = set(mapping)
                edges = [e for e in edges if e not in covered]
            if edges:
                fresh = SegmentGrid([(g.edge_xs[e], g.edge_ys[e]) for e in edges], self.model.max_forest_m / 4)
                grids.append((fresh, edges))
            self._grids[mode] = grids
        return self._grids[mode]

    def usable_geometry(self, geometry: BaseGeometry) -> Optional[BaseGeometry]:
        """The part of a terminal outside no-go zones, or None when it is wholly inside one."""
        if self.zones.inside_hard(geometry):
            return None
        if self._hard_union is not None and geometry.geom_type != "Point" and geometry.intersects(self._hard_union):
            geometry = geometry.difference(self._hard_union)
        return geometry

    def joins(self, geometry: BaseGeometry, modes: Sequence[str] = (TRAIL, BOAT)) -> List[Join]:
        """The terminal's joins to the trail network and to the river network (0 to 2), of ``modes`` only."""
        out = []
        wkb = geometry.wkb
        for mode in modes:
            key = (wkb, mode)
            if key in self._joined:
                join = self._joined[key]
            else:
                join = self._joined[key] = self._join(geometry, mode)
            if join is not None:
                out.append(join)
        return out

    def _join(self, geometry: BaseGeometry, mode: str) -> Optional[Join]:
        grids = self._grid(mode)
        if not grids:
            return None
        radius = self.model.max_forest_m
        if geometry.geom_type == "Point":
            # Look near first: the nearest unblocked point is usually within a cell or two.
            x, y = geometry.x, geometry.y
            reach = min(radius, max(grid.cell for grid, _ in grids))
            while True:
                hits = sorted(
                    (d, edges[line], k, t, nx, ny)
                    for grid, edges in grids
                    for d, line, k, t, nx, ny in grid.hits(x, y, reach, per_line=False)
                    if edges[line] >= 0
                )
                for d, edge, k, t, nx, ny in hits:
                    join = self._make(mode, edge, d, (x, y), k, t, nx, ny)
                    if join is not None:
                        return join
                if reach >= radius:
                    return None
                reach = min(radius, 2 * reach)
        best: Dict[int, Tuple[float, Coord, int, int, float, float, float]] = {}
        x0, y0, x1, y1 = geometry.bounds
        for grid, edges in grids:
            for c in grid.chunks_near(x0 - radius, y0 - radius, x1 + radius, y1 + radius):
                line, a, b, *_ = grid.chunks[c]
                edge = edges[line]
                if edge < 0:
                    continue
                xs, ys = grid.lines[line]
                part = LineString(list(zip(xs[a : b + 1], ys[a : b + 1])))
                d = geometry.distance(part)
                if d > radius or (edge in best and best[edge][0] <= d):
                    continue
                on_terminal, on_line = nearest_points(geometry, part)
                k, t, nx, ny = _locate(xs, ys, a, b, on_line.x, on_line.y)
                best[edge] = (d, (on_terminal.x, on_terminal.y), edge, k, t, nx, ny)
        for d, origin, edge, k, t, nx, ny in sorted(best.values()):
            join = self._make(mode, edge, d, origin, k, t, nx, ny)
            if join is not None:
                return join
        return None

    def _make(
        self, mode: str, edge: int, d: float, origin: Coord, k: int, t: float, nx: float, ny: float
    ) -> Optional[Join]:
        """The join, or None when its forest leg crosses a no-go zone."""
        if d > 0 and self.zones.leg_blocked(origin, (nx, ny)):
            return None
        hours = self.zones.leg_factor_length(origin, (nx, ny)) / 1000.0 / self.model.forest_kmh
        transfer = self.model.transfer_h if mode == BOAT else 0.0
        return Join(mode, edge, k, t, (nx, ny), origin, d / 1000.0, hours, transfer)

    def direct(self, g1: BaseGeometry, g2: BaseGeometry) -> Optional[DirectLeg]:
        """A straight forest leg between two terminals, when short enough, not blocked and nowhere farther
        than ``max_forest_m`` from a trail or river (the forest rule: no hopping from clearing to clearing)."""
        key = (g1.wkb, g2.wkb)
        if key not in self._direct:
            self._direct[key] = self._direct_leg(g1, g2)
        return self._direct[key]

    def _direct_leg(self, g1: BaseGeometry, g2: BaseGeometry) -> Optional[DirectLeg]:
        radius = self.model.max_forest_m
        d = g1.distance(g2)
        if d > radius:
            return None
        p1, p2 = nearest_points(g1, g2)
        o, q = (p1.x, p1.y), (p2.x, p2.y)
        if not self._near_network(o, q, d):
            return None
        if d > 0 and self.zones.leg_blocked(o, q):
            return None
        hours = self.zones.leg_factor_length(o, q) / 1000.0 / self.model.forest_kmh
        return DirectLeg(o, q, d / 1000.0, hours)

    def network_distance(self, xy: Coord) -> float:
        """Metres from ``xy`` to the nearest trail or river of the network (inf beyond ``max_forest_m``)."""
        found = self._distances.get(xy)
        if found is None:
            found, limit = math.inf, self.model.max_forest_m
            grids = [g for mode in (TRAIL, BOAT) for g in self._grid(mode)]
            reach = min(limit, max((grid.cell for grid, _ in grids), default=limit))
            while grids:  # near first, as ``_join``: a hit within ``reach`` is the nearest of all
                for grid, edges in grids:
                    hits = grid.hits(xy[0], xy[1], reach)
                    found = min([found] + [h[0] for h in hits if edges[h[1]] >= 0][:1])
                if found < math.inf or reach >= limit:
                    break
                reach = min(limit, 2 * reach)
            self._distances[xy] = found
        return found

    def _near_network(self, o: Coord, q: Coord, length: float) -> bool:
        """Whether every point of the straight leg o-q is within ``max_forest_m`` of a trail or river.

        The distance to the network grows by at most what is walked: a point at ``d`` m from it
        vouches for the next ``max_forest_m - d`` m of the leg.  So the leg is walked from ``o`` in
        such strides, measuring only where a stride ends, until what ``q`` vouches for is reached; a
        stride shorter than ``SPARE_M`` refuses the leg (it grazes the limit: refused, never let pass)."""
        limit = self.model.max_forest_m
        d, d_q = self.network_distance(o), self.network_distance(q)
        if max(d, d_q) > limit:
            return False
        at = 0.0
        while True:
            at += limit - d  # every point up to here is within the limit
            if at >= length - (limit - d_q):
                return True
            f = at / length
            d = self.network_distance((o[0] + f * (q[0] - o[0]), o[1] + f * (q[1] - o[1])))
            if d > limit - SPARE_M:
                return False


def _locate(
    xs: Sequence[float], ys: Sequence[float], a: int, b: int, x: float, y: float
) -> Tuple[int, float, float, float]:
    """(segment, t, x, y) of the point of segments a..b nearest to (x, y)."""
    best = None
    for k in range(a, b):
        t, nx, ny = nearest_on_segment(x, y, xs[k], ys[k], xs[k + 1], ys[k + 1])
        d = (nx - x) ** 2 + (ny - y) ** 2
        if best is None or d < best[0]:
            best = (d, k, t, nx, ny)
    if best is None:
        raise ValueError(f"no segment between vertices {a} and {b}")
    return best[1], best[2], best[3], best[4]


def near_pairs(
    boxes: Sequence[Optional[Tuple[float, float, float, float]]], radius: float, sources: Optional[Set[int]]
) -> Iterator[Tuple[int, int]]:
    """Pairs (i, j), i < j, whose boxes come within ``radius`` of each other (with a source among them when
    ``sources`` is given): the candidates for a straight forest leg, found by cells rather than all n x n."""
    cell = max(radius, 1.0)
    cells: Dict[Tuple[int, int], List[int]] = {}
    for i, b in enumerate(boxes):
        if b is None:
            continue
        for cx in range(int(b[0] // cell), int(b[2] // cell) + 1):
            for cy in range(int(b[1] // cell), int(b[3] // cell) + 1):
                cells.setdefault((cx, cy), []).append(i)
    for i in range(len(boxes)) if sources is None else sorted(sources):
        a = boxes[i]
        if a is None:
            continue
        seen: Set[int] = set()
        for cx in range(int((a[0] - radius) // cell), int((a[2] + radius) // cell) + 1):
            for cy in range(int((a[1] - radius) // cell), int((a[3] + radius) // cell) + 1):
                seen.update(cells.get((cx, cy), ()))
        for j in sorted(seen):
            if j == i or (j < i and (sources is None or j in sources)):
                continue  # each pair once
            b = boxes[j]
            if (
                b is None
                or a[0] - radius > b[2]
                or b[0] - radius > a[2]
                or a[1] - radius > b[3]
                or b[1] - radius > a[3]
            ):
                continue
            yield (i, j) if i < j else (j, i)
