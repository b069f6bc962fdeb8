"""The Patrol Planner dock: the coordinator's step-by-step panel.

Each step runs one of the provider's Processing algorithms through
``AlgorithmRun`` (a background task with progress and cancel), so the dock,
the toolbox, the modeler and ``qgis_process`` share one implementation.  The
dock itself only gathers choices, remembers them in the project and shows
results.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Optional

from qgis.core import Qgis, QgsFieldProxyModel, QgsProject
from qgis.gui import QgsDockWidget, QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDateTime, Qt
from qgis.PyQt.QtWidgets import QPushButton

from ..qgis_adapters.base import layer_filter
from ..qgis_adapters.translation import tr
from .alerts_step import AlertsStep
from .dock_memory import DockMemory
from .export_steps import ExportSteps
from .field_mapping import PLAN_PARAMETERS, PlotFieldMapping
from .field_steps import FieldSteps
from .ledger_review import LedgerReview
from .plan_checks import PlanChecks
from .plan_outputs import find_plan_layers, plan_destinations
from .replan import (
    ReplanControls,
    changes_sentence,
    kept_features,
    previous_text,
    put_back,
    schedule_on_screen,
    still_fits,
)
from .results import ResultLayers, left_out_summary
from .review import ReviewTree
from .review_actions import ReviewActions
from .task_runner import AlgorithmRun, tell
from .teams_table import TeamsTable, boats_text, fuel_text
from .variation_controls import variation_parameters

FORM_CLASS, BASE_CLASS = uic.loadUiType(str(Path(__file__).with_name("dock.ui")))

# each picker offers only layers of its kind and starts empty: nothing is chosen for the coordinator
LAYER_KEYS = {
    "rivers": ("LineLayer",),
    "trails": ("LineLayer",),
    "plots": ("PointLayer", "PolygonLayer"),
    "bases": ("PointLayer",),
    "nogo": ("PolygonLayer",),
    "dem": ("RasterLayer",),
    "tracks": ("LineLayer",),
    "historyTracks": ("PointLayer",),
    "risk": ("PointLayer", "LineLayer", "PolygonLayer"),
}


class DockForm(BASE_CLASS, FORM_CLASS):
    """The widgets designed in ``dock.ui``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setupUi(self)


