# SPDX-License-Identifier: GPL-2.0-or-later
"""Runs inside the real QGIS desktop (``qgis --code``) twice, driven by test_desktop.py (issue 19).

PP_E2E_PHASE=save: install the plugin from its zip, open a copy of the
training project, choose the layers, confirm the plot fields, set three
teams and the departure, plan, lock one plot, drop another, keep one team's
plan, set the output folder, save the project as ``reopen.qgs`` and quit.

PP_E2E_PHASE=reopen: a fresh QGIS on the same profile opens ``reopen.qgs`` as
a coordinator does (Project > Open) and reads back what the dock shows.

Issue 26: the teams have their own motors and fuel budgets, set in the dock;
both phases export the GPX files and print the briefing after planning again,
so the kept team's files and the pilot's sheet can be compared across the reopen.

Both phases write what they saw to PP_E2E_RESULT as JSON, and screenshots
(the interface in Spanish: ``qgis --lang es``) to PP_E2E_ARTIFACTS.
"""

import hashlib
import json
import os
import shutil
import traceback
from pathlib import Path

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QDateTime, Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget
from qgis.utils import iface

PHASE = os.environ["PP_E2E_PHASE"]
ZIP = os.environ.get("PP_E2E_ZIP", "")
RESULT = Path(os.environ["PP_E2E_RESULT"])
ARTIFACTS = Path(os.environ["PP_E2E_ARTIFACTS"])
WORK = Path(os.environ["PP_E2E_WORK"])
PROJECT = WORK / "training" / "reopen.qgs"
TEAMS = [
    {
        "name": "Equipo Huacamayo",
        "base": "Nueva Alianza",
        "end_base": "",
        "days": 3,
        "hours_per_day": 8,
        "motor": "40hp",
        "fuel_l": 80,
    },
    {
        "name": "Equipo Lupuna",
        "base": "Puerto Lupuna",
        "end_base": "",
        "days": 2,
        "hours_per_day": 7.5,
        "motor": "15hp",
        "fuel_l": 0,
    },
    {
        "name": "Equipo Santa Rosa",
        "base": "Santa Rosa de Huacamayo",
        "end_base": "Puerto Lupuna",
        "days": 3,
        "hours_per_day": 8,
        "motor": "peque",
        "fuel_l": 0,
    },
]
KEPT_FOLDER = "Equipo_Santa_Rosa"  # the team ``step_adjust`` keeps: the last in name order
LAYER_KEYS = ("rivers", "trails", "plots", "bases", "nogo", "dem")
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


def open_dock():
    import qgis.utils

    state["dock"] = iface.mainWindow().findChild(QDockWidget, "PatrolPlannerDock")
    qgis.utils.plugins["patrol_planner"].action.setChecked(True)
    iface.mainWindow().resizeDocks([state["dock"]], [680], Qt.Orientation.Horizontal)


def snapshot(name):
    QApplication.processEvents()
    state["dock"].grab().save(str(ARTIFACTS / name))


def dock_state():
    """Everything the coordinator chose, as the dock shows it."""
    dock = state["dock"]
    form = dock.form
    tree = form.reviewTree
    out = {
        "layers": {
            key: (
                getattr(form, f"{key}Combo").currentLayer().id()
                if getattr(form, f"{key}Combo").currentLayer()
                else None
            )
            for key in LAYER_KEYS
        },
        "teams": dock.teams.rows(),
        "departure": form.startEdit.dateTime().toString("yyyy-MM-ddTHH:mm"),
        "locks": dock.locks,
        "drops": dock.drops,
        "kept": sorted(dock.replan_controls.kept),
        "folder": form.folderWidget.filePath(),
        "plot_fields": dock.field_mapping.mapping(),
        "changes": dock.replan_controls.changesLabel.text(),
        "time_limit": form.timeLimitSSpin.value(),
        "review_teams": [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())],
        "review_rows": sum(
            tree.topLevelItem(i).child(d).childCount()
            for i in range(tree.topLevelItemCount())
            for d in range(tree.topLevelItem(i).childCount())
        ),
        "plan": {},
        "fuel_lines": [line for line in form.unplannedLabel.text().split("\n") if line.startswith("Equipo ")],
    }
    for key in ("routes", "stops", "unplanned", "legs"):
        found = dock.results.layer(key)
        out["plan"][key] = (
            None
            if found is None
            else {
                "id": found.id(),
                "valid": found.isValid(),
                "provider": found.providerType(),
                "source": found.source(),
                "count": found.featureCount(),
                "name": found.name(),
            }
        )
    return out


