"""The pilot's own GPX: one route per move he makes alone with the boat.

Names carry the day and the time he must be there; no base or plot names
(a unit found on the river tells nothing of the patrol's targets).  The
pilot's files follow the same hiding rule as the team's (issue 27): his
routes are slid, cut and their cut ends guarded by ``field.field_lines``
together with the routes the plan's field files draw (``shown_moves``: a
river through a base leaves no two ends to average onto it), the landings he uses are
named neutrally (``L1``, ``L2``... on the sheet and as waypoints of the GPX),
except those inside a zone, which get no name and no coordinates at all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Dict, List, Optional, Sequence, Tuple

from .ends import Check
from .field import FieldHiding, field_lines
from .gpx_xml import GpxFile, GpxPoint, GpxRoute, gpx_xml
from .hiding import inside_any, segment_spans, stable_zone, trim_outside
from .model import NEUTRAL_CREATOR
from .simplify import LonLat, local_projector

MIN_MOVE_M = 50.0  # landings closer than this are one landing, and a move shorter than this is no move
Zone = Tuple[LonLat, ...]


@dataclass(frozen=True)
class PilotMove:
    day: int
    start: datetime
    end: datetime
    points: Sequence[LonLat]  # (lon, lat) along the river
    from_hidden: bool = False  # it leaves from a hidden place: no time there (issue 27)
    to_hidden: bool = False  # it reaches a hidden place: no time there

    @property
    def name(self) -> str:
        """``D2 09:40-11:05``; ``D2 -11:05`` from a hidden place, ``D2 09:40-`` to one, ``D2`` between two:
        a time at the hidden end and one at the shown end give the ride's length."""
        if self.from_hidden and self.to_hidden:
            return f"D{self.day}"
        start = "" if self.from_hidden else f"{self.start:%H:%M}"
        end = "" if self.to_hidden else f"{self.end:%H:%M}"
        return f"D{self.day} {start}-{end}"


def hiding_zones_lonlat(places: Sequence[LonLat], radius: float, secret: bytes) -> List[Zone]:
    """The stable zones of ``places`` in lon/lat: the same zones the team's GPX is cut on."""
    return [stable_zone(p, radius, secret) for p in places] if radius > 0 and places else []


def trim_lonlat(line: Sequence[LonLat], zones: Sequence[Zone]) -> List[List[LonLat]]:
    """The parts of ``line`` outside every zone (all lon/lat)."""
    if not zones or not line:
        return [list(line)] if line else []
    project = local_projector(list(line))
    return trim_outside(line, [project(*p) for p in line], [tuple(project(*v) for v in z) for z in zones])


def shown_moves(
    moves: Sequence[Sequence[PilotMove]],
    hiding: FieldHiding,
    landings: Sequence[Sequence[LonLat]] = (),
    routes: Sequence[Sequence[Sequence[LonLat]]] = (),
    slide: Sequence[Sequence[LonLat]] = (),
) -> List[List[PilotMove]]:
    """Each pilot's ``moves`` (one list a team) as his files may show them (``field.field_lines``): a move cut
    round a hidden place becomes its pieces, each a move of the same day and times; one inside a zone is gone.

    ``landings``: each pilot's named landings (waypoints), which stay where they are.  ``routes``: every
    team's lines as its field files show them (``field_lines`` of the whole plan), never trimmed: a finder
    pools a pilot's ends with his team's (``routes[k]`` for ``moves[k]``) and with everyone's.  ``slide``:
    per pilot, the places as his team's GPX slides round them (``field_lines``)."""
    checks: List[Check] = [c for k in range(len(moves)) for c in (([k], []), ([k], [k] if k < len(routes) else []))]
    checks.append((range(len(moves)), range(len(routes))))
    cut = field_lines([[m.points for m in mine] for mine in moves], hiding, landings, routes, checks, slide)
    return [
        [replace(move, points=tuple(piece)) for move, line in zip(mine, pieces) for piece in line]
        for mine, pieces in zip(moves, cut)
    ]


class Landings:
    """Neutral names for the places the pilot lands: ``L1``, ``L2``... in the order first met.

    A landing inside a hiding zone is named ``hidden`` (a word the caller
    gives in the user's language) and never gets coordinates."""

    def __init__(self, zones: Sequence[Zone], hidden: str) -> None:
        self.zones = list(zones)
        self.hidden = hidden
        self.named: List[Tuple[LonLat, str]] = []

    def is_hidden(self, lonlat: LonLat) -> bool:
        project = local_projector([lonlat])
        return inside_any(project(*lonlat), [tuple(project(*v) for v in z) for z in self.zones])

    def passes(self, line: Sequence[LonLat]) -> bool:
        """Whether ``line`` (lon/lat) enters a zone anywhere: the sheet then gives no km for it (issue 27)."""
        if not self.zones or not line:
            return False
        project = local_projector(list(line))
        xy = [project(*p) for p in line]
        rings = [tuple(project(*v) for v in z) for z in self.zones]
        if len(xy) == 1:
            return inside_any(xy[0], rings)
        return any(segment_spans(p, q, ring) for p, q in zip(xy, xy[1:]) for ring in rings)

    def name(self, lonlat: LonLat) -> str:
        if self.is_hidden(lonlat):
            return self.hidden
        project = local_projector([lonlat])
        here = project(*lonlat)
        for where, name in self.named:
            if math.dist(project(*where), here) < MIN_MOVE_M:
                return name
        self.named.append((lonlat, f"L{len(self.named) + 1}"))
        return self.named[-1][1]


def pilot_gpx(
    moves: Sequence[PilotMove], landings: Sequence[Tuple[LonLat, str]] = (), zones: Sequence[Zone] = ()
) -> Optional[str]:
    """GPX 1.1 with a route per move, its points in order, named ``D2 09:40-11:05`` (``PilotMove.name``),
    cut round ``zones``, and the named ``landings`` as waypoints; None when nothing is left to carry (every
    move inside a zone)."""
    waypoints = tuple(GpxPoint(round(lat, 7), round(lon, 7), name=name) for (lon, lat), name in landings)
    routes = []
    pieces: Dict[str, int] = {}  # a move cut in pieces (here or by ``shown_moves``): "D2 09:40-11:05 (2)"...
    for move in moves:
        for piece in trim_lonlat([(p[0], p[1]) for p in move.points], zones):
            name = move.name
            pieces[name] = pieces.get(name, 0) + 1
            points: List[LonLat] = piece
            if len(points) > 250:  # Garmin units keep up to 250 points a route
                step = (len(points) - 1) / 249
                points = [points[round(i * step)] for i in range(250)]
            route_points = tuple(GpxPoint(lat, lon) for lon, lat in points)
            routes.append(GpxRoute(points=route_points, name=name if pieces[name] == 1 else f"{name} ({pieces[name]})"))
    if not routes and not waypoints:
        return None
    return gpx_xml(GpxFile(NEUTRAL_CREATOR, waypoints, tuple(routes)))
