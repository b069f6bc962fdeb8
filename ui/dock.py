"""The Patrol Planner dock: the coordinator's step-by-step panel.

Each step runs one of the provider's Processing algorithms through
``AlgorithmRun`` (a background task with progress and cancel), so the dock,
the toolbox, the modeler and ``qgis_process`` share one implementation.  The
dock itself only gathers choices, remembers them in the project and shows
results.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Optional

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsDockWidget, QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, QDateTime

from . import project_state
from .compat import layer_filter
from .results import ResultLayers
from .review import ReviewTree
from .task_runner import AlgorithmRun
from .teams_table import TeamsTable

FORM_CLASS, BASE_CLASS = uic.loadUiType(str(Path(__file__).with_name("dock.ui")))

LAYER_KEYS = {
    "rivers": ("LineLayer", False),
    "trails": ("LineLayer", True),
    "plots": ("HasGeometry", False),
    "bases": ("PointLayer", False),
    "nogo": ("PolygonLayer", True),
    "dem": ("RasterLayer", True),
    "tracks": ("LineLayer", True),
}
NUMBER_KEYS = ("boatKmh", "currentKmh", "walkKmh", "forestKmh", "maxForestM", "transferMin", "serviceMin", "timeLimitS")


def tr(text: str) -> str:
    return QCoreApplication.translate("PatrolPlanner", text)


def left_out_summary(layer) -> str:
    """'12 plots left out: 9 not enough time, 3 too far from any trail or river' (details in the layer)."""
    reasons: Dict[str, int] = {}
    ids = []
    for feature in layer.getFeatures():
        reason = str(feature["reason"]).split(":")[0]
        reasons[reason] = reasons.get(reason, 0) + 1
        ids.append(str(feature["plot_id"]))
    if not ids:
        return tr("Every plot is planned.")
    counts = ", ".join(f"{count} {reason}" for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1]))
    shown = ", ".join(ids[:12]) + ("…" if len(ids) > 12 else "")
    return tr("Plots left out: {} ({}). The reasons are in the layer of plots left out: {}").format(
        len(ids), counts, shown)


class DockForm(BASE_CLASS, FORM_CLASS):
    """The widgets designed in ``dock.ui``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setupUi(self)