# --- phase 1: plan and save ------------------------------------------------------
def install_with_training(folder):
    """Installs the plugin from its zip and copies its training data to ``folder``."""
    import pyplugin_installer

    pyplugin_installer.instance().installFromZipFile(ZIP)
    import patrol_planner

    plugin_dir = Path(patrol_planner.__file__).parent
    shutil.copytree(plugin_dir / "resources" / "training", folder)


def step_install():
    install_with_training(WORK / "training")
    iface.addProject(str(WORK / "training" / "training.qgs"))
    open_dock()
    restored(step_choose)


def step_choose():
    dock = state["dock"]
    form = dock.form
    findings["empty_before_choosing"] = [key for key in LAYER_KEYS if getattr(form, f"{key}Combo").currentLayer()]
    for key in LAYER_KEYS:
        getattr(form, f"{key}Combo").setLayer(layer(key))
    if not dock.field_mapping.confirmed:
        dock.field_mapping.confirm()
    snapshot("reopen_es_1_layers.png")
    dock.teams.set_rows(TEAMS)
    form.startEdit.setDateTime(QDateTime.fromString("2026-12-02T05:30", "yyyy-MM-ddTHH:mm"))
    form.timeLimitSSpin.setValue(6)
    form.stepTabs.setCurrentWidget(form.teamsTab)
    snapshot("reopen_es_2_teams.png")
    form.planButton.click()
    findings["steps"].append("plan started")
    after_task(step_adjust)


def step_adjust():
    dock = state["dock"]
    stops = dock.results.layer("stops")
    plots = [f for f in stops.getFeatures() if f["kind"] == "plot"]
    by_team = {}
    for feature in plots:
        by_team.setdefault(feature["team"], []).append(str(feature["plot_id"]))
    teams = sorted(by_team)
    # lock the first plot of the first team to the second team, drop the second plot of the first team
    dock.locks = {by_team[teams[0]][0]: teams[1]}
    dock.drops = {by_team[teams[0]][1]: teams[0]}
    dock.replan_controls.kept = {teams[-1]}
    dock._save_assignments()
    dock.form.folderWidget.setFilePath(str(WORK / "out"))
    dock.form.replanButton.click()
    findings["steps"].append("replan started")
    after_task(lambda: export_and_print(WORK / "out", step_save))


def export_and_print(folder, next_step):
    """GPX files for every team, then the briefing, into ``folder``; what they wrote goes to the findings."""
    dock = state["dock"]
    dock.form.folderWidget.setFilePath(str(folder))
    dock.export_gpx()

    def printed():
        findings.setdefault("outputs", {})[PHASE] = {
            "kept_gpx": {
                str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted((folder / KEPT_FOLDER).rglob("*.gpx"))
            },
            "pilot_files": sorted(p.name for p in folder.rglob("*_piloto.*")),
            "legs": dock.results.layer("legs").featureCount() if dock.results.layer("legs") else None,
        }
        next_step()

    after_task(lambda: (dock.print_briefing(), after_task(printed)))


def step_save():
    dock = state["dock"]
    dock.form.stepTabs.setCurrentWidget(dock.form.reviewTab)
    dock.form.reviewTree.expandAll()
    snapshot("reopen_es_3_review.png")
    findings["changes"] = dock.replan_controls.changesLabel.text()
    iface.mainWindow().grab().save(str(ARTIFACTS / "reopen_es_4_map.png"))
    findings["saved"] = QgsProject.instance().write(str(PROJECT))
    findings["state"] = dock_state()
    findings["steps"].append("done")
    finish()


# --- phase 2: a fresh QGIS reopens the project -------------------------------------
def step_reopen():
    import qgis.utils

    findings["plugin_loaded"] = "patrol_planner" in qgis.utils.plugins
    open_dock()
    iface.addProject(str(PROJECT))
    restored(step_read_back)


