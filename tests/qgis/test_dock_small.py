# SPDX-License-Identifier: GPL-2.0-or-later
"""The smaller findings of issue 26 (finding 6): a new project starts clean, a cancel says so and is no error."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QDateTime

from . import test_dock_project
from .conftest import drain
from .conftest import wait_for_dock as wait
from .test_dock_project import choose

TEAMS = (("Norte", "Alfa"), ("Sur", "Beta"))
dock = test_dock_project.dock
saved_layers = test_dock_project.saved_layers


def test_a_new_project_gets_no_folder_search_time_or_departure_of_the_last_one(dock, saved_layers, tmp_path) -> None:
    from patrol_planner.ui.dock import PatrolPlannerDock

    fresh = PatrolPlannerDock(dock.iface)
    defaults = (fresh.form.timeLimitSSpin.value(), fresh.form.daylightCheck.isChecked())
    fresh.dispose()
    fresh.deleteLater()
    choose(dock, saved_layers)
    form = dock.form
    form.folderWidget.setFilePath(str(tmp_path / "out"))
    form.timeLimitSSpin.setValue(33)
    form.daylightCheck.setChecked(not defaults[1])
    form.startEdit.setDateTime(QDateTime.fromString("2020-01-01T05:00", "yyyy-MM-ddTHH:mm"))
    QgsProject.instance().clear()
    drain()
    assert form.folderWidget.filePath() == ""
    assert (form.timeLimitSSpin.value(), form.daylightCheck.isChecked()) == defaults
    assert form.startEdit.dateTime().date().year() >= 2026, "not the last project's departure"


def test_a_cancel_says_so_on_the_status_line_and_is_not_logged_as_an_error(dock, saved_layers) -> None:
    choose(dock, saved_layers)
    dock.form.timeLimitSSpin.setValue(30)
    dock.teams.add_team({"name": "Norte", "base": "Alfa", "end_base": "", "days": 1, "hours_per_day": 12})
    logged = []

    def record(message, tag, level):
        logged.append((tag, level, message))

    log = QgsApplication.messageLog()
    log.messageReceived.connect(record)
    try:
        dock.form.planButton.click()
        assert dock.run is not None
        dock.form.cancelButton.click()
        wait(dock)
    finally:
        log.messageReceived.disconnect(record)
    assert dock.form.statusLabel.text() != "", "the status line says what happened"
    errors = [m for tag, level, m in logged if tag == "Patrol Planner" and level == Qgis.MessageLevel.Critical]
    assert errors == [], errors


def test_the_alert_plots_detection_date_is_offered_and_guessed(dock) -> None:
    from patrol_planner.ui.field_mapping import guess_fields

    from .conftest import memory_layer

    assert guess_fields(["plot_id", "first_det", "last_det"])["detected"] == ("last_det", False)
    plots = memory_layer(
        "Point",
        "EPSG:32718",
        "field=plot_id:string&field=first_det:date&field=last_det:date",
        "alert plots",
        [("POINT(500000 9000000)", ["A1", "2026-01-05", "2026-02-01"])],
    )
    dock.field_mapping.set_layer(plots)
    combo = dock.field_mapping.combos["detected"]
    assert {combo.itemText(i) for i in range(combo.count())} >= {"first_det", "last_det"}
    assert dock.field_mapping.field("detected") == "last_det", "visits before the latest alert do not count"


def test_kept_teams_and_locked_or_dropped_plots_are_marked_in_the_review(dock, saved_layers) -> None:
    choose(dock, saved_layers)
    dock.teams.set_rows([{"name": name, "base": base, "days": 1, "hours_per_day": 12} for name, base in TEAMS])
    dock.locks = {"P3": "Sur", "P1": "Norte"}
    dock.form.planButton.click()
    wait(dock)
    tree = dock.form.reviewTree
    teams = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}

    def stop_texts(team):
        day = teams[team].child(0)
        return [day.child(i).text(0) for i in range(day.childCount())]

    assert any("P3" in t and "locked" in t for t in stop_texts("Sur")), stop_texts("Sur")
    tree.setCurrentItem(teams["Sur"])
    dock.replan_controls.keepButton.click()
    assert "kept" in teams["Sur"].text(1) and teams["Norte"].text(1) == ""
    assert teams["Sur"].text(0) == "Sur", "the team's name stays the team's name"
    p1 = next(
        teams["Norte"].child(0).child(i)
        for i in range(teams["Norte"].child(0).childCount())
        if "P1" in teams["Norte"].child(0).child(i).text(0)
    )
    tree.setCurrentItem(p1)
    dock.form.dropButton.click()
    assert "dropped" in p1.text(0) and "locked" not in p1.text(0), p1.text(0)


def test_a_plan_made_in_the_toolbox_opens_in_the_review(dock, saved_layers, tmp_path) -> None:
    from qgis.core import QgsVectorLayer

    from .plan_support import plan

    choose(dock, saved_layers)
    area = {key.upper(): layer for key, layer in saved_layers.items()}
    gpkg = tmp_path / "toolbox.gpkg"
    tables = {"ROUTES": "routes", "STOPS": "stops", "UNPLANNED": "left_out", "LEGS": "legs"}
    plan(
        area,
        ["Norte", "Alfa", "", 1, 12],
        **{k: f"ogr:dbname='{gpkg}' table=\"{t}\" (geom)" for k, t in tables.items()},
    )
    project = QgsProject.instance()
    for table in tables.values():  # as the toolbox adds them
        project.addMapLayer(QgsVectorLayer(f"{gpkg}|layername={table}", table, "ogr"))
    assert dock.form.reviewTree.topLevelItemCount() == 0
    dock.open_plan_button.click()
    assert dock.form.reviewTree.topLevelItemCount() == 1
    assert dock.results.layer("legs") is not None and dock.results.layer("stops").name() == "stops"
    assert "L of fuel" in dock.form.unplannedLabel.text()
    dock.form.replanButton.click()
    wait(dock)
    assert dock.form.reviewTree.topLevelItemCount() == 1


def test_what_if_runs_from_the_dock_and_answers_in_the_review_team_by_team(dock, saved_layers) -> None:
    choose(dock, saved_layers)
    dock.teams.set_rows(
        [
            {"name": "Norte", "base": "Alfa", "days": 1, "hours_per_day": 6, "motor": "40hp", "fuel_l": 30},
            {"name": "Sur", "base": "Beta", "days": 1, "hours_per_day": 6, "motor": "peque"},
        ]
    )
    dock.what_if_button.click()
    wait(dock)
    assert dock.form.stepTabs.currentWidget() is dock.form.reviewTab
    assert dock.what_if_label.text().startswith("As planned: "), dock.what_if_label.text()
    table = dock.what_if_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Team", "One more day", "One more team", "More fuel"]
    cells = {table.item(r, 0).text(): [table.item(r, c).text() for c in (1, 2, 3)] for r in range(table.rowCount())}
    assert sorted(cells) == ["Norte", "Sur"]
    for day, partner, _fuel in cells.values():
        assert " plots" in day and " plots" in partner, cells
    assert " plots" in cells["Norte"][2] and cells["Sur"][2] == "–", "Sur has no fuel budget to raise"
    assert not table.isHidden()
