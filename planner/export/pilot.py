"""The pilot's own GPX: one route per move he makes alone with the boat.

Names carry the day and the time he must be there; no base or plot names
(a unit found on the river tells nothing of the patrol's targets).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import List, Sequence

from ..core import ExportError, message
from ..core.third_party import gpxpy_gpx
from .gpx import NEUTRAL_CREATOR
from .simplify import LonLat


@dataclass(frozen=True)
class PilotMove:
    day: int
    start: datetime
    end: datetime
    points: Sequence[LonLat]  # (lon, lat) along the river


def pilot_gpx(moves: Sequence[PilotMove]) -> str:
    """GPX 1.1 with a route per move, its points in order, named ``D2 09:40-11:05``."""
    if not moves:
        raise ExportError(message("pilot_no_moves"))
    doc = gpxpy_gpx.GPX()
    doc.creator = NEUTRAL_CREATOR
    for move in moves:
        route = gpxpy_gpx.GPXRoute(name=f"D{move.day} {move.start:%H:%M}-{move.end:%H:%M}")
        points: List[LonLat] = [tuple(p) for p in move.points]
        if len(points) > 250:  # Garmin units keep up to 250 points a route
            step = (len(points) - 1) / 249
            points = [points[round(k * step)] for k in range(250)]
        for lon, lat in points:
            route.points.append(gpxpy_gpx.GPXRoutePoint(latitude=lat, longitude=lon))
        doc.routes.append(route)
    return doc.to_xml(version="1.1")
