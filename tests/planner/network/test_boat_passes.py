"""No-go zones a boat may pass through without landing: boundary rivers (issue 25).

The river "Ucayalito" flows east along y = 0 for 30 km and crosses the reserve "El Sira" between x = 10 km and
x = 20 km.  Base Alfa on the bank at the west end, plot P on the bank at x = 25 km, beyond the reserve.
"""

from __future__ import annotations

from datetime import datetime

from shapely.geometry import LineString, Point, box

from patrol_planner.planner.crew import MOTORS, Crew
from patrol_planner.planner.network import INSIDE_NO_GO, RiverLine, Terminal, TrailLine, Zone, build_network
from patrol_planner.planner.optimize import SolverOptions
from patrol_planner.planner.plan import BaseSite, PlotSite, TeamRequest, plan_patrols

START = datetime(2026, 12, 1, 6, 0)
RIVER = RiverLine([(0, 0), (30_000, 0)], fid="Ucayalito")
RESERVE = box(10_000, -2_000, 20_000, 2_000)


def plan_with(zone, plots=(("P", 25_000, 100),), trails=()):
    net = build_network([RIVER], list(trails), [zone])
    return plan_patrols(
        net,
        [BaseSite("Alfa", Point(0, 100))],
        [PlotSite(name, Point(x, y), 1.0, 0.0) for name, x, y in plots],
        [TeamRequest("Norte", "Alfa", "Alfa", 2, 10)],
        START,
        SolverOptions(seed=1, time_limit_s=1.0),
        crews=[Crew(MOTORS["peque"])],
    )


def planned(plan):
    return [s.plot_id for t in plan.teams for s in t.stops if s.plot_id]


def test_by_default_a_no_go_zone_cuts_the_river_and_the_reason_names_it() -> None:
    plan = plan_with(Zone(RESERVE, None, "El Sira"))
    assert planned(plan) == []
    (left,) = plan.left_out
    assert left.unreachable
    # one reason per cause, tied to no team's base: "cut by the no-go zone El Sira, from every team's base"
    assert str(left.reason).startswith("cut by the no-go zone El Sira")


def test_an_unnamed_zone_that_cuts_the_river_is_still_told() -> None:
    (left,) = plan_with(Zone(RESERVE)).left_out
    assert str(left.reason).startswith("cut by a no-go zone")


def test_a_zone_the_boat_may_pass_lets_the_boat_through_without_landing() -> None:
    plan = plan_with(Zone(RESERVE, None, "El Sira", boat_passes=True), plots=(("P", 25_000, 100), ("Q", 15_000, 100)))
    assert planned(plan) == ["P"]
    (left,) = plan.left_out
    assert left.plot_id == "Q" and str(left.reason) == str(INSIDE_NO_GO)
    (team,) = plan.teams
    inside = RESERVE.buffer(-1.0)
    parts = [p for d in team.days for p in d.parts]
    assert any(LineString(p.coords).intersects(inside) for p in parts if p.mode == "boat")
    for p in parts:  # the team never sets foot in the reserve
        if p.mode != "boat":
            assert not (LineString(p.coords) if len(p.coords) > 1 else Point(p.coords[0])).intersects(inside)


def test_a_trail_through_a_zone_the_boat_may_pass_is_still_cut() -> None:
    trail = TrailLine([(15_000, -5_000), (15_000, 5_000)], fid="trocha")
    net = build_network([RIVER], [trail], [Zone(RESERVE, None, "El Sira", boat_passes=True)])
    matrix = net.matrix([Terminal("S", Point(15_000, -5_000)), Terminal("N", Point(15_000, 5_000))])
    leg = matrix.leg(0, 1)
    assert leg is None or not any(p.mode == "trail" and LineString(p.coords).crosses(RESERVE) for p in leg.parts)


def test_the_option_is_off_by_default_and_changes_the_kept_network() -> None:
    from patrol_planner.planner.network.reuse import fingerprint

    assert Zone(RESERVE).boat_passes is False
    strict = fingerprint([RIVER], [], [Zone(RESERVE, None, "El Sira")], None)
    passing = fingerprint([RIVER], [], [Zone(RESERVE, None, "El Sira", boat_passes=True)], None)
    assert strict != passing
