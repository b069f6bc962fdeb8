"""The dock as a coordinator uses it: choose layers, add teams, plan in the background, review, replan, export."""

from __future__ import annotations

from pathlib import Path

import gpxpy
import pytest
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QDateTime

from .conftest import wait_for_dock as wait


@pytest.fixture()
def dock(qgis_iface, qgis_new_project, patrol_provider, small_area):
    from patrol_planner.ui.dock import PatrolPlannerDock

    project = QgsProject.instance()
    project.clear()  # also forgets the choices an earlier test's dock stored in the project
    for layer in small_area.values():
        project.addMapLayer(layer)
    widget = PatrolPlannerDock(qgis_iface)
    form = widget.form
    form.riversCombo.setLayer(small_area["RIVERS"])
    form.trailsCombo.setLayer(small_area["TRAILS"])
    form.plotsCombo.setLayer(small_area["PLOTS"])
    form.basesCombo.setLayer(small_area["BASES"])
    form.nogoCombo.setLayer(small_area["NOGO"])
    form.startEdit.setDateTime(QDateTime.fromString("2026-12-01T06:00", "yyyy-MM-ddTHH:mm"))
    form.timeLimitSSpin.setValue(2)
    for message_list in qgis_iface.messageBar().messages.values():
        message_list.clear()
    yield widget
    widget.cancel()
    wait(widget)
    widget.dispose()
    widget.deleteLater()
    qgis_iface.newProject()


def add_team(dock, name: str, base: str, days: int, hours: float) -> None:
    dock.teams.add_team({"name": name, "base": base, "end_base": "", "days": days, "hours_per_day": hours})


def tree_texts(dock):
    tree = dock.form.reviewTree
    out = []
    for t in range(tree.topLevelItemCount()):
        team = tree.topLevelItem(t)
        for d in range(team.childCount()):
            day = team.child(d)
            out.append((team.text(0), day.text(0), [day.child(s).text(0) for s in range(day.childCount())]))
    return out


def test_team_combo_offers_the_bases_of_the_chosen_layer(dock) -> None:
    dock.form.addTeamButton.click()
    table = dock.form.teamsTable
    table.edit(table.model().index(0, 1))  # the list a click on the base opens
    combo = table.indexWidget(table.model().index(0, 1))
    assert [combo.itemText(i) for i in range(combo.count())] == ["Alfa", "Beta"]


def test_plan_review_replan_and_export_through_the_dock(dock, qgis_iface, tmp_path: Path) -> None:
    add_team(dock, "Norte", "Alfa", 1, 12)
    dock.form.planButton.click()
    assert dock.run is not None, "planning runs as a background task"
    wait(dock)
    assert not qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    rows = tree_texts(dock)
    assert [r[:2] for r in rows] == [("Norte", "Day 1")]
    names = rows[0][2]
    assert names[0].startswith("0. Alfa") and names[-1].endswith("(base)")
    assert sum("(plot)" in n for n in names) == 3
    assert "P4" in dock.form.unplannedLabel.text() and "no-go" in dock.form.unplannedLabel.text()
    group = QgsProject.instance().layerTreeRoot().findGroup("Patrol Planner")
    # routes, stops, plots left out and the legs (boat, pilot, on foot), with the fuel per team and day
    assert group is not None and len(group.findLayers()) == 4
    assert "Norte: " in dock.form.unplannedLabel.text() and "L of fuel (day 1 " in dock.form.unplannedLabel.text()
    assert dock.form.stepTabs.currentWidget() is dock.form.reviewTab

    # Selecting a stop zooms the map to it.
    tree = dock.form.reviewTree
    plot_item = next(
        tree.topLevelItem(0).child(0).child(i)
        for i in range(tree.topLevelItem(0).child(0).childCount())
        if "P2" in tree.topLevelItem(0).child(0).child(i).text(0)
    )
    tree.setCurrentItem(plot_item)
    centre = qgis_iface.mapCanvas().extent().center()
    assert (centre.x(), centre.y()) == pytest.approx((510_000, 9_005_000), abs=1)

    # Keep P2 from this team and plan again: it is left out, with a reason.
    dock.form.dropButton.click()
    assert dock.drops == {"P2": "Norte"}
    dock.form.replanButton.click()
    wait(dock)
    names = tree_texts(dock)[0][2]
    assert not any("P2" in n for n in names)
    assert "P2" in dock.form.unplannedLabel.text()
    assert len(QgsProject.instance().layerTreeRoot().findGroup("Patrol Planner").findLayers()) == 4, "replaced"

    dock.form.folderWidget.setFilePath(str(tmp_path))
    dock.form.gpxButton.click()
    wait(dock)
    files = sorted(tmp_path.rglob("*.gpx"))
    assert len(files) == 1 and files[0].parent.name == "Norte"
    with open(files[0], encoding="utf-8") as handle:
        gpx = gpxpy.parse(handle)
    # One name per place: the dock's review list and the unit's waypoints use the same codes.
    assert [w.name for w in gpx.waypoints] == [n.split(". ")[1].split(" ")[0] for n in names if "(plot)" in n]
    assert any(str(tmp_path) in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success))

    # The briefing gets the project's rivers, trails, bases and no-go zones without being asked.
    started = []
    dock._start = lambda algorithm, params, done: started.append((algorithm, params))
    dock.form.briefingButton.click()
    ((algorithm, params),) = started
    assert algorithm == "patrol_planner:patrol_briefing"
    for key in ("RIVERS", "TRAILS", "BASES", "NOGO"):
        assert params[key] is getattr(dock.form, f"{key.lower()}Combo").currentLayer() is not None, key
    assert params["DATE"][2] == "/" and params["DATE"][5] == "/", "day first"
    # The GPX export gets the bases layer too: its communities marked sensitive are hidden (issue 27).
    started.clear()
    dock.form.gpxButton.click()
    ((algorithm, params),) = started
    assert algorithm == "patrol_planner:export_gpx" and params["BASES"] is dock.form.basesCombo.currentLayer()


