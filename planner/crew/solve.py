"""Planning with the boats: which plots each team visits when the boat has to be where it boards.

Without boats the optimizer (``optimize.solve``) plans on a matrix where a
team may switch between boat and foot at any landing.  That matrix is a lower
bound of the time with a real boat, so it still ranks plots well; here its
routes are made feasible and then grown again with every candidate evaluated
by ``evaluate_route`` (boat position, pilot moves, waits, fuel):

1. tiny problems (``EXACT_MAX_PLOTS``) are solved exactly: every ordered
   choice of plots for each team, then the best split between teams;
2. otherwise the optimizer's routes are repaired (the plot whose removal
   costs least priority goes first, until the route fits time and fuel) and
   plots are inserted greedily, cheapest lower-bound cost per priority first,
   each insertion checked by the evaluator, until nothing more fits; then,
   for a short time, one or two plots are taken out and plots inserted again
   with noise, keeping the better plan; last, each plot is moved to where the
   route with the boat is quickest;
3. a plan grown from the last one (``SolverOptions.grow``: a what-if's change,
   which only adds a day, a team or fuel) skips the search and the repair: the
   last plan's routes, still feasible, go straight to the phases of step 2,
   which touch only the routes of the teams the change is for.
"""

from __future__ import annotations

import itertools
import logging
import random
import time
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Set, Tuple

from ..core import Feedback, PlanningError, ScaledFeedback, check_cancel, ensure, message
from ..core.wording import code_of
from ..optimize import NOT_ENOUGH_TIME, Plot, SolverOptions, Team, budget, out_of_reach, solve
from .evaluate import Access, RouteResult, evaluate_route, evaluate_without
from .left_out import why_left_out
from .motors import Crew

log = logging.getLogger(__name__)

EXACT_MAX_PLOTS = 5
# the solver's reasons for a plot that no team can reach even alone (the others: not in this plan)
UNREACHABLE = frozenset({"no_travel_path", "trip_too_long", "kept_from_every_team"})
Matrix = Sequence[Sequence[Optional[float]]]


@dataclass(frozen=True)
class BoatPlan:
    routes: List[Tuple[int, ...]]  # per team: start base, plots, end base
    results: List[RouteResult]  # per team: how the route is travelled
    unplanned: Dict[int, str]  # plot node -> reason
    upper_bound: float
    seconds: float
    evaluations: int


def _score(plot: Plot, bonus: float) -> float:
    return plot.priority + (bonus if plot.mandatory else 0.0)


class _Planner:
    def __init__(
        self, matrix: Matrix, teams: Sequence[Team], plots: Sequence[Plot], crews: Sequence[Crew], access: Access
    ) -> None:
        self.matrix, self.teams, self.crews, self.access = matrix, list(teams), list(crews), access
        self.by_node = {p.node: p for p in plots}
        self.service = {p.node: p.service_h for p in plots}
        self.bonus = sum(p.priority for p in plots) + 1.0
        self.evaluations = 0

    def allowed(self, k: int, node: int) -> bool:
        plot = self.by_node[node]
        return plot.teams is None or self.teams[k].name in plot.teams

    def evaluate(self, k: int, route: Sequence[int], crew: Optional[Crew] = None) -> RouteResult:
        self.evaluations += 1
        team = self.teams[k]
        crew = crew or self.crews[k]
        return evaluate_route(self.access, crew, route, self.service, team.budget_h, day_h=team.hours_per_day)

    def without(self, k: int, route: Sequence[int]) -> List[RouteResult]:
        """``evaluate`` of the route without each of its plots in turn (``evaluate_without``)."""
        self.evaluations += len(route) - 2
        team = self.teams[k]
        return evaluate_without(self.access, self.crews[k], route, self.service, team.budget_h, team.hours_per_day)

    def score(self, route: Sequence[int]) -> float:
        return sum(_score(self.by_node[p], self.bonus) for p in route[1:-1])

    def bound(self, a: int, b: int) -> float:
        h = self.matrix[a][b] if a != b else 0.0
        return float("inf") if h is None else h + self.service.get(b, 0.0)


