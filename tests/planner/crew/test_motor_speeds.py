"""Motors with their own speed in still water (issue 25, finding 3).

River "Ucayalito" flows east along y = 0 from x = 0 to x = 100 km, current 3 km/h.  Base Alfa on the bank
at x = 80 km; plot P on the bank 70 km upstream (x = 10 km).  A 40 hp outboard makes 30 km/h in still water
(27 upstream, 33 downstream), a peque-peque 12 (9 and 15).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from shapely.geometry import Point

from patrol_planner.planner.crew import MOTORS, Crew
from patrol_planner.planner.network import NetworkCache, RiverLine, TravelModel, build_network
from patrol_planner.planner.optimize import SolverOptions
from patrol_planner.planner.plan import (
    BaseSite,
    Boats,
    Ground,
    PlanRequest,
    PlotSite,
    TeamRequest,
    motor_of,
    plan_patrols,
    prepare_plan,
)

START = datetime(2026, 12, 1, 6, 0)
OPTIONS = SolverOptions(seed=1, time_limit_s=1.0)
T = 1 / 6


RIVER = RiverLine([(0, 0), (100_000, 0)], fid=1)


def upstream_plan(crew, days=2):
    """The plan on a network built at 12 km/h in still water (``TravelModel``'s default)."""
    net = build_network([RIVER], [], model=TravelModel())
    return plan_patrols(
        net,
        [BaseSite("Alfa", Point(80_000, 10))],
        [PlotSite("P", Point(10_000, 10), 1.0, 0.0)],
        [TeamRequest("Norte", "Alfa", "Alfa", days, 10)],
        START,
        OPTIONS,
        crews=[crew],
    )


def test_every_motor_has_its_own_speed_with_a_source() -> None:
    speeds = {key: m.still_kmh for key, m in MOTORS.items()}
    assert speeds["peque"] < speeds["15hp"] < speeds["40hp"] < speeds["60hp"]
    assert all(m.speed_source for m in MOTORS.values())


def test_a_40hp_outboard_rides_at_its_own_speed_and_its_150_l_reach_the_plot() -> None:
    plan = upstream_plan(Crew(MOTORS["40hp"], fuel_l=150.0))
    (team,) = plan.teams
    assert [s.plot_id for s in team.stops if s.plot_id] == ["P"]
    boat_h = sum(p.hours for d in team.days for p in d.parts if p.mode == "boat")
    assert boat_h == pytest.approx(70 / 27 + 70 / 33, rel=1e-3)
    assert team.fuel_l == pytest.approx(15.2 * 70 / 27 + 11.4 * 70 / 33, rel=1e-3)
    assert team.fuel_l / team.km("boat") < 0.6  # litres a km: realistic for a 40 hp (not 1.24)


def test_the_setup_builds_the_network_for_the_fastest_motor_and_a_coordinators_own_motor_keeps_the_boat_speed() -> None:
    teams = (TeamRequest("Norte", "Alfa", "Alfa", 2, 10), TeamRequest("Sur", "Alfa", "Alfa", 2, 10))
    own = motor_of("Sur", "9/6.5")
    boats = Boats({"Norte": MOTORS["40hp"], "Sur": own})
    ground = Ground([RIVER], [BaseSite("Alfa", Point(80_000, 10))], [PlotSite("P", Point(10_000, 10), 1.0, 0.0)])
    setup = prepare_plan(PlanRequest(teams, START, boats, None, 1.0), ground, NetworkCache())
    assert setup.network.model.boat_kmh == 30.0  # the fastest motor: the optimizer's times stay a lower bound
    assert [c.motor.still_kmh for c in setup.crews] == [30.0, 12.0]  # own motor: the boat speed given


def test_a_peque_on_a_network_built_for_a_faster_boat_rides_at_peque_speed() -> None:
    net = build_network([RIVER], [], model=TravelModel(boat_kmh=30))
    plan = plan_patrols(
        net,
        [BaseSite("Alfa", Point(80_000, 10))],
        [PlotSite("P", Point(10_000, 10), 1.0, 0.0)],
        [TeamRequest("Norte", "Alfa", "Alfa", 2, 10)],
        START,
        OPTIONS,
        crews=[Crew(MOTORS["peque"])],
    )
    (team,) = plan.teams
    boat_h = sum(p.hours for d in team.days for p in d.parts if p.mode == "boat")
    assert boat_h == pytest.approx(70 / 9 + 70 / 15, rel=1e-3)
    assert team.fuel_l == pytest.approx(1.8 * 70 / 9 + 1.2 * 70 / 15, rel=1e-3)


def test_a_team_that_gets_no_plot_is_told_why_in_one_line() -> None:
    plan = upstream_plan(Crew(MOTORS["peque"], fuel_l=15.0))
    (team,) = plan.teams
    assert not [s for s in team.stops if s.plot_id]
    needs = 1.8 * 70 / 9 + 1.2 * 70 / 15
    assert str(team.no_plot) == f"no plot fits its 15 L: the nearest needs {needs:.0f} L there and back"


def test_a_team_that_has_no_time_for_any_plot_is_told_why() -> None:
    plan = upstream_plan(Crew(MOTORS["peque"]), days=1)
    (team,) = plan.teams
    assert not [s for s in team.stops if s.plot_id]
    # two rides, each with two transfers, and four walks of 10 m between the bank and the points
    needs = 70 / 9 + 70 / 15 + 4 * T + 4 * 0.01
    assert str(team.no_plot) == f"no plot fits its 10.0 h: the nearest needs {needs:.1f} h there and back"


def test_a_team_with_plots_has_no_such_line() -> None:
    assert upstream_plan(Crew(MOTORS["40hp"], fuel_l=150.0)).teams[0].no_plot is None


def test_a_team_whose_only_plot_went_to_another_team_is_told_so() -> None:
    net = build_network([RIVER], [], model=TravelModel())
    plan = plan_patrols(
        net,
        [BaseSite("Alfa", Point(80_000, 10))],
        [PlotSite("P", Point(75_000, 10), 1.0, 0.0)],
        [TeamRequest("Norte", "Alfa", "Alfa", 1, 10), TeamRequest("Sur", "Alfa", "Alfa", 1, 10)],
        START,
        OPTIONS,
        crews=[Crew(MOTORS["peque"]), Crew(MOTORS["peque"])],
    )
    idle = [t for t in plan.teams if not [s for s in t.stops if s.plot_id]]
    assert [str(t.no_plot) for t in idle] == ["every plot it could visit went to another team"]


def test_a_mandatory_plot_stays_when_the_network_is_built_for_a_faster_boat() -> None:
    """The optimizer's times at 30 km/h fit the far mandatory plot and ten near ones into a peque-peque's two
    days; with the peque's own speed they do not, and the near ones give way, never the mandatory plot."""
    net = build_network([RIVER], [], model=TravelModel(boat_kmh=30))
    near = [PlotSite(f"N{k}", Point(82_000 + 1_000 * k, 10), 1.0, 60.0) for k in range(10)]
    plan = plan_patrols(
        net,
        [BaseSite("Alfa", Point(80_000, 10))],
        [PlotSite("M", Point(20_000, 10), 1.0, 60.0, mandatory=True), *near],
        [TeamRequest("Norte", "Alfa", "Alfa", 2, 8)],
        START,
        OPTIONS,
        crews=[Crew(MOTORS["peque"])],
    )
    planned = [s.plot_id for t in plan.teams for s in t.stops if s.plot_id]
    assert "M" in planned and len(planned) > 1
