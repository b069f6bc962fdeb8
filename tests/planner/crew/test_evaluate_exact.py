"""The route evaluation and the boat-aware planner against brute force on tiny random instances.

The brute force enumerates, independently of the evaluator's dynamic programme,
every way to travel each leg (walk; or board at any landing, the pilot bringing
the boat there alone if needed, and get off at any landing), and every ordered
choice of plots per team.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import replace

import pytest

from patrol_planner.planner.crew import MOTORS, Access, Crew, evaluate_route, solve_with_boats
from patrol_planner.planner.optimize import Plot, SolverOptions, Team

INF = float("inf")


def at_table_speed(key: str):
    """The motor riding at the speed the random tables' times are for (its own speed would ride them again)."""
    return replace(MOTORS[key], still_kmh=None)


def random_access(rng: random.Random, terminals: int, landings: int, transfer: float = 0.1) -> Access:
    def maybe(value, gap=0.25):
        return None if rng.random() < gap else value

    foot = [[0.0 if a == b else maybe(rng.uniform(0.5, 4.0), 0.5) for b in range(terminals)] for a in range(terminals)]
    to_landing = [[maybe(rng.uniform(0.1, 1.5)) for _ in range(landings)] for _ in range(terminals)]
    from_landing = [[to_landing[t][m] for t in range(terminals)] for m in range(landings)]
    boat = [
        [0.0 if p == m else maybe(2 * transfer + rng.uniform(0.2, 2.0), 0.2) for m in range(landings)]
        for p in range(landings)
    ]
    up = [
        [None if boat[p][m] is None else (boat[p][m] - 2 * transfer) * rng.random() for m in range(landings)]
        for p in range(landings)
    ]
    down = [
        [None if boat[p][m] is None else boat[p][m] - 2 * transfer - up[p][m] for m in range(landings)]
        for p in range(landings)
    ]
    home = {0: 0}
    for t in range(terminals):
        to_landing[t][0] = to_landing[t][0] if t else 0.05
        from_landing[0][t] = to_landing[t][0]
    return Access(foot, to_landing, from_landing, boat, up, down, home, transfer, max_landings=landings)


def free_matrix(access: Access, terminals: int):
    """The free-switching matrix: the best of walking and of one ride, per pair (a lower bound of every leg)."""
    landings = len(access.boat)
    rows = []
    for a in range(terminals):
        row = []
        for b in range(terminals):
            ways = [access.foot[a][b]] + [
                access.to_landing[a][p] + access.boat[p][m] + access.from_landing[m][b]
                for p in range(landings)
                for m in range(landings)
                if None not in (access.to_landing[a][p], access.boat[p][m], access.from_landing[m][b])
            ]
            ways = [w for w in ways if w is not None]
            row.append(0.0 if a == b else (min(ways) if ways else None))
        rows.append(row)
    return rows


def brute_route(access: Access, crew: Crew, nodes, service, budget) -> float:
    """Least time (team and boat back) over every way to travel the legs, by plain recursion."""
    fuel_cap = INF if crew.fuel_l is None else crew.fuel_l
    litres = crew.motor.litres if crew.motor else (lambda u, d: 0.0)
    home = access.home.get(nodes[0]) if crew.has_boat else None

    def trip_fuel(a, b):
        return 0.0 if a == b else litres(access.boat_up[a][b], access.boat_down[a][b])

    best = INF

    def go(k, t, boat_at, ready, fuel):
        nonlocal best
        if t > budget + 1e-9 or fuel > fuel_cap + 1e-9:
            return
        if k == len(nodes) - 1:
            end = access.home.get(nodes[-1]) if crew.has_boat else None
            back, used = t, fuel
            if boat_at is not None and end is not None and boat_at != end:
                if crew.pilot_stays or access.boat[boat_at][end] is None:
                    return
                back = max(t, ready + access.boat[boat_at][end] - 2 * access.transfer_h)
                used += trip_fuel(boat_at, end)
            if back <= budget + 1e-9 and used <= fuel_cap + 1e-9:
                best = min(best, back)
            return
        a, b = nodes[k], nodes[k + 1]
        serve = service.get(b, 0.0) if k + 1 < len(nodes) - 1 else 0.0
        if a == b or access.foot[a][b] is not None:
            go(k + 1, t + (0.0 if a == b else access.foot[a][b]) + serve, boat_at, ready, fuel)
        if boat_at is None or a == b:
            return
        n = len(access.boat)
        for p in range(n):
            if access.to_landing[a][p] is None:
                continue
            if p != boat_at and (crew.pilot_stays or access.boat[boat_at][p] is None):
                continue
            pilot = 0.0 if p == boat_at else access.boat[boat_at][p] - 2 * access.transfer_h
            leave = max(t + access.to_landing[a][p], ready + pilot)
            for m in range(n):
                if m == p or access.boat[p][m] is None or access.from_landing[m][b] is None:
                    continue
                ride = access.boat[p][m]
                go(
                    k + 1,
                    leave + ride + access.from_landing[m][b] + serve,
                    m,
                    leave + ride,
                    fuel + trip_fuel(boat_at, p) + trip_fuel(p, m),
                )

    go(0, 0.0, home, 0.0, 0.0)
    return best


