"""Runs inside the real QGIS desktop (``qgis --code``), driven by test_desktop_workflow.py.

A coordinator's day on the training project, through the dock: install the
plugin from its zip, open the project, import the field data, check coverage,
set three teams, plan, review, export GPX and print the briefings.  Screenshots
of the dock, of the styled result on the map and of the briefing's first page
go to PP_E2E_ARTIFACTS; findings go to PP_E2E_RESULT as JSON.  Each step waits
for what it needs (the dock's background task over, the project restored, the
map drawn) while the event loop keeps running, as QGIS needs it to; never for a
set time.
"""

import json
import os
import shutil
import traceback
from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime, Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget
from qgis.utils import iface

ZIP = os.environ["PP_E2E_ZIP"]
RESULT = Path(os.environ["PP_E2E_RESULT"])
ARTIFACTS = Path(os.environ["PP_E2E_ARTIFACTS"])
WORK = Path(os.environ["PP_E2E_WORK"])
TEAMS = [  # each with its boat, the first with a fuel budget, as the tutorial sets them (issue 26)
    {
        "name": "Equipo Huacamayo",
        "base": "Nueva Alianza",
        "end_base": "",
        "days": 3,
        "hours_per_day": 8,
        "motor": "40hp",
        "fuel_l": 80,
    },
    {"name": "Equipo Lupuna", "base": "Puerto Lupuna", "end_base": "", "days": 3, "hours_per_day": 8, "motor": "15hp"},
    {
        "name": "Equipo Santa Rosa",
        "base": "Santa Rosa de Huacamayo",
        "end_base": "",
        "days": 3,
        "hours_per_day": 8,
        "motor": "peque",
    },
]
findings = {"steps": []}
state = {}


def finish():
    RESULT.write_text(json.dumps(findings, indent=2, default=str))
    os._exit(0)


def guarded(step):
    def run():
        try:
            step()
        except Exception:
            findings["error"] = f"{step.__name__}: {traceback.format_exc()}"
            finish()

    return run


def when(ready, next_step):
    """Calls ``next_step`` on the first turn of the event loop at which ``ready()`` holds: however slow QGIS is
    (the event loop keeps running meanwhile, as QGIS needs it to)."""
    if ready():
        QTimer.singleShot(0, guarded(next_step))
    else:
        QTimer.singleShot(50, lambda: when(ready, next_step))


def after_task(next_step):
    """Calls ``next_step`` once the dock's background task is over and its results are shown."""
    when(lambda: state["dock"].run is None, next_step)


def restored(next_step):
    """Calls ``next_step`` once the dock has restored what the project saved (on the turn after the read)."""
    when(lambda: not state["dock"].memory.loading, next_step)


def layer(key):
    """A layer of the training project by what it holds (its names are Spanish in training.qgs)."""
    for found in QgsProject.instance().mapLayers().values():
        source = found.source()
        if source.endswith("dem.tif"):
            hillshade = found.renderer() is not None and found.renderer().type() == "hillshade"
            if key == ("hillshade" if hillshade else "dem"):
                return found
        elif source.endswith(f"layername={key}"):
            return found
    raise RuntimeError(f"the training project has no layer {key!r}")


def messages():
    """Critical messages in the message bar, as the coordinator would see them."""
    bar = iface.messageBar()
    return [item.text() for item in bar.items()] if hasattr(bar, "items") else []


def step_install():
    import pyplugin_installer

    pyplugin_installer.instance().installFromZipFile(ZIP)
    import qgis.utils

    findings["loaded"] = "patrol_planner" in qgis.utils.plugins
    import patrol_planner

    plugin_dir = Path(patrol_planner.__file__).parent
    # Work on a copy: the plugin's own training data stays pristine.
    shutil.copytree(plugin_dir / "resources" / "training", WORK / "training")
    QgsProject.instance().read(str(WORK / "training" / "training.qgs"))
    findings["project_layers"] = len(QgsProject.instance().mapLayers())
    state["dock"] = iface.mainWindow().findChild(QDockWidget, "PatrolPlannerDock")
    qgis.utils.plugins["patrol_planner"].action.setChecked(True)
    iface.mainWindow().resizeDocks([state["dock"]], [640], Qt.Orientation.Horizontal)
    restored(step_import)


def step_import():
    import processing

    dock = state["dock"]
    form = dock.form
    form.riversCombo.setLayer(layer("rivers"))
    form.trailsCombo.setLayer(layer("trails"))
    form.plotsCombo.setLayer(layer("plots"))
    form.basesCombo.setLayer(layer("bases"))
    form.nogoCombo.setLayer(layer("nogo"))
    form.demCombo.setLayer(layer("dem"))
    # The dock's import button opens this algorithm's dialog; the test fills it in directly.
    training = WORK / "training"
    files = sorted(str(p) for p in (training / "tracks").glob("*.gpx")) + sorted(
        str(p) for p in (training / "drone").glob("*.SRT")
    )
    gpkg = WORK / "field_data.gpkg"
    result = processing.run("patrol_planner:import_field_data", {"FILES": files, "GEOPACKAGE": str(gpkg)})
    findings["imported"] = result["IMPORTED"]
    tracks = QgsVectorLayer(f"{gpkg}|layername=field_tracks", "field tracks", "ogr")
    QgsProject.instance().addMapLayer(tracks)
    form.tracksCombo.setLayer(tracks)
    form.coverageButton.click()
    findings["steps"].append("coverage started")
    after_task(step_teams)


