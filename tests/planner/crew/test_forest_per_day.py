"""Forest km per day: no team's day holds more walking through the forest than the coordinator's limit (issue 25).

The longest walk (``TravelModel.max_forest_m``) bounds one leg; a day of many plots each 1.5 km inland is
still 3 km of forest per plot.  ``Crew.forest_km_day`` bounds the day, and the plots that would need more
are left out with their own reason.
"""

from __future__ import annotations

import random
from datetime import datetime
from typing import Dict, Tuple

import pytest
from shapely.geometry import Point

from patrol_planner.planner.core.wording import code_of
from patrol_planner.planner.crew import MOTORS, Crew
from patrol_planner.planner.network import RiverLine, TrailLine, build_network
from patrol_planner.planner.optimize import SolverOptions
from patrol_planner.planner.plan import BaseSite, PatrolPlan, PlotSite, TeamRequest, left_out_causes, plan_patrols

START = datetime(2026, 12, 1, 6, 0)
RIVER = RiverLine([(0, 0), (30_000, 0)], fid="Ucayalito")


def planned(plan: PatrolPlan) -> list:
    return sorted(s.plot_id for t in plan.teams for s in t.stops if s.plot_id)


def forest_by_day(plan: PatrolPlan) -> Dict[Tuple[str, int], float]:
    """(team, day) -> km walked through the forest that day, as the plan's days (and the briefing) hold them."""
    return {
        (team.team, day.day): sum(p.km for p in day.parts if p.mode == "forest")
        for team in plan.teams
        for day in team.days
    }


def plan_from_alfa(net, plots, teams, crews, seed: int = 1) -> PatrolPlan:
    options = SolverOptions(seed=seed, time_limit_s=1.0)
    return plan_patrols(net, [BaseSite("Alfa", Point(0, 100))], plots, teams, START, options, crews=crews)


def two_plots(limit):
    # A and B each 1.5 km from the bank: 3 km of forest each, in and out, and far apart along the river
    plots = [PlotSite("A", Point(5_000, 1_500), 2.0, 0.0), PlotSite("B", Point(12_000, 1_500), 1.0, 0.0)]
    team = TeamRequest("Norte", "Alfa", "Alfa", 1, 12)
    return plan_from_alfa(build_network([RIVER], []), plots, [team], [Crew(MOTORS["peque"], forest_km_day=limit)])


def test_two_plots_that_fit_in_the_hours_but_not_in_the_forest_km_of_a_day() -> None:
    free = two_plots(None)
    assert planned(free) == ["A", "B"]
    assert max(forest_by_day(free).values()) == pytest.approx(6.0 + 0.2, abs=0.05)  # and the base's 100 m twice
    limited = two_plots(4.0)
    assert planned(limited) == ["A"]  # the higher priority
    (left,) = limited.left_out
    assert left.plot_id == "B" and code_of(left.reason) == "forest_per_day" and not left.unreachable
    assert "4 km" in str(left.reason)
    (cause,) = left_out_causes(limited.left_out)
    assert cause.count == 1 and "forest" in str(cause.cause)
    assert max(forest_by_day(limited).values()) <= 4.0 + 1e-9


def test_a_plot_deeper_than_the_limit_allows_in_and_out_is_left_out_with_that_reason() -> None:
    limited = two_plots(2.5)  # 3.2 km to reach either plot and come back to the boat
    assert planned(limited) == []
    assert {o.plot_id: code_of(o.reason) for o in limited.left_out} == {"A": "forest_per_day", "B": "forest_per_day"}
    (team,) = limited.teams
    assert code_of(team.no_plot) == "team_no_plot_forest" and "2.5 km" in str(team.no_plot)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_day_of_a_plan_holds_more_forest_than_the_limit(seed) -> None:
    # plots up to the longest walk inland on both banks, a trail inland, two teams over two days
    rng = random.Random(seed)
    trail = TrailLine([(9_000, 0), (9_000, 6_000), (16_000, 6_000)], fid="trocha")
    net = build_network([RIVER], [trail])
    plots = [
        PlotSite(f"P{k}", Point(rng.uniform(1_000, 25_000), rng.choice([-1, 1]) * rng.uniform(300, 1_900)), 1.0, 20.0)
        for k in range(12)
    ] + [
        PlotSite(f"T{k}", Point(rng.uniform(9_500, 15_000), 6_000 + rng.uniform(200, 1_500)), 1.0, 20.0)
        for k in range(4)
    ]
    teams = [TeamRequest("Norte", "Alfa", "Alfa", 2, 10), TeamRequest("Sur", "Alfa", "Alfa", 2, 10)]

    def plan(limit):
        crews = [Crew(MOTORS["peque"], forest_km_day=limit), Crew(MOTORS["15hp"], forest_km_day=limit)]
        return plan_from_alfa(net, plots, teams, crews, seed)

    assert max(forest_by_day(plan(None)).values()) > 5.0  # the limit below has work to do
    limited = plan(5.0)
    assert max(forest_by_day(limited).values()) <= 5.0 + 1e-6
    assert planned(limited)  # and the plan still visits plots
    assert all(code_of(o.reason) != "forest_per_day" or o.plot_id not in planned(limited) for o in limited.left_out)
