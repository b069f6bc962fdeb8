"""Forest km per day through processing.run: Plan patrols and What if honour it, the log and the briefing say it
(issue 25)."""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsProcessingContext

from .test_river_network import Recording


class Log(Recording):
    """The warnings and the lines of a run."""

    def pushInfo(self, info: str) -> None:  # noqa: N802
        self.lines.append(info)


def run(algorithm: str, area, log=None, **extra) -> dict:
    import processing

    params = dict(area, TEAMS=["Equipo A", "Alfa", "", 1, 12], START="2026-12-01T06:00", TIME_LIMIT=1)
    if algorithm == "plan_patrols":
        params.update(ROUTES="memory:", STOPS="memory:", UNPLANNED="memory:")
    params.update(extra)
    return processing.run(f"patrol_planner:{algorithm}", params, context=QgsProcessingContext(), feedback=log)


def most_forest_in_a_day(result) -> float:
    return max(f["forest_km"] for f in result["ROUTES"].getFeatures())


def test_plan_patrols_keeps_every_day_within_the_forest_km_asked_and_says_why_plots_are_out(
    patrol_provider, small_area
) -> None:
    from patrol_planner.qgis_adapters.printing.table import summary

    free = run("plan_patrols", small_area)
    assert not any("forest" in str(f["reason"]) for f in free["UNPLANNED"].getFeatures())
    limit = round(most_forest_in_a_day(free) * 0.6, 2)
    assert limit > 0
    log = Log()
    limited = run("plan_patrols", small_area, log, FOREST_KM_DAY=limit)
    assert most_forest_in_a_day(limited) <= limit + 1e-3
    reasons = [str(f["reason"]) for f in limited["UNPLANNED"].getFeatures()]
    assert any(r.startswith("too much forest for one day") for r in reasons), reasons
    assert any(f"at most {limit:g} km through the forest a day" in line for line in log.lines), log.lines
    assert f"Forest km per day: at most {limit:g} km" in summary(limited["ROUTES"], limited["STOPS"])
    assert "Forest km per day" not in summary(free["ROUTES"], free["STOPS"])  # no limit asked, none stated


def test_what_if_plans_with_the_same_forest_km_a_day(patrol_provider, small_area) -> None:
    free = run("plan_patrols", small_area)
    limit = round(most_forest_in_a_day(free) * 0.6, 2)
    limited = run("plan_patrols", small_area, FOREST_KM_DAY=limit)
    planned = sum(1 for f in limited["STOPS"].getFeatures() if f["kind"] == "plot")
    answers = json.loads(run("what_if", small_area, FOREST_KM_DAY=limit)["ANSWERS"])
    assert [a["plots"] for a in answers if a["label"] == "as planned"] == [planned]
    assert planned < sum(1 for f in free["STOPS"].getFeatures() if f["kind"] == "plot")


def test_no_forest_km_a_day_is_no_limit(patrol_provider, small_area) -> None:
    zero = run("plan_patrols", small_area, FOREST_KM_DAY=0)
    assert most_forest_in_a_day(zero) == pytest.approx(most_forest_in_a_day(run("plan_patrols", small_area)))