def _exact(pl: _Planner, candidates: List[int]) -> List[List[int]]:
    """Every ordered choice of plots per team, then the best split (score, then least time)."""
    per_team: List[Dict[frozenset, Tuple[float, List[int]]]] = []
    for k, team in enumerate(pl.teams):
        best: Dict[frozenset, Tuple[float, List[int]]] = {frozenset(): (0.0, [team.start, team.end])}
        mine = [p for p in candidates if pl.allowed(k, p)]
        for size in range(1, len(mine) + 1):
            for order in itertools.permutations(mine, size):
                route = [team.start, *order, team.end]
                result = pl.evaluate(k, route)
                key = frozenset(order)
                if result.feasible and (key not in best or result.total_h < best[key][0] - 1e-9):
                    best[key] = (result.total_h, route)
        base = pl.evaluate(k, [team.start, team.end])
        best[frozenset()] = (base.total_h, [team.start, team.end])
        per_team.append(best)
    chosen: Optional[Tuple[float, float, List[List[int]]]] = None
    for combo in itertools.product(*(sorted(t.items(), key=lambda kv: sorted(kv[0])) for t in per_team)):
        sets = [c[0] for c in combo]
        if sum(len(s) for s in sets) != len(frozenset().union(*sets)):
            continue
        score = sum(_score(pl.by_node[p], pl.bonus) for s in sets for p in s)
        hours = sum(c[1][0] for c in combo)
        if chosen is None or score > chosen[0] + 1e-9 or (abs(score - chosen[0]) <= 1e-9 and hours < chosen[1] - 1e-9):
            chosen = (score, hours, [list(c[1][1]) for c in combo])
    if chosen is None:  # cannot happen: every team's empty set makes one combination
        raise RuntimeError("no combination of the teams' routes covers the plots without overlap")
    return chosen[2]


def _repair(pl: _Planner, k: int, route: List[int]) -> List[int]:
    """Drop plots until the route fits the team's time and fuel, the least valuable loss first; a mandatory
    plot only when no other is left (the optimizer's times are those of the plan's fastest boat, so a
    slower boat's route may be far over: dropping the one far mandatory plot would fit it at once)."""
    while len(route) > 2 and not pl.evaluate(k, route).feasible:
        options = []
        for i, ok in enumerate(pl.without(k, route), 1):  # the route without route[i], for each i
            plot = pl.by_node[route[i]]
            options.append((plot.mandatory, not ok.feasible, _score(plot, pl.bonus), ok.total_h, i))
        route.pop(min(options)[4])
    return route


def _insert(
    pl: _Planner,
    routes: List[List[int]],
    free: Set[int],
    deadline: float,
    feedback: Feedback,
    max_checks: int = 60,
    rng: Optional[random.Random] = None,
    teams: Optional[Set[int]] = None,
) -> None:
    """Insert plots while one fits, cheapest lower-bound time per score first (``rng``: with noise); into the
    routes of ``teams`` (indices) only, when given."""
    while free and time.monotonic() < deadline:
        check_cancel(feedback)
        feedback.set_progress(0.0)  # the boat phases' bar moves with the clock (``_Bar``)
        moves = []
        for k, route in enumerate(routes):
            if teams is not None and k not in teams:
                continue
            length = sum(pl.bound(a, b) for a, b in zip(route, route[1:]))
            budget = pl.teams[k].budget_h
            for p in free:
                if not pl.allowed(k, p):
                    continue
                for i in range(1, len(route)):
                    a, b = route[i - 1], route[i]
                    delta = pl.bound(a, p) + pl.bound(p, b) - pl.bound(a, b)
                    if length + delta <= budget + 1e-9:
                        score = _score(pl.by_node[p], pl.bonus)
                        noise = rng.uniform(0.5, 1.5) if rng is not None else 1.0
                        moves.append((-score >= 0, noise * delta / max(score, 1e-6), k, i, p))
        moves.sort()
        done = False
        for _, _, k, i, p in moves[:max_checks]:
            trial = routes[k][:i] + [p] + routes[k][i:]
            result = pl.evaluate(k, trial)
            if result.feasible:
                routes[k] = trial
                free.discard(p)
                done = True
                break
        if not done:
            return


REASONS_FROM = 95.0  # per cent of the bar: why each plot left out is, after the boat phases