@pytest.mark.parametrize("seed", range(40))
def test_the_evaluation_equals_brute_force(seed: int) -> None:
    rng = random.Random(seed)
    access = random_access(rng, terminals=4, landings=4)
    crew = Crew(at_table_speed("15hp"), pilot_stays=seed % 4 == 3, fuel_l=rng.choice([None, 20.0, 8.0]))
    nodes = [0] + rng.sample([1, 2, 3], rng.randint(1, 3)) + [0]
    service = {1: 0.3, 2: 0.0, 3: 0.5}
    budget = rng.uniform(4, 14)
    expected = brute_route(access, crew, nodes, service, budget)
    result = evaluate_route(access, crew, nodes, service, budget, cap=10_000, per_landing=10_000)
    if expected == INF:
        assert not result.feasible
    else:
        assert result.feasible and result.total_h == pytest.approx(expected, abs=1e-9)


def brute_plan(access, crews, teams, plots):
    """Best total priority, then least hours, over every ordered choice of plots per team."""
    service = {p.node: p.service_h for p in plots}
    nodes = [p.node for p in plots]
    options = []
    for k, team in enumerate(teams):
        found = {}
        for size in range(len(nodes) + 1):
            for order in itertools.permutations(nodes, size):
                h = brute_route(access, crews[k], [team.start, *order, team.end], service, team.budget_h)
                key = frozenset(order)
                if h < found.get(key, INF):
                    found[key] = h
        options.append(found)
    best = (-1.0, INF)
    priority = {p.node: p.priority for p in plots}
    for combo in itertools.product(*(o.items() for o in options)):
        sets = [c[0] for c in combo]
        if sum(map(len, sets)) != len(frozenset().union(*sets)):
            continue
        score = sum(priority[p] for s in sets for p in s)
        hours = sum(c[1] for c in combo)
        if score > best[0] + 1e-9 or (abs(score - best[0]) <= 1e-9 and hours < best[1]):
            best = (score, hours)
    return best


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("exact_max", [5, 0])
def test_the_boat_planner_finds_the_brute_force_optimum(seed: int, exact_max: int, monkeypatch) -> None:
    """Exactly (tiny problems) and by the repair-and-insert search (exact solving switched off)."""
    from patrol_planner.planner.crew import solve as boat_solve

    monkeypatch.setattr(boat_solve, "EXACT_MAX_PLOTS", exact_max)
    rng = random.Random(100 + seed)
    access = random_access(rng, terminals=4, landings=3)
    lower = free_matrix(access, 4)  # the best of walking and riding, as the free network would give
    teams = [Team("A", 0, 0, 1, rng.uniform(5, 10))]
    plots = [Plot(n, rng.choice([1.0, 2.0, 3.0]), 0.25) for n in (1, 2, 3)]
    crews = [Crew(at_table_speed("40hp"), fuel_l=rng.choice([None, 25.0]))]
    plan = solve_with_boats(lower, teams, plots, crews, access, SolverOptions(seed=1, time_limit_s=2.0))
    score = sum(p.priority for p in plots if p.node in plan.routes[0][1:-1])
    expected_score, expected_hours = brute_plan(access, crews, teams, plots)
    assert score == pytest.approx(expected_score)
    if exact_max:
        assert plan.results[0].total_h == pytest.approx(expected_hours, abs=1e-9)


@pytest.mark.parametrize("seed", range(30))
def test_a_route_without_each_of_its_plots_is_evaluated_as_each_shorter_route_alone(seed: int) -> None:
    """Repairing a route tries it without each plot in turn: the legs before the plot left out are travelled
    once for all the trials (``evaluate_without``), and each trial's result is the shorter route's own."""
    from patrol_planner.planner.crew.evaluate import evaluate_without

    rng = random.Random(seed)
    access = random_access(rng, terminals=7, landings=5)
    crew = Crew(at_table_speed("15hp"), pilot_stays=seed % 5 == 4, fuel_l=rng.choice([None, 20.0, 8.0]))
    nodes = [0] + rng.sample(range(1, 7), rng.randint(1, 6)) + [rng.choice([0, 0, 3])]
    service = {p: rng.choice([0.0, 0.3, 0.5]) for p in range(1, 7)}
    budget = rng.uniform(3, 14)
    alone = [
        evaluate_route(access, crew, nodes[:i] + nodes[i + 1 :], service, budget) for i in range(1, len(nodes) - 1)
    ]
    assert evaluate_without(access, crew, nodes, service, budget) == alone
