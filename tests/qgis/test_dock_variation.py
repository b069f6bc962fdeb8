# SPDX-License-Identifier: GPL-2.0-or-later
"""The Plan tab's variation controls (issue 29): they drive Plan patrols and come back with the project."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime

from .conftest import wait_for_dock as wait
from .test_dock_project import choose, dock, reopened, saved_layers  # noqa: F401 - the fixtures
from .test_spanish_run import spanish  # noqa: F401 - the Spanish translation, as a fixture

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


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
    dock.form.startEdit.setDateTime(QDateTime.fromString("2026-12-08T06:00", "yyyy-MM-ddTHH:mm"))  # next week
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


def test_the_review_in_spanish_shows_the_training_tracks_predictability(
    spanish,  # noqa: F811 - first: the dock's words are translated as it is built
    qgis_iface,
    patrol_provider,
    tmp_path: Path,
) -> None:
    """Also the Spanish tutorial's picture of it (tests/artifacts/vary_es_review.png, by ``make screenshots-es``)."""
    from patrol_planner.ui.dock import PatrolPlannerDock

    from .plan_support import run
    from .test_plan_variation import TRACKS
    from .test_training_plan import TEAMS, training_layers

    gpkg = tmp_path / "field.gpkg"
    run("import_field_data", {"FILES": [str(p) for p in TRACKS], "KIND": 0, "GEOPACKAGE": str(gpkg)})
    points = QgsVectorLayer(f"{gpkg}|layername=field_track_points", "field_track_points", "ogr")
    project = QgsProject.instance()
    project.clear()
    layers = training_layers()
    for key in ("NOGO", "PLOTS", "BASES", "TRAILS", "RIVERS"):
        project.addMapLayer(layers[key])
    project.addMapLayer(points)
    widget = PatrolPlannerDock(qgis_iface)
    try:
        form = widget.form
        for key in ("rivers", "trails", "plots", "bases", "nogo"):
            getattr(form, f"{key}Combo").setLayer(layers[key.upper()])
        form.nogoFactorCombo.setField("factor")
        form.startEdit.setDateTime(QDateTime.fromString("2026-12-01T06:00", "yyyy-MM-ddTHH:mm"))
        form.timeLimitSSpin.setValue(1)
        for k in range(0, len(TEAMS), 5):
            name, base, end, days, hours = TEAMS[k : k + 5]
            widget.teams.add_team({"name": name, "base": base, "end_base": end, "days": days, "hours_per_day": hours})
        set_variation(form)
        form.historyTracksCombo.setLayer(points)
        form.planButton.click()
        wait(widget)
        said = widget.replan_controls.changesLabel.text()
        assert said.startswith("Previsibilidad ") and "Último patrullaje anterior" in said, said
        assert form.stepTabs.currentWidget() is form.reviewTab
        widget.resize(616, 900)
        ARTIFACTS.mkdir(exist_ok=True)
        assert widget.grab().save(str(ARTIFACTS / "vary_es_review.png"))
    finally:
        widget.cancel()
        wait(widget)
        widget.dispose()
        widget.deleteLater()
        project.clear()
