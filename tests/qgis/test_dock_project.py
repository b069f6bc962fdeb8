# SPDX-License-Identifier: GPL-2.0-or-later
"""A saved project reopens as saved; a project switch leaves nothing stale behind (issue 19, findings 1 and 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import Qgis, QgsProject, QgsVectorFileWriter, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime

from .conftest import drain, wait_until
from .conftest import wait_for_dock as wait


def reopened(dock) -> None:
    """The dock restores a read project on the event loop's next turn (``DockMemory.project_read``)."""
    wait_until(lambda: not dock.memory.loading)


@pytest.fixture()
def saved_layers(small_area, tmp_path: Path):
    """The small area written to a GeoPackage (memory layers do not survive a project reload)."""
    gpkg = tmp_path / "area.gpkg"
    layers = {}
    for key, layer in small_area.items():
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.layerName = key.lower()
        action = QgsVectorFileWriter.ActionOnExistingFile
        options.actionOnExistingFile = action.CreateOrOverwriteLayer if gpkg.exists() else action.CreateOrOverwriteFile
        error = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(gpkg), QgsProject.instance().transformContext(), options
        )
        assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
        layers[key] = QgsVectorLayer(f"{gpkg}|layername={key.lower()}", key.lower(), "ogr")
        assert layers[key].isValid()
    return layers


@pytest.fixture()
def dock(qgis_iface, qgis_new_project, patrol_provider):
    from patrol_planner.ui.dock import PatrolPlannerDock

    QgsProject.instance().clear()
    widget = PatrolPlannerDock(qgis_iface)
    for message_list in qgis_iface.messageBar().messages.values():
        message_list.clear()
    yield widget
    widget.cancel()
    wait(widget)
    widget.dispose()
    widget.deleteLater()
    QgsProject.instance().clear()


def choose(dock, layers) -> None:
    form = dock.form
    project = QgsProject.instance()
    # tracks first, as a user's project often has them first: they must not become the rivers
    for key in ("NOGO", "PLOTS", "BASES", "TRAILS", "RIVERS"):
        project.addMapLayer(layers[key])
    form.riversCombo.setLayer(layers["RIVERS"])
    form.trailsCombo.setLayer(layers["TRAILS"])
    form.plotsCombo.setLayer(layers["PLOTS"])
    form.basesCombo.setLayer(layers["BASES"])
    form.nogoCombo.setLayer(layers["NOGO"])
    form.startEdit.setDateTime(QDateTime.fromString("2026-12-01T06:00", "yyyy-MM-ddTHH:mm"))
    form.timeLimitSSpin.setValue(1)


def test_layer_pickers_start_empty_and_offer_only_the_right_geometry(dock, saved_layers) -> None:
    project = QgsProject.instance()
    for layer in saved_layers.values():
        project.addMapLayer(layer)
    form = dock.form
    for key in ("rivers", "trails", "plots", "bases", "nogo", "tracks"):
        assert getattr(form, f"{key}Combo").currentLayer() is None, f"{key} was guessed"

    def offered(combo):
        return {combo.itemText(i) for i in range(combo.count())} - {""}

    assert offered(form.riversCombo) == {"rivers", "trails"}
    assert offered(form.basesCombo) == {"bases", "plots"}
    assert offered(form.plotsCombo) == {"bases", "plots", "nogo"}
    assert offered(form.nogoCombo) == {"nogo"}