def step_read_back():
    dock = state["dock"]
    dock.form.stepTabs.setCurrentWidget(dock.form.reviewTab)
    dock.form.reviewTree.expandAll()
    snapshot("reopen_es_5_reopened_review.png")
    findings["state"] = dock_state()
    findings["messages"] = (
        [item.text() for item in iface.messageBar().items()] if hasattr(iface.messageBar(), "items") else []
    )
    # the next morning: plan again (the kept team keeps its plan), export and print as before the reopen
    dock.form.replanButton.click()
    after_task(lambda: export_and_print(WORK / "out_after_reopen", step_plan_anew))


def step_plan_anew():
    dock = state["dock"]
    findings["replanned_rows"] = dock_state()["review_rows"]
    dock.form.planButton.click()
    after_task(step_planned_anew)


def step_planned_anew():
    dock = state["dock"]
    findings["planned_anew"] = dock_state()
    findings["status_after_plan"] = dock.form.statusLabel.text()
    dock.form.stepTabs.setCurrentWidget(dock.form.planTab)
    snapshot("reopen_es_6_plan_settings.png")
    # What if, team by team: the answers stay in the review, under the plan they are about
    dock.what_if_button.click()
    after_task(step_what_if)


def step_what_if():
    dock = state["dock"]
    table = dock.what_if_table
    findings["what_if"] = {
        "label": dock.what_if_label.text(),
        "rows": [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())],
        "headers": [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())],
    }
    dock.form.reviewTree.collapseAll()
    snapshot("reopen_es_7_what_if.png")
    findings["steps"].append("done")
    finish()


# --- a plan made before the project had a file (PP_E2E_PHASE=unsaved, then unsaved_reopen on another "machine") ---
OFFICE = WORK / "office"  # the folder the coordinator saves the new project in; the test then moves it


def step_unsaved():
    """A new project: the training layers dragged in, one team planned, and only then Project > Save As."""
    install_with_training(OFFICE / "training")
    gpkg = OFFICE / "training" / "training.gpkg"
    for key in ("rivers", "trails", "plots", "bases", "nogo"):
        iface.addVectorLayer(f"{gpkg}|layername={key}", key, "ogr")
    open_dock()
    dock, form = state["dock"], state["dock"].form
    for key in ("rivers", "trails", "plots", "bases", "nogo"):
        getattr(form, f"{key}Combo").setLayer(layer(key))
    if not dock.field_mapping.confirmed:
        dock.field_mapping.confirm()
    dock.teams.set_rows(TEAMS[:1])
    form.timeLimitSSpin.setValue(2)
    form.planButton.click()
    after_task(step_unsaved_save)


def plan_files():
    dock = state["dock"]
    layers = {key: dock.results.layer(key) for key in ("routes", "stops", "unplanned", "legs")}
    return {
        "folders": sorted({str(Path(lyr.source().split("|")[0]).parent) for lyr in layers.values() if lyr}),
        "counts": {key: lyr.featureCount() if lyr and lyr.isValid() else None for key, lyr in layers.items()},
        "review_rows": dock_state()["review_rows"],
    }


def step_unsaved_save():
    findings["before_save"] = plan_files()
    findings["saved"] = QgsProject.instance().write(str(OFFICE / "patrol.qgs"))
    findings["after_save"] = plan_files()
    findings["steps"].append("done")
    finish()


def step_unsaved_reopen():
    from qgis.core import QgsProjectBadLayerHandler

    class NoteMissing(QgsProjectBadLayerHandler):
        """Notes a layer whose file is gone instead of QGIS's dialog (which would wait for a click forever)."""

        def handleBadLayers(self, layers):  # noqa: N802
            sources = [node.toElement().firstChildElement("datasource").text() for node in layers]
            findings["missing_layers"] = [str(source) for source in sources]

    install_with_training(WORK / "unused_training")  # another machine: the plugin from the zip, nothing else
    open_dock()
    QgsProject.instance().setBadLayerHandler(NoteMissing())
    iface.addProject(os.environ["PP_E2E_PROJECT"])
    restored(step_unsaved_read_back)


def step_unsaved_read_back():
    findings["reopened"] = plan_files()
    findings["steps"].append("done")
    finish()


PHASES = {
    "save": step_install,
    "reopen": step_reopen,
    "unsaved": step_unsaved,
    "unsaved_reopen": step_unsaved_reopen,
}
iface.mainWindow().showMaximized()
QTimer.singleShot(3000, guarded(PHASES[PHASE]))
