"""The patrol optimizer: exact on small cases, deterministic, bounded in time, honest about what it leaves out."""

from __future__ import annotations

import math
import random
from datetime import time as clock

import pytest

from patrol_planner.planner.core import Cancelled, PlanningError
from patrol_planner.planner.optimize import (
    MANDATORY_MISSING,
    NOT_ENOUGH_TIME,
    Plot,
    SolverOptions,
    Team,
    exhaustive_solve,
    solve,
)

FAST = SolverOptions(seed=3, time_limit_s=2.0, stall_s=0.15)


def river_matrix(rng: random.Random, n: int, gaps: float = 0.05):
    """Points in a 10 x 10 h square; going east is faster (downstream), some pairs have no path."""
    pts = [(rng.uniform(0, 10), rng.uniform(0, 10)) for _ in range(n)]
    d = [[0.0] * n for _ in range(n)]
    for i, (xa, ya) in enumerate(pts):
        for j, (xb, yb) in enumerate(pts):
            if i != j:
                base = math.hypot(xa - xb, ya - yb)
                d[i][j] = None if rng.random() < gaps else base * (0.7 if xb > xa else 1.3)
    return d


def random_case(seed: int):
    rng = random.Random(seed)
    n_teams = rng.randint(1, 3)
    n_plots = rng.randint(3, 10 if n_teams < 3 else 9)
    n = n_teams + 1 + n_plots  # bases first (the last team may share a base), then plots
    d = river_matrix(rng, n)
    for k in range(n_teams + 1):  # bases are always a short trip from each other
        for m in range(n_teams + 1):
            if k != m:
                d[k][m] = 5.0
    teams = []
    for k in range(n_teams):
        start = k
        end = k if rng.random() < 0.7 else n_teams
        teams.append(Team(f"T{k}", start, end, rng.randint(1, 2), rng.uniform(8, 20)))
    plots = [
        Plot(i, float(rng.randint(1, 5)), rng.choice((0.0, 0.5, 1.0)), rng.random() < 0.1)
        for i in range(n_teams + 1, n)
    ]
    return d, teams, plots


def key_of(plan, plots):
    mandatory = {p.node for p in plots if p.mandatory}
    visited = plan.visited()
    return sum(1 for p in visited if p in mandatory), round(sum(r.priority for r in plan.routes), 9)


@pytest.mark.parametrize("block", range(4))
def test_matches_exhaustive_search_on_random_instances(block: int) -> None:
    """200 random asymmetric instances of up to 10 plots and 1 to 3 teams: the same optimum as exhaustive search."""
    for seed in range(block * 50, block * 50 + 50):
        d, teams, plots = random_case(seed)
        (m, priority, neg_hours), _ = exhaustive_solve(d, teams, plots)
        plan = solve(d, teams, plots, FAST)
        assert key_of(plan, plots) == (m, priority), f"seed {seed}"
        assert plan.total_hours == pytest.approx(-neg_hours, abs=1e-6), f"seed {seed}: not the quickest of the best"
        for route, team in zip(plan.routes, teams):
            assert route.total_h <= team.budget_h + 1e-9
            assert route.nodes[0] == team.start and route.nodes[-1] == team.end


def test_same_seed_same_plan_and_the_time_limit_holds() -> None:
    rng = random.Random(11)
    d = river_matrix(rng, 60, gaps=0.0)
    teams = [Team("A", 0, 0, 2, 10), Team("B", 1, 1, 2, 10)]
    plots = [Plot(i, float(rng.randint(1, 9))) for i in range(2, 60)]
    options = SolverOptions(seed=5, time_limit_s=1.0, stall_s=1.0)
    first = solve(d, teams, plots, options)
    second = solve(d, teams, plots, SolverOptions(seed=5, time_limit_s=1.0, stall_s=1.0))
    # A time limit can cut two runs at different iterations; the same seed and enough time agree.
    if first.iterations == second.iterations:
        assert [r.nodes for r in first.routes] == [r.nodes for r in second.routes]
    small_d, small_teams, small_plots = random_case(7)
    runs = {tuple(r.nodes for r in solve(small_d, small_teams, small_plots, FAST).routes) for _ in range(3)}
    assert len(runs) == 1


class StopAfter:
    def __init__(self, calls: int) -> None:
        self.calls = calls
        self.progress = []

    def set_progress(self, percent: float) -> None:
        self.progress.append(percent)

    def is_canceled(self) -> bool:
        self.calls -= 1
        return self.calls < 0


def test_cancel_stops_the_search() -> None:
    rng = random.Random(2)
    d = river_matrix(rng, 80, gaps=0.0)
    plots = [Plot(i, 1.0) for i in range(1, 80)]
    feedback = StopAfter(20)
    with pytest.raises(Cancelled):
        solve(d, [Team("A", 0, 0, 1, 12)], plots, SolverOptions(time_limit_s=30), feedback)
    assert feedback.progress and max(feedback.progress) < 100


