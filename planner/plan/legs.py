"""A team's plan as travelled parts in time order: the ``legs`` output layer.

Each row is one stretch in one mode: ``boat`` (the team in its boat),
``boat_empty`` (the pilot moving the boat alone), ``trail``, ``forest``,
``transfer`` (getting on or off), ``wait`` (the team waiting for its boat).
Times come from the working hours of the team's timeline: day ``d`` covers
hours ``(d - 1) * hours_per_day`` to ``d * hours_per_day`` from the day's
start; a part that runs over the end of a day is cut there and goes on the
next morning.  The layer's rows (``layer_legs``) fold each part shorter
than ``MIN_LEG_KM`` (a step to a landing, getting on or off) into the walk
next to it, so the layer has no 0 km leg but waits and steps beside the
boat's legs; ``who`` tells the team's legs from the pilot's moves alone,
and each replays in order without a jump.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import List, Optional, Sequence, Tuple

from .leg_split import split_parts
from .model import Coord, TeamPlan, as_coord

_EPS = 1e-7
MIN_LEG_KM = 0.005  # a shorter part (a step to a landing, getting on or off) is no leg of its own
_STILL = ("boat", "boat_empty", "wait")  # never lengthened: the boat's legs are replayed, a wait stays a wait


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


def _joined(first: LegRow, second: LegRow, mode: str) -> LegRow:
    tail = second.coords[1:] if list(first.coords[-1:]) == list(second.coords[:1]) else second.coords
    return replace(
        first,
        mode=mode,
        end=second.end,
        hours=first.hours + second.hours,
        km=first.km + second.km,
        fuel_l=first.fuel_l + second.fuel_l,
        coords=list(first.coords) + list(tail),
    )


def _fold_short(rows: Sequence[LegRow]) -> List[LegRow]:
    """Each part shorter than ``MIN_LEG_KM`` (waits excepted) folded into the same person's walk that
    ends where and when it starts, or else starts where and when it ends: a layer of 0 km legs reads as
    moves that never happen, and dropping them would leave gaps in the replay."""
    out: List[Optional[LegRow]] = list(rows)

    def neighbour(k: int, step: int, who: str) -> Optional[Tuple[int, LegRow]]:
        j = k + step
        while 0 <= j < len(out):
            other = out[j]
            if other is not None and other.who == who:
                return j, other
            j += step
        return None

    for k, row in enumerate(out):
        if row is None or row.km >= MIN_LEG_KM or row.mode in _STILL:
            continue
        before, after = neighbour(k, -1, row.who), neighbour(k, 1, row.who)
        if before is not None and _walk_meets(before[1], row):
            out[before[0]] = _joined(before[1], row, before[1].mode)
            out[k] = None
        elif after is not None and _walk_meets(row, after[1], walk_first=False):
            out[after[0]] = _joined(row, after[1], after[1].mode)
            out[k] = None
        elif row.who == "pilot":  # his step ashore beside the boat: only his boat moves are replayed
            out[k] = None
    return [r for r in out if r is not None]


def _walk_meets(first: LegRow, second: LegRow, walk_first: bool = True) -> bool:
    walk = first if walk_first else second
    return walk.mode not in _STILL and first.day == second.day and abs((second.start - first.end).total_seconds()) <= 1


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


def layer_legs(team: TeamPlan) -> List[LegRow]:
    """``plan_legs`` as the ``legs`` layer shows them: each part shorter than ``MIN_LEG_KM`` folded into
    the walk beside it (the pilot's steps ashore left out), numbered again."""
    return [replace(r, seq=i) for i, r in enumerate(_fold_short(plan_legs(team)), 1)]
