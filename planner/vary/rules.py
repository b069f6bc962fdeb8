# SPDX-License-Identifier: GPL-2.0-or-later
"""The coordinator's hard rules: no landing at the same hour, no camp again, within N days.

A candidate plan that breaks one is not chosen while another keeps them all;
when none does, the plan says which rule it breaks, where and for which team
(``Broken``, a reason code with its values).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Sequence

from ..core.messages import Message, message
from .history import Coord, History, Outing
from .score import DEFAULT_SCORE, ScoreSettings


@dataclass(frozen=True)
class HardRules:
    landing_hour_days: int = 0  # the same landing at the same hour not within this many days (0: no rule)
    camp_days: int = 0  # a camp not reused within this many days (0: no rule)


@dataclass(frozen=True)
class Broken:
    team: str
    reason: Message  # ``vary_landing_hour_repeated`` or ``vary_camp_reused``
    where: Coord = (0.0, 0.0)


def broken_rules(
    now: Sequence[Outing], history: History, rules: HardRules, s: ScoreSettings = DEFAULT_SCORE
) -> List[Broken]:
    """The rules ``now`` breaks against the outings of the last N days."""
    out: List[Broken] = []
    if not now:
        return out
    when = min(o.departure for o in now)
    if rules.landing_hour_days > 0:
        past = [(o, x) for o in history.within(when, rules.landing_hour_days) for x in o.landings]
        for o in now:
            for x in o.landings:
                for before, p in past:
                    gap = abs(x.clock_h - p.clock_h) % 24.0
                    if math.dist(x.where, p.where) <= s.place_m and min(gap, 24.0 - gap) < s.hour_window_h:
                        days = (when.date() - before.departure.date()).days
                        out.append(Broken(o.team, _landing(x.where, x.clock_h, days, rules.landing_hour_days), x.where))
                        break
    if rules.camp_days > 0:
        past_camps = [(o, c) for o in history.within(when, rules.camp_days) for c in o.camps]
        for o in now:
            for c in o.camps:
                for before, camp in past_camps:
                    if math.dist(c, camp) <= s.place_m:
                        days = (when.date() - before.departure.date()).days
                        out.append(
                            Broken(
                                o.team,
                                message("vary_camp_reused", x=c[0], y=c[1], days=days, limit=rules.camp_days),
                                c,
                            )
                        )
                        break
    return out


def _landing(where: Coord, clock_h: float, days: int, limit: int) -> Message:
    minutes = int(round(clock_h * 60.0)) % (24 * 60)
    return message(
        "vary_landing_hour_repeated",
        x=where[0],
        y=where[1],
        clock=f"{minutes // 60:02d}:{minutes % 60:02d}",
        days=days,
        limit=limit,
    )