class PatrolPlannerDock(PlanChecks, FieldSteps, ExportSteps, ReviewActions, QgsDockWidget):
    OBJECT_NAME = "PatrolPlannerDock"

    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.setObjectName(self.OBJECT_NAME)
        self.setWindowTitle(tr("Patrol Planner"))
        self.form = DockForm(self)
        self.setWidget(self.form)
        self.run: Optional[AlgorithmRun] = None
        self.results = ResultLayers()
        self.locks: Dict[str, str] = {}
        self.drops: Dict[str, str] = {}
        self.teams = TeamsTable(self.form.teamsTable)
        self.review = ReviewTree(self.form.reviewTree, iface)
        self.replan_controls = ReplanControls(self.form.reviewLayout, self.form.reviewTree)
        self._before: Dict[str, List[Any]] = {}
        self._kept: Dict[str, List[Any]] = {}  # the kept teams' features, put back after the re-plan
        self.open_plan_button = QPushButton(tr("Review a plan made in the toolbox"))
        self.form.reviewLayout.addWidget(self.open_plan_button, self.form.reviewLayout.rowCount(), 0, 1, 3)
        self._add_what_if(self.form.reviewLayout)
        self.ledger_review = LedgerReview(self.form.reviewLayout)
        self.field_mapping = PlotFieldMapping(self.form.layersLayout, self.form.layersLayout.rowCount())
        self._setup_widgets()
        self.alerts = AlertsStep(self)
        self.form.stepTabs.insertTab(1, self.alerts, tr("1b Alerts"))
        self.memory = DockMemory(self)
        self._connect()
        self.memory.restore()

    # --- set-up -----------------------------------------------------------
    def _setup_widgets(self) -> None:
        f = self.form
        for key, kinds in LAYER_KEYS.items():
            combo = getattr(f, f"{key}Combo")
            filters = layer_filter(kinds[0])
            for kind in kinds[1:]:
                filters = filters | layer_filter(kind)
            combo.setFilters(filters)
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
        # at the dock's default width the last tabs were elided to "6 E…": scroll them instead
        f.stepTabs.setElideMode(Qt.TextElideMode.ElideNone)
        f.stepTabs.setUsesScrollButtons(True)
        f.seasonFieldCombo.setAllowEmptyFieldName(True)
        f.seasonFieldCombo.setFilters(QgsFieldProxyModel.Filter.String)
        f.nogoFactorCombo.setAllowEmptyFieldName(True)
        f.nogoFactorCombo.setFilters(QgsFieldProxyModel.Filter.Numeric)
        f.folderWidget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        f.startEdit.setDateTime(QDateTime.currentDateTime())
        from ..planner.export import PROFILES
        from ..qgis_adapters.translation import device_label

        for device in PROFILES:
            f.deviceCombo.addItem(device_label(device), device.key)
        f.deviceCombo.setCurrentIndex(max(0, f.deviceCombo.findData("etrex22x")))
        self._refresh_garmin_units()

    def _connect(self) -> None:
        f = self.form
        for key in LAYER_KEYS:
            getattr(f, f"{key}Combo").layerChanged.connect(lambda layer, k=key: self._layer_chosen(k, layer))
        f.importButton.clicked.connect(self.open_import_dialog)
        f.verdictsButton.clicked.connect(self.open_verdicts_dialog)
        f.coverageButton.clicked.connect(self.check_coverage)
        f.addTeamButton.clicked.connect(lambda: self.teams.add_team())
        f.removeTeamButton.clicked.connect(self.teams.remove_selected)
        f.planButton.clicked.connect(self.plan)
        f.replanButton.clicked.connect(self.replan)
        self.open_plan_button.clicked.connect(self.open_toolbox_plan)
        self.what_if_button.clicked.connect(self.what_if)
        self.replan_controls.keepButton.clicked.connect(self.keep_selected_team)
        f.cancelButton.clicked.connect(self.cancel)
        f.stepTabs.currentChanged.connect(
            lambda _: f.stepTabs.currentWidget() is f.reviewTab and self.ledger_review.refresh()
        )
        f.dropButton.clicked.connect(self.drop_selected_plot)
        f.lockButton.clicked.connect(self.lock_selected_plot)
        f.gpxButton.clicked.connect(self.export_gpx)
        f.qfieldButton.clicked.connect(self.export_qfield)
        f.briefingButton.clicked.connect(self.print_briefing)
        f.startEdit.dateTimeChanged.connect(self.memory.user_changed)
        f.folderWidget.fileChanged.connect(self.memory.user_changed)
        for check in (f.pilotStaysCheck, f.daylightCheck, f.varyCheck, f.historyPlansCheck):
            check.toggled.connect(self.memory.user_changed)
        f.seasonFieldCombo.fieldChanged.connect(self.memory.user_changed)
        f.nogoFactorCombo.fieldChanged.connect(self.memory.user_changed)
        self.field_mapping.changed.connect(self.memory.user_changed)

    def dispose(self) -> None:
        """Undo the connections to QGIS singletons; the plugin calls this before deleting the dock."""
        self.cancel()
        self.memory.dispose()
        for key in LAYER_KEYS:
            getattr(self.form, f"{key}Combo").layerChanged.disconnect()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.save_to_project()
        super().closeEvent(event)

    # --- project memory ---------------------------------------------------
    def _layer_chosen(self, key: str, layer) -> None:
        if key == "bases":
            self.teams.set_base_names(self.base_names())
        if key == "rivers" and not self.memory.loading:
            self.form.seasonFieldCombo.setLayer(layer)
            if layer is not None and layer.fields().indexOf("months") >= 0:
                self.form.seasonFieldCombo.setField("months")  # the field the toolbox reads by default
        if key == "nogo" and not self.memory.loading:
            self.form.nogoFactorCombo.setLayer(layer)
            self.form.nogoFactorCombo.setField("")  # never guessed: a "factor" column could open a reserve
        if key == "plots" and not self.memory.loading:
            self.field_mapping.set_layer(layer)
        self.memory.user_changed()

    def save_to_project(self) -> None:
        self.memory.save()

    def reset(self) -> None:
        """Another project: nothing of this one's plan, choices or running step may stay."""
        self.stop_running(tr("The running step was cancelled because another project was opened."))
        self.review.clear()
        self.what_if_answers.clear()
        self.results.ids = {}
        self.locks, self.drops = {}, {}
        self.replan_controls.reset()
        for key in LAYER_KEYS:
            getattr(self.form, f"{key}Combo").setLayer(None)
        self.field_mapping.set_layer(None)
        self.teams.base_names = []
        self.teams.set_rows([])
        self.memory.reset_settings()
        for label in (
            self.form.unplannedLabel,
            self.form.coverageSummary,
            self.form.statusLabel,
            self.ledger_review.label,
        ):
            label.setText("")

    def stop_running(self, reason: str) -> None:
        """Cancels the running step and waits for it: its input layers are about to be deleted."""
        run, self.run = self.run, None
        if run is None:
            return
        run.finished.disconnect()
        run.cancel(reason)
        if run.task is not None:
            run.task.waitForFinished(30000)
        self.form.cancelButton.setEnabled(False)
        self.form.progressBar.setValue(0)
        self.form.statusLabel.setText(reason)

    def show_plan(self) -> None:
        """Fills the review from the plan layers kept in the project (after a reopen)."""
        routes, stops, unplanned = (self.results.layer(k) for k in ("routes", "stops", "unplanned"))
        if routes is not None and stops is not None:
            self.review.fill(routes, stops)
            self.review.mark(self.replan_controls.kept, self.locks, self.drops)
        else:
            self.review.clear()
        summary = left_out_summary(unplanned) if unplanned is not None else ""
        self.form.unplannedLabel.setText("\n".join(t for t in (self.results.fuel_lines(), summary) if t))
        self.ledger_review.refresh()

    def open_toolbox_plan(self) -> None:
        """Reviews (and plans again from) the plan layers the toolbox's Plan patrols added to the project."""
        found = find_plan_layers(QgsProject.instance(), set(self.results.ids.values()))
        if "routes" not in found or "stops" not in found:
            self._tell(tr("No plan in the project: run Plan patrols in the toolbox first."), Qgis.MessageLevel.Warning)
            return
        for key in ("legs", "unplanned"):
            if key not in found:
                self.results.ids.pop(key, None)
        self.results.ids.update({key: layer.id() for key, layer in found.items()})
        self._before, self._kept = {}, {}
        self.replan_controls.changesLabel.setText("")
        self.show_plan()
        self.save_to_project()

    def base_names(self):
        layer = self.form.basesCombo.currentLayer()
        if layer is None or layer.fields().indexOf("name") < 0:
            return []
        return sorted({str(feature["name"]) for feature in layer.getFeatures()})

    # --- steps ------------------------------------------------------------
    def plan_parameters(self) -> Dict[str, Any]:
        f = self.form
        self.save_to_project()
        teams = []
        for row in self.teams.rows():
            teams += [row["name"], row["base"], row["end_base"] or row["base"], row["days"], row["hours_per_day"]]
        plots = self.results.usable("coverage") or f.plotsCombo.currentLayer()
        params = {
            "RIVERS": f.riversCombo.currentLayer(),
            "TRAILS": f.trailsCombo.currentLayer(),
            "DEM": f.demCombo.currentLayer(),
            "PLOTS": plots,
            "BASES": f.basesCombo.currentLayer(),
            "NOGO": f.nogoCombo.currentLayer(),
            "TEAMS": teams,
            "START": f.startEdit.dateTime().toString("yyyy-MM-ddTHH:mm"),
            "BOAT_KMH": f.boatKmhSpin.value(),
            "CURRENT_KMH": f.currentKmhSpin.value(),
            "WALK_KMH": f.walkKmhSpin.value(),
            "FOREST_KMH": f.forestKmhSpin.value(),
            "MAX_FOREST_M": f.maxForestMSpin.value(),
            "FOREST_KM_DAY": f.forestKmDaySpin.value(),
            "TRANSFER_MIN": f.transferMinSpin.value(),
            "SERVICE_MIN": f.serviceMinSpin.value(),
            "TIME_LIMIT": f.timeLimitSSpin.value(),
            "LOCKS": ";".join(f"{plot}={team}" for plot, team in sorted(self.locks.items())),
            "DROPS": ";".join(f"{plot}={team}" for plot, team in sorted(self.drops.items())),
            "BOATS": boats_text(self.teams.rows()),
            "FUEL": fuel_text(self.teams.rows()),
            "PILOT_STAYS": f.pilotStaysCheck.isChecked(),
            "DAYLIGHT": f.daylightCheck.isChecked(),
            "SUNSET_MARGIN_MIN": f.sunsetMarginMinSpin.value(),
            "RIVER_MONTHS_FIELD": f.seasonFieldCombo.currentField(),
            "NOGO_FACTOR_FIELD": f.nogoFactorCombo.currentField(),
        }
        for role, key in PLAN_PARAMETERS.items():
            params[key] = self.field_mapping.field(role)
        params.update(variation_parameters(f, QgsProject.instance()))
        params.update(plan_destinations(QgsProject.instance()))
        return params

    def plan(self, extra: Optional[Dict[str, Any]] = None) -> None:
        extra = extra if isinstance(extra, dict) else {}
        if "PREVIOUS" not in extra:
            self._before, self._kept = {}, {}
        if not self.ready_to_plan():
            return
        self.what_if_answers.clear()  # they answered for the plan being replaced
        self._start("patrol_planner:plan_patrols", self.plan_parameters() | extra, self._plan_done)

    def replan(self) -> None:
        """Plans again from the plan on screen: untouched and kept teams keep their plots."""
        stops = self.results.layer("stops")
        self._before = schedule_on_screen(stops) if stops is not None else {}
        kept = {t for t in self.replan_controls.kept if t in self._before}
        whole = {t for t in kept if still_fits(t, self._before[t], self.locks, self.drops)}
        self._kept = kept_features(self.results, whole)
        self.plan({"PREVIOUS": previous_text(self._before), "KEEP_TEAMS": ";".join(sorted(kept))})

    def _plan_done(self, ok: bool, results: Dict[str, Any]) -> None:
        if not ok:
            return
        self.results.show(results["ROUTES"], "routes", tr("Patrol routes"))
        self.results.show(results["STOPS"], "stops", tr("Patrol stops"))
        self.results.show(results["UNPLANNED"], "unplanned", tr("Plots left out"))
        if results.get("LEGS"):  # the boats: each part travelled, styled by mode, and the fuel per team and day
            self.results.show(results["LEGS"], "legs", tr("Legs (boat, pilot, on foot)"))
        else:
            self.results.forget("legs")
        put_back(self.results, self._kept)
        self.show_plan()
        after = schedule_on_screen(self.results.layer("stops"))
        self.replan_controls.changesLabel.setText(
            " ".join(
                t
                for t in (
                    changes_sentence(self._before, after),
                    *(results.get(k) or "" for k in ("STABILITY", "PREDICTABILITY")),
                )
                if t
            )
        )
        nogo = self.form.nogoCombo.currentLayer()
        if nogo is not None:
            from ..qgis_adapters.styles import style_nogo

            style_nogo(nogo)
        self.form.stepTabs.setCurrentWidget(self.form.reviewTab)
        self.save_to_project()

    # --- running ----------------------------------------------------------
    def _start(self, algorithm_id: str, params: Dict[str, Any], done) -> None:
        if self.run is not None:
            self._tell(tr("Wait for the current step to finish, or cancel it."), Qgis.MessageLevel.Warning)
            return
        params = {k: v for k, v in params.items() if v is not None}
        self.run = AlgorithmRun(algorithm_id, params, self.iface, self)
        self.run.progressChanged.connect(lambda p: self.form.progressBar.setValue(int(p)))
        self.run.finished.connect(lambda ok, results: self._finished(ok, results, done))
        self.form.cancelButton.setEnabled(True)
        self.form.statusLabel.setText(tr("Working…"))
        self.run.start()

    def _finished(self, ok: bool, results: Dict[str, Any], done) -> None:
        run, self.run = self.run, None
        if run is not None:
            run.deleteLater()
        self.form.cancelButton.setEnabled(False)
        self.form.progressBar.setValue(100 if ok else 0)
        if ok:
            status = tr("Done.")
        elif run is not None and run.feedback.isCanceled():
            status = run.cancel_reason or tr("Cancelled.")
        else:
            status = tr("The step failed; the message bar above the map says why.")
        self.form.statusLabel.setText(status)
        if run is not None:
            self.results.context = run.context
        done(ok, results)

    def cancel(self) -> None:
        if self.run is not None:
            self.run.cancel()

    def _tell(self, text: str, level=Qgis.MessageLevel.Info) -> None:
        self.form.statusLabel.setText(text)
        tell(self.iface, text, level)
