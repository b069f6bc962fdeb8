"""The forest rule: a team never goes farther than ``max_forest_m`` from a trail or river (issue 25, finding 4).

Plots closer than the limit to each other used to be joined through the forest whatever their distance from
the network, so a team hopped from clearing to clearing: 3 km, 5 km, 32 km inland.
"""

from __future__ import annotations

import math
from datetime import datetime

import pytest
from shapely.geometry import LineString, Point

from patrol_planner.planner.crew import MOTORS, Crew
from patrol_planner.planner.network import TOO_FAR, RiverLine, Terminal, TravelModel, build_network
from patrol_planner.planner.optimize import SolverOptions
from patrol_planner.planner.plan import BaseSite, PlotSite, TeamRequest, plan_patrols

START = datetime(2026, 12, 1, 6, 0)


def test_plots_a_hop_apart_but_farther_than_the_limit_from_any_river_are_out_of_reach() -> None:
    net = build_network([RiverLine([(0, 0), (20_000, 0)], fid=1)], [])
    plots = [PlotSite(name, Point(5_000, y), 1.0, 0.0) for name, y in (("A", 1_500), ("B", 3_200), ("C", 4_900))]
    plan = plan_patrols(
        net,
        [BaseSite("Alfa", Point(0, 100))],
        plots,
        [TeamRequest("Norte", "Alfa", "Alfa", 3, 10)],
        START,
        SolverOptions(seed=1, time_limit_s=1.0),
        crews=[Crew(MOTORS["peque"])],
    )
    assert [s.plot_id for t in plan.teams for s in t.stops if s.plot_id] == ["A"]
    assert {o.plot_id: str(o.reason) for o in plan.left_out} == {"B": str(TOO_FAR), "C": str(TOO_FAR)}
    assert all(o.unreachable for o in plan.left_out)


def test_a_forest_leg_between_two_plots_never_goes_farther_than_the_limit_from_the_rivers() -> None:
    # Two rivers 4.2 km apart, joined downstream.  A is 1.8 km from the west one, B 1.8 km from the east one and
    # 1.2 km from A; halfway between them a walker would be 2.1 km from either river.
    rivers = [
        RiverLine([(0, 5_000), (0, -5_000)], fid="west"),
        RiverLine([(4_200, 5_000), (4_200, -5_000)], fid="east"),
        RiverLine([(0, -5_000), (4_200, -5_000), (10_000, -5_000)], fid="main"),
    ]
    net = build_network(rivers, [], model=TravelModel())
    matrix = net.matrix([Terminal("A", Point(1_800, 0)), Terminal("B", Point(2_400, 1_000))])
    leg = matrix.leg(0, 1)
    assert leg is not None
    lines = [LineString(r.coords) for r in rivers]
    for part in leg.parts:
        if part.mode != "forest":
            continue
        (x0, y0), (x1, y1) = part.coords[0], part.coords[-1]
        for k in range(101):
            point = Point(x0 + (x1 - x0) * k / 100, y0 + (y1 - y0) * k / 100)
            assert min(line.distance(point) for line in lines) <= 2_000 + 1e-6
    assert not math.isclose(leg.hours, math.hypot(600, 1_000) / 1000.0)  # not the straight walk across


def test_a_short_forest_leg_near_the_rivers_still_joins_two_plots() -> None:
    net = build_network([RiverLine([(0, 0), (20_000, 0)], fid=1)], [])
    matrix = net.matrix([Terminal("A", Point(5_000, 1_500)), Terminal("B", Point(5_600, 1_500))])
    assert [p.mode for p in matrix.leg(0, 1).parts] == ["forest"]


def test_the_briefing_gets_the_forest_km_of_every_leg() -> None:
    from patrol_planner.planner.export import forest_km_by_stop

    net = build_network([RiverLine([(0, 0), (20_000, 0)], fid=1)], [])
    plan = plan_patrols(
        net,
        [BaseSite("Alfa", Point(0, 100))],
        [PlotSite("A", Point(5_000, 1_500), 1.0, 0.0), PlotSite("B", Point(5_600, 1_500), 1.0, 0.0)],
        [TeamRequest("Norte", "Alfa", "Alfa", 2, 10)],
        START,
        SolverOptions(seed=1, time_limit_s=1.0),
        crews=[Crew(MOTORS["peque"])],
    )
    (team,) = plan.teams
    by_stop = forest_km_by_stop(team)
    forest = sum(p.km for d in team.days for p in d.parts if p.mode == "forest")
    assert sum(by_stop.values()) == pytest.approx(forest)  # summed in another order
    first, second = [s.seq for s in team.stops if s.plot_id]
    assert by_stop[first] == pytest.approx(1.5 + 0.1)  # in from the bank, out of the base
    assert by_stop[second] == pytest.approx(0.6)  # plot to plot through the forest
