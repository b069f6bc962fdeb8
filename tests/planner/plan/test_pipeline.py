"""The planning pipeline: network + bases + plots + teams -> days, camps, clock times and reasons.

One river 20 km long flowing east (boat 15 km/h downstream, 9 km/h upstream),
base "Alfa" 100 m off its west end.  Times below are worked out by hand:
forest 1 km/h, transfer 10 min.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from shapely.geometry import Point, box

from patrol_planner.planner.core import PlanningError
from patrol_planner.planner.network import RiverLine, Zone, build_network
from patrol_planner.planner.optimize import SolverOptions
from patrol_planner.planner.plan import Assignments, BaseSite, PlotSite, TeamRequest, plan_patrols

START = datetime(2026, 12, 1, 6, 0)
OPTIONS = SolverOptions(seed=1, time_limit_s=1.0)


def network(zones=(), current=None):
    return build_network([RiverLine([(0, 0), (10_000, 0), (20_000, 0)], fid=1, current_kmh=current)], [], list(zones))


def bases():
    return [BaseSite("Alfa", Point(0, 100)), BaseSite("Beta", Point(20_000, 100))]


def plot(plot_id, x, y=100, priority=1.0, service_min=0.0, mandatory=False):
    return PlotSite(plot_id, Point(x, y), priority, service_min, mandatory, False)


def test_one_plot_downstream_and_back_with_clock_times() -> None:
    # Out: 0.1 forest + 10 min + 15 km at 15 km/h + 10 min + 0.1 forest = 1.5333 h; back upstream 15/9 h.
    out_h = 0.1 + 1 / 6 + 1.0 + 1 / 6 + 0.1
    back_h = 0.1 + 1 / 6 + 15 / 9 + 1 / 6 + 0.1
    plan = plan_patrols(
        network(),
        bases(),
        [plot("P1", 15_000, service_min=30)],
        [TeamRequest("Norte", "Alfa", "Alfa", 1, 10)],
        START,
        OPTIONS,
    )
    (team,) = plan.teams
    kinds = [(s.kind, s.name) for s in team.stops]
    assert kinds == [("base", "Alfa"), ("plot", "P1"), ("base", "Alfa")]
    arrival = team.stops[1].arrival
    assert (arrival - START).total_seconds() / 3600 == pytest.approx(out_h, abs=1 / 60)
    back = team.stops[2].arrival
    assert (back - START).total_seconds() / 3600 == pytest.approx(out_h + 0.5 + back_h, abs=1 / 60)
    (day,) = team.days
    assert sum(p.km for p in day.parts if p.mode == "boat") == pytest.approx(30, abs=0.1)
    assert plan.left_out == ()


def test_short_days_split_the_route_at_camps() -> None:
    # 4.13 h of travel and service with 2 h days: camps after 2 h and 4 h of work, each night at 08:00.
    plan = plan_patrols(
        network(),
        bases(),
        [plot("P1", 15_000, service_min=30)],
        [TeamRequest("Norte", "Alfa", "Alfa", 3, 2)],
        START,
        OPTIONS,
    )
    (team,) = plan.teams
    camps = [s for s in team.stops if s.kind == "camp"]
    assert [c.arrival for c in camps] == [datetime(2026, 12, 1, 8, 0), datetime(2026, 12, 2, 8, 0)]
    assert [d.day for d in team.days] == [1, 2, 3]
    assert team.stops[-1].day == 3 and team.stops[-1].arrival.date() == datetime(2026, 12, 3).date()
    # every day's path starts where the previous one ended: the camp
    for before, after in zip(team.days, team.days[1:]):
        assert before.parts[-1].coords[-1] == pytest.approx(after.parts[0].coords[0])


def test_left_out_plots_say_why() -> None:
    reserve = Zone(box(9_000, 1_000, 11_000, 3_000), name="Reserva")
    plots = [plot("IN", 10_000, 2_000), plot("FAR", 5_000, 5_000), plot("OK", 4_000)]
    plan = plan_patrols(
        network([reserve]), bases(), plots, [TeamRequest("Norte", "Alfa", "Alfa", 1, 8)], START, OPTIONS
    )
    reasons = {item.plot_id: item.reason for item in plan.left_out}
    assert set(reasons) == {"IN", "FAR"}
    assert "no-go" in reasons["IN"]
    assert "too far" in reasons["FAR"]
    assert {item.status for item in plan.left_out} == {"unreachable"}


def test_a_plot_that_does_not_fit_is_unplanned_not_unreachable() -> None:
    # Each plot alone: 1.2 h out + 2 h inspection + 1.65 h back = 4.85 h <= 5 h; both together do not fit.
    plots = [plot("A", 10_000, 100, priority=2, service_min=120), plot("B", 10_000, -100, priority=1, service_min=120)]
    plan = plan_patrols(network(), bases(), plots, [TeamRequest("Norte", "Alfa", "Alfa", 1, 5)], START, OPTIONS)
    (item,) = plan.left_out
    assert (item.plot_id, item.status) == ("B", "unplanned")
    assert item.reason.startswith("not enough time")


def test_a_river_too_strong_to_go_up_is_named_as_the_reason() -> None:
    # Current 12 km/h = boat speed: downstream works, nobody comes back up.
    plan = plan_patrols(
        network(current=12.0),
        bases(),
        [plot("P1", 15_000)],
        [TeamRequest("Norte", "Alfa", "Alfa", 1, 8)],
        START,
        OPTIONS,
    )
    (item,) = plan.left_out
    # the cause, not one team's base (issue 25): every plot beyond that current reads the same
    assert item.plot_id == "P1" and "upstream impossible" in item.reason and "Alfa" not in item.reason


def test_a_pick_up_downstream_makes_the_trip_possible() -> None:
    plan = plan_patrols(
        network(current=12.0),
        bases(),
        [plot("P1", 15_000)],
        [TeamRequest("Norte", "Alfa", "Beta", 1, 8)],
        START,
        OPTIONS,
    )
    assert [s.name for s in plan.teams[0].stops] == ["Alfa", "P1", "Beta"]


def test_locks_and_drops_decide_which_team_goes() -> None:
    teams = [TeamRequest("Norte", "Alfa", "Alfa", 1, 8), TeamRequest("Sur", "Beta", "Beta", 1, 8)]
    plots = [plot("W", 3_000), plot("E", 17_000)]
    free = plan_patrols(network(), bases(), plots, teams, START, OPTIONS)
    assert {t.team: [s.plot_id for s in t.stops if s.kind == "plot"] for t in free.teams} == {
        "Norte": ["W"],
        "Sur": ["E"],
    }
    locked = plan_patrols(
        network(), bases(), plots, teams, START, OPTIONS, Assignments(locks={"W": ("Sur",)}, drops={"E": ("Sur",)})
    )
    visits = {t.team: [s.plot_id for s in t.stops if s.kind == "plot"] for t in locked.teams}
    assert "W" in visits["Sur"] and "W" not in visits["Norte"]
    assert "E" not in visits["Sur"]


def test_an_unreachable_base_is_a_clear_error() -> None:
    with pytest.raises(PlanningError, match="Base Lejos cannot be reached"):
        plan_patrols(
            network(),
            [*bases(), BaseSite("Lejos", Point(0, 50_000))],
            [plot("P1", 5_000)],
            [TeamRequest("Norte", "Lejos", "Lejos", 1, 8)],
            START,
            OPTIONS,
        )


def test_nothing_to_plan_is_a_clear_error() -> None:
    with pytest.raises(PlanningError, match="no plots"):
        plan_patrols(network(), bases(), [], [TeamRequest("Norte", "Alfa", "Alfa", 1, 8)], START, OPTIONS)


@pytest.mark.parametrize("hours", [2.0, 1.5])
def test_a_plot_beyond_what_any_team_travels_is_too_far_with_its_trip_worked_out(hours) -> None:
    # The searches stop at the longest a team travels (1 day of 2 h, or 1.5 h).  P1 is 1.53 h out and
    # 2.2 h back (upstream), 4.2 h with its 30 min: with 2 h only the way back is cut off, with 1.5 h
    # both; either way it is "too far" with the whole trip, as when the searches went all the way.
    plan = plan_patrols(
        network(),
        bases(),
        [plot("P1", 15_000, service_min=30)],
        [TeamRequest("Norte", "Alfa", "Alfa", 1, hours)],
        START,
        OPTIONS,
    )
    (item,) = plan.left_out
    assert item.reason == (
        "too far: the shortest trip from a base to this plot and on to the end base takes 4.2 h "
        f"including service, more than any team's time ({hours:.1f} h)"
    )
