"""The boat as part of the plan, worked out by hand on small river networks.

River "Ucayalito" flows east along y = 0 (current 3 km/h, boat 12 km/h: 15 km/h
downstream, 9 km/h upstream).  Forest 1 km/h, transfer 10 min (1/6 h).  The
peque-peque burns 1.8 L/h upstream and 1.2 L/h downstream.
"""

from __future__ import annotations

import math
from datetime import datetime

import pytest
from shapely.geometry import Point

from patrol_planner.planner.crew import MOTORS, NOT_ENOUGH_FUEL, ON_FOOT, Crew
from patrol_planner.planner.network import RiverLine, TrailLine, build_network
from patrol_planner.planner.optimize import SolverOptions
from patrol_planner.planner.plan import (
    BaseSite,
    PlotSite,
    TeamRequest,
    layer_legs,
    plan_legs,
    plan_patrols,
    validate_plan,
)
from patrol_planner.planner.plan.legs import MIN_LEG_KM

START = datetime(2026, 12, 1, 6, 0)
OPTIONS = SolverOptions(seed=1, time_limit_s=1.0)
T = 1 / 6
PEQUE = Crew(MOTORS["peque"])


def plot(plot_id, x, y, priority=1.0, service_min=0.0):
    return PlotSite(plot_id, Point(x, y), priority, service_min, False, False)


def team_legs(plan, name):
    (team,) = [t for t in plan.teams if t.team == name]
    return plan_legs(team)


def walk_from_the_boat():
    """Alfa 100 m off the bank; P 1.5 km into the forest from the bank at x = 5 km; one team, a peque-peque."""
    net = build_network([RiverLine([(0, 0), (20_000, 0)], fid=1)], [])
    return plan_patrols(
        net,
        [BaseSite("Alfa", Point(0, 100))],
        [plot("P", 5_000, 1_500)],
        [TeamRequest("Norte", "Alfa", "Alfa", 1, 10)],
        START,
        OPTIONS,
        crews=[PEQUE],
    )


def test_a_walk_returns_to_the_landing_where_the_boat_waits() -> None:
    plan = walk_from_the_boat()
    legs = team_legs(plan, "Norte")
    assert [leg.mode for leg in legs] == [
        "forest",
        "transfer",
        "boat",
        "transfer",
        "forest",
        "forest",
        "transfer",
        "boat",
        "transfer",
        "forest",
    ]
    assert not [leg for leg in legs if leg.mode == "boat_empty"]
    boats = [leg for leg in legs if leg.mode == "boat"]
    # the team boards where it left the boat: the bank at x = 5 km
    assert boats[0].coords[-1] == pytest.approx((5_000, 0), abs=1)
    assert boats[1].coords[0] == pytest.approx((5_000, 0), abs=1)
    total = 0.1 + T + 5 / 15 + T + 1.5 + 1.5 + T + 5 / 9 + T + 0.1
    assert sum(leg.hours for leg in legs) == pytest.approx(total, abs=1e-6)
    # fuel: 1/3 h downstream at 1.2 L/h, 5/9 h upstream at 1.8 L/h
    assert plan.teams[0].fuel_l == pytest.approx(1.2 / 3 + 1.8 * 5 / 9, abs=1e-3)
    assert validate_plan(plan) == []


def meander():
    # From the north down x = 9 km, a 21 km loop south, then east along y = 0 to x = 20 km.
    coords = [(9_000, 20_000), (9_000, 0), (9_000, -10_000), (10_000, -10_000), (10_000, 0), (20_000, 0)]
    return build_network([RiverLine(coords, fid=1)], [])


def test_the_pilot_brings_the_boat_upstream_while_the_team_walks_and_the_team_waits() -> None:
    bases = [BaseSite("Alfa", Point(20_000, 100)), BaseSite("Beta", Point(9_100, 5_000))]
    plots = [plot("P", 9_800, 200), plot("Q", 8_800, 300)]
    plan = plan_patrols(
        meander(), bases, plots, [TeamRequest("Norte", "Alfa", "Beta", 1, 10)], START, OPTIONS, crews=[PEQUE]
    )
    legs = team_legs(plan, "Norte")
    names = [s.name for s in plan.teams[0].stops]
    assert names == ["Alfa", "P", "Q", "Beta"]
    # Ashore at (10, 0) after 0.1 + T + 10/9 + T h; the pilot takes the boat 21.3 km upstream alone (2.367 h)
    ashore = 0.1 + T + 10 / 9 + T
    (empty,) = [leg for leg in legs if leg.mode == "boat_empty"]
    assert empty.coords[0] == pytest.approx((10_000, 0), abs=1)
    assert empty.coords[-1] == pytest.approx((9_000, 300), abs=1)
    assert empty.hours == pytest.approx(21.3 / 9, abs=1e-3)
    # the team walks P's 283 m back, 1005 m from P to Q and 200 m to Q's bank, and waits for the boat
    walk = math.hypot(200, 200) / 1000 + math.hypot(1000, 100) / 1000 + 0.2
    (wait,) = [leg for leg in legs if leg.mode == "wait"]
    assert wait.hours == pytest.approx(21.3 / 9 - walk, abs=1e-3)
    assert wait.coords[0] == pytest.approx((9_000, 300), abs=1)
    arrival = plan.teams[0].stops[-1].arrival
    total = ashore + 21.3 / 9 + T + 4.7 / 9 + T + 0.1
    assert (arrival - START).total_seconds() / 3600 == pytest.approx(total, abs=1 / 60)
    assert validate_plan(plan) == []