def line_matrix(xs, upstream_factor: float = 1.0):
    """Points on a river flowing east: east at 1 h per unit, west (upstream) slower by the factor."""
    return [
        [0.0 if i == j else (b - a if b > a else (a - b) * upstream_factor) for j, b in enumerate(xs)]
        for i, a in enumerate(xs)
    ]


def test_mandatory_plots_that_cannot_fit_are_reported_with_the_reason() -> None:
    d = line_matrix([0, 3, 6, -1])  # base at 0; two mandatory plots east, a valuable one just west
    plots = [Plot(1, 1.0, 0.0, True), Plot(2, 1.0, 0.0, True), Plot(3, 9.0, 0.0, False)]
    plan = solve(d, [Team("A", 0, 0, 1, 12.5)], plots, FAST)  # 12 h east and back; 14 h with the west plot
    assert sorted(plan.visited()) == [1, 2]  # both mandatory plots before the valuable one
    assert plan.unplanned == {3: NOT_ENOUGH_TIME}
    d = line_matrix([0, 5, -5])  # each mandatory plot alone takes 10 h, both 20 h
    plan = solve(d, [Team("A", 0, 0, 1, 12)], [Plot(1, 1.0, 0.0, True), Plot(2, 2.0, 0.0, True)], FAST)
    assert plan.visited() == [2] and plan.unplanned == {1: MANDATORY_MISSING}


def test_a_mandatory_plot_beyond_every_budget_says_too_far() -> None:
    d = line_matrix([0, 3, 20])
    plan = solve(d, [Team("A", 0, 0, 1, 8)], [Plot(1, 1.0), Plot(2, 1.0, 0.0, True)], FAST)
    assert plan.visited() == [1]
    assert plan.unplanned[2].startswith("too far") and "40.0 h" in plan.unplanned[2]


def test_plots_with_no_path_are_unreachable_not_dropped_silently() -> None:
    d = line_matrix([0, 2, 4])
    d[0][2] = d[1][2] = d[2][0] = d[2][1] = None
    plan = solve(d, [Team("A", 0, 0, 1, 8)], [Plot(1, 1.0), Plot(2, 5.0)], FAST)
    assert plan.visited() == [1] and plan.unplanned[2].startswith("unreachable")


def test_plots_kept_from_a_team_go_to_another_or_are_reported() -> None:
    d = line_matrix([0, 10, 1, 9])  # bases 0 (west) and 1 (east); plots 2 near west, 3 near east
    teams = [Team("West", 0, 0, 1, 30), Team("East", 1, 1, 1, 30)]
    locked = solve(d, teams, [Plot(2, 1.0, 0.0, False, frozenset({"East"})), Plot(3, 1.0)], FAST)
    by_team = {r.team.name: r.plots for r in locked.routes}
    assert 2 in by_team["East"] and 2 not in by_team["West"]
    nobody = solve(d, teams, [Plot(2, 1.0, 0.0, False, frozenset()), Plot(3, 1.0)], FAST)
    assert nobody.unplanned[2].startswith("no team may visit it")


def test_days_clock_times_and_camps_worked_out_by_hand() -> None:
    # Base 0, plots at 3 and 7 h downstream, back upstream at twice the time: 0 -> 3 -> 7 -> 0 = 3 + 4 + 14 h,
    # plus 1 h at each plot = 23 h of work in 8 h days from 06:00.
    d = line_matrix([0, 3, 7], upstream_factor=2.0)
    d[0][2] += 0.5  # on a line both orders take 21 h: make the nearer plot first the only best order
    team = Team("A", 0, 0, 3, 8.0, clock(6, 0))
    plan = solve(d, [team], [Plot(1, 1.0, 1.0), Plot(2, 1.0, 1.0)], FAST)
    (route,) = plan.routes
    assert route.nodes == (0, 1, 2, 0)
    arrivals = [(s.node, s.day, s.clock) for s in route.stops]
    assert arrivals == [(0, 1, "06:00"), (1, 1, "09:00"), (2, 1, "14:00"), (0, 3, "13:00")]
    # Day 1: arrive at plot 2 at 14:00 with the 8 h used: the inspection goes on next morning (camp at the
    # plot, the whole of leg 1 done).  Day 2: 1 h inspecting, then 7 h of the 14 h leg home (camp half-way).
    # Day 3: the other 7 h, home at 13:00.
    assert [(c.night, c.leg, round(c.fraction, 4)) for c in route.camps] == [(1, 1, 1.0), (2, 2, 0.5)]
    assert route.days_used == 3


def test_travelling_salesman_when_one_team_must_visit_everything() -> None:
    rng = random.Random(4)
    d = river_matrix(rng, 9, gaps=0.0)
    plots = [Plot(i, 1.0, 0.0, True) for i in range(1, 9)]
    team = Team("A", 0, 0, 10, 24)
    plan = solve(d, [team], plots, FAST)
    (_, _, neg_hours), _ = exhaustive_solve(d, [team], plots)
    assert sorted(plan.visited()) == list(range(1, 9))
    assert plan.total_hours == pytest.approx(-neg_hours, abs=1e-9)


