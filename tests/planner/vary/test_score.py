"""The predictability score on hand-made histories: the same patrol again scores high, a new one low."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from patrol_planner.planner.vary import (
    History,
    Landing,
    Outing,
    ScoreSettings,
    cells_of,
    history_scores,
    outing_of_track,
    predictability,
)

MONDAY = datetime(2026, 11, 2, 6, 0)


def outing(day: int, x: float, hour: float = 6.0, camp_x: float = 0.0, team: str = "Norte") -> Outing:
    when = MONDAY + timedelta(days=day, hours=hour - 6.0)
    return Outing(
        team,
        when,
        (Landing((x, 0.0), hour + 1.0),),
        ((camp_x, 5_000.0),),
        cells_of([[(x, 0.0), (x, 2_000.0)]]),
        frozenset({("Alfa", f"P{int(x)}")}),
        (f"P{int(x)}",),
    )


def test_the_same_patrol_every_week_repeats_everything_and_scores_high() -> None:
    history = History(tuple(outing(7 * k, 10_000) for k in range(4)))
    score = predictability([outing(28, 10_000)], history)
    for category in ("landings", "landing_hours", "departures", "trails", "camps", "legs"):
        assert score.repeat(category).share == 1.0, category
    assert score.entropy == pytest.approx(0.0)
    assert score.score == pytest.approx(100.0)
    assert score.compared == 4


def test_a_patrol_unlike_the_recent_ones_repeats_nothing_and_scores_low() -> None:
    history = History(tuple(outing(7 * k, 10_000 * (k + 1), 6 + k, 20_000 * k) for k in range(4)))
    score = predictability([outing(28, 90_000, 11.0, 90_000)], history)
    assert all(r.repeated == 0 for _, r in score.repeats)
    assert score.entropy == pytest.approx(1.0)
    assert score.score == pytest.approx(0.0)


def test_only_the_last_k_patrol_days_count_as_repeats_and_the_period_bounds_the_entropy() -> None:
    # the landing of eight weeks ago is no repeat when only the last 4 patrol days count
    history = History((outing(0, 10_000),) + tuple(outing(7 * k, 20_000 * k, 6 + k) for k in range(1, 8)))
    now = [outing(56, 10_000, 13.0, 77_000)]
    assert predictability(now, history, ScoreSettings(recent=4)).repeat("landings").repeated == 0
    assert predictability(now, history, ScoreSettings(recent=8)).repeat("landings").repeated == 1


def test_a_landing_is_the_same_place_within_place_m_and_the_same_hour_within_the_window() -> None:
    history = History((outing(0, 10_000, 6.0),))
    near_later = [outing(7, 10_200, 8.0)]
    score = predictability(near_later, history, ScoreSettings(place_m=250.0, hour_window_h=1.0))
    assert score.repeat("landings").repeated == 1
    assert score.repeat("landing_hours").repeated == 0  # two hours later: not the same hour
    assert predictability(near_later, history, ScoreSettings(place_m=100.0)).repeat("landings").repeated == 0


def test_a_track_is_an_outing_with_its_first_fix_as_landing_and_its_night_as_camp() -> None:
    t0 = datetime(2026, 10, 2, 6, 0)
    fixes = [(0.0, 0.0, t0), (500.0, 0.0, t0 + timedelta(hours=3)), (900.0, 0.0, t0 + timedelta(hours=15))]
    track = outing_of_track("Norte", fixes)
    assert track is not None and track.source == "track"
    assert track.landings == (Landing((0.0, 0.0), 6.0),)
    assert track.camps == ((500.0, 0.0),)
    assert (0, 0) in track.cells and (3, 0) in track.cells


def test_the_history_is_scored_patrol_by_patrol() -> None:
    history = History(tuple(outing(7 * k, 10_000) for k in range(3)))
    scores = history_scores(history)
    assert [day.date() for day, _ in scores] == [(MONDAY + timedelta(days=7 * k)).date() for k in range(3)]
    assert scores[0][1].compared == 0
    assert scores[-1][1].score > scores[0][1].score


def test_a_past_plan_read_back_from_its_layers_gives_the_plans_outing(setup) -> None:
    from patrol_planner.planner.plan import layer_legs
    from patrol_planner.planner.vary import PastLeg, PastStop, outings_of_plan, outings_of_rows

    plan = setup.plan()
    stops = [
        PastStop(t.team, s.seq, s.kind, s.name, s.plot_id, s.position, s.arrival) for t in plan.teams for s in t.stops
    ]
    legs = [
        PastLeg(r.team, r.mode, r.who, tuple(tuple(c) for c in r.coords), r.start, r.end)
        for t in plan.teams
        for r in layer_legs(t)
    ]
    (read,) = outings_of_rows(stops, legs)
    (made,) = outings_of_plan(plan)
    assert (read.team, read.departure, read.order, read.legs, read.camps) == (
        made.team,
        made.departure,
        made.order,
        made.legs,
        made.camps,
    )
    assert {x.where for x in read.landings} == {x.where for x in made.landings}
    assert read.cells <= made.cells and len(read.cells) >= 0.8 * len(made.cells)


def test_a_plan_for_the_same_day_is_not_history_it_is_the_plan_being_replaced() -> None:
    # the dock offers every plan of the project as history, the plan on screen included: planning that day
    # again must not count the plan it replaces (nor a later one) as what the teams already did
    history = History((outing(0, 0.0), outing(7, 0.0, hour=9.0), outing(14, 0.0)))
    start = MONDAY + timedelta(days=7)  # 06:00, before the day's outing at 09:00: that one is still replaced
    assert [o.departure for o in history.before(start).outings] == [MONDAY]