def step_teams():
    dock = state["dock"]
    findings["coverage_summary"] = dock.form.coverageSummary.text()
    dock.teams.set_rows(TEAMS)
    dock.form.startEdit.setDateTime(QDateTime.fromString("2026-12-01T06:00", "yyyy-MM-ddTHH:mm"))
    dock.form.timeLimitSSpin.setValue(15)
    dock.form.stepTabs.setCurrentWidget(dock.form.teamsTab)
    QApplication.processEvents()
    dock.grab().save(str(ARTIFACTS / "workflow_1_teams.png"))
    dock.form.stepTabs.setCurrentWidget(dock.form.planTab)
    QApplication.processEvents()
    dock.grab().save(str(ARTIFACTS / "workflow_1_plan_settings.png"))
    dock.form.planButton.click()
    findings["steps"].append("plan started")
    after_task(step_review)


def step_review():
    dock = state["dock"]
    tree = dock.form.reviewTree
    findings["review_teams"] = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    findings["unplanned_label"] = dock.form.unplannedLabel.text()
    routes = dock.results.layer("routes")
    stops = dock.results.layer("stops")
    findings["routes"] = routes.featureCount() if routes else 0
    findings["plots_planned"] = sum(1 for f in stops.getFeatures() if f["kind"] == "plot") if stops else 0
    findings["routes_renderer"] = routes.renderer().type() if routes else None
    tree.expandAll()
    QApplication.processEvents()
    dock.grab().save(str(ARTIFACTS / "workflow_2_review.png"))
    canvas = iface.mapCanvas()
    for name in ("context_towns", "protected_areas", "ucayali_districts", "ucayali_boundary"):
        node = QgsProject.instance().layerTreeRoot().findLayer(layer(name).id())
        if node is not None:
            node.setItemVisibilityChecked(False)
    extent = canvas.mapSettings().layerExtentToOutputExtent(routes, routes.extent())
    extent.scale(1.15)
    canvas.setExtent(extent)
    drawn = []
    canvas.mapCanvasRefreshed.connect(lambda: drawn.append(True))
    canvas.refresh()
    when(lambda: drawn and not canvas.isDrawing(), step_map_screenshot)


def step_map_screenshot():
    iface.mainWindow().grab().save(str(ARTIFACTS / "workflow_3_map.png"))
    iface.mapCanvas().saveAsImage(str(ARTIFACTS / "workflow_3_canvas.png"))
    dock = state["dock"]
    dock.form.folderWidget.setFilePath(str(WORK / "out"))
    (WORK / "out").mkdir(exist_ok=True)
    dock.form.stepTabs.setCurrentWidget(dock.form.exportTab)
    dock.form.gpxButton.click()
    findings["steps"].append("gpx started")
    after_task(step_briefing)


def step_briefing():
    findings["gpx_files"] = sorted(str(p.relative_to(WORK / "out")) for p in (WORK / "out").rglob("*.gpx"))
    # A connected unit (a folder standing for one): the selected team's plan goes straight onto it.
    dock = state["dock"]
    unit = WORK / "unit" / "Garmin" / "GPX"
    unit.mkdir(parents=True)
    (unit / "Plan_2023-2024.gpx").write_text(
        '<?xml version="1.0"?><gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1">'
        '<wpt lat="-8.3" lon="-74.4"><name>CASA</name></wpt></gpx>',
        encoding="utf-8",
    )
    tree = dock.form.reviewTree
    tree.setCurrentItem(tree.topLevelItem(1).child(0).child(1))  # a stop of the second team
    dock.form.folderWidget.setFilePath(str(unit))
    dock.form.gpxButton.click()
    findings["steps"].append("unit export started")
    after_task(step_briefing_dock)


def step_briefing_dock():
    dock = state["dock"]
    unit = WORK / "unit" / "Garmin" / "GPX"
    findings["unit_files"] = sorted(p.name for p in unit.iterdir())
    maps = sorted((unit.parent / "CustomMaps").glob("*.kmz"))
    findings["custom_maps"] = [p.name for p in maps]
    if maps:
        import zipfile

        with zipfile.ZipFile(maps[0]) as kmz:
            tiles = [n for n in kmz.namelist() if n.endswith(".jpg")]
            findings["custom_map_tiles"] = len(tiles)
            (ARTIFACTS / "workflow_5_custom_map_tile.jpg").write_bytes(kmz.read(tiles[len(tiles) // 2]))
    dock.form.folderWidget.setFilePath(str(WORK / "out"))
    dock.form.briefingButton.click()
    findings["steps"].append("briefing started")
    after_task(step_briefing_preview)


def step_briefing_preview():
    import processing

    findings["pdf_files"] = sorted(str(p.relative_to(WORK / "out")) for p in (WORK / "out").rglob("*.pdf"))
    dock = state["dock"]
    preview = WORK / "preview"
    # Exactly what the dock's button ran, plus every page as PNG.
    params = dock.briefing_params(dock.results.layer("routes"), dock.results.layer("stops"))
    # By the GeoPackage table behind each layer: the project's layer names are Spanish ("ríos"...).
    findings["briefing_context"] = [
        params[k].source().split("layername=")[-1] if params.get(k) else None
        for k in ("RIVERS", "TRAILS", "BASES", "NOGO")
    ]
    params.update({"PNG_PAGES": True, "OUTPUT_FOLDER": str(preview), "TEAM": "Equipo Huacamayo"})
    result = processing.run("patrol_planner:patrol_briefing", params)
    pngs = sorted(preview.rglob("*.png"))
    findings["preview_pngs"] = [p.name for p in pngs]
    for old in ARTIFACTS.glob("workflow_4_briefing_page*.png"):
        old.unlink()
    for png in pngs:
        shutil.copy(png, ARTIFACTS / f"workflow_4_briefing_{png.name.split('_')[-1]}")
    findings["briefing_count"] = result.get("COUNT")
    findings["messages"] = messages()
    findings["steps"].append("done")
    finish()


iface.mainWindow().showMaximized()
QTimer.singleShot(3000, guarded(step_install))
