# SPDX-License-Identifier: GPL-2.0-or-later
"""The hard rule on landing hours kept by construction: a team that would land at a repeated hour leaves earlier
or later on the same route.

A search cannot promise an hour (the candidates' departures are drawn, the route decides when the boat lands),
so the rule is kept after it: the team's whole patrol is moved in time, every stop, day and boat ride by the
same hours.  The route, its priority, fuel and working hours stay the same; only the clock moves, never before
``earliest_h`` and, with daylight, never past a day's end.  Among the hours that keep the rule, the nearest.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Iterator, Optional, Tuple

from ..crew.daylight import Daylight
from ..plan import PatrolPlan
from ..plan import TeamPlan as PlannedTeam
from .history import History, outing_of_team
from .rules import HardRules, broken_rules
from .score import ScoreSettings

STEP_H = 0.25  # the departures tried, a quarter of an hour apart
LATEST_H = 20.0  # without daylight, no day's travel ends after this clock hour


def moved(team: PlannedTeam, hours: float) -> PlannedTeam:
    """``team``'s patrol ``hours`` later (earlier when negative): the same route at other clock hours."""
    if not hours:
        return team
    by = timedelta(hours=hours)
    crewing = team.crewing
    return replace(
        team,
        stops=tuple(replace(s, arrival=s.arrival + by) for s in team.stops),
        days=tuple(replace(d, start=d.start + by, end=d.end + by) for d in team.days),
        crewing=replace(crewing, first_start=crewing.first_start + by) if crewing is not None else None,
    )


def in_daylight(team: PlannedTeam, earliest_h: float, daylight: Optional[Daylight]) -> bool:
    """Whether the team leaves no earlier than ``earliest_h`` and ends each day's travel before its end."""
    if not team.stops:
        return True
    first = team.stops[0].arrival
    if first.hour + first.minute / 60.0 < earliest_h - 1e-9:
        return False
    for day in team.days:
        if day.end.date() != day.start.date():
            return False
        end_h = day.end.hour + day.end.minute / 60.0 + day.end.second / 3600.0
        if end_h > (daylight.day_end(day.end.date()) if daylight is not None else LATEST_H) + 1e-9:
            return False
    return True


def _tried(span_h: float) -> Iterator[float]:
    """0, then +-STEP_H, +-2 STEP_H... up to ``span_h``: the nearest hours first, later before earlier."""
    k = 1
    yield 0.0
    while k * STEP_H <= span_h:
        yield k * STEP_H
        yield -k * STEP_H
        k += 1


def keep_landing_hours(
    plan: PatrolPlan,
    history: History,
    rules: HardRules,
    s: ScoreSettings,
    earliest_h: float,
    daylight: Optional[Daylight],
) -> Tuple[PatrolPlan, Tuple[Tuple[str, float], ...]]:
    """``plan`` with each team that lands at a repeated hour moved to the nearest hour that repeats none and
    stays in daylight; and each team's move in hours (a team no hour helps stays as it was, the rule then says
    so)."""
    only = HardRules(landing_hour_days=rules.landing_hour_days)
    if rules.landing_hour_days <= 0:
        return plan, ()
    teams, moves = [], []
    for team in plan.teams:
        chosen = team
        for hours in _tried(24.0):
            candidate = moved(team, hours)
            outing = outing_of_team(candidate, s.place_m, s.place_m)
            if outing is None or not outing.landings:
                break
            if hours and not in_daylight(candidate, earliest_h, daylight):
                continue
            if not broken_rules([outing], history, only, s):
                chosen = candidate
                if hours:
                    moves.append((team.team, hours))
                break
        teams.append(chosen)
    return replace(plan, teams=tuple(teams)), tuple(moves)
