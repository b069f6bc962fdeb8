"""Variation with a bounded cost: within the accepted loss, hard rules kept, repeatable from its seed."""

from __future__ import annotations

from dataclasses import replace
from datetime import time, timedelta

import pytest

from patrol_planner.planner.plan import PLOT, PreviousPlan, validate_plan
from patrol_planner.planner.vary import (
    HardRules,
    History,
    Variation,
    broken_rules,
    outings_of_plan,
    plan_varied,
)


def route(plan) -> list:
    return [(s.kind, s.name, s.arrival) for t in plan.teams for s in t.stops]


def test_the_chosen_plan_keeps_the_accepted_share_of_the_best_priority(setup) -> None:
    for seed in (1, 2, 3, 4):
        varied = plan_varied(setup, History(), Variation(accepted_loss=0.05, seed=seed))
        assert varied.best.variant.index == 0
        assert varied.chosen.priority >= 0.95 * varied.best.priority - 1e-9
        assert varied.share >= 0.95
        assert sum(t.priority for t in varied.plan.teams) == pytest.approx(varied.chosen.priority)


def test_the_priorities_are_the_plots_own_not_the_searchs_weights(setup) -> None:
    varied = plan_varied(setup, History(), Variation(seed=5, accepted_loss=0.5))
    own = {p.plot_id: p.priority for p in setup.ground.plots}
    for candidate in varied.candidates:
        for team in candidate.plan.teams:
            assert all(s.priority == own[s.plot_id] for s in team.stops if s.kind == PLOT)


def test_the_same_seed_gives_the_same_plan_and_other_seeds_other_plans(setup) -> None:
    first = plan_varied(setup, History(), Variation(seed=11, accepted_loss=0.3))
    again = plan_varied(setup, History(), Variation(seed=11, accepted_loss=0.3))
    assert route(first.plan) == route(again.plan) and first.seed == again.seed == 11
    plans = {tuple(route(plan_varied(setup, History(), Variation(seed=s, accepted_loss=0.3)).plan)) for s in (1, 2, 3)}
    assert len(plans) > 1


def test_no_seed_draws_a_new_one_and_records_it(setup) -> None:
    drawn = plan_varied(setup, History(), Variation(candidates=1))
    assert drawn.seed > 0
    again = plan_varied(setup, History(), Variation(candidates=1, seed=drawn.seed))
    assert route(again.plan) == route(drawn.plan)


def test_the_hard_rules_hold_against_last_weeks_plan(setup) -> None:
    usual = setup.plan()
    last_week = tuple(replace(o, departure=o.departure - timedelta(days=7)) for o in outings_of_plan(usual))
    # last week's landings at last week's hours: the usual plan again breaks the 14-day rule
    history = History(last_week)
    rules = HardRules(landing_hour_days=14, camp_days=14)
    assert broken_rules(outings_of_plan(usual), history, rules)
    varied = plan_varied(setup, history, Variation(seed=3, accepted_loss=0.3, rules=rules, candidates=8))
    assert varied.chosen.broken == ()
    assert broken_rules(outings_of_plan(varied.plan), history, rules) == []
    assert varied.chosen.score.score < varied.best.score.score


def test_without_variation_the_plan_is_the_usual_one_with_its_score(setup) -> None:
    history = History(outings_of_plan(setup.plan()))
    plain = plan_varied(setup, History(), Variation(), vary=False)
    assert route(plain.plan) == route(setup.plan())
    assert len(plain.candidates) == 1 and plain.share == 1.0
    assert plain.chosen.score.compared == 0 and history.outings


def test_a_kept_team_keeps_its_plots_in_every_candidate(setup) -> None:
    usual = setup.plan()
    kept = {t.team: tuple(s.plot_id for s in t.stops if s.kind == PLOT) for t in usual.teams}
    stable = replace(setup, request=replace(setup.request, stability=PreviousPlan(kept, frozenset(kept))))
    varied = plan_varied(stable, History(), Variation(seed=4, accepted_loss=0.5))
    for candidate in varied.candidates:
        visited = {s.plot_id for t in candidate.plan.teams for s in t.stops if s.kind == PLOT}
        assert set(kept["Norte"]) <= visited


def test_a_team_shifted_by_the_variation_leaves_later_and_its_day_ends_by_daylight(setup) -> None:
    from patrol_planner.planner.plan import TeamRequest

    teams = (TeamRequest("Norte", "Alfa", "Alfa", 1, 9, shift_h=1.5),)
    later = replace(setup, request=replace(setup.request, teams=teams)).plan()
    (team,) = later.teams
    assert team.stops[0].arrival == setup.request.start + timedelta(hours=1.5)
    assert team.crewing is not None and team.crewing.first_start == team.stops[0].arrival


def test_each_candidate_moves_each_teams_departure_within_the_day(setup) -> None:
    varied = plan_varied(setup, History(), Variation(seed=9, accepted_loss=0.5))
    for candidate in varied.candidates[1:]:
        ((team, shift),) = candidate.variant.shifts
        assert team == "Norte" and shift in Variation().hour_shifts and 7.0 + shift >= Variation().earliest_h
        assert candidate.plan.teams[0].stops[0].arrival == setup.request.start + timedelta(hours=shift)


def test_no_landing_at_a_repeated_hour_even_when_every_candidate_lands_at_one(setup) -> None:
    # last week's plan, landing for landing: at the plan's own hours every good candidate repeats a landing,
    # so the team must leave at another hour (the same route), within the day
    usual = setup.plan()
    last_week = tuple(replace(o, departure=o.departure - timedelta(days=7)) for o in outings_of_plan(usual))
    history = History(last_week)
    rules = HardRules(landing_hour_days=14)
    v = Variation(seed=3, accepted_loss=0.0, rules=rules, candidates=3, hour_shifts=(0.0,), repair_rounds=1)
    varied = plan_varied(setup, history, v)
    assert varied.chosen.broken == ()
    assert broken_rules(outings_of_plan(varied.plan), history, rules) == []
    assert varied.share == 1.0
    (team,) = varied.plan.teams
    shift = dict(varied.chosen.variant.shifts)["Norte"]
    assert team.stops[0].arrival == setup.request.start + timedelta(hours=shift)
    assert team.stops[0].arrival.hour + team.stops[0].arrival.minute / 60.0 >= v.earliest_h
    assert setup.daylight is not None
    assert all(d.end.hour + d.end.minute / 60.0 <= setup.daylight.day_end(d.end.date()) for d in team.days)
    end = setup.daylight.day_end(team.days[0].end.date())
    assert validate_plan(varied.plan, latest=time(int(end), int(end % 1 * 60))) == []
