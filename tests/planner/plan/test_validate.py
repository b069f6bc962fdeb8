"""The plan validator finds each kind of fault in a plan that was made to break a rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

from shapely.geometry import LineString, Point, box

from patrol_planner.planner.crew import MOTORS, Crew
from patrol_planner.planner.network import RiverLine, build_network
from patrol_planner.planner.optimize import SolverOptions
from patrol_planner.planner.plan import BaseSite, PlotSite, TeamRequest, plan_patrols, validate_plan

START = datetime(2026, 12, 1, 6, 0)
# a 40 hp's litres at the 12 km/h the figures were worked out for (a faster boat rides round the meander)
SLOW_40HP = replace(MOTORS["40hp"], still_kmh=12.0)
RIVER = [(9_000, 20_000), (9_000, 0), (9_000, -10_000), (10_000, -10_000), (10_000, 0), (20_000, 0)]


def meander_plan(fuel=None):
    """The pilot brings the boat 21 km round a meander while the team walks 1.5 km (see test_boat_rules)."""
    net = build_network([RiverLine(RIVER, fid=1)], [])
    bases = [BaseSite("Alfa", Point(20_000, 100)), BaseSite("Beta", Point(9_100, 5_000))]
    plots = [PlotSite("P", Point(9_800, 200), 1, 0), PlotSite("Q", Point(8_800, 300), 1, 0)]
    return plan_patrols(
        net,
        bases,
        plots,
        [TeamRequest("Norte", "Alfa", "Beta", 1, 10)],
        START,
        SolverOptions(seed=1, time_limit_s=1.0),
        crews=[Crew(SLOW_40HP, fuel_l=fuel)],
    )


def with_crewing(plan, **changes):
    team = plan.teams[0]
    return replace(plan, teams=(replace(team, crewing=replace(team.crewing, **changes)),))


def test_the_plan_as_made_holds() -> None:
    assert validate_plan(meander_plan()) == []


def test_a_team_boarding_where_the_pilot_never_brought_the_boat() -> None:
    plan = meander_plan()
    timeline = tuple(t for t in plan.teams[0].crewing.timeline if t.who != "pilot")
    problems = validate_plan(with_crewing(plan, timeline=timeline))
    assert any("boards a boat that is not there" in p for p in problems)


def test_a_pilot_who_was_to_stay_at_the_landing() -> None:
    problems = validate_plan(with_crewing(meander_plan(), pilot_stays=True))
    assert any("was to stay at the landing" in p for p in problems)


def test_fuel_over_the_budget() -> None:
    plan = meander_plan()
    problems = validate_plan(with_crewing(plan, fuel_budget_l=plan.teams[0].fuel_l - 1))
    assert any("budget" in p for p in problems)


def test_a_path_with_a_gap() -> None:
    plan = meander_plan()
    timeline = list(plan.teams[0].crewing.timeline)
    k = next(i for i, t in enumerate(timeline) if t.part.mode == "forest" and t.part.km > 0.5)
    part = timeline[k].part
    timeline[k] = replace(timeline[k], part=replace(part, coords=[(x + 50, y) for x, y in part.coords]))
    problems = validate_plan(with_crewing(plan, timeline=tuple(timeline)))
    assert any("m from where leg" in p for p in problems)


def test_travel_after_the_day_ends_a_no_go_zone_and_a_closed_reach() -> None:
    plan = meander_plan()
    assert any("runs outside day 1" in p for p in validate_plan(plan, latest=time(8, 0)))
    assert any("no-go zone" in p for p in validate_plan(plan, no_go=[box(14_000, -500, 15_000, 500)]))
    closed = [LineString([(10_000, 0), (20_000, 0)])]
    assert any("closed in this season" in p for p in validate_plan(plan, closed_reaches=closed))


def test_a_boat_left_away_from_the_end_base() -> None:
    plan = meander_plan()
    timeline = plan.teams[0].crewing.timeline
    # without the last ride the boat stays on the far bank of the meander
    last_boat = max(i for i, t in enumerate(timeline) if t.part.mode == "boat")
    problems = validate_plan(with_crewing(plan, timeline=tuple(t for i, t in enumerate(timeline) if i != last_boat)))
    assert any("left" in p and "end base's landing" in p for p in problems)
