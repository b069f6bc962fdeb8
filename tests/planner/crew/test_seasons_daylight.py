"""River seasons and daylight, worked out by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from shapely.geometry import LineString, Point

from patrol_planner.planner.core import InputError
from patrol_planner.planner.crew import CLOSED_REACH, MOTORS, Crew, Daylight, parse_months, seasonal_rivers, sunset_hour
from patrol_planner.planner.network import RiverLine, build_network
from patrol_planner.planner.optimize import SolverOptions
from patrol_planner.planner.plan import BaseSite, PlotSite, Seasons, TeamRequest, plan_patrols, validate_plan

OPTIONS = SolverOptions(seed=1, time_limit_s=1.0)
PEQUE = Crew(MOTORS["peque"])


def test_months_parse_in_numbers_english_and_spanish_and_wrap_round_the_year() -> None:
    assert parse_months("11-3") == {11, 12, 1, 2, 3}
    assert parse_months("nov-mar") == parse_months("Nov-Mar") == {11, 12, 1, 2, 3}
    assert parse_months("ene, feb,dic") == {1, 2, 12}
    assert parse_months("") is None and parse_months(None) is None
    with pytest.raises(InputError):
        parse_months("spring")


def test_a_tributary_closed_in_the_dry_season_cuts_its_plot_off() -> None:
    # Main river east along y = 0; a tributary joins at x = 10 km from the north, navigable only
    # in the high water (November to May).  Plot T sits on the tributary 5 km up, plot M on the main river.
    main = RiverLine([(0, 0), (10_000, 0), (20_000, 0)], fid="Ucayalito")
    tributary = RiverLine([(10_000, 5_000), (10_000, 0)], fid="Quebrada Seca", months=parse_months("nov-may"))
    bases = [BaseSite("Alfa", Point(0, 100))]
    plots = [PlotSite("T", Point(10_100, 5_000), 1, 0), PlotSite("M", Point(15_000, 100), 1, 0)]
    team = [TeamRequest("Norte", "Alfa", "Alfa", 1, 10)]
    # December (high water): both plots.
    rivers, closed = seasonal_rivers([main, tributary], [date(2026, 12, 1)])
    assert closed == []
    wet = plan_patrols(build_network(rivers, []), bases, plots, team, datetime(2026, 12, 1, 6), OPTIONS, crews=[PEQUE])
    assert {s.name for s in wet.teams[0].stops if s.kind == "plot"} == {"T", "M"}
    # August (low water): the tributary is closed, T is cut off and says so.
    rivers, closed = seasonal_rivers([main, tributary], [date(2026, 8, 1)])
    assert [r.fid for r in closed] == ["Quebrada Seca"]
    dry = plan_patrols(
        build_network(rivers, []),
        bases,
        plots,
        team,
        datetime(2026, 8, 1, 6),
        OPTIONS,
        crews=[PEQUE],
        seasons=Seasons([main, tributary], closed),
    )
    assert [s.name for s in dry.teams[0].stops if s.kind == "plot"] == ["M"]
    (left,) = dry.left_out
    assert left.plot_id == "T" and left.reason.startswith(CLOSED_REACH) and left.unreachable
    assert "Quebrada Seca" in left.reason and "nov" in left.reason
    assert validate_plan(dry, closed_reaches=[LineString(tributary.coords)]) == []
    assert validate_plan(wet, closed_reaches=[LineString(tributary.coords)]) != []


def test_sunset_at_pucallpa_is_computed_offline() -> None:
    # Pucallpa (8.38 S, 74.55 W, UTC-5, whose meridian is 75 W: local noon 1.8 min early).
    # 1 December: the equation of time is +11 min, solar noon 11:47; the day is 12.5 h long at 8.4 S
    # (issue 12: 12.6 h in December), half of it 6 h 17 min: sunset about 18:04.
    # 21 June: equation of time -1.5 min, noon 12:00; day 11.6 h, half 5 h 48 min: about 17:48.
    assert sunset_hour(date(2026, 12, 1), -8.38, -74.55, -5) == pytest.approx(18 + 4 / 60, abs=3 / 60)
    assert sunset_hour(date(2026, 6, 21), -8.38, -74.55, -5) == pytest.approx(17 + 48 / 60, abs=3 / 60)


def test_the_sunset_cut_off_moves_the_camp() -> None:
    # 30 km downstream and back: 0.1 + T + 2 h down + T + 0.1, then 30/9 h back up = 5.93 + 3.33 h.
    # Teams may work 12 h a day from 06:00; in June sunset less 30 min is 17:20, so the day is
    # 11.33 h and a two-day trip of 2 x ... camps earlier, at 17:20 and somewhere else on the river.
    net = build_network([RiverLine([(0, 0), (30_000, 0)], fid=1)], [])
    bases = [BaseSite("Alfa", Point(0, 100))]
    plots = [PlotSite("P", Point(30_000, 100), 1, 8 * 60)]
    team = [TeamRequest("Norte", "Alfa", "Alfa", 2, 12)]
    start = datetime(2026, 6, 21, 6)
    late = plan_patrols(net, bases, plots, team, start, OPTIONS, crews=[PEQUE])
    sunset = Daylight(-8.38, -74.55, -5, margin_min=30)
    early = plan_patrols(net, bases, plots, team, start, OPTIONS, crews=[PEQUE], daylight=sunset)
    (late_camp,) = [s for s in late.teams[0].stops if s.kind == "camp"]
    (early_camp,) = [s for s in early.teams[0].stops if s.kind == "camp"]
    assert late_camp.arrival == datetime(2026, 6, 21, 18, 0)
    end = sunset.day_end(start.date())
    assert early_camp.arrival.hour + early_camp.arrival.minute / 60 == pytest.approx(end, abs=1 / 60)
    assert early_camp.arrival < late_camp.arrival
    # At P by 08:32 (2.53 h), 8 h there, on the way back at 16:32: the 12-hour day camps after 1.47 h
    # upstream, the sunset day after 0.77 h; at 9 km/h upstream (less the landing) the camp moves downstream.
    assert early_camp.position[0] > late_camp.position[0] + 5_000
    assert late.teams[0].stops[-1].arrival < early.teams[0].stops[-1].arrival
    assert validate_plan(early, latest=datetime.min.time().replace(hour=int(end), minute=int(end % 1 * 60) + 1)) == []
