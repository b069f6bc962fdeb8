# SPDX-License-Identifier: GPL-2.0-or-later
"""The optimizer starts from a previous plan, made valid for the new question (issue 17)."""

from __future__ import annotations

import math
import random
from dataclasses import replace
from datetime import datetime

from shapely.geometry import Point

from patrol_planner.planner.network import RiverLine, build_network
from patrol_planner.planner.optimize import Plot, SolverOptions, Team, solve
from patrol_planner.planner.plan import Assignments, BaseSite, PlotSite, TeamRequest, plan_patrols


def euclid_instance(n: int, seed: int):
    rng = random.Random(seed)
    pts = [(50.0, 50.0)] + [(rng.uniform(0, 100), rng.uniform(0, 100)) for _ in range(n)]
    matrix = [[math.dist(a, b) / 10.0 for b in pts] for a in pts]
    plots = [Plot(i, rng.choice([1.0, 2.0, 3.0])) for i in range(1, n + 1)]
    return matrix, plots


def test_a_previous_plan_that_no_longer_fits_is_repaired() -> None:
    matrix, plots = euclid_instance(40, 2)
    teams = [Team("A", 0, 0, 1, 12.0), Team("B", 0, 0, 1, 12.0)]
    first = solve(matrix, teams, plots, SolverOptions(seed=1, time_limit_s=2.0))
    routes = tuple(tuple(r.plots) for r in first.routes)
    # The same routes under shorter days: too long now; and one plot is kept from team A.
    dropped = routes[0][0]
    shorter = [Team("A", 0, 0, 1, 9.0), Team("B", 0, 0, 1, 9.0)]
    plots2 = [Plot(p.node, p.priority, teams=frozenset({"B"})) if p.node == dropped else p for p in plots]
    warm = solve(matrix, shorter, plots2, SolverOptions(seed=1, time_limit_s=0.05, initial_routes=routes))
    assert dropped not in warm.routes[0].plots
    for r in warm.routes:
        assert r.travel_h <= 9.0 + 1e-9
    assert warm.total_priority > 0


def test_the_same_question_again_starts_from_the_answer() -> None:
    matrix, plots = euclid_instance(100, 5)
    teams = [Team("A", 0, 0, 1, 8.0), Team("B", 0, 0, 1, 8.0), Team("C", 0, 0, 1, 8.0)]
    first = solve(matrix, teams, plots, SolverOptions(seed=3, time_limit_s=3.0))
    routes = tuple(tuple(r.plots) for r in first.routes)
    # A different seed and almost no time: a cold start does clearly worse, a warm one matches the answer.
    quick = SolverOptions(seed=9, time_limit_s=0.01, stall_s=0.01)
    cold = solve(matrix, teams, plots, quick)
    again = solve(matrix, teams, plots, replace(quick, initial_routes=routes))
    assert cold.total_priority < first.total_priority - 1e-9
    assert again.total_priority >= first.total_priority - 1e-9


def test_plan_again_after_a_drop_starts_from_the_previous_plan() -> None:
    net = build_network([RiverLine([(0, 0), (10_000, 0), (20_000, 0)], fid=1)], [], [])
    bases = [BaseSite("Alfa", Point(0, 100)), BaseSite("Beta", Point(20_000, 100))]
    plots = [PlotSite(f"P{k}", Point(1000 + 900 * k, 100 + 40 * (k % 3)), 1.0 + k % 3, 20.0) for k in range(20)]
    teams = [TeamRequest("Norte", "Alfa", "Alfa", 1, 8), TeamRequest("Sur", "Beta", "Beta", 1, 8)]
    start = datetime(2026, 12, 1, 6, 0)
    first = plan_patrols(net, bases, plots, teams, start, SolverOptions(seed=1, time_limit_s=1.0))
    norte = [s.plot_id for s in first.teams[0].stops if s.kind == "plot"]
    drops = Assignments(drops={norte[0]: ("Norte",)})
    again = plan_patrols(
        net, bases, plots, teams, start, SolverOptions(seed=1, time_limit_s=0.05), drops, previous=first
    )
    visits = {t.team: [s.plot_id for s in t.stops if s.kind == "plot"] for t in again.teams}
    assert norte[0] not in visits["Norte"]
    assert sum(t.priority for t in again.teams) >= sum(t.priority for t in first.teams) - 3.0
