"""A team's plan as travelled parts in time order: the ``legs`` output layer.

Each row is one stretch in one mode: ``boat`` (the team in its boat),
``boat_empty`` (the pilot moving the boat alone), ``trail``, ``forest``,
``transfer`` (getting on or off), ``wait`` (the team waiting for its boat).
Times come from the working hours of the team's timeline: day ``d`` covers
hours ``(d - 1) * hours_per_day`` to ``d * hours_per_day`` from the day's
start; a part that runs over the end of a day is cut there and goes on the
next morning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import List, Sequence

from .leg_split import split_parts
from .model import Coord, TeamPlan, as_coord

_EPS = 1e-7


@dataclass(frozen=True)
class LegRow:
    team: str
    day: int
    seq: int
    mode: str
    start: datetime
    end: datetime
    hours: float
    km: float
    fuel_l: float
    coords: Sequence[Coord]
    who: str = "team"


def plan_legs(team: TeamPlan) -> List[LegRow]:
    """The team's and its pilot's parts, cut at the ends of the days, in time order."""
    crewing = team.crewing
    if crewing is None:
        return []
    hpd = crewing.hours_per_day
    rows: List[LegRow] = []
    for timed in crewing.timeline:
        start, pending = timed.start_h, [timed.part]
        while pending:
            part = pending.pop()
            day = int((start + _EPS) // hpd) + 1
            day_end = day * hpd
            if start + part.hours > day_end + _EPS and part.hours > 0:
                before, after, _ = split_parts([part], day_end - start)
                pending = after
                part = before[0] if before else part
                if not before:
                    start = day_end
                    continue
            begin = crewing.first_start + timedelta(days=day - 1, hours=start - (day - 1) * hpd)
            end = begin + timedelta(hours=part.hours)
            rows.append(
                LegRow(
                    team.team,
                    day,
                    0,
                    part.mode,
                    begin,
                    end,
                    part.hours,
                    part.km,
                    part.fuel_l,
                    [as_coord(c) for c in part.coords],
                    timed.who,
                )
            )
            start += part.hours
    rows.sort(key=lambda r: (r.start, r.who != "pilot"))
    return [
        LegRow(r.team, r.day, i, r.mode, r.start, r.end, r.hours, r.km, r.fuel_l, r.coords, r.who)
        for i, r in enumerate(rows, 1)
    ]
