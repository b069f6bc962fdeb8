# SPDX-License-Identifier: GPL-2.0-or-later
"""Boats, fuel, pilots, daylight and river seasons are set in the dock, not only in the toolbox (issue 26, finding 3).

Each team's motor (from the list, on foot, or its own litres per hour) and fuel budget are columns of the Teams
table; the pilots' rule, the daylight rule and the rivers' season field are on the Plan tab.  They reach the
plan and come back with the project.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis

from . import test_dock_project
from .conftest import wait_for_dock as wait
from .test_dock_project import choose
from .test_dock_reopen import reopen

dock = test_dock_project.dock
saved_layers = test_dock_project.saved_layers


def two_teams(dock) -> None:
    dock.teams.add_team(
        {"name": "Norte", "base": "Alfa", "end_base": "", "days": 2, "hours_per_day": 10, "motor": "40hp", "fuel_l": 30}
    )
    dock.teams.add_team(
        {"name": "Sur", "base": "Beta", "end_base": "", "days": 2, "hours_per_day": 10, "motor": "none", "fuel_l": 0}
    )


def test_each_team_has_its_motor_and_fuel_budget(dock) -> None:
    two_teams(dock)
    dock.teams.add_team({"name": "Este", "base": "Alfa", "motor": "9/6.5"})
    rows = dock.teams.rows()
    assert [(r["motor"], r["fuel_l"]) for r in rows] == [("40hp", 30), ("none", 0), ("9/6.5", 0)]
    combo = dock.form.teamsTable.cellWidget(0, 6)
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert {"peque", "15hp", "40hp", "none"} <= set(offered), offered
    assert any("own" in combo.itemText(i) for i in range(combo.count())), "own consumption is offered"


def test_boats_fuel_pilots_daylight_and_seasons_reach_the_plan(dock, saved_layers) -> None:
    choose(dock, saved_layers)
    two_teams(dock)
    form = dock.form
    form.pilotStaysCheck.setChecked(True)
    form.daylightCheck.setChecked(False)
    form.sunsetMarginMinSpin.setValue(45)
    form.seasonFieldCombo.setField("name")
    params = dock.plan_parameters()
    assert params["BOATS"] == "Norte=40hp;Sur=none"
    assert params["FUEL"] == "Norte=30"
    assert params["PILOT_STAYS"] is True and params["DAYLIGHT"] is False
    assert params["SUNSET_MARGIN_MIN"] == 45
    assert params["RIVER_MONTHS_FIELD"] == "name"


def test_each_teams_motor_sets_its_fuel_and_the_settings_come_back(
    dock, qgis_iface, saved_layers, tmp_path: Path
) -> None:
    choose(dock, saved_layers)
    dock.teams.add_team({"name": "Norte", "base": "Alfa", "days": 2, "hours_per_day": 10, "motor": "40hp"})
    dock.teams.add_team({"name": "Sur", "base": "Beta", "days": 2, "hours_per_day": 10, "motor": "9/6.5"})
    dock.form.pilotStaysCheck.setChecked(True)
    dock.form.sunsetMarginMinSpin.setValue(45)
    dock.locks = {"P1": "Norte", "P3": "Sur"}
    dock.form.planButton.click()
    wait(dock)
    assert not qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    rates = {}
    for leg in dock.results.layer("legs").getFeatures():
        if leg["mode"] == "boat" and leg["hours"] > 0:
            rates.setdefault(leg["team"], set()).add(round(leg["fuel_l"] / leg["hours"], 1))
    assert rates["Norte"] <= {15.2, 11.4} and rates["Sur"] <= {9.0, 6.5}, rates
    fuel = [line for line in dock.form.unplannedLabel.text().split("\n") if "L of fuel" in line]
    assert [line.split(":")[0] for line in fuel] == ["Norte", "Sur"], fuel
    reopen(dock, tmp_path / "boats.qgs")
    assert [r["motor"] for r in dock.teams.rows()] == ["40hp", "9/6.5"]
    assert dock.form.pilotStaysCheck.isChecked() and dock.form.sunsetMarginMinSpin.value() == 45


def test_the_teams_table_fits_the_dock_without_squeezing_the_bases(dock, saved_layers) -> None:
    """At the width of the Spanish screenshots (616 px) the bases stay readable and nothing scrolls sideways."""
    from qgis.PyQt.QtCore import QCoreApplication

    choose(dock, saved_layers)
    two_teams(dock)
    dock.teams.add_team({"name": "Equipo Santa Rosa", "base": "Alfa", "motor": "peque"})
    dock.resize(616, 660)
    dock.show()
    dock.form.stepTabs.setCurrentWidget(dock.form.teamsTab)
    QCoreApplication.processEvents()
    table = dock.form.teamsTable
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width(), "the table scrolls sideways"
    for column in (1, 2, 6):
        assert header.sectionSize(column) >= 70, (column, header.sectionSize(column))
    dock.hide()


def test_the_review_shows_its_km_columns_without_scrolling(dock, saved_layers) -> None:
    from qgis.PyQt.QtCore import QCoreApplication

    choose(dock, saved_layers)
    two_teams(dock)
    dock.locks = {"P1": "Norte", "P3": "Sur"}
    dock.resize(616, 660)
    dock.show()
    dock.form.planButton.click()
    wait(dock)
    QCoreApplication.processEvents()
    tree = dock.form.reviewTree
    assert tree.topLevelItemCount() == 2
    assert tree.header().length() <= tree.viewport().width(), "the km columns are off the edge"
    dock.hide()


def test_the_forest_km_a_day_reaches_the_plan_its_summary_and_comes_back(
    dock, qgis_iface, saved_layers, tmp_path: Path
) -> None:
    choose(dock, saved_layers)
    dock.teams.add_team({"name": "Norte", "base": "Alfa", "days": 1, "hours_per_day": 12, "motor": "peque"})
    assert dock.plan_parameters()["FOREST_KM_DAY"] == 0  # no limit unless asked
    dock.form.forestKmDaySpin.setValue(0.5)
    assert dock.plan_parameters()["FOREST_KM_DAY"] == 0.5
    dock.form.planButton.click()
    wait(dock)
    assert not qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert all(day["forest_km"] <= 0.5 + 1e-3 for day in dock.results.layer("routes").getFeatures())
    assert "Forest km per day: at most 0.5 km" in dock.form.unplannedLabel.text()
    reopen(dock, tmp_path / "forest.qgs")
    assert dock.form.forestKmDaySpin.value() == 0.5
