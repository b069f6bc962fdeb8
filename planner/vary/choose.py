# SPDX-License-Identifier: GPL-2.0-or-later
"""Variation with a bounded cost: among good plans, one at random that differs from the recent ones.

The plan is made as usual first (``variant 0``: the request's own seed and
departure, the session's last plan as the start): its priority is the best.
Then ``candidates`` more are asked of the same optimizer through its existing
options, each with its own seed, a departure shifted within the day
for each team (``hour_shifts``, never before ``earliest_h``; a day that would end after sunset is shorter,
and may lose plots) and the plots' priorities
multiplied for the search only by a random factor (log-normal, ``noise``) and by
``recent_weight`` for plots visited in the recent patrols: so the search looks
at other plots, other orders, other landings and camps.  Each candidate's
priority is then counted with the true priorities.  A candidate is good when it
keeps ``1 - accepted_loss`` of the best priority and breaks no hard rule; among
the good ones within ``margin`` score points of the least predictable, one is
drawn at random.  The draw and the variants come from one seed, recorded in
the result: the same seed asks the same candidates again.
"""

from __future__ import annotations

import logging
import math
import random
import secrets
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Callable, Dict, List, Mapping, Optional, Sequence, Tuple

from ..core import Feedback, PlanningError, ScaledFeedback, check_cancel, ensure
from ..core.messages import Message, message
from ..crew.daylight import Daylight
from ..plan import PLOT, PatrolPlan, PlanSetup
from .history import History, Landing, Outing, outings_of_plan
from .retime import keep_landing_hours
from .rules import Broken, HardRules, broken_rules
from .score import Predictability, ScoreSettings, predictability

log = logging.getLogger(__name__)
REPAIR_NEAR_M = 2000.0  # a plot this near a landing or camp that broke a rule is one it was reached by


@dataclass(frozen=True)
class Variation:
    accepted_loss: float = 0.05  # share of the best priority the coordinator accepts to give up
    seed: Optional[int] = None  # None: a new one each time (``VariedPlan.seed`` says which)
    candidates: int = 6
    noise: float = 0.35
    recent_weight: float = 0.5
    hour_shifts: Tuple[float, ...] = (-1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0)
    earliest_h: float = 5.5  # no departure before (the Amazon's sunrise is near 05:40 all year)
    candidate_time_share: float = 0.5  # of the request's search time, for each candidate
    repair_rounds: int = 3  # when every good candidate breaks a hard rule: rounds of variants of the nearest
    margin: float = 10.0  # score points
    rules: HardRules = HardRules()
    score: ScoreSettings = ScoreSettings()


@dataclass(frozen=True)
class Variant:
    index: int  # 0: the plan as usual
    seed: int
    shifts: Tuple[Tuple[str, float], ...] = ()  # team -> hours it leaves later than the plan's start
    weights: Tuple[Tuple[str, float], ...] = ()  # plot id -> factor on its priority, for the search only


@dataclass(frozen=True)
class Candidate:
    variant: Variant
    plan: PatrolPlan
    priority: float  # with the true priorities
    score: Predictability
    broken: Tuple[Broken, ...]


@dataclass(frozen=True)
class VariedPlan:
    plan: PatrolPlan
    seed: int
    chosen: Candidate
    best: Candidate
    candidates: Tuple[Candidate, ...]
    accepted_loss: float

    @property
    def share(self) -> float:
        """The chosen plan's priority over the best's."""
        return self.chosen.priority / self.best.priority if self.best.priority > 0 else 1.0

    def note(self) -> Message:
        c = self.chosen
        return message(
            "vary_chosen",
            share=self.share * 100.0,
            loss=self.accepted_loss * 100.0,
            score=c.score.score,
            best_score=self.best.score.score,
            seed=self.seed,
            good=sum(1 for k in self.candidates if _good(k, self.best.priority, self.accepted_loss)),
            asked=len(self.candidates),
        )


PlanWith = Callable[[Variant, Feedback], PatrolPlan]


def new_seed() -> int:
    return secrets.randbelow(2**31 - 1) + 1


