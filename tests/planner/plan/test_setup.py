"""The plan's entry point: the typed request does seasons, daylight and crews in the engine."""

from __future__ import annotations

from datetime import datetime

import pytest
from shapely.geometry import Point

from patrol_planner.planner.crew import CLOSED_REACH, MOTORS, Crew, parse_months
from patrol_planner.planner.network import NetworkCache, RiverLine, check_network
from patrol_planner.planner.plan import (
    Assignments,
    BaseSite,
    Boats,
    DayEnd,
    Ground,
    PlanRequest,
    PlotSite,
    SetupCode,
    TeamRequest,
    prepare_plan,
)

MAIN = RiverLine([(0, 0), (10_000, 0), (20_000, 0)], fid="Ucayalito")
TRIBUTARY = RiverLine([(10_000, 5_000), (10_000, 0)], fid="Quebrada Seca", months=parse_months("nov-may"))
PUCALLPA = (-8.38, -74.55)


def ground(**changes) -> Ground:
    # the area of test_seasons_daylight: plot T up a tributary navigable from November to May, M on the main river
    values = dict(
        rivers=[MAIN, TRIBUTARY],
        bases=[BaseSite("Alfa", Point(0, 100))],
        plots=[PlotSite("T", Point(10_100, 5_000), 1, 0), PlotSite("M", Point(15_000, 100), 1, 0)],
        lat_lon=PUCALLPA,
    )
    return Ground(**{**values, **changes})


def request(start: datetime, **changes) -> PlanRequest:
    values = dict(teams=(TeamRequest("Norte", "Alfa", "Alfa", 1, 10),), start=start, time_limit_s=1.0, seed=1)
    return PlanRequest(**{**values, **changes})


def planned(plan) -> list:
    return [s.name for t in plan.teams for s in t.stops if s.kind == "plot"]


def test_the_dry_season_closes_the_tributary_and_says_so() -> None:
    notes = []
    setup = prepare_plan(request(datetime(2026, 8, 1, 6)), ground(), NetworkCache(), notes=notes.append)
    assert [r.fid for r in setup.closed] == ["Quebrada Seca"]
    assert [(n.code, dict(n.values)) for n in notes[:2]] == [
        (SetupCode.CLOSED_REACHES, {"count": 1}),
        (SetupCode.BUILDING_NETWORK, {"rivers": 2, "trails": 0}),
    ]
    plan = setup.plan()
    assert planned(plan) == ["M"]
    (left,) = plan.left_out
    assert left.plot_id == "T" and left.reason.startswith(CLOSED_REACH)
    wet = prepare_plan(request(datetime(2026, 12, 1, 6)), ground())
    assert wet.closed == () and wet.seasons is None
    assert sorted(planned(wet.plan())) == ["M", "T"]


def test_daylight_from_where_the_bases_are_or_a_set_hour() -> None:
    notes = []
    setup = prepare_plan(request(datetime(2026, 12, 1, 6)), ground(), notes=notes.append)
    # sunset at Pucallpa on 1 December about 18:04 (test_seasons_daylight), less the default 30 minutes
    (day_ends,) = [n.values for n in notes if n.code is SetupCode.DAY_ENDS]
    assert (day_ends["hour"], day_ends["minute"]) == (17, pytest.approx(34, abs=3))
    assert (setup.daylight.latitude, setup.daylight.longitude, setup.daylight.margin_min) == (*PUCALLPA, 30.0)
    set_hour = prepare_plan(request(datetime(2026, 12, 1, 6), day_end=DayEnd(end_hour=15.0)), ground(lat_lon=None))
    assert set_hour.daylight.day_end(datetime(2026, 12, 1).date()) == 15.0
    assert prepare_plan(request(datetime(2026, 12, 1, 6), day_end=None), ground()).daylight is None
    with pytest.raises(ValueError, match="where the bases are"):
        prepare_plan(request(datetime(2026, 12, 1, 6)), ground(lat_lon=None))