class PatrolPlannerDock(QgsDockWidget):
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
        self._setup_widgets()
        self._connect()
        self.restore_from_project()

    # --- set-up -----------------------------------------------------------
    def _setup_widgets(self) -> None:
        f = self.form
        for key, (kind, optional) in LAYER_KEYS.items():
            combo = getattr(f, f"{key}Combo")
            combo.setFilters(layer_filter(kind))
            combo.setAllowEmptyLayer(optional)
        f.folderWidget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        f.startEdit.setDateTime(QDateTime.currentDateTime())
        from ..planner.export import PROFILES

        for device in PROFILES:
            f.deviceCombo.addItem(device.label, device.key)
        f.deviceCombo.setCurrentIndex(max(0, f.deviceCombo.findData("etrex22x")))
        self._refresh_garmin_units()

    def _connect(self) -> None:
        f = self.form
        for key in LAYER_KEYS:
            getattr(f, f"{key}Combo").layerChanged.connect(lambda layer, k=key: self._layer_chosen(k, layer))
        f.importButton.clicked.connect(self.open_import_dialog)
        f.coverageButton.clicked.connect(self.check_coverage)
        f.addTeamButton.clicked.connect(lambda: self.teams.add_team())
        f.removeTeamButton.clicked.connect(self.teams.remove_selected)
        f.planButton.clicked.connect(self.plan)
        f.replanButton.clicked.connect(self.plan)
        f.cancelButton.clicked.connect(self.cancel)
        f.dropButton.clicked.connect(self.drop_selected_plot)
        f.lockButton.clicked.connect(self.lock_selected_plot)
        f.gpxButton.clicked.connect(self.export_gpx)
        f.briefingButton.clicked.connect(self.print_briefing)
        QgsProject.instance().readProject.connect(self.restore_from_project)

    def dispose(self) -> None:
        """Undo the connections to QGIS singletons; the plugin calls this before deleting the dock."""
        self.cancel()
        try:
            QgsProject.instance().readProject.disconnect(self.restore_from_project)
        except TypeError:  # already disconnected
            pass
        for key in LAYER_KEYS:
            getattr(self.form, f"{key}Combo").layerChanged.disconnect()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.save_to_project()
        super().closeEvent(event)

    # --- project memory ---------------------------------------------------
    def _layer_chosen(self, key: str, layer) -> None:
        project_state.save_layer(key, layer.id() if layer else None)
        if key == "bases":
            self.teams.set_base_names(self._base_names())

    def restore_from_project(self, *args) -> None:
        f = self.form
        for key in LAYER_KEYS:
            layer = project_state.load_layer(key)
            if layer is not None:
                getattr(f, f"{key}Combo").setLayer(layer)
        for key, value in project_state.load_numbers().items():
            spin = getattr(f, f"{key}Spin", None)
            if spin is not None:
                spin.setValue(float(value))
        self.teams.base_names = self._base_names()
        self.teams.set_rows(project_state.load_teams())
        assignments = project_state.load_json("assignments", {})
        self.locks = dict(assignments.get("locks", {}))
        self.drops = dict(assignments.get("drops", {}))

    def save_to_project(self) -> None:
        project_state.save_numbers({k: getattr(self.form, f"{k}Spin").value() for k in NUMBER_KEYS})
        project_state.save_teams(self.teams.rows())

    def _base_names(self):
        layer = self.form.basesCombo.currentLayer()
        if layer is None or layer.fields().indexOf("name") < 0:
            return []
        return sorted({str(feature["name"]) for feature in layer.getFeatures()})

    # --- steps ------------------------------------------------------------
    def open_import_dialog(self) -> None:
        import processing

        results = processing.execAlgorithmDialog("patrol_planner:import_field_data", {}) or {}
        if results.get("GEOPACKAGE"):
            self.show_field_tracks(results["GEOPACKAGE"])

    def show_field_tracks(self, gpkg: str):
        """Put the imported tracks on the map and choose them for the coverage step."""
        from qgis.core import QgsVectorLayer

        layer = QgsVectorLayer(f"{gpkg}|layername=field_tracks", tr("Field tracks"), "ogr")
        if not layer.isValid():
            return None
        QgsProject.instance().addMapLayer(layer)
        self.form.tracksCombo.setLayer(layer)
        return layer

    def check_coverage(self) -> None:
        f = self.form
        tracks = f.tracksCombo.currentLayer()
        if tracks is None:
            self._tell(tr("Choose the field tracks layer (import field data first)."), Qgis.MessageLevel.Warning)
            return
        gpkg = tracks.source().split("|")[0]
        if not gpkg.lower().endswith(".gpkg") or "layername=field_tracks" not in tracks.source():
            self._tell(tr("Choose the 'field_tracks' layer of the GeoPackage the import wrote, not a GPX layer."),
                       Qgis.MessageLevel.Warning)
            return
        params = {
            "PLOTS": f.plotsCombo.currentLayer(),
            # the import writes one GeoPackage; coverage reads its tracks and drone footprints
            "GEOPACKAGE": gpkg,
            "RADIUS": f.radiusSpin.value(),
            "OUTPUT": "TEMPORARY_OUTPUT",
        }
        self._start("patrol_planner:plot_coverage", params, self._coverage_done)

    def _coverage_done(self, ok: bool, results: Dict[str, Any]) -> None:
        if not ok:
            return
        layer = self.results.show(results["OUTPUT"], "coverage", tr("Plot coverage"))
        statuses = [feature["covered"] for feature in layer.getFeatures()]
        covered = sum(1 for s in statuses if s in (1, True, "1", "true"))
        self.form.coverageSummary.setText(
            tr("{} of {} plots were checked; {} nobody has visited yet.").format(
                covered, len(statuses), len(statuses) - covered
            )
        )

    def plan_parameters(self) -> Dict[str, Any]:
        f = self.form
        self.save_to_project()
        teams = []
        for row in self.teams.rows():
            teams += [row["name"], row["base"], row["end_base"] or row["base"], row["days"], row["hours_per_day"]]
        plots = self.results.layer("coverage") or f.plotsCombo.currentLayer()
        return {
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
            "TRANSFER_MIN": f.transferMinSpin.value(),
            "SERVICE_MIN": f.serviceMinSpin.value(),
            "TIME_LIMIT": f.timeLimitSSpin.value(),
            "LOCKS": ";".join(f"{plot}={team}" for plot, team in sorted(self.locks.items())),
            "DROPS": ";".join(f"{plot}={team}" for plot, team in sorted(self.drops.items())),
            "ROUTES": "TEMPORARY_OUTPUT",
            "STOPS": "TEMPORARY_OUTPUT",
            "UNPLANNED": "TEMPORARY_OUTPUT",
        }

    def plan(self) -> None:
        if not self.teams.rows():
            self._tell(tr("Add at least one team before planning."), Qgis.MessageLevel.Warning)
            return
        self._start("patrol_planner:plan_patrols", self.plan_parameters(), self._plan_done)

    def _plan_done(self, ok: bool, results: Dict[str, Any]) -> None:
        if not ok:
            return
        routes = self.results.show(results["ROUTES"], "routes", tr("Patrol routes"))
        stops = self.results.show(results["STOPS"], "stops", tr("Patrol stops"))
        unplanned = self.results.show(results["UNPLANNED"], "unplanned", tr("Plots left out"))
        self.review.fill(routes, stops)
        nogo = self.form.nogoCombo.currentLayer()
        if nogo is not None:
            from ..qgis_adapters.styles import style_nogo

            style_nogo(nogo)
        self.form.unplannedLabel.setText(left_out_summary(unplanned))
        self.form.stepTabs.setCurrentWidget(self.form.reviewTab)

    def _save_assignments(self) -> None:
        project_state.save_json("assignments", {"locks": self.locks, "drops": self.drops})

    def drop_selected_plot(self) -> None:
        stop = self.review.selected_stop()
        if stop and stop.get("plot_id"):
            self.drops[stop["plot_id"]] = stop["team"]
            self.locks.pop(stop["plot_id"], None)
            self._save_assignments()
            self._tell(tr("{} will not be given to {} when you plan again.").format(stop["plot_id"], stop["team"]))

    def lock_selected_plot(self) -> None:
        stop = self.review.selected_stop()
        if stop and stop.get("plot_id"):
            self.locks[stop["plot_id"]] = stop["team"]
            self.drops.pop(stop["plot_id"], None)
            self._save_assignments()
            self._tell(tr("{} stays with {} when you plan again.").format(stop["plot_id"], stop["team"]))

    def export_gpx(self) -> None:
        routes, stops = self.results.layer("routes"), self.results.layer("stops")
        if routes is None or stops is None:
            self._tell(tr("Plan the patrols first."), Qgis.MessageLevel.Warning)
            return
        if not self.form.folderWidget.filePath():
            self._refresh_garmin_units()  # a unit plugged in after QGIS started
        folder = self.form.folderWidget.filePath()
        team = ""
        teams = {feature["team"] for feature in routes.getFeatures()}
        if folder and Path(folder).name.upper() == "GPX" and Path(folder).parent.name.lower() == "garmin":
            # A unit carries its own team's plan only: a lost unit must not give away the others.
            stop = self.review.selected_stop() or {}
            team = stop.get("team") or (next(iter(teams)) if len(teams) == 1 else "")
            if not team:
                self._tell(tr("A GPS unit is connected: select a stop of the team whose unit it is in the "
                              "review list, then export again."), Qgis.MessageLevel.Warning)
                return
        params = {
            "ROUTES": routes,
            "STOPS": stops,
            "TEAM": team,
            "DEVICE": self.form.deviceCombo.currentIndex(),  # filled in PROFILES order
            "LEAVE_OUT_SENSITIVE": self.form.safeCheck.isChecked(),
            # For the custom map a connected unit gets beside the GPX (its basemap lacks the trails).
            "RIVERS": self.form.riversCombo.currentLayer(),
            "TRAILS": self.form.trailsCombo.currentLayer(),
            "NOGO": self.form.nogoCombo.currentLayer(),
            "OUTPUT_FOLDER": self.form.folderWidget.filePath() or "TEMPORARY_OUTPUT",
        }
        self._start("patrol_planner:export_gpx", params, self._exported)

    def print_briefing(self) -> None:
        routes, stops = self.results.layer("routes"), self.results.layer("stops")
        if routes is None or stops is None:
            self._tell(tr("Plan the patrols first."), Qgis.MessageLevel.Warning)
            return
        self._start("patrol_planner:patrol_briefing", self.briefing_params(routes, stops), self._exported)

    def briefing_params(self, routes, stops) -> Dict[str, Any]:
        """What the briefing button runs with: the plan and the project's own context layers."""
        return {
            "ROUTES": routes,
            "STOPS": stops,
            # The project's own layers, so the printed map shows what a guard navigates by.
            "RIVERS": self.form.riversCombo.currentLayer(),
            "TRAILS": self.form.trailsCombo.currentLayer(),
            "BASES": self.form.basesCombo.currentLayer(),
            "NOGO": self.form.nogoCombo.currentLayer(),
            "DATE": self.form.startEdit.dateTime().toString("dd/MM/yyyy"),  # day first, as read in Peru
            "OUTPUT_FOLDER": self.form.folderWidget.filePath() or "TEMPORARY_OUTPUT",
        }

    def _exported(self, ok: bool, results: Dict[str, Any]) -> None:
        if ok:
            folder = results.get("OUTPUT_FOLDER", "")
            self._tell(tr("Files written to {}").format(folder), Qgis.MessageLevel.Success)

    def _refresh_garmin_units(self) -> None:
        from ..planner.export import find_garmin_units

        units = find_garmin_units()
        if units:
            unit = units[0]
            self.form.folderWidget.setFilePath(str(unit.gpx_folder))
            self.form.garminLabel.setText(tr("Garmin unit found: files go straight to {}").format(unit.gpx_folder))
            if unit.model:
                from ..planner.export import profile_for_model

                profile = profile_for_model(unit.model)
                if profile is not None:
                    self.form.deviceCombo.setCurrentIndex(self.form.deviceCombo.findData(profile.key))

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
        self.form.cancelButton.setEnabled(False)
        self.form.progressBar.setValue(100 if ok else 0)
        self.form.statusLabel.setText(tr("Done.") if ok else "")
        if run is not None:
            self.results.context = run.context
        done(ok, results)

    def cancel(self) -> None:
        if self.run is not None:
            self.run.cancel()

    def _tell(self, text: str, level=Qgis.MessageLevel.Info) -> None:
        self.form.statusLabel.setText(text)
        self.iface.messageBar().pushMessage(tr("Patrol Planner"), text, level, 5)