def test_locking_a_plot_hands_it_to_the_other_team(dock) -> None:
    add_team(dock, "Norte", "Alfa", 1, 12)
    add_team(dock, "Sur", "Beta", 1, 12)
    dock.locks = {"P1": "Sur"}
    dock.form.planButton.click()
    wait(dock)
    by_team = {team: names for team, _, names in tree_texts(dock)}
    assert any("P1" in n for n in by_team["Sur"])
    assert not any("P1" in n for n in by_team.get("Norte", []))


def test_planning_without_teams_says_what_to_do(dock, qgis_iface) -> None:
    dock.form.planButton.click()
    assert dock.run is None
    assert any("team" in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))


def test_a_failing_plan_reaches_the_message_bar_as_one_sentence(dock, qgis_iface) -> None:
    add_team(dock, "Norte", "Alfa", 1, 12)
    # a lock to a team no longer in the table (the dock refuses layers that cannot work before planning)
    dock.locks = {"P1": "Sur"}
    dock.form.planButton.click()
    wait(dock)
    critical = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert len(critical) == 1 and "Plan patrols failed" in critical[0]
    assert "Traceback" not in critical[0]
    assert dock.form.progressBar.value() == 0


def test_choices_are_remembered_in_the_project(dock, qgis_iface, small_area) -> None:
    from patrol_planner.ui.dock import PatrolPlannerDock

    add_team(dock, "Norte", "Alfa", 2, 7.5)
    dock.form.boatKmhSpin.setValue(14)
    dock.save_to_project()
    again = PatrolPlannerDock(qgis_iface)
    try:
        assert again.form.riversCombo.currentLayer() is small_area["RIVERS"]
        assert again.form.boatKmhSpin.value() == 14
        assert [(r["name"], r["base"], r["days"], r["hours_per_day"]) for r in again.teams.rows()] == [
            ("Norte", "Alfa", 2, 7.5)
        ]
    finally:
        again.dispose()
        again.deleteLater()


def test_a_connected_unit_gets_only_its_own_team(dock, qgis_iface, tmp_path: Path) -> None:
    add_team(dock, "Norte", "Alfa", 1, 12)
    add_team(dock, "Sur", "Beta", 1, 12)
    dock.locks = {"P3": "Sur", "P1": "Norte"}
    dock.form.planButton.click()
    wait(dock)
    assert {f["team"] for f in dock.results.layer("routes").getFeatures()} == {"Norte", "Sur"}
    unit = tmp_path / "GARMIN" / "Garmin" / "GPX"
    unit.mkdir(parents=True)
    dock.form.folderWidget.setFilePath(str(unit))
    dock.form.gpxButton.click()
    assert dock.run is None and not list(unit.iterdir()), "nothing written before a team is chosen"
    assert any("GPS unit is connected" in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
    tree = dock.form.reviewTree
    sur = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == "Sur")
    tree.setCurrentItem(sur.child(0).child(1))
    dock.form.gpxButton.click()
    wait(dock)
    (written,) = list(unit.glob("*.gpx"))
    text = written.read_text(encoding="utf-8")
    assert "P3" in text and "P1;" not in text


def test_coverage_refuses_a_layer_that_is_not_the_import(dock, qgis_iface, small_area) -> None:
    dock.form.tracksCombo.setLayer(small_area["TRAILS"])
    dock.form.coverageButton.click()
    assert dock.run is None
    assert any("field_tracks" in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))


def test_drops_and_locks_are_remembered_in_the_project(dock, qgis_iface) -> None:
    from patrol_planner.ui.dock import PatrolPlannerDock

    add_team(dock, "Norte", "Alfa", 1, 12)
    dock.form.planButton.click()
    wait(dock)
    tree = dock.form.reviewTree
    day = tree.topLevelItem(0).child(0)
    tree.setCurrentItem(next(day.child(i) for i in range(day.childCount()) if "P1" in day.child(i).text(0)))
    dock.form.lockButton.click()
    again = PatrolPlannerDock(qgis_iface)
    try:
        assert again.locks == {"P1": "Norte"} and again.drops == {}
    finally:
        again.dispose()
        again.deleteLater()
