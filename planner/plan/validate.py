"""Replaying a plan leg by leg: can a boat crew carry it out?

``validate_plan`` checks every team's legs (``plan_legs``): the team's path
is continuous from its start base to its end base; every ``boat`` part starts
where the boat last stopped (the team's rides and the pilot's own moves);
the boat ends at the end base's landing; the pilot does not move the boat
while the team is in it, nor at all when he stays at the landing; the times add up; the fuel stays within the budget; no
part runs after the end of its day; no boat part uses a reach closed in the
season; no part enters a no-go zone (a boat's part may cross one the boat may pass,
``boat_passes``).  It answers with the problems found,
in words a coordinator understands (an empty list: the plan holds).
"""

from __future__ import annotations

import math
from datetime import datetime, time, timedelta
from typing import List, Optional, Sequence, Tuple

from shapely.geometry import LineString
from shapely.geometry.base import BaseGeometry

from .legs import plan_legs
from .model import Coord, PatrolPlan, TeamPlan, as_coord

TOLERANCE_M = 1.0
_SECOND = timedelta(seconds=1)


def _near(a: Sequence[float], b: Sequence[float]) -> bool:
    return math.dist(a, b) <= TOLERANCE_M


def _line(coords: Sequence[Sequence[float]]) -> Optional[LineString]:
    points = [as_coord(c) for c in coords]
    return LineString(points) if len(points) > 1 and len(set(points)) > 1 else None


def validate_plan(
    plan: PatrolPlan,
    no_go: Sequence[BaseGeometry] = (),
    closed_reaches: Sequence[BaseGeometry] = (),
    latest: Optional[time] = None,
    boat_passes: Sequence[BaseGeometry] = (),
) -> List[str]:
    """Problems of the plan; ``no_go`` are hard zones' polygons, ``closed_reaches`` river lines closed now,
    ``latest`` the clock time by which every day's travel must be over (e.g. sunset less a margin),
    ``boat_passes`` the no-go zones a boat may ride through (and nobody set foot in)."""
    problems: List[str] = []
    for team in plan.teams:
        problems += _check_team(team, no_go, closed_reaches, latest, boat_passes)
    return problems


def _check_team(
    team: TeamPlan,
    no_go: Sequence[BaseGeometry],
    closed: Sequence[BaseGeometry],
    latest: Optional[time],
    boat_passes: Sequence[BaseGeometry] = (),
) -> List[str]:
    crewing = team.crewing
    if crewing is None:
        return [f"{team.team}: the plan does not say where the boat goes"]
    out: List[str] = []
    rows = plan_legs(team)
    walked = [r for r in rows if r.who == "team"]
    if walked and team.stops:
        if not _near(walked[0].coords[0], team.stops[0].position):
            out.append(f"{team.team}: the path does not start at {team.stops[0].name}")
        if not _near(walked[-1].coords[-1], team.stops[-1].position):
            out.append(f"{team.team}: the path does not end at {team.stops[-1].name}")
    for before, after in zip(walked, walked[1:]):
        if not _near(before.coords[-1], after.coords[0]):
            out.append(
                f"{team.team}: leg {after.seq} ({after.mode}) starts "
                f"{math.dist(before.coords[-1], after.coords[0]):.0f} m from where leg {before.seq} ended"
            )
        if after.start < before.end - _SECOND:
            out.append(f"{team.team}: leg {after.seq} starts before leg {before.seq} ends")
    boat_at, boat_free, team_in_boat_until = crewing.boat_home, crewing.first_start, crewing.first_start
    fuel = 0.0
    for row in rows:
        fuel += row.fuel_l
        if abs((row.end - row.start).total_seconds() - row.hours * 3600) > 1:
            out.append(f"{team.team}: leg {row.seq} lasts {row.end - row.start}, not {row.hours:.2f} h")
        day_start = crewing.first_start + timedelta(days=row.day - 1)
        day_end = day_start + timedelta(hours=crewing.hours_per_day)
        if latest is not None:
            day_end = min(day_end, datetime.combine(day_start.date(), latest))
        if row.end > day_end + _SECOND or row.start < day_start - _SECOND:
            out.append(
                f"{team.team}: leg {row.seq} ({row.mode}) runs outside day {row.day}'s "
                f"{day_start:%H:%M}-{day_end:%H:%M}"
            )
        line = _line(row.coords)
        if line is not None:
            on_foot = row.mode not in ("boat", "boat_empty")
            for zone in [*no_go, *boat_passes] if on_foot else no_go:
                if line.intersection(zone).length > TOLERANCE_M:
                    out.append(f"{team.team}: leg {row.seq} ({row.mode}) enters a no-go zone")
        if row.mode not in ("boat", "boat_empty"):
            continue
        if boat_at is None:
            out.append(f"{team.team}: leg {row.seq} goes by boat but the team has no boat")
            continue
        if not _near(row.coords[0], boat_at):
            what = "boards a boat that is not there" if row.mode == "boat" else "moves a boat that is not there"
            away = math.dist(row.coords[0], boat_at)
            out.append(f"{team.team}: leg {row.seq} {what} (the boat is {away:.0f} m away)")
        if row.mode == "boat" and row.start < boat_free - _SECOND:
            out.append(f"{team.team}: leg {row.seq} leaves before the pilot has brought the boat")
        if row.mode == "boat_empty":
            if crewing.pilot_stays:
                out.append(f"{team.team}: leg {row.seq}: the pilot moves the boat but he was to stay at the landing")
            if row.start < team_in_boat_until - _SECOND:
                out.append(f"{team.team}: leg {row.seq}: the pilot leaves while the team is still in the boat")
            boat_free = row.end
        else:
            team_in_boat_until = row.end
        boat_at = row.coords[-1]
        if line is not None:
            for reach in closed:
                if line.intersection(reach.buffer(TOLERANCE_M)).length > 5 * TOLERANCE_M:
                    out.append(f"{team.team}: leg {row.seq} goes along a river reach closed in this season")
    if crewing.boat_end is not None and boat_at is not None and not _near(boat_at, crewing.boat_end):
        out.append(
            f"{team.team}: the boat is left {math.dist(boat_at, crewing.boat_end):.0f} m from the end base's "
            f"landing"
        )
    if crewing.fuel_budget_l is not None and fuel > crewing.fuel_budget_l + 1e-6:
        out.append(f"{team.team}: {fuel:.1f} L of fuel, more than the {crewing.fuel_budget_l:.1f} L budget")
    return out


def boat_breaks(rows: Sequence[Tuple[str, Coord, Coord]], tolerance: float = TOLERANCE_M) -> List[int]:
    """Indexes of the ``boat``/``boat_empty`` rows (mode, first point, last point; in time order) that do not
    start where the boat last stopped: a legs layer read back replays with the boat continuous when empty."""
    breaks, boat_at = [], None
    for k, (mode, first, last) in enumerate(rows):
        if mode not in ("boat", "boat_empty"):
            continue
        if boat_at is not None and math.dist(first, boat_at) > tolerance:
            breaks.append(k)
        boat_at = last
    return breaks
