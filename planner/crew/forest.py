"""Forest km per day: when each walk goes through the forest, and how much of it falls on each day (issue 25).

The longest walk (``TravelModel.max_forest_m``) bounds one stretch; a day of plots each 1.5 km inland
still walks 3 km of forest per plot, and the coordinator bounds the day as well (``Crew.forest_km_day``).
A day is the team's working hours ``(d - 1) * day_h`` to ``d * day_h`` since the start, as the plan's
days and the ``legs`` layer cut them; a stretch running over the end of a day counts for each day in
proportion to its hours, as the plan cuts it (``plan.leg_split``).  So the route evaluator
(``evaluate``) checks every leg it tries against the very forest the plan will draw: the walks' forest
stretches are read from the legs the plan lays out (``CrewNetwork``), each once.
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Sequence, Tuple

from ..network import FOREST

Piece = Tuple[float, float, float]  # one stretch through the forest: hours from the walk's start, hours, km
Walk = Tuple[float, Tuple[Piece, ...]]  # a walk: its start in working hours, its forest stretches
EPS = 1e-7  # as ``plan.legs`` puts a moment on a day


def pieces(leg: Any) -> Tuple[Piece, ...]:
    """The forest stretches of a ``network.Leg`` (None: no walk)."""
    out = []
    at = 0.0
    for part in leg.parts if leg is not None else ():
        if part.mode == FOREST and part.km > 0:
            out.append((at, part.hours, part.km))
        at += part.hours
    return tuple(out)


class ForestWalks:
    """The forest stretches of the walks between terminals and landings, from a ``crew.CrewNetwork``'s
    legs (the ones ``plan.crewed`` draws), worked out when a route first takes each walk."""

    def __init__(self, network: Any) -> None:
        self.network = network
        self._found: Dict[Tuple[str, int, int], Tuple[Piece, ...]] = {}

    def _of(self, kind: str, a: int, b: int) -> Tuple[Piece, ...]:
        key = (kind, a, b)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = pieces(getattr(self.network, kind)(a, b))
        return found

    def foot(self, a: int, b: int) -> Tuple[Piece, ...]:
        return self._of("foot_leg", a, b) if a != b else ()  # a stop twice in a row: no walk

    def to_landing(self, a: int, p: int) -> Tuple[Piece, ...]:
        return self._of("to_landing_leg", a, p)

    def from_landing(self, m: int, b: int) -> Tuple[Piece, ...]:
        return self._of("from_landing_leg", m, b)


class DayForest:
    """A team's limit of forest km a day, applied to one route's walks in turn."""

    def __init__(self, walks: ForestWalks, day_h: float, limit_km: float) -> None:
        if not day_h > 0:
            raise ValueError("forest km per day needs the team's hours a day")
        self.walks, self.day_h, self.limit = walks, day_h, limit_km + 1e-9

    def day(self, t: float) -> int:
        return int((t + EPS) // self.day_h)

    def after(self, t: float, km: float, walks: Sequence[Walk], then: float) -> Optional[float]:
        """Km of forest on the day of ``then`` once ``walks`` are walked from time ``t`` with ``km`` done on
        its day; None when a day would hold more than the limit."""
        day = self.day(t)
        for start, stretches in walks:
            for offset, hours, left in stretches:
                at = start + offset
                while True:
                    d = self.day(at)
                    if d != day:
                        day, km = d, 0.0
                    end = (d + 1) * self.day_h
                    if hours > 0 and at + hours > end + EPS:  # runs over the end of the day: cut there
                        share = left * (end - at) / hours
                        km, left, hours, at = km + share, left - share, hours - (end - at), end
                        if km > self.limit:
                            return None
                        continue
                    km += left
                    break
                if km > self.limit:
                    return None
        return km if self.day(then) == day else 0.0