def variants(
    start: datetime,
    teams: Sequence[str],
    plot_ids: Sequence[str],
    recent: Sequence[str],
    v: Variation,
    seed: int,
    own_seed: int,
) -> List[Variant]:
    """Variant 0 (the plan as usual), then ``v.candidates`` drawn from ``seed``."""
    rng = random.Random(seed)  # nosec B311 - the draw must be repeatable from its seed; nothing secret
    shifts = [h for h in v.hour_shifts if start.hour + start.minute / 60.0 + h >= v.earliest_h] or [0.0]
    recent_set = set(recent)
    out = [Variant(0, own_seed)]
    for k in range(1, v.candidates + 1):
        # from a light touch to the full spread: the first candidates stay near the best plan (other hours,
        # other orders), the last ones look at other plots; the accepted loss then decides
        strength = k / v.candidates
        recent_factor = 1.0 - strength * (1.0 - v.recent_weight)
        weights = tuple(
            (p, math.exp(strength * v.noise * rng.gauss(0.0, 1.0)) * (recent_factor if p in recent_set else 1.0))
            for p in plot_ids
        )
        departures = tuple((t, rng.choice(shifts)) for t in teams)
        out.append(Variant(k, rng.randrange(1, 2**31 - 1), departures, weights))
    return out


def true_priorities(plan: PatrolPlan, priorities: Mapping[str, float]) -> PatrolPlan:
    """``plan`` with each plot's own priority (a candidate was searched with weighted ones)."""
    teams = [
        replace(
            t,
            stops=tuple(
                replace(s, priority=priorities.get(s.plot_id, s.priority)) if s.kind == PLOT else s for s in t.stops
            ),
        )
        for t in plan.teams
    ]
    left = tuple(replace(x, priority=priorities.get(x.plot_id, x.priority)) for x in plan.left_out)
    return replace(plan, teams=tuple(teams), left_out=left)


def _good(c: Candidate, best: float, loss: float) -> bool:
    return c.priority >= (1.0 - loss) * best - 1e-9


def _candidate(
    plan_with: PlanWith,
    variant: Variant,
    priorities: Mapping[str, float],
    history: History,
    v: Variation,
    feedback: Feedback,
    daylight: Optional[Daylight] = None,
) -> Optional[Candidate]:
    try:
        plan = true_priorities(plan_with(variant, feedback), priorities)
    except PlanningError:
        if variant.index == 0:
            raise
        log.debug("variant %d cannot be planned: left out", variant.index)
        return None
    if v.candidates:  # the landing-hour rule by construction: a team landing at a repeated hour leaves at another
        plan, moves = keep_landing_hours(plan, history, v.rules, v.score, v.earliest_h, daylight)
        if moves:
            shifts = dict(variant.shifts)
            for team, hours in moves:
                shifts[team] = shifts.get(team, 0.0) + hours
            variant = replace(variant, shifts=tuple(shifts.items()))
    now = outings_of_plan(plan, v.score.place_m, v.score.place_m)
    rules = tuple(broken_rules(now, history, v.rules, v.score))
    return Candidate(variant, plan, sum(t.priority for t in plan.teams), predictability(now, history, v.score), rules)


def _repeats_moved(outing: Outing, hours: float, history: History, rules: HardRules, s: ScoreSettings) -> int:
    """How many of ``outing``'s landings would repeat an hour if the team left ``hours`` later on the same route."""
    moved = tuple(Landing(x.where, x.clock_h + hours) for x in outing.landings)
    return len(broken_rules([replace(outing, landings=moved)], history, rules, s))