class _Bar:
    """The planner's bar from 80 % for the boat phases, moved by the clock: they run to deadlines,
    so the time gone is how far they are (whatever percentage they report)."""

    def __init__(self, feedback: Feedback, began: float, seconds: float) -> None:
        self.feedback, self.began, self.seconds = feedback, began, max(seconds, 1e-6)

    def set_progress(self, percent: float) -> None:
        done = min(1.0, (time.monotonic() - self.began) / self.seconds)
        self.feedback.set_progress(80.0 + (REASONS_FROM - 80.0) * done)

    def is_canceled(self) -> bool:
        return self.feedback.is_canceled()


def _value(pl: _Planner, routes: List[List[int]]) -> Tuple[float, float]:
    results = [pl.evaluate(k, r) for k, r in enumerate(routes)]
    if not all(x.feasible for x in results):
        return (-1.0, 0.0)
    return (sum(pl.score(r) for r in routes), -sum(x.total_h for x in results))


def _perturb(
    pl: _Planner,
    routes: List[List[int]],
    reachable: Sequence[int],
    seed: int,
    deadline: float,
    feedback: Feedback,
    stall_s: Optional[float] = None,
    teams: Optional[Set[int]] = None,
) -> None:
    """Take one or two plots out, insert again with noise, keep the better plan; until the deadline, until
    ``stall_s`` without a better plan (when given) or until every reachable plot is in the plan; in the routes
    of ``teams`` (indices) only, when given."""
    rng = random.Random(seed)  # nosec B311 - seeded noise for the search, so a plan can be made again
    best_value = _value(pl, routes)
    gained = time.monotonic()
    while time.monotonic() < deadline and set(reachable) - {p for r in routes for p in r[1:-1]}:
        if stall_s is not None and time.monotonic() - gained >= stall_s:
            break
        trial = [list(r) for r in routes]
        visited = [(k, i) for k, r in enumerate(trial) for i in range(1, len(r) - 1) if teams is None or k in teams]
        for k, i in sorted(rng.sample(visited, min(len(visited), rng.randint(1, 2))), reverse=True):
            trial[k].pop(i)
        free = set(reachable) - {p for r in trial for p in r[1:-1]}
        _insert(pl, trial, free, deadline, feedback, rng=rng, teams=teams)
        value = _value(pl, trial)
        if value[0] > best_value[0] + 1e-9 or (
            abs(value[0] - best_value[0]) <= 1e-9 and value[1] > best_value[1] + 1e-9
        ):
            routes[:], best_value, gained = trial, value, time.monotonic()


def _reorder(pl: _Planner, k: int, route: List[int], deadline: float, bar: _Bar) -> List[int]:
    """Or-opt: move each plot to the position where the route with the boat is quickest."""
    best = pl.evaluate(k, route)
    improved = True
    while improved and len(route) > 3 and time.monotonic() < deadline:
        bar.set_progress(0.0)
        improved = False
        for i in range(1, len(route) - 1):
            p = route[i]
            rest = route[:i] + route[i + 1 :]
            for j in range(1, len(rest)):
                if j == i:
                    continue
                if time.monotonic() > deadline:
                    return route
                trial = rest[:j] + [p] + rest[j:]
                result = pl.evaluate(k, trial)
                if result.feasible and result.total_h < best.total_h - 1e-6:
                    route, best, improved = trial, result, True
                    break
            if improved:
                break
    return route


