"""Risk places: plots near one are left out with the reason, or visited only by a team large enough."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from patrol_planner.planner.core import InputError
from patrol_planner.planner.core.wording import code_of
from patrol_planner.planner.plan import PLOT, TeamRequest, prepare_plan
from patrol_planner.planner.vary import RiskPlace, apply_risk, parse_team_sizes, risk_notes, with_left_out

from .conftest import NETWORKS, ground, request

CAMP_P3 = RiskPlace("campamento", Point(11_000, 900), keep_m=600.0)


def visited(plan) -> set:
    return {s.plot_id for t in plan.teams for s in t.stops if s.kind == PLOT}


def test_a_plot_near_a_risk_place_is_left_out_with_its_reason_and_the_plan_keeps_away() -> None:
    outcome = apply_risk(ground(), request(), [CAMP_P3], {})
    assert [x.plot_id for x in outcome.left_out] == ["P3"]
    assert code_of(outcome.left_out[0].reason) == "risk_place_keep_out"
    assert "400 m from campamento" in str(outcome.left_out[0].reason)
    plan = with_left_out(prepare_plan(outcome.request, outcome.ground, NETWORKS).plan(), outcome.left_out)
    assert "P3" not in visited(plan)
    assert "P3" in {x.plot_id for x in plan.left_out}
    assert risk_notes(plan, [CAMP_P3], {}) == []


def test_a_minimum_team_size_keeps_the_plot_from_smaller_teams_only() -> None:
    teams = (TeamRequest("Norte", "Alfa", "Alfa", 1, 9), TeamRequest("Sur", "Alfa", "Alfa", 1, 9))
    place = RiskPlace("pista", Point(11_000, 900), keep_m=600.0, min_team=6)
    outcome = apply_risk(ground(), request(teams=teams), [place], {"Norte": 8, "Sur": 4})
    assert outcome.left_out == ()
    assert outcome.request.assignments.drops == {"P3": ("Sur",)}
    plan = prepare_plan(outcome.request, outcome.ground, NETWORKS).plan()
    sur = next(t for t in plan.teams if t.team == "Sur")
    assert "P3" not in {s.plot_id for s in sur.stops}
    alone = apply_risk(ground(), request(teams=teams), [place], {"Norte": 4, "Sur": 4})
    assert code_of(alone.left_out[0].reason) == "risk_place_team_small"


def test_a_team_too_small_passing_near_is_told() -> None:
    place = RiskPlace("pista", Point(5_000, 0), keep_m=500.0, min_team=6)  # on the river the boat rides
    plan = prepare_plan(request(), ground(), NETWORKS).plan()
    notes = risk_notes(plan, [place], {"Norte": 4})
    assert [code_of(n.reason) for n in notes] == ["risk_place_passed"]
    assert risk_notes(plan, [place], {"Norte": 6}) == []


def test_team_sizes_are_read_and_mistakes_name_the_input() -> None:
    assert parse_team_sizes("Norte=6; Sur=4", ["Norte", "Sur"]) == {"Norte": 6, "Sur": 4}
    with pytest.raises(InputError) as bad:
        parse_team_sizes("Norte=six", ["Norte"], "TEAM_SIZES")
    assert bad.value.source == "TEAM_SIZES" and "six" in str(bad.value)
    with pytest.raises(InputError):
        parse_team_sizes("Oeste=3", ["Norte"], "TEAM_SIZES")
