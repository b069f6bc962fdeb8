# SPDX-License-Identifier: GPL-2.0-or-later
"""The predictability score: how much of a plan (or of a past patrol) repeats what the teams did.

For the outings of one plan against those of the last ``recent`` patrol days:

* repeats, each a share ``repeated / total``: landings (within ``place_m`` of a
  recent one), landings at the same hour (and within ``hour_window_h``),
  departures (the same team leaving within ``hour_window_h`` of a recent
  departure), trails (cells walked that were walked recently), camps (within
  ``place_m``) and legs (the same stop to the same stop: the order of plots);
* entropy: over the period (``period_days``), for landings, departure hours and
  camps, Shannon's entropy of how often each place or hour was chosen, divided by
  its largest possible value (every choice a different one): 1 = never the same,
  0 = always the same;
* ``score`` = 100 × (½ × mean repeat share + ½ × (1 − mean entropy)), over the
  categories that have something to count: 0 cannot be learnt, 100 is the same
  patrol again.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from .history import CELL_M, Coord, History, Landing, Outing

CATEGORIES = ("landings", "landing_hours", "departures", "trails", "camps", "legs")
SCORED = ("landings", "departures", "trails", "camps")  # the score's mean; landing hours and legs are in the rules


@dataclass(frozen=True)
class ScoreSettings:
    recent: int = 4  # K: the last patrol days compared with
    period_days: int = 56  # the entropy's period
    place_m: float = CELL_M  # two landings or camps closer than this are the same place
    hour_window_h: float = 0.5  # two clock times closer than this are the same hour (a window an hour wide)


DEFAULT_SCORE = ScoreSettings()


@dataclass(frozen=True)
class Repeat:
    repeated: int
    total: int

    @property
    def share(self) -> float:
        return self.repeated / self.total if self.total else 0.0


@dataclass(frozen=True)
class Predictability:
    repeats: Tuple[Tuple[str, Repeat], ...]  # per category of ``CATEGORIES``
    entropy: float  # 0 (always the same) to 1 (never the same), over the period
    score: float  # 0 (cannot be learnt) to 100 (the same patrol again)
    compared: int  # past outings compared with

    def repeat(self, category: str) -> Repeat:
        return dict(self.repeats)[category]


def _near(a: Coord, b: Coord, metres: float) -> bool:
    return math.dist(a, b) <= metres


def _same_team(a: Outing, b: Outing) -> bool:
    """A track does not say which team walked it (its team is ""): it may be any team's."""
    return a.team == b.team or not a.team or not b.team


def _hours_apart(a: float, b: float) -> float:
    d = abs(a - b) % 24.0
    return min(d, 24.0 - d)


def repeats(now: Sequence[Outing], past: Sequence[Outing], s: ScoreSettings) -> Dict[str, Repeat]:
    """Each category's repeats of ``now`` in ``past``."""
    past_landings = [x for o in past for x in o.landings]
    past_camps = [c for o in past for c in o.camps]
    past_cells = {c for o in past for c in o.cells}
    past_legs = {leg for o in past for leg in o.legs}
    landings = [x for o in now for x in _distinct(o.landings, s.place_m)]
    timed = [x for o in now for x in o.landings]
    cells = [c for o in now for c in o.cells]
    camps = [c for o in now for c in o.camps]
    legs = [leg for o in now for leg in o.legs]
    return {
        "landings": Repeat(
            sum(any(_near(x.where, p.where, s.place_m) for p in past_landings) for x in landings), len(landings)
        ),
        "landing_hours": Repeat(
            sum(
                any(
                    _near(x.where, p.where, s.place_m) and _hours_apart(x.clock_h, p.clock_h) < s.hour_window_h
                    for p in past_landings
                )
                for x in timed
            ),
            len(timed),
        ),
        "departures": Repeat(
            sum(
                any(_same_team(p, o) and _hours_apart(p.departure_h, o.departure_h) < s.hour_window_h for p in past)
                for o in now
            ),
            len(now),
        ),
        "trails": Repeat(sum(c in past_cells for c in cells), len(cells)),
        "camps": Repeat(sum(any(_near(c, p, s.place_m) for p in past_camps) for c in camps), len(camps)),
        "legs": Repeat(sum(leg in past_legs for leg in legs), len(legs)),
    }


def _distinct(landings: Sequence[Landing], metres: float) -> List[Landing]:
    """One landing per place: a boat that lands the team and takes it back there is one choice of landing."""
    out: List[Landing] = []
    for x in landings:
        if not any(_near(x.where, y.where, metres) for y in out):
            out.append(x)
    return out


def _places(points: Iterable[Coord], metres: float) -> List[int]:
    """A label per point: points within ``metres`` of a group's first point share its label."""
    firsts: List[Coord] = []
    labels = []
    for p in points:
        for k, f in enumerate(firsts):
            if _near(p, f, metres):
                labels.append(k)
                break
        else:
            firsts.append(p)
            labels.append(len(firsts) - 1)
    return labels


def normalised_entropy(choices: Sequence[object]) -> Optional[float]:
    """Shannon's entropy of the choices over its largest value (all different); None for fewer than two."""
    n = len(choices)
    if n < 2:
        return None
    counts = Counter(choices).values()
    h = -sum(c / n * math.log(c / n) for c in counts)
    return h / math.log(n)


def period_entropy(outings: Sequence[Outing], s: ScoreSettings) -> float:
    """The mean normalised entropy of landings, departure hours and camps over ``outings`` (1 when none count)."""
    parts = [
        normalised_entropy(_places([x.where for o in outings for x in _distinct(o.landings, s.place_m)], s.place_m)),
        normalised_entropy([round(o.departure_h / s.hour_window_h) for o in outings]),
        normalised_entropy(_places([c for o in outings for c in o.camps], s.place_m)),
    ]
    counted = [p for p in parts if p is not None]
    return sum(counted) / len(counted) if counted else 1.0


def predictability(now: Sequence[Outing], history: History, s: ScoreSettings = DEFAULT_SCORE) -> Predictability:
    """The score of ``now`` (a plan's outings) against the history before it."""
    if not now:
        return Predictability(tuple((c, Repeat(0, 0)) for c in CATEGORIES), 1.0, 0.0, 0)
    when = min(o.departure for o in now)
    past = history.recent(when, s.recent)
    found = repeats(now, past, s)
    entropy = period_entropy([*history.within(when, s.period_days), *now], s)
    shares = [found[c].share for c in SCORED if found[c].total]
    mean_share = sum(shares) / len(shares) if shares else 0.0
    score = 100.0 * (0.5 * mean_share + 0.5 * (1.0 - entropy))
    return Predictability(tuple((c, found[c]) for c in CATEGORIES), entropy, score, len(past))


def history_scores(history: History, s: ScoreSettings = DEFAULT_SCORE) -> List[Tuple[datetime, Predictability]]:
    """Each past patrol day's score against the days before it, oldest first: where the teams stand."""
    out = []
    for day in reversed(history.patrol_days(datetime.max)):
        now = [o for o in history.outings if o.departure.date() == day.date()]
        earlier = History(tuple(o for o in history.outings if o.departure < day))
        out.append((day, predictability(now, earlier, s)))
    return out
