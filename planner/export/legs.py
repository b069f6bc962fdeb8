# SPDX-License-Identifier: GPL-2.0-or-later
"""Walking through the forest: bearing and distance of the leg that reaches each stop.

On a river or a trail the guard follows it; off them, from the point where
the route leaves the trail or river to a plot, they walk on a compass
bearing.  The briefing prints that bearing (degrees from grid north, the
north of the UTM grid printed on the map) and the distance.
"""

from __future__ import annotations

import math
from typing import Dict, Optional, Tuple

from ..plan import TeamPlan, as_coord

FOREST = "forest"
_SAME_M = 5.0  # a part ending this close to a stop ends at it (metres)


def bearing_deg(a: Tuple[float, float], b: Tuple[float, float]) -> float:
    """Grid bearing from ``a`` to ``b`` (metres, x east, y north): 0 north, 90 east, 0-359."""
    return math.degrees(math.atan2(b[0] - a[0], b[1] - a[1])) % 360.0


def forest_legs(team: TeamPlan) -> Dict[int, Tuple[float, float]]:
    """Stop ``seq`` -> (bearing in degrees, metres) of the forest walk that ends at that stop."""
    parts = [part for day in team.days for part in day.parts]
    out: Dict[int, Tuple[float, float]] = {}
    used = set()
    for stop in team.stops:
        found: Optional[Tuple[float, float]] = None
        for index, part in enumerate(parts):
            if index in used or part.mode != FOREST or len(part.coords) < 2:
                continue
            start, end = as_coord(part.coords[0]), as_coord(part.coords[-1])
            if math.dist(end, stop.position) <= _SAME_M and math.dist(start, end) > _SAME_M:
                found = (bearing_deg(start, end), math.dist(start, end))
                used.add(index)
                break
        if found is not None:
            out[stop.seq] = found
    return out


def forest_km_by_stop(team: TeamPlan) -> Dict[int, float]:
    """Stop ``seq`` -> km walked through the forest on the leg that reaches it (since the stop before).

    The parts run in order along the route and each leg's last part ends at its stop, so the parts are
    counted up to the first one ending at the next stop (a camp splits a leg: its km count for the camp)."""
    parts = [part for day in team.days for part in day.parts]
    out: Dict[int, float] = {}
    index = 0
    for stop in team.stops[1:]:
        km = 0.0
        while index < len(parts):
            part = parts[index]
            index += 1
            km += part.km if part.mode == FOREST else 0.0
            if part.coords and math.dist(as_coord(part.coords[-1]), stop.position) <= _SAME_M:
                break
        out[stop.seq] = km
    return out
