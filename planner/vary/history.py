# SPDX-License-Identifier: GPL-2.0-or-later
"""What the teams did: past plans and imported tracks as plain ``Outing`` records.

An outing is one team's patrol, reduced to what a watcher on the river can
learn: where the boat put the team ashore and at what clock hour, when the team
left, where it slept, which ground it walked (cells of ``cell_m``), and for a
plan the legs between named stops and the order of its plots.  A plan and a
track give the same record, so the score compares them alike.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import FrozenSet, Iterable, List, Optional, Sequence, Tuple

from ..plan import CAMP, PLOT, PatrolPlan
from ..plan import TeamPlan as PlannedTeam

Coord = Tuple[float, float]
Cell = Tuple[int, int]
PLAN, TRACK = "plan", "track"
FOOT_MODES = frozenset({"trail", "forest"})
CELL_M = 250.0
OVERNIGHT_GAP_H = 6.0  # a track silent this long spent the night where it stopped


@dataclass(frozen=True)
class Landing:
    """Where a boat put the team ashore (or took it aboard), and the clock hour it was there."""

    where: Coord
    clock_h: float


@dataclass(frozen=True)
class Outing:
    team: str
    departure: datetime
    landings: Tuple[Landing, ...] = ()
    camps: Tuple[Coord, ...] = ()
    cells: FrozenSet[Cell] = frozenset()  # the ground walked, as cells of ``cell_m``
    legs: FrozenSet[Tuple[str, str]] = frozenset()  # (from stop, to stop); a track has none
    order: Tuple[str, ...] = ()  # the plots in visiting order
    source: str = PLAN

    @property
    def departure_h(self) -> float:
        return self.departure.hour + self.departure.minute / 60.0


@dataclass(frozen=True)
class History:
    """Every outing known, oldest first."""

    outings: Tuple[Outing, ...] = ()

    def with_outings(self, more: Iterable[Outing]) -> History:
        return History(tuple(sorted((*self.outings, *more), key=lambda o: o.departure)))

    def patrol_days(self, before: datetime) -> List[datetime]:
        """The distinct departure days before ``before``, newest first: one per past plan or track day."""
        days = {datetime.combine(o.departure.date(), datetime.min.time()) for o in self.outings if o.departure < before}
        return sorted(days, reverse=True)

    def recent(self, before: datetime, last: int) -> Tuple[Outing, ...]:
        """The outings of the ``last`` patrol days before ``before`` (a plan's day, a track's day)."""
        days = set(self.patrol_days(before)[: max(0, last)])
        return tuple(o for o in self.outings if o.departure < before and _day(o.departure) in days)

    def before(self, start: datetime) -> History:
        """The outings of the days before ``start``'s: a plan for that day or later is one being replaced
        (the plan on screen planned again), not what the teams already did."""
        return History(tuple(o for o in self.outings if o.departure.date() < start.date()))

    def within(self, before: datetime, days: int) -> Tuple[Outing, ...]:
        """The outings that left less than ``days`` days before ``before``."""
        since = before - timedelta(days=days)
        return tuple(o for o in self.outings if since < o.departure < before)


def _day(when: datetime) -> datetime:
    return datetime.combine(when.date(), datetime.min.time())


def cells_of(lines: Iterable[Sequence[Coord]], cell_m: float = CELL_M) -> FrozenSet[Cell]:
    """The cells a set of lines passes through, sampled every half cell so no cell crossed is missed."""
    out = set()
    step = cell_m / 2.0
    for line in lines:
        pts = list(line)
        for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
            n = max(1, int(math.hypot(x1 - x0, y1 - y0) / step))
            for k in range(n + 1):
                t = k / n
                out.add((math.floor((x0 + t * (x1 - x0)) / cell_m), math.floor((y0 + t * (y1 - y0)) / cell_m)))
        if len(pts) == 1:
            out.add((math.floor(pts[0][0] / cell_m), math.floor(pts[0][1] / cell_m)))
    return frozenset(out)


def outing_of_team(team: PlannedTeam, cell_m: float = CELL_M, place_m: float = CELL_M) -> Optional[Outing]:
    """One team's planned patrol as an outing (None for a team with no stop)."""
    if not team.stops:
        return None
    departure = team.stops[0].arrival
    landings: List[Landing] = []
    crewing = team.crewing
    if crewing is not None:
        # the boat's home landings are the bases' own: every plan uses them, there is nothing to vary
        homes = [p for p in (crewing.boat_home, crewing.boat_end) if p is not None]
        hpd = crewing.hours_per_day or 24.0
        first = crewing.first_start.hour + crewing.first_start.minute / 60.0
        for timed in crewing.timeline:
            if timed.who != "team" or timed.part.mode != "boat" or len(timed.part.coords) < 2:
                continue
            for where, at_h in (
                (timed.part.coords[0], timed.start_h),
                (timed.part.coords[-1], timed.start_h + timed.part.hours),
            ):
                xy = (float(where[0]), float(where[1]))
                if any(math.dist(xy, h) <= place_m for h in homes):
                    continue
                days = int(at_h // hpd)
                landings.append(Landing(xy, (first + at_h - days * hpd) % 24.0))
    foot = [part.coords for day in team.days for part in day.parts if part.mode in FOOT_MODES]
    named = [s.name for s in team.stops if s.kind != CAMP]
    return Outing(
        team.team,
        departure,
        tuple(landings),
        tuple((float(s.position[0]), float(s.position[1])) for s in team.stops if s.kind == CAMP),
        cells_of(foot, cell_m),
        frozenset(zip(named, named[1:])),
        tuple(s.plot_id for s in team.stops if s.kind == PLOT),
        PLAN,
    )


def outings_of_plan(plan: PatrolPlan, cell_m: float = CELL_M, place_m: float = CELL_M) -> Tuple[Outing, ...]:
    """Every team of a plan as an outing."""
    found = (outing_of_team(t, cell_m, place_m) for t in plan.teams)
    return tuple(o for o in found if o is not None)


def outing_of_track(
    team: str, points: Sequence[Tuple[float, float, datetime]], cell_m: float = CELL_M
) -> Optional[Outing]:
    """A walked track (metric x, y and time per fix, in order) as an outing of ``team`` ("" when the track
    does not say: then it counts as any team's departure): it went ashore where it
    starts, at that hour, and slept where it fell silent for ``OVERNIGHT_GAP_H`` (None: no timed fix)."""
    timed = [(float(x), float(y), t) for x, y, t in points if t is not None]
    if not timed:
        return None
    x0, y0, t0 = timed[0]
    camps = tuple(
        (a[0], a[1]) for a, b in zip(timed, timed[1:]) if (b[2] - a[2]).total_seconds() >= OVERNIGHT_GAP_H * 3600.0
    )
    return Outing(
        team,
        t0,
        (Landing((x0, y0), t0.hour + t0.minute / 60.0),),
        camps,
        cells_of([[(x, y) for x, y, _ in timed]], cell_m),
        source=TRACK,
    )


@dataclass(frozen=True)
class PastStop:
    """A stop of a plan read back from its layer."""

    team: str
    seq: int
    kind: str
    name: str
    plot_id: str
    where: Coord
    arrival: datetime


@dataclass(frozen=True)
class PastLeg:
    """A part of a plan read back from its legs layer: the mode, who travels, the line and when."""

    team: str
    mode: str
    who: str
    coords: Tuple[Coord, ...]
    start: datetime
    end: datetime


def outings_of_rows(
    stops: Sequence[PastStop], legs: Sequence[PastLeg], cell_m: float = CELL_M, place_m: float = CELL_M
) -> Tuple[Outing, ...]:
    """A past plan's outings from its stops and legs layers (a new outing where a team's stops start again
    at sequence 0); the team's first and last boat landings are its home's and are not counted."""
    patrols: List[List[PastStop]] = []
    for row in sorted(stops, key=lambda r: (r.team, r.arrival, r.seq)):
        if not patrols or patrols[-1][0].team != row.team or row.seq <= patrols[-1][-1].seq:
            patrols.append([])
        patrols[-1].append(row)
    out = []
    for rows in patrols:
        first, last = rows[0].arrival, rows[-1].arrival
        own = [leg for leg in legs if leg.team == rows[0].team and first <= leg.start <= last]
        rides = [leg for leg in own if leg.who == "team" and leg.mode == "boat" and len(leg.coords) >= 2]
        homes = [rides[0].coords[0], rides[-1].coords[-1]] if rides else []
        landings = [
            Landing(xy, at.hour + at.minute / 60.0)
            for leg in rides
            for xy, at in ((leg.coords[0], leg.start), (leg.coords[-1], leg.end))
            if not any(math.dist(xy, h) <= place_m for h in homes)
        ]
        named = [r.name for r in rows if r.kind != CAMP]
        out.append(
            Outing(
                rows[0].team,
                first,
                tuple(landings),
                tuple(r.where for r in rows if r.kind == CAMP),
                cells_of([leg.coords for leg in own if leg.mode in FOOT_MODES], cell_m),
                frozenset(zip(named, named[1:])),
                tuple(r.plot_id for r in rows if r.kind == PLOT),
            )
        )
    return tuple(out)
