"""A plan grown from the last one (``SolverOptions.grow``): a what-if's change only adds a day, a team or fuel, so the
plan as asked is still possible and the change starts from it without a search from scratch (issue 25: ten plans
of the whole alert file each searched and repaired again, 21.5 s for the coordinator's 10 s)."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from patrol_planner.planner.crew import Crew, solve_with_boats
from patrol_planner.planner.optimize import Plot, SolverOptions, Team, budget
from tests.planner.crew.test_evaluate_exact import at_table_speed, free_matrix, random_access


def _instance(seed: int):
    rng = random.Random(300 + seed)
    access = random_access(rng, terminals=9, landings=4)
    plots = [Plot(n, rng.choice([1.0, 2.0, 3.0]), 0.25) for n in range(1, 9)]
    crews = [Crew(at_table_speed("40hp"), fuel_l=rng.choice([None, 30.0]))]
    return rng, access, free_matrix(access, 9), plots, crews


def _no_search(*args, **kwargs):
    raise AssertionError("a plan grown from the last one runs no search from scratch")


@pytest.mark.parametrize("seed", range(8))
def test_a_change_is_never_less_than_the_plan_as_asked_and_runs_no_search(seed: int, monkeypatch) -> None:
    from patrol_planner.planner.crew import solve as boat_solve

    monkeypatch.setattr(boat_solve, "EXACT_MAX_PLOTS", 0)
    rng, access, lower, plots, crews = _instance(seed)
    asked_team = Team("A", 0, 0, 1, rng.uniform(4, 8))
    asked = solve_with_boats(lower, [asked_team], plots, crews, access, SolverOptions(seed=1, time_limit_s=0.5))
    kept = tuple(asked.routes[0][1:-1])
    monkeypatch.setattr(boat_solve, "solve", _no_search)
    longer = replace(asked_team, days=2)  # one more day
    options = SolverOptions(seed=1, time_limit_s=0.5, initial_routes=(kept,), grow=(0,))
    grown = solve_with_boats(lower, [longer], plots, crews, access, options)
    assert grown.results[0].feasible

    def priority(route):
        return sum(p.priority for p in plots if p.node in route[1:-1])

    assert priority(grown.routes[0]) >= priority(asked.routes[0]), "never less than the plan as asked"
    assert grown.upper_bound >= asked.upper_bound, "one more day reaches at least the plots the plan as asked could"


def test_a_partner_team_starts_empty_and_gets_plots(monkeypatch) -> None:
    """One more team: the partner has no route in the plan as asked; it starts empty and is grown."""
    from patrol_planner.planner.crew import solve as boat_solve

    monkeypatch.setattr(boat_solve, "EXACT_MAX_PLOTS", 0)
    _, access, lower, plots, crews = _instance(1)
    team = Team("A", 0, 0, 1, 8.0)
    asked = solve_with_boats(lower, [team], plots, crews, access, SolverOptions(seed=1, time_limit_s=0.5))
    assert 2 < len(asked.routes[0]) < len(plots) + 2, "the example leaves plots for a partner"
    monkeypatch.setattr(boat_solve, "solve", _no_search)
    options = SolverOptions(seed=1, time_limit_s=0.5, initial_routes=(asked.routes[0][1:-1], ()), grow=(1,))
    grown = solve_with_boats(lower, [team, replace(team, name="A (+1)")], plots, crews * 2, access, options)
    assert grown.routes[0] == asked.routes[0], "only the routes the change is for grow"
    visited = [p for r in grown.routes for p in r[1:-1]]
    assert len(visited) == len(set(visited))
    assert len(grown.routes[1]) > 2, "the partner visits plots the team as asked left"


def test_a_plan_the_boats_can_no_longer_do_is_searched_as_usual(monkeypatch) -> None:
    """Less fuel than the last plan used: its routes do not fit, so the plan is searched (not kept, not refused)."""
    from patrol_planner.planner.crew import solve as boat_solve

    monkeypatch.setattr(boat_solve, "EXACT_MAX_PLOTS", 0)
    _, access, lower, plots, crews = _instance(1)
    team = Team("A", 0, 0, 1, 8.0)
    asked = solve_with_boats(lower, [team], plots, crews, access, SolverOptions(seed=1, time_limit_s=0.5))
    searched = []
    real = boat_solve.solve
    monkeypatch.setattr(boat_solve, "solve", lambda *a, **k: searched.append(1) or real(*a, **k))
    little = [replace(crews[0], fuel_l=0.01)]
    options = SolverOptions(seed=1, time_limit_s=0.5, initial_routes=(asked.routes[0][1:-1],), grow=(0,))
    again = solve_with_boats(lower, [team], plots, little, access, options)
    assert searched and again.results[0].feasible


def test_a_grown_plan_spends_its_own_time_only() -> None:
    growing, reordering, stall = budget.grow_phases(SolverOptions(time_limit_s=1.0))
    assert growing + reordering == pytest.approx(1.0) and stall <= growing
