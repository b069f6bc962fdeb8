"""One owner of the search time: the shares are decided in ``optimize.budget`` and nowhere else."""

from __future__ import annotations

import re

import pytest

from patrol_planner.planner.optimize import SolverOptions, budget
from tests.planner.test_engine_isolation import PLANNER_DIR


def test_a_stable_replan_with_boats_shares_the_coordinators_time() -> None:
    options = SolverOptions(seed=3, time_limit_s=10.0, stall_s=2.0)
    each = budget.alternative(options)
    assert (each.time_limit_s, each.stall_s, each.seed) == (5.0, None, 3)
    assert budget.lower_bound(each).time_limit_s == 2.5
    assert budget.boat_phases(each) == (0.5, 0.3)  # the floors: a twentieth and a fortieth of 5 s are less
    grow, reorder = budget.boat_phases(SolverOptions(time_limit_s=60.0))
    assert (grow, reorder) == (3.0, 1.5)
    # the two searches of a re-plan, each with its lower bound and its boat phases, within the total
    assert (
        2
        * (
            budget.lower_bound(budget.alternative(SolverOptions(time_limit_s=60.0))).time_limit_s
            + sum(budget.boat_phases(budget.alternative(SolverOptions(time_limit_s=60.0))))
        )
        <= 60.0
    )


def test_the_floors_of_short_searches_and_of_a_warm_start() -> None:
    assert budget.alternative(SolverOptions(time_limit_s=0.6)).time_limit_s == budget.MIN_SEARCH_S
    warm = SolverOptions(time_limit_s=4.0, initial_routes=((1, 2),))
    assert budget.boat_phases(warm) == (0.25, 0.15)  # the coordinator is waiting: half the floors
    assert budget.lower_bound(warm).initial_routes == ((1, 2),)  # the warm start reaches the search


@pytest.mark.parametrize("package", ["plan", "crew", "optimize"])
def test_no_other_module_shares_the_time_limit_out(package: str) -> None:
    # new options with another time limit, or a share of the options' limit (a search's own clock is its own)
    shares = re.compile(r"time_limit_s\s*=\s*[^,)\n=]*[/*]|options\.time_limit_s\s*[/*]|[/*]\s*options\.time_limit_s")
    found = [
        f"{path.relative_to(PLANNER_DIR)}:{n}"
        for path in sorted((PLANNER_DIR / package).rglob("*.py"))
        if path.name != "budget.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if shares.search(line)
    ]
    assert found == []