def test_a_saved_project_reopens_as_saved(dock, qgis_iface, saved_layers, tmp_path: Path) -> None:
    choose(dock, saved_layers)
    dock.teams.add_team({"name": "Norte", "base": "Alfa", "end_base": "Beta", "days": 2, "hours_per_day": 7.5})
    dock.teams.add_team({"name": "Sur", "base": "Beta", "end_base": "", "days": 1, "hours_per_day": 12})
    dock.form.folderWidget.setFilePath(str(tmp_path / "out"))
    project = QgsProject.instance()
    path = tmp_path / "project" / "patrol.qgs"
    path.parent.mkdir()
    assert project.write(str(path))
    dock.form.planButton.click()
    wait(dock)
    assert not qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    routes = dock.results.layer("routes")
    assert routes is not None and routes.providerType() == "ogr", "the plan is kept in a file, not in memory"
    assert Path(routes.source().split("|")[0]).parent.parent == path.parent, "beside the project"
    dock.locks = {"P1": "Sur"}
    dock.drops = {"P2": "Norte"}
    dock._save_assignments()
    assert project.write(str(path))
    chosen = {
        key: getattr(dock.form, f"{key}Combo").currentLayer().id()
        for key in ("rivers", "trails", "plots", "bases", "nogo")
    }
    plan_ids = {key: dock.results.layer(key).id() for key in ("routes", "stops", "unplanned")}
    review_before = dock.form.reviewTree.topLevelItemCount()

    project.clear()
    drain()
    assert dock.form.reviewTree.topLevelItemCount() == 0 and dock.teams.rows() == [] and dock.locks == {}
    assert project.read(str(path))
    reopened(dock)

    for key, layer_id in chosen.items():
        layer = getattr(dock.form, f"{key}Combo").currentLayer()
        assert layer is not None and layer.id() == layer_id, key
    assert [(r["name"], r["base"], r["end_base"], r["days"], r["hours_per_day"]) for r in dock.teams.rows()] == [
        ("Norte", "Alfa", "Beta", 2, 7.5),
        ("Sur", "Beta", "", 1, 12),
    ]
    assert dock.form.startEdit.dateTime().toString("yyyy-MM-ddTHH:mm") == "2026-12-01T06:00"
    assert dock.locks == {"P1": "Sur"} and dock.drops == {"P2": "Norte"}
    assert dock.form.folderWidget.filePath() == str(tmp_path / "out")
    for key, layer_id in plan_ids.items():
        layer = dock.results.layer(key)
        assert layer is not None and layer.id() == layer_id and layer.isValid(), key
    assert dock.results.layer("stops").featureCount() > 0
    assert dock.form.reviewTree.topLevelItemCount() == review_before > 0


def test_a_new_project_leaves_nothing_stale(dock, qgis_iface, saved_layers) -> None:
    choose(dock, saved_layers)
    dock.teams.add_team({"name": "Norte", "base": "Alfa", "end_base": "", "days": 1, "hours_per_day": 12})
    dock.form.planButton.click()
    wait(dock)
    tree = dock.form.reviewTree
    tree.setCurrentItem(tree.topLevelItem(0).child(0).child(1))
    QgsProject.instance().clear()
    drain()
    assert tree.topLevelItemCount() == 0
    assert dock.review.selected_stop() is None
    assert dock.form.unplannedLabel.text() == ""
    assert dock.form.riversCombo.currentLayer() is None
    assert dock.results.layer("routes") is None
    dock.form.gpxButton.click()  # must not raise "has been deleted"
    assert any("Plan the patrols first" in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))


def test_opening_another_project_cancels_a_running_plan_with_a_message(dock, qgis_iface, saved_layers) -> None:
    choose(dock, saved_layers)
    dock.form.timeLimitSSpin.setValue(20)
    dock.teams.add_team({"name": "Norte", "base": "Alfa", "end_base": "", "days": 1, "hours_per_day": 12})
    dock.form.planButton.click()
    assert dock.run is not None
    QgsProject.instance().clear()
    wait(dock)
    drain()
    assert dock.form.reviewTree.topLevelItemCount() == 0
    assert dock.results.layer("routes") is None
    messages = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("another project" in m for m in messages), messages