def test_a_team_that_cannot_get_home_is_a_clear_error() -> None:
    d = line_matrix([0, 20])
    with pytest.raises(PlanningError, match="cannot even travel from its start base to its end base"):
        solve(d, [Team("A", 0, 1, 1, 8)], [], FAST)


def brute_force(d, teams, plots):
    """Independent reference for tiny cases: every split of the plots between teams and every order."""
    from itertools import permutations, product

    nodes = [p.node for p in plots]
    service = {p.node: p.service_h for p in plots}
    best = None
    for owner in product(range(len(teams) + 1), repeat=len(nodes)):  # len(teams) = not visited
        hours, ok = 0.0, True
        for k, team in enumerate(teams):
            mine = [v for v, o in zip(nodes, owner) if o == k]
            if not ok:
                break
            shortest = None
            for order in permutations(mine):
                route = [team.start, *order, team.end]
                legs = [d[a][b] for a, b in zip(route, route[1:]) if a != b]
                if any(leg is None for leg in legs):
                    continue
                t = sum(legs) + sum(service[v] for v in mine)
                shortest = t if shortest is None else min(shortest, t)
            if shortest is None or shortest > team.budget_h + 1e-9:
                ok = False
            else:
                hours += shortest
        if not ok:
            continue
        chosen = [p for p, o in zip(plots, owner) if o < len(teams)]
        key = (sum(p.mandatory for p in chosen), round(sum(p.priority for p in chosen), 9), -round(hours, 9))
        best = key if best is None or key > best else best
    return best


def test_exact_answers_agree_with_brute_force_on_tiny_instances() -> None:
    checked = 0
    for seed in range(400, 600):
        d, teams, plots = random_case(seed)
        if len(plots) > 6 or len(teams) > 2:
            continue
        expected = brute_force(d, teams, plots)
        plan = solve(d, teams, plots, FAST)
        got = key_of(plan, plots) + (-round(plan.total_hours, 9),)
        assert got[:2] == expected[:2] and got[2] == pytest.approx(expected[2], abs=1e-6), f"seed {seed}"
        checked += 1
    assert checked >= 25


@pytest.mark.parametrize("block", range(4))
def test_the_heuristic_search_finds_the_optimum_on_small_instances(monkeypatch, block: int) -> None:
    """The iterated local search alone (the exact shortcut switched off) on 200 instances exhaustive search solves.

    Measured: the optimum priority on 200 of 200 (stall 0.3 s); the time on ties is not always the least (the
    search stops soon after reaching the score bound), so hours are only bounded loosely here."""
    from patrol_planner.planner.optimize import solver as top_solver

    monkeypatch.setattr(top_solver, "EXACT_MAX_PLOTS", {})
    options = SolverOptions(seed=3, time_limit_s=2.0, stall_s=0.3)
    matched = 0
    for seed in range(1000 + block * 50, 1050 + block * 50):
        d, teams, plots = random_case(seed)
        (m, priority, neg_hours), _ = exhaustive_solve(d, teams, plots)
        plan = solve(d, teams, plots, options)
        got = key_of(plan, plots)
        assert got <= (m, priority), f"seed {seed}: better than the optimum means an infeasible plan"
        for route, team in zip(plan.routes, teams):
            assert route.total_h <= team.budget_h + 1e-9
        if got == (m, priority):
            matched += 1
            assert plan.total_hours <= -neg_hours * 1.25 + 1e-6, f"seed {seed}: far from the quickest of the best"
    assert matched >= 49, f"the search alone found the optimum on {matched} of 50"


class _TickingClock:
    """A clock that moves 1 ms each time it is read: the solver's deadline is then a count of
    reads, the same on a loaded machine as on an idle one."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        self.now += 0.001
        return self.now


def test_the_time_limit_holds_by_the_solvers_own_clock(monkeypatch) -> None:
    from patrol_planner.planner.optimize import search, solver, tsp

    clock = _TickingClock()
    for module in (search, solver, tsp):
        monkeypatch.setattr(module, "time", clock)
    rng = random.Random(11)
    d = river_matrix(rng, 60, gaps=0.0)
    teams = [Team("A", 0, 0, 2, 10), Team("B", 1, 1, 2, 10)]
    plots = [Plot(i, float(rng.randint(1, 9))) for i in range(2, 60)]
    plan = solve(d, teams, plots, SolverOptions(seed=5, time_limit_s=1.0, stall_s=5.0))
    # The search stops at the limit; what follows it (polish, schedule) reads the clock a few times.
    assert 1.0 <= clock.now <= 1.1, clock.now
    assert plan.routes and plan.iterations > 0
