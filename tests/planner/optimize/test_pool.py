"""The route pool's set packing and the local search's memo (issue 17: an optimizer good early)."""

from __future__ import annotations

import itertools
import math
import random

from patrol_planner.planner.optimize import Plot, Team
from patrol_planner.planner.optimize.instance import build_instance, route_length
from patrol_planner.planner.optimize.memo import Memo
from patrol_planner.planner.optimize.moves import greedy_insert
from patrol_planner.planner.optimize.pool import RoutePool
from patrol_planner.planner.optimize.search import Solution, _empty, _ruin, local_search


def _grid(n_plots: int, seed: int):
    rng = random.Random(seed)
    pts = [(0.0, 0.0)] + [(rng.uniform(-5, 5), rng.uniform(-5, 5)) for _ in range(n_plots)]
    return [[math.dist(a, b) for b in pts] for a in pts]


def _score(inst, routes):
    return sum(inst.score[p] for r in routes for p in r[1:-1])


def test_combine_finds_the_best_routes_that_share_no_plot() -> None:
    matrix = _grid(8, 1)
    plots = [Plot(i, float(i)) for i in range(1, 9)]
    teams = [Team("a", 0, 0, 1, 100.0), Team("b", 0, 0, 1, 100.0)]
    inst, _ = build_instance(matrix, teams, plots)
    pool = RoutePool(inst)
    routes = [[0, 8, 7, 0], [0, 8, 1, 0], [0, 6, 5, 0], [0, 7, 6, 2, 0], [0, 3, 4, 0]]
    pool.add(routes, [route_length(inst.dd, r) for r in routes])
    # Brute force over every pair of disjoint routes (or none).
    best = max(
        _score(inst, pair)
        for pair in itertools.product(routes + [[0, 0]], repeat=2)
        if not set(pair[0][1:-1]) & set(pair[1][1:-1])
    )
    assert best == 15 + 11  # 8+7 with 6+5
    got = pool.combine(0.0)
    assert _score(inst, got) == best
    assert not set(got[0][1:-1]) & set(got[1][1:-1])
    assert pool.combine(best) is None  # nothing better than the target


def test_combine_keeps_each_teams_bases_budget_and_locks() -> None:
    matrix = _grid(6, 2)
    plots = [Plot(1, 5.0, teams=frozenset({"a"})), Plot(2, 4.0), Plot(3, 3.0), Plot(4, 1.0), Plot(5, 1.0), Plot(6, 1.0)]
    teams = [Team("a", 0, 0, 1, 100.0), Team("b", 0, 0, 1, 100.0)]
    inst, _ = build_instance(matrix, teams, plots)
    pool = RoutePool(inst)
    long_route = [0, 2, 3, 4, 5, 6, 0]
    routes = [[0, 1, 0], [0, 1, 2, 0], long_route, [0, 3, 0]]
    pool.add(routes, [route_length(inst.dd, r) for r in routes])
    got = pool.combine(0.0)
    # Plot 1 is locked to team a: a route with it never goes to team b.
    assert 1 not in got[1]
    assert _score(inst, got) == 5 + 4 + 3 + 1 + 1 + 1
    # Team b's budget now too short for the long route: team a takes plots 1 and 2, team b plot 3 (12 > 10).
    short = Team("b", 0, 0, 1, route_length(inst.dd, long_route) - 0.01)
    inst2, _ = build_instance(matrix, [teams[0], short], plots)
    pool2 = RoutePool(inst2)
    pool2.add(routes, [route_length(inst2.dd, r) for r in routes])
    got2 = pool2.combine(0.0)
    for k, r in enumerate(got2):
        assert route_length(inst2.dd, r) <= inst2.budgets[k] + 1e-9
        assert set(r[1:-1]) <= inst2.allowed[k]
    assert got2 == [[0, 1, 2, 0], [0, 3, 0]]


def test_the_memo_never_changes_what_the_local_search_finds() -> None:
    """One memo shared over many solutions gives exactly what a fresh one gives each time."""
    for seed in range(6):
        matrix = _grid(40, seed)
        rng = random.Random(seed)
        plots = [Plot(i, float(rng.randint(1, 9))) for i in range(1, 41)]
        teams = [Team(f"t{k}", 0, 0, 1, 14.0) for k in range(3)]
        inst, _ = build_instance(matrix, teams, plots)
        shared = Memo()
        for _ in range(15):
            sol = _empty(inst)
            greedy_insert(inst, sol.routes, sol.lengths, set(inst.plots), rng, 1.0)
            _ruin(inst, sol, rng, Memo())
            fresh = Solution([list(r) for r in sol.routes], list(sol.lengths))
            local_search(inst, sol, shared)
            local_search(inst, fresh, Memo())
            assert sol.routes == fresh.routes
            for k, r in enumerate(sol.routes):
                assert math.isclose(sol.lengths[k], route_length(inst.dd, r), abs_tol=1e-9)
                assert sol.lengths[k] <= inst.budgets[k] + 1e-9