def test_a_landing_on_a_river_the_boat_cannot_reach_means_walking_back() -> None:
    # P's nearest bank is on river B (y = 3 km, 1.2 km away), which is not connected to river A where
    # the boat is; from A's bank at x = 5 km a 1.5 km trail leads north, 300 m short of P.
    rivers = [RiverLine([(0, 0), (20_000, 0)], fid=1), RiverLine([(0, 3_000), (20_000, 3_000)], fid=2)]
    net = build_network(rivers, [TrailLine([(5_000, 0), (5_000, 1_500)], fid=1)])
    plan = plan_patrols(
        net,
        [BaseSite("Alfa", Point(0, 100))],
        [plot("P", 5_000, 1_800)],
        [TeamRequest("Norte", "Alfa", "Alfa", 1, 10)],
        START,
        OPTIONS,
        crews=[PEQUE],
    )
    assert plan.left_out == ()
    legs = team_legs(plan, "Norte")
    assert [leg.mode for leg in legs] == [
        "forest",
        "transfer",
        "boat",
        "transfer",
        "trail",
        "forest",
        "forest",
        "trail",
        "transfer",
        "boat",
        "transfer",
        "forest",
    ]
    for leg in legs:
        if leg.mode in ("boat", "boat_empty"):
            assert all(abs(y) < 1 for _, y in leg.coords), "the boat never leaves river A"
    back = legs[7]
    assert back.coords[-1] == pytest.approx((5_000, 0), abs=1)
    total = 0.1 + T + 5 / 15 + T + 0.5 + 0.3 + 0.3 + 0.5 + T + 5 / 9 + T + 0.1
    assert sum(leg.hours for leg in legs) == pytest.approx(total, abs=1e-6)
    assert validate_plan(plan) == []


def test_a_fuel_budget_drops_the_far_plot() -> None:
    net = build_network([RiverLine([(0, 0), (20_000, 0)], fid=1)], [])
    plots = [plot("NEAR", 5_000, 0, priority=1), plot("FAR", 15_000, 0, priority=5)]
    team = [TeamRequest("Norte", "Alfa", "Alfa", 1, 10)]
    bases = [BaseSite("Alfa", Point(0, 0))]
    # Without a limit the far plot (priority 5) is worth the trip: 1 h down, 5/3 h up = 4.2 L.
    free = plan_patrols(net, bases, plots, team, START, OPTIONS, crews=[PEQUE])
    assert {s.name for s in free.teams[0].stops if s.kind == "plot"} == {"NEAR", "FAR"}
    assert free.teams[0].fuel_l == pytest.approx(1.2 * 1 + 1.8 * 15 / 9, abs=1e-3)
    # With 2 L only the near plot fits: 1/3 h down, 5/9 h up = 1.4 L.
    plan = plan_patrols(net, bases, plots, team, START, OPTIONS, crews=[Crew(MOTORS["peque"], fuel_l=2.0)])
    assert [s.name for s in plan.teams[0].stops if s.kind == "plot"] == ["NEAR"]
    assert plan.teams[0].fuel_l == pytest.approx(1.2 / 3 + 1.8 * 5 / 9, abs=1e-3)
    (left,) = plan.left_out
    assert left.plot_id == "FAR" and left.reason == NOT_ENOUGH_FUEL
    assert validate_plan(plan) == []


def pilot_stays_plan(plots, hours: float):
    """Norte from Alfa to Beta round the meander, its pilot never moving the boat alone."""
    bases = [BaseSite("Alfa", Point(20_000, 100)), BaseSite("Beta", Point(9_100, 5_000))]
    team = [TeamRequest("Norte", "Alfa", "Beta", 1, hours)]
    return plan_patrols(meander(), bases, plots, team, START, OPTIONS, crews=[Crew(MOTORS["peque"], pilot_stays=True)])