def test_the_plan_refuses_a_gps_track_as_rivers_and_an_unchosen_layer(
    dock, qgis_iface, saved_layers, tmp_path: Path
) -> None:
    choose(dock, saved_layers)
    dock.teams.add_team({"name": "Norte", "base": "Alfa", "end_base": "", "days": 1, "hours_per_day": 12})
    gpx = tmp_path / "track.gpx"
    gpx.write_text(
        '<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1">'
        '<trk><name>t</name><trkseg><trkpt lat="-8.1" lon="-74.1"/><trkpt lat="-8.2" lon="-74.2"/>'
        "</trkseg></trk></gpx>"
    )
    track = QgsVectorLayer(f"{gpx}|layername=tracks", "track", "ogr")
    assert track.isValid()
    QgsProject.instance().addMapLayer(track)
    dock.form.riversCombo.setLayer(track)
    dock.form.planButton.click()
    assert dock.run is None
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("“track” is a GPS track" in m for m in warnings), warnings
    dock.form.riversCombo.setLayer(None)
    dock.form.planButton.click()
    assert dock.run is None
    assert any("Choose the rivers layer" in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))


def test_plot_fields_named_in_spanish_are_guessed_shown_and_confirmed(dock, qgis_iface, saved_layers) -> None:
    from .conftest import memory_layer

    choose(dock, saved_layers)
    plots = memory_layer(
        "Point",
        "EPSG:32718",
        "field=codigo:string&field=prioridad:double",
        "parcelas",
        [("POINT(505000 9000300)", ["PX1", 3]), ("POINT(515000 9000200)", ["PX3", 8])],
    )
    QgsProject.instance().addMapLayer(plots)
    dock.form.plotsCombo.setLayer(plots)
    mapping = dock.field_mapping
    note = mapping.note.text()
    assert "Plot id = codigo" in note and "Priority = prioridad" in note
    assert "No field found for: Must be visited (1/0), Minutes at the plot" in note
    dock.teams.add_team({"name": "Norte", "base": "Alfa", "end_base": "", "days": 1, "hours_per_day": 12})
    dock.form.planButton.click()
    assert dock.run is None, "guesses are confirmed before planning"
    assert any("These fields are right" in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
    mapping.confirmButton.click()
    assert mapping.mapping() == {"id": "codigo", "priority": "prioridad"}
    dock.form.planButton.click()
    wait(dock)
    stops = dock.results.layer("stops")
    assert {f["name"] for f in stops.getFeatures() if f["kind"] == "plot"} == {"PX1", "PX3"}


def test_replanning_keeps_untouched_and_kept_teams_and_says_what_changed(
    dock, qgis_iface, saved_layers, tmp_path: Path
) -> None:
    choose(dock, saved_layers)
    dock.teams.add_team({"name": "Norte", "base": "Alfa", "end_base": "", "days": 1, "hours_per_day": 12})
    dock.teams.add_team({"name": "Sur", "base": "Beta", "end_base": "", "days": 1, "hours_per_day": 12})
    dock.locks = {"P3": "Sur", "P1": "Norte"}
    dock.form.planButton.click()
    wait(dock)
    from patrol_planner.ui.replan import plan_on_screen

    before = plan_on_screen(dock.results.layer("stops"))
    assert sum(len(v) for v in before.values()) == 3 and len(before) == 2, before
    tree = dock.form.reviewTree
    teams = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    # a day row selected: Drop says what to select instead of doing nothing
    tree.setCurrentItem(teams["Norte"].child(0))
    dock.form.dropButton.click()
    assert any("Select a plot" in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
    # keep Sur's plan whole; drop one of Norte's plots
    dock.replan_controls.keepButton.click()
    assert dock.replan_controls.kept == {"Norte"}, "a day row selected: its team"
    dock.replan_controls.keepButton.click()
    assert dock.replan_controls.kept == set()
    tree.setCurrentItem(teams["Sur"])
    dock.replan_controls.keepButton.click()
    assert dock.replan_controls.kept == {"Sur"}
    norte_day = teams["Norte"].child(0)
    dropped_item = next(
        norte_day.child(i)
        for i in range(norte_day.childCount())
        if norte_day.child(i).text(0).split(". ")[1].startswith("P")
    )
    tree.setCurrentItem(dropped_item)
    dock.form.dropButton.click()
    (dropped,) = dock.drops
    dock.form.replanButton.click()
    wait(dock)
    after = plan_on_screen(dock.results.layer("stops"))
    assert after["Sur"] == before["Sur"], (before, after, dock.drops, dock.locks)
    assert dropped not in after.get("Norte", [])
    text = dock.replan_controls.changesLabel.text()
    assert text.startswith("Changes against the previous plan:") and "Sur unchanged" in text
    assert f"−{dropped}" in text, text
    # the sentence comes back with the project
    project = QgsProject.instance()
    path = tmp_path / "replan.qgs"
    assert project.write(str(path))
    project.clear()
    assert dock.replan_controls.changesLabel.text() == ""
    assert project.read(str(path))
    reopened(dock)
    assert dock.replan_controls.changesLabel.text() == text


def test_work_past_the_day_end_says_it_goes_on_next_morning(dock, saved_layers) -> None:
    choose(dock, saved_layers)
    # P2 (60 min, 5 km up the trail) with 3 h days: the team reaches it late on day 1 and camps there
    dock.teams.add_team({"name": "Norte", "base": "Alfa", "end_base": "", "days": 3, "hours_per_day": 3})
    dock.locks = {"P2": "Norte"}
    dock.drops = {"P1": "Norte", "P3": "Norte"}
    dock.form.planButton.click()
    wait(dock)
    stops = dock.results.layer("stops")
    carried = {f["plot_id"]: f["next_day_min"] for f in stops.getFeatures() if f["kind"] == "plot"}
    assert carried["P2"] > 0, carried
    texts = [
        dock.form.reviewTree.topLevelItem(0).child(d).child(s).text(0)
        for d in range(dock.form.reviewTree.topLevelItem(0).childCount())
        for s in range(dock.form.reviewTree.topLevelItem(0).child(d).childCount())
    ]
    assert any("P2" in t and f"continues next morning ({carried['P2']:.0f} min)" in t for t in texts), texts


def test_old_messages_do_not_come_back_after_a_later_one() -> None:
    from qgis.gui import QgsMessageBar

    from patrol_planner.ui.task_runner import tell

    class Iface:
        bar = QgsMessageBar()

        def messageBar(self):  # noqa: N802
            return self.bar

    iface = Iface()
    iface.bar.pushMessage("Other plugin", "kept", Qgis.MessageLevel.Info, 0)
    tell(iface, "Cancelled.", Qgis.MessageLevel.Info, 0)
    tell(iface, "Files written to /tmp", Qgis.MessageLevel.Success, 0)
    assert sorted(item.text() for item in iface.bar.items()) == ["Files written to /tmp", "kept"]


def test_imported_tracks_go_into_the_plugin_group_styled(dock, tmp_path: Path) -> None:
    from patrol_planner.ui.results import group_name

    from .conftest import memory_layer

    tracks = memory_layer(
        "LineString",
        "EPSG:32718",
        "field=kind:string",
        "field_tracks",
        [("LINESTRING(500000 9000000, 501000 9000000)", ["foot"])],
    )
    gpkg = tmp_path / "field.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.layerName = "field_tracks"
    QgsVectorFileWriter.writeAsVectorFormatV3(tracks, str(gpkg), QgsProject.instance().transformContext(), options)
    root = QgsProject.instance().layerTreeRoot()
    root.addGroup("Past patrols")
    layer = dock.show_field_tracks(str(gpkg))
    node = root.findLayer(layer.id())
    assert node.parent().name() == group_name()
    assert layer.renderer().type() == "categorizedSymbol"
    assert dock.form.tracksCombo.currentLayer() is layer