def _repairs(
    near: Candidate,
    teams: Sequence[str],
    plot_ids: Sequence[str],
    first: int,
    v: Variation,
    start: datetime,
    history: History,
    rng: random.Random,
) -> List[Variant]:
    """Variants of the good candidate that breaks fewest rules, with a new seed and the plots' weights a little
    shaken: a team that lands at a repeated hour leaves at the hour that would, on the same route, repeat
    fewest (drawn among the best); the plots reached from a landing or camp that broke a rule weigh less."""
    bad = {b.team for b in near.broken}
    nearby = {
        s.plot_id
        for t in near.plan.teams
        for s in t.stops
        if s.kind == PLOT and any(math.dist(s.position, b.where) <= REPAIR_NEAR_M for b in near.broken)
    }
    clock = start.hour + start.minute / 60.0
    allowed = [h for h in v.hour_shifts if clock + h >= v.earliest_h] or [0.0]
    landing_rule = HardRules(landing_hour_days=v.rules.landing_hour_days)
    best_shifts: Dict[str, List[float]] = {}
    for outing in outings_of_plan(near.plan, v.score.place_m, v.score.place_m):
        if outing.team not in bad:
            continue
        was = dict(near.variant.shifts).get(outing.team, 0.0)
        counted = {h: _repeats_moved(outing, h - was, history, landing_rule, v.score) for h in allowed if h != was} or {
            was: 0
        }
        best_shifts[outing.team] = [h for h, n in counted.items() if n == min(counted.values())]
    out = []
    for k in range(max(1, v.candidates // 2)):
        shifts = tuple(
            (t, rng.choice(best_shifts[t]) if t in best_shifts else dict(near.variant.shifts).get(t, 0.0))
            for t in teams
        )
        if k == 0:  # the same search at the new hours: the route it predicts on
            out.append(Variant(first, near.variant.seed, shifts, near.variant.weights))
            continue
        old = dict(near.variant.weights)
        weights = tuple(
            (p, old.get(p, 1.0) * math.exp(0.1 * rng.gauss(0.0, 1.0)) * (v.recent_weight if p in nearby else 1.0))
            for p in plot_ids
        )
        out.append(Variant(first + k, rng.randrange(1, 2**31 - 1), shifts, weights))
    return out


def choose_plan(
    plan_with: PlanWith,
    start: datetime,
    teams: Sequence[str],
    priorities: Mapping[str, float],
    history: History,
    v: Variation,
    own_seed: int = 1,
    feedback: Optional[Feedback] = None,
    daylight: Optional[Daylight] = None,
) -> VariedPlan:
    """The varied plan: ``plan_with(variant, feedback)`` makes one candidate (a ``PlanningError`` drops it)."""
    fb = ensure(feedback)
    seed = v.seed if v.seed is not None else new_seed()
    recent = [p for o in history.recent(start, v.score.recent) for p in o.order]
    asked = variants(start, teams, sorted(priorities), recent, v, seed, own_seed)
    found: List[Candidate] = []
    rounds = 1 + (v.repair_rounds if v.candidates else 0)
    repair = random.Random(seed + 1)  # nosec B311 - repeatable from the recorded seed
    for done in range(rounds):
        for k, variant in enumerate(asked):
            check_cancel(fb)
            low, high = (done + k / len(asked)) / rounds, (done + (k + 1) / len(asked)) / rounds
            candidate = _candidate(
                plan_with, variant, priorities, history, v, ScaledFeedback(fb, 100 * low, 100 * high), daylight
            )
            if candidate is not None:
                found.append(candidate)
        good = [c for c in found if _good(c, found[0].priority, v.accepted_loss)]
        if done + 1 == rounds or any(not c.broken for c in good):
            break
        nearest = min(good, key=lambda c: len(c.broken))
        asked = _repairs(nearest, teams, sorted(priorities), len(found), v, start, history, repair)
    best = found[0]
    good = [c for c in found if _good(c, best.priority, v.accepted_loss)]
    kept = [c for c in good if not c.broken]
    if not kept:  # every good plan breaks a rule: the one that breaks fewest, and the plan says which
        fewest = min(len(c.broken) for c in good)
        kept = [c for c in good if len(c.broken) == fewest]
    least = min(c.score.score for c in kept)
    pool = [c for c in kept if c.score.score <= least + v.margin]
    chosen = random.Random(seed).choice(pool)  # nosec B311 - repeatable from the recorded seed
    fb.set_progress(100.0)
    return VariedPlan(chosen.plan, seed, chosen, best, tuple(found), v.accepted_loss)


def plan_varied(
    setup: PlanSetup,
    history: History,
    v: Variation,
    previous: Optional[PatrolPlan] = None,
    feedback: Optional[Feedback] = None,
    vary: bool = True,
) -> VariedPlan:
    """The setup's plan, varied: the request's stability (kept and untouched teams) holds in every candidate.
    With ``vary`` False, the plan as usual with its score: what the coordinator sees when variation is off."""
    if not vary:
        v = replace(v, candidates=0, seed=v.seed or 1)
    priorities = {p.plot_id: p.priority for p in setup.ground.plots}

    def plan_with(variant: Variant, fb: Feedback) -> PatrolPlan:
        if variant.index == 0:
            return setup.plan(previous, fb)
        weights = dict(variant.weights)
        plots = tuple(replace(p, priority=p.priority * weights.get(p.plot_id, 1.0)) for p in setup.ground.plots)
        shifts = dict(variant.shifts)
        request = replace(
            setup.request,
            teams=tuple(replace(t, shift_h=t.shift_h + shifts.get(t.name, 0.0)) for t in setup.request.teams),
            seed=variant.seed,
            time_limit_s=setup.request.time_limit_s * v.candidate_time_share,
        )
        return replace(setup, request=request, ground=replace(setup.ground, plots=plots)).plan(None, fb)

    start, teams = setup.request.start, setup.request.team_names
    return choose_plan(plan_with, start, teams, priorities, history, v, setup.request.seed, feedback, setup.daylight)