def test_crews_from_the_boats_and_the_network_kept_by_the_session() -> None:
    teams = (
        TeamRequest("Norte", "Alfa", "Alfa", 1, 10),
        TeamRequest("Sur", "Alfa", "Alfa", 1, 10),
        TeamRequest("Este", "Alfa", "Alfa", 1, 10),
    )
    boats = Boats({"Norte": MOTORS["15hp"], "Sur": None}, MOTORS["peque"], {"Este": 12.5}, pilot_stays=True)
    networks = NetworkCache()
    first = prepare_plan(request(datetime(2026, 12, 1, 6), teams=teams, boats=boats), ground(), networks)
    assert first.crews == (Crew(MOTORS["15hp"], True, None), Crew(None, True, None), Crew(MOTORS["peque"], True, 12.5))
    notes = []
    drop = Assignments(drops={"M": ("Norte",)})
    again = prepare_plan(
        request(datetime(2026, 12, 1, 6), teams=teams, boats=boats, assignments=drop),
        ground(),
        networks,
        notes=notes.append,
    )
    assert again.reused and again.network is first.network and not first.reused
    assert SetupCode.NETWORK_KEPT in [n.code for n in notes]
    norte = next(t for t in again.plan().teams if t.team == "Norte")
    assert "M" not in [s.name for s in norte.stops if s.kind == "plot"]


def test_the_network_is_checked_before_planning_and_a_clean_one_says_nothing() -> None:
    notes = []
    prepare_plan(request(datetime(2026, 12, 1, 6)), ground(), NetworkCache(), notes=notes.append)
    assert SetupCode.NETWORK_CHECK not in [n.code for n in notes]
    backwards = RiverLine([(5_000, 0), (5_000, 6_000)], fid="Quebrada al reves")  # drawn from its mouth
    far = RiverLine([(0, 40_000), (9_000, 40_000)], fid="Rio lejano")
    lost = PlotSite("L", Point(4_000, 40_200), 1, 0)
    notes = []
    prepare_plan(
        request(datetime(2026, 12, 1, 6)),
        ground(rivers=[MAIN, TRIBUTARY, backwards, far], plots=[*ground().plots, lost]),
        NetworkCache(),
        notes=notes.append,
    )
    (check,) = [n.values["check"] for n in notes if n.code is SetupCode.NETWORK_CHECK]
    assert check.pieces == 2
    assert [f.fid for f in check.of("island_plot")] == ["L"]
    assert [f.fid for f in check.of("against_flow")] == ["Quebrada al reves"]


def test_the_network_check_is_kept_with_the_network_and_run_again_when_the_plots_change(monkeypatch) -> None:
    # The check walks every line again (seconds on a basin): a re-plan on the session's network need not.
    from patrol_planner.planner.network import reuse

    calls = []

    def counted(*args, **kwargs):
        calls.append(args)
        return check_network(*args, **kwargs)

    monkeypatch.setattr(reuse, "check_network", counted)
    backwards = RiverLine([(5_000, 0), (5_000, 6_000)], fid="Quebrada al reves")
    networks, notes = NetworkCache(), []
    area = ground(rivers=[MAIN, TRIBUTARY, backwards])
    for _ in range(2):
        prepare_plan(request(datetime(2026, 12, 1, 6)), area, networks, notes=notes.append)
    assert len(calls) == 1
    checks = [n.values["check"] for n in notes if n.code is SetupCode.NETWORK_CHECK]
    assert len(checks) == 2 and checks[0] == checks[1]  # told again each time, from the cache
    lost = PlotSite("L", Point(4_000, 40_200), 1, 0)
    prepare_plan(request(datetime(2026, 12, 1, 6)), ground(rivers=area.rivers, plots=[*area.plots, lost]), networks)
    assert len(calls) == 2


def test_the_forest_km_a_day_asked_goes_to_every_crew_and_is_told() -> None:
    notes = []
    boats = Boats({"Norte": MOTORS["15hp"]}, MOTORS["peque"], {"Norte": 40.0})
    teams = (TeamRequest("Norte", "Alfa", "Alfa", 1, 10), TeamRequest("Sur", "Alfa", "Alfa", 1, 10))
    asked = request(datetime(2026, 12, 1, 6), teams=teams, boats=boats, forest_km_day=3.0)
    setup = prepare_plan(asked, ground(), NetworkCache(), notes=notes.append)
    assert [c.forest_km_day for c in setup.crews] == [3.0, 3.0] and setup.crews[0].fuel_l == 40.0
    assert [dict(n.values) for n in notes if n.code is SetupCode.FOREST_PER_DAY] == [{"km": 3.0}]
    plan = setup.plan()
    assert {t.crewing.forest_km_day for t in plan.teams} == {3.0}
    notes = []
    free = prepare_plan(request(datetime(2026, 12, 1, 6)), ground(), notes=notes.append)
    assert free.crews[0].forest_km_day is None and SetupCode.FOREST_PER_DAY not in [n.code for n in notes]
