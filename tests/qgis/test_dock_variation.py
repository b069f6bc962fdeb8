# SPDX-License-Identifier: GPL-2.0-or-later
"""The Plan tab's variation controls (issue 29): they drive Plan patrols and come back with the project."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsProject

from .conftest import wait_for_dock as wait
from .test_dock_project import choose, dock, reopened, saved_layers  # noqa: F401 - the fixtures


def set_variation(form) -> None:
    form.varyCheck.setChecked(True)
    form.historyPlansCheck.setChecked(True)
    form.acceptedLossSpin.setValue(20)
    form.varySeedSpin.setValue(7)
    form.landingHourDaysSpin.setValue(14)
    form.campDaysSpin.setValue(21)
    form.riskDistanceMSpin.setValue(1500)


def test_a_varied_plan_reads_the_projects_past_plan_and_says_its_predictability(
    dock,  # noqa: F811
    qgis_iface,
    saved_layers,  # noqa: F811
) -> None:
    choose(dock, saved_layers)
    dock.teams.add_team({"name": "Norte", "base": "Alfa", "end_base": "", "days": 1, "hours_per_day": 12})
    assert dock.plan_parameters()["VARY"] is False and dock.plan_parameters()["HISTORY_PLANS"] == []
    dock.form.planButton.click()
    wait(dock)
    assert not qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    first = {dock.results.layer("stops").id(), dock.results.layer("legs").id()}

    set_variation(dock.form)
    params = dock.plan_parameters()
    assert {layer.id() for layer in params["HISTORY_PLANS"]} == first, "the plan on screen is the history"
    assert (params["VARY"], params["VARY_SEED"], params["ACCEPTED_LOSS"]) == (True, 7, 20)
    assert (params["LANDING_HOUR_DAYS"], params["CAMP_DAYS"], params["RISK_DISTANCE_M"]) == (14, 21, 1500)
    dock.form.planButton.click()
    wait(dock)
    assert not qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    said = dock.replan_controls.changesLabel.text()
    assert "redictab" in said, said

    dock.form.historyPlansCheck.setChecked(False)
    assert dock.plan_parameters()["HISTORY_PLANS"] == []


def test_the_variation_settings_come_back_with_the_project(dock, saved_layers, tmp_path: Path) -> None:  # noqa: F811
    choose(dock, saved_layers)
    set_variation(dock.form)
    dock.form.historyPlansCheck.setChecked(False)
    project = QgsProject.instance()
    project.addMapLayer(saved_layers["NOGO"])
    dock.form.riskCombo.setLayer(saved_layers["NOGO"])
    path = tmp_path / "vary.qgs"
    assert project.write(str(path))
    project.clear()
    assert not dock.form.varyCheck.isChecked() and dock.form.varySeedSpin.value() == 0, "a new project: defaults"
    assert project.read(str(path))
    reopened(dock)
    form = dock.form
    assert form.varyCheck.isChecked() and not form.historyPlansCheck.isChecked()
    assert (form.acceptedLossSpin.value(), form.varySeedSpin.value()) == (20, 7)
    assert (form.landingHourDaysSpin.value(), form.campDaysSpin.value(), form.riskDistanceMSpin.value()) == (
        14,
        21,
        1500,
    )
    assert form.riskCombo.currentLayer() is not None and form.riskCombo.currentLayer().name() == "nogo"