def test_a_pilot_who_stays_at_the_landing_means_the_team_rides_round_the_meander() -> None:
    plan = pilot_stays_plan([plot("P", 9_800, 200), plot("Q", 8_800, 300)], 10)
    legs = team_legs(plan, "Norte")
    assert not [leg for leg in legs if leg.mode in ("boat_empty", "wait")]
    # P from the bank at (10, 0) and back (283 m each way), round the meander to Q's bank (21.3 km
    # upstream), Q and back (200 m each way), 4.7 km up to Beta: six transfers.
    p, q = math.hypot(200, 200) / 1000, 0.2
    total = 0.1 + 10 / 9 + 2 * p + 21.3 / 9 + 2 * q + 4.7 / 9 + 0.1 + 6 * T
    arrival = plan.teams[0].stops[-1].arrival
    assert (arrival - START).total_seconds() / 3600 == pytest.approx(total, abs=1 / 60)
    assert validate_plan(plan) == []


def test_a_team_on_foot_walks_the_trail_and_leaves_the_river_plot() -> None:
    # Casa is inland, 3 km up a trail from the river; another trail goes east from Casa.
    trails = [TrailLine([(0, 3_000), (6_000, 3_000)], fid=1), TrailLine([(0, 3_000), (0, 0)], fid=2)]
    net = build_network([RiverLine([(0, 0), (20_000, 0)], fid=1)], trails)
    plots = [plot("TRAIL", 6_000, 3_100), plot("RIVER", 15_000, 100)]
    plan = plan_patrols(
        net,
        [BaseSite("Casa", Point(0, 3_000))],
        plots,
        [TeamRequest("Pie", "Casa", "Casa", 1, 10)],
        START,
        OPTIONS,
        crews=[Crew(None)],
    )
    assert [s.name for s in plan.teams[0].stops if s.kind == "plot"] == ["TRAIL"]
    assert {leg.mode for leg in team_legs(plan, "Pie")} == {"trail", "forest"}
    (left,) = plan.left_out
    assert left.plot_id == "RIVER" and left.reason == ON_FOOT and left.status == "unreachable"
    assert plan.teams[0].fuel_l == 0


def test_an_inland_base_keeps_its_boat_at_the_landing_nearest_on_foot() -> None:
    trails = [TrailLine([(0, 3_000), (6_000, 3_000)], fid=1), TrailLine([(0, 3_000), (0, 0)], fid=2)]
    net = build_network([RiverLine([(0, 0), (20_000, 0)], fid=1)], trails)
    plan = plan_patrols(
        net,
        [BaseSite("Casa", Point(0, 3_000))],
        [plot("RIVER", 15_000, 100)],
        [TeamRequest("Bote", "Casa", "Casa", 1, 10)],
        START,
        OPTIONS,
        crews=[PEQUE],
    )
    modes = [leg.mode for leg in team_legs(plan, "Bote")]
    assert modes == [
        "trail",
        "transfer",
        "boat",
        "transfer",
        "forest",
        "forest",
        "transfer",
        "boat",
        "transfer",
        "trail",
    ]
    assert validate_plan(plan) == []


def test_a_mandatory_plot_the_boat_cannot_fit_says_it_is_mandatory() -> None:
    """Issue 26: a mandatory plot left out said only "not enough time", as if it were any plot."""
    from patrol_planner.planner.core import message

    # P and Q are 1 km apart through the forest, but 21 km apart round the meander for a pilot who stays
    plots = [PlotSite(n, Point(x, y), 1.0, 0.0, True, False) for n, x, y in (("P", 9_800, 200), ("Q", 8_800, 300))]
    plan = pilot_stays_plan(plots, 6)
    assert plan.left_out, "each fits alone in 6 hours with the boat, both do not"
    assert {left.reason for left in plan.left_out} == {message("mandatory_missing")}, plan.left_out


def test_the_layers_legs_have_no_leg_of_no_length_and_the_teams_replay_without_a_jump() -> None:
    """Issue 27: getting on and off (0 km) is folded into the walks beside it in the ``legs`` layer; the
    layer's legs keep the plan's times, distances and fuel, and the team's replay in order without a jump."""
    plan = walk_from_the_boat()
    (team,) = plan.teams
    raw, shown = plan_legs(team), layer_legs(team)
    assert [leg.mode for leg in shown] == ["forest", "boat", "forest", "forest", "boat", "forest"]
    assert [leg.seq for leg in shown] == list(range(1, len(shown) + 1))
    assert not [leg for leg in shown if leg.km < MIN_LEG_KM and leg.mode != "wait"]
    for total in ("hours", "km", "fuel_l"):
        assert sum(getattr(r, total) for r in shown) == pytest.approx(sum(getattr(r, total) for r in raw))
    for before, after in zip(shown, shown[1:]):
        assert before.coords[-1] == pytest.approx(after.coords[0], abs=1e-6)
        assert before.end == after.start
        assert (before.end - before.start).total_seconds() == pytest.approx(before.hours * 3600, abs=1)
