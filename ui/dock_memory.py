# SPDX-License-Identifier: GPL-2.0-or-later
"""The dock's state across project saves, loads and switches.

A project load adds its layers one by one, and every layer combo reacts to
them; nothing the combos do while a project loads may reach the project file.
So the dock writes its whole state when the project is written (and on the
coordinator's own changes, never while loading), and reads it back once the
project has finished loading.  A project switch empties the dock first, so no
review of another project's plan stays on screen.
"""

from __future__ import annotations

from typing import Any, Dict

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QDateTime, QTimer

from ..qgis_adapters.translation import tr
from . import project_state
from .plan_outputs import keep_beside_project

LAYER_KEYS = ("rivers", "trails", "plots", "bases", "nogo", "dem", "tracks", "historyTracks", "risk")
RESULT_KEYS = ("coverage", "routes", "stops", "unplanned", "legs")
NUMBER_KEYS = (
    "boatKmh",
    "currentKmh",
    "walkKmh",
    "forestKmh",
    "maxForestM",
    "forestKmDay",
    "transferMin",
    "serviceMin",
    "timeLimitS",
    "sunsetMarginMin",
    "acceptedLoss",
    "varySeed",
    "landingHourDays",
    "campDays",
    "riskDistanceM",
)
CHECK_KEYS = ("pilotStays", "daylight", "vary", "historyPlans")
DATE_FORMAT = "yyyy-MM-ddTHH:mm"


class DockMemory:
    """Connects the dock to the project's save, load and clear signals."""

    def __init__(self, dock) -> None:
        self.dock = dock
        self.loading = False  # a project is being read: the combos' changes are the load's, not the user's
        form = dock.form
        self.defaults = {key: getattr(form, f"{key}Spin").value() for key in NUMBER_KEYS}
        self.check_defaults = {key: getattr(form, f"{key}Check").isChecked() for key in CHECK_KEYS}
        project = QgsProject.instance()
        project.removeAll.connect(self.project_closing)
        project.cleared.connect(self.project_cleared)
        project.loadingLayer.connect(self.project_loading)
        project.readProject.connect(self.project_read)
        project.writeProject.connect(self.project_writing)

    def dispose(self) -> None:
        project = QgsProject.instance()
        for signal, slot in (
            (project.removeAll, self.project_closing),
            (project.cleared, self.project_cleared),
            (project.loadingLayer, self.project_loading),
            (project.readProject, self.project_read),
            (project.writeProject, self.project_writing),
        ):
            try:
                signal.disconnect(slot)
            except TypeError:  # already disconnected
                pass

    # --- signals ------------------------------------------------------------
    def project_closing(self) -> None:
        # before the layers go: a background step still reading them must stop first
        self.dock.stop_running(tr("The running step was cancelled because another project was opened."))

    def project_cleared(self) -> None:
        self.loading = True
        try:
            self.dock.reset()
        finally:
            self.loading = False

    def project_loading(self, *args) -> None:
        self.loading = True

    def project_read(self, *args) -> None:
        self.loading = True
        # readProject comes before the canvas and the layer tree have settled: restore on the next turn
        QTimer.singleShot(0, self.restore)

    def project_writing(self, *args) -> None:
        # a plan made before the project had a file moves beside it now, before the layers' sources are written
        keep_beside_project(QgsProject.instance(), [self.dock.results.layer(key) for key in self.dock.results.ids])
        self.save()

    def user_changed(self, *args) -> None:
        if not self.loading:
            self.save()

    # --- state ----------------------------------------------------------------
    def save(self) -> None:
        if self.loading:
            return
        dock, form = self.dock, self.dock.form
        for key in LAYER_KEYS:
            layer = getattr(form, f"{key}Combo").currentLayer()
            project_state.save_layer(key, layer.id() if layer else None)
        project_state.save_numbers({key: getattr(form, f"{key}Spin").value() for key in NUMBER_KEYS})
        project_state.save_teams(dock.teams.rows())
        project_state.save_json("departure", form.startEdit.dateTime().toString(DATE_FORMAT))
        project_state.save_json("folder", form.folderWidget.filePath())
        project_state.save_json("checks", {key: getattr(form, f"{key}Check").isChecked() for key in CHECK_KEYS})
        project_state.save_json("season_field", form.seasonFieldCombo.currentField())
        project_state.save_json("nogo_factor_field", form.nogoFactorCombo.currentField())
        dock._save_assignments()
        project_state.save_json("results", {k: v for k, v in dock.results.ids.items() if dock.results.layer(k)})
        project_state.save_json("plot_fields", dock.field_mapping.mapping())
        project_state.save_json("changes", dock.replan_controls.changesLabel.text())

    def reset_settings(self) -> None:
        """A new project starts from the form's defaults: no folder, search time or departure of the last one."""
        form = self.dock.form
        for key, value in self.defaults.items():
            getattr(form, f"{key}Spin").setValue(value)
        for key, value in self.check_defaults.items():
            getattr(form, f"{key}Check").setChecked(value)
        form.folderWidget.setFilePath("")
        form.startEdit.setDateTime(QDateTime.currentDateTime())
        form.seasonFieldCombo.setLayer(None)
        form.nogoFactorCombo.setLayer(None)

    def restore(self) -> None:
        self.loading = True
        try:
            self._restore()
        finally:
            self.loading = False

    def _restore(self) -> None:
        dock, form = self.dock, self.dock.form
        for key in LAYER_KEYS:
            getattr(form, f"{key}Combo").setLayer(project_state.load_layer(key))
        for key, value in project_state.load_numbers().items():
            spin = getattr(form, f"{key}Spin", None)
            if spin is not None:
                spin.setValue(float(value))
        departure = QDateTime.fromString(project_state.load_json("departure", ""), DATE_FORMAT)
        if departure.isValid():
            form.startEdit.setDateTime(departure)
        form.folderWidget.setFilePath(project_state.load_json("folder", "") or "")
        for key, value in project_state.load_json("checks", {}).items():
            if key in CHECK_KEYS:
                getattr(form, f"{key}Check").setChecked(bool(value))
        form.seasonFieldCombo.setLayer(form.riversCombo.currentLayer())
        form.seasonFieldCombo.setField(project_state.load_json("season_field", "") or "")
        form.nogoFactorCombo.setLayer(form.nogoCombo.currentLayer())
        form.nogoFactorCombo.setField(project_state.load_json("nogo_factor_field", "") or "")
        dock.teams.base_names = dock.base_names()
        dock.teams.set_rows(project_state.load_teams())
        assignments: Dict[str, Any] = project_state.load_json("assignments", {})
        dock.locks = dict(assignments.get("locks", {}))
        dock.drops = dict(assignments.get("drops", {}))
        dock.field_mapping.set_layer(form.plotsCombo.currentLayer(), project_state.load_json("plot_fields", {}))
        dock.replan_controls.kept = set(assignments.get("kept", []))
        dock.results.ids = {
            key: value
            for key, value in project_state.load_json("results", {}).items()
            if key in RESULT_KEYS and QgsProject.instance().mapLayer(value) is not None
        }
        lost = [key for key in dock.results.ids if dock.results.usable(key) is None]
        for key in lost:  # kept in memory by an older version: it came back empty
            dock.results.forget(key)
        if "coverage" in lost:
            dock._tell(
                tr("The plot coverage was not saved with this project: press “Check coverage” again."),
                Qgis.MessageLevel.Warning,
            )
        dock.show_plan()
        dock.replan_controls.changesLabel.setText(project_state.load_json("changes", "") if dock.results.ids else "")