def solve_with_boats(
    matrix: Matrix,
    teams: Sequence[Team],
    plots: Sequence[Plot],
    crews: Sequence[Crew],
    access: Access,
    options: Optional[SolverOptions] = None,
    feedback: Optional[Feedback] = None,
) -> BoatPlan:
    """Routes that a boat crew can carry out; also each route's evaluation and the reasons of plots left out.

    ``matrix`` is the travel-time matrix where boat and foot mix freely (a lower bound).
    """
    fb = ensure(feedback)
    options = options or SolverOptions()
    started = time.monotonic()
    pl = _Planner(matrix, teams, plots, crews, access)
    grown = _grown(pl, options) if options.grow else None
    if grown is None:
        first = solve(matrix, teams, plots, budget.lower_bound(options), ScaledFeedback(fb, 0, 80))
        unplanned, upper = dict(first.unplanned), first.upper_bound
    else:
        unplanned, upper = out_of_reach(matrix, teams, plots)
    reachable = [p.node for p in plots if code_of(unplanned.get(p.node)) not in UNREACHABLE]
    if len(reachable) <= EXACT_MAX_PLOTS:
        routes = _exact(pl, reachable)
    elif grown is not None:  # the last plan, still possible: grown, no search from scratch
        growing, moving, stall_s = budget.grow_phases(options)
        phases = (growing, moving)
        routes = _boat_phases(pl, grown, reachable, options.seed, phases, fb, stall_s, options.grow)
    else:
        routes = [_repair(pl, k, list(r.nodes)) for k, r in enumerate(first.routes)]
        log.debug("repaired: %d evaluations, %.1f s", pl.evaluations, time.monotonic() - started)
        routes = _boat_phases(pl, routes, reachable, options.seed, budget.boat_phases(options), fb)
    for k, order in options.kept_orders:
        briefed = [routes[k][0], *order, routes[k][-1]]
        if sorted(order) == sorted(routes[k][1:-1]) and pl.evaluate(k, briefed).feasible:
            routes[k] = briefed
    results = [pl.evaluate(k, r) for k, r in enumerate(routes)]
    for team, result in zip(teams, results):
        if not result.feasible:
            raise PlanningError(
                message("boat_cannot_reach_end", team=team.name, hours=team.budget_h, reason=result.reason)
            )
    visited = {p for r in routes for p in r[1:-1]}
    left = [p for p in reachable if p not in visited]
    reasons = {}
    for done, p in enumerate(left):  # each tried in the routes (hundreds of plots): the bar moves per plot
        fb.set_progress(REASONS_FROM + (100.0 - REASONS_FROM) * done / len(left))
        explained = options.explain_left_out
        reasons[p] = why_left_out(pl, routes, p, unplanned.get(p)) if explained else unplanned.get(p) or NOT_ENOUGH_TIME
    for p, why in unplanned.items():
        if p not in reachable:
            reasons[p] = why
    fb.set_progress(100.0)
    seconds = time.monotonic() - started
    log.debug(
        "boat plan: %d plots, priority %.1f, %d evaluations, %.1f s",
        len(visited),
        sum(pl.by_node[p].priority for p in visited),
        pl.evaluations,
        seconds,
    )
    return BoatPlan([tuple(r) for r in routes], results, reasons, upper, seconds, pl.evaluations)


def _grown(pl: _Planner, options: SolverOptions) -> Optional[List[List[int]]]:
    """The last plan's routes (``options.initial_routes``), when the boats can still do each as it is (a what-if's
    change only adds): None when there is none, or one no longer fits or holds a plot its team may not visit."""
    if len(options.initial_routes) != len(pl.teams) or not all(0 <= k < len(pl.teams) for k in options.grow):
        return None
    routes = [[t.start, *r, t.end] for t, r in zip(pl.teams, options.initial_routes)]
    for k, route in enumerate(routes):
        if not all(p in pl.by_node and pl.allowed(k, p) for p in route[1:-1]) or not pl.evaluate(k, route).feasible:
            return None
    return routes


def _boat_phases(
    pl: _Planner,
    routes: List[List[int]],
    reachable: Sequence[int],
    seed: int,
    seconds: Tuple[float, float],
    fb: Feedback,
    stall_s: Optional[float] = None,
    only: Sequence[int] = (),
) -> List[List[int]]:
    """Routes the boats can do, grown: plots inserted while one fits, then one or two taken out and inserted
    again with noise (until ``stall_s`` without a better plan, when given), then each route re-ordered; only
    the routes of the teams ``only`` (indices) when given: the others stay as they are."""
    growing, moving = seconds
    given = [list(r) for r in routes]
    bar = _Bar(fb, time.monotonic(), growing + moving)
    deadline = time.monotonic() + growing
    free = set(reachable) - {p for r in routes for p in r[1:-1]}
    teams = set(only) if only else None
    _insert(pl, routes, free, deadline, bar, teams=teams)
    log.debug("inserted: %d evaluations", pl.evaluations)
    _perturb(pl, routes, reachable, seed, deadline, bar, stall_s, teams)
    log.debug("perturbed: %d evaluations", pl.evaluations)
    deadline = time.monotonic() + moving
    # grown from the last plan (``only``), a route as it came was re-ordered then: not again
    again = [teams is None or (k in teams and r != given[k]) for k, r in enumerate(routes)]
    return [_reorder(pl, k, r, deadline, bar) if again[k] else r for k, r in enumerate(routes)]
