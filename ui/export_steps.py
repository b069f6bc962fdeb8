# SPDX-License-Identifier: GPL-2.0-or-later
"""The dock's last step: GPX files for the teams' units, QField packages for their phones, the printed briefing."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict

from qgis.core import Qgis, QgsProject

from ..qgis_adapters.base import TEAM
from ..qgis_adapters.translation import tr


class ExportSteps:
    """Mixed into the dock: uses its form, results, review, ``_start`` and ``_tell``."""

    def output_folder(self) -> str:
        """The chosen folder; else a folder beside the saved project (never a temporary one that vanishes)."""
        chosen = self.form.folderWidget.filePath()
        if chosen:
            return chosen
        name = QgsProject.instance().fileName()
        if not name:
            return "TEMPORARY_OUTPUT"
        folder = Path(name).parent / f"{Path(name).stem}_exports"
        folder.mkdir(parents=True, exist_ok=True)
        return str(folder)

    def export_gpx(self) -> None:
        routes, stops = self.results.layer("routes"), self.results.layer("stops")
        if routes is None or stops is None:
            self._tell(tr("Plan the patrols first."), Qgis.MessageLevel.Warning)
            return
        if not self.form.folderWidget.filePath():
            self._refresh_garmin_units()  # a unit plugged in after QGIS started
        folder = self.form.folderWidget.filePath()
        team = ""
        teams = {feature[TEAM] for feature in routes.getFeatures()}
        if folder and Path(folder).name.upper() == "GPX" and Path(folder).parent.name.lower() == "garmin":
            # A unit carries its own team's plan only: a lost unit must not give away the others.
            stop = self.review.selected_stop() or {}
            team = stop.get(TEAM) or (next(iter(teams)) if len(teams) == 1 else "")
            if not team:
                self._tell(
                    tr(
                        "A GPS unit is connected: select a stop of the team whose unit it is in the "
                        "review list, then export again."
                    ),
                    Qgis.MessageLevel.Warning,
                )
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
            "BASES": self.form.basesCombo.currentLayer(),  # its communities marked sensitive are hidden too
            "OUTPUT_FOLDER": self.output_folder(),
        }
        self._start("patrol_planner:export_gpx", params, self._exported)

    def export_qfield(self) -> None:
        """Each team's QField package, with the same hiding as the GPX (issue 30)."""
        routes, stops = self.results.layer("routes"), self.results.layer("stops")
        if routes is None or stops is None:
            self._tell(tr("Plan the patrols first."), Qgis.MessageLevel.Warning)
            return
        params = {
            "ROUTES": routes,
            "STOPS": stops,
            "RIVERS": self.form.riversCombo.currentLayer(),
            "TRAILS": self.form.trailsCombo.currentLayer(),
            "NOGO": self.form.nogoCombo.currentLayer(),
            "BASES": self.form.basesCombo.currentLayer(),  # its communities marked sensitive are hidden too
        }
        folder = self.output_folder()
        params["OUTPUT_FOLDER"] = folder if folder == "TEMPORARY_OUTPUT" else str(Path(folder) / "QField")
        self._start("patrol_planner:export_qfield", params, self._exported)

    def print_briefing(self) -> None:
        routes, stops = self.results.layer("routes"), self.results.layer("stops")
        if routes is None or stops is None:
            self._tell(tr("Plan the patrols first."), Qgis.MessageLevel.Warning)
            return
        self._start("patrol_planner:patrol_briefing", self.briefing_params(routes, stops), self._exported)

    def briefing_params(self, routes, stops) -> Dict[str, Any]:
        """What the briefing button runs with: the plan, the boat legs and the project's own context layers."""
        return {
            "ROUTES": routes,
            "STOPS": stops,
            # The boats' legs: the pilot's sheet and the evening check-ins (absent for a plan without them).
            "LEGS": self.results.layer("legs"),
            # The project's own layers, so the printed map shows what a guard navigates by.
            "RIVERS": self.form.riversCombo.currentLayer(),
            "TRAILS": self.form.trailsCombo.currentLayer(),
            "BASES": self.form.basesCombo.currentLayer(),
            "NOGO": self.form.nogoCombo.currentLayer(),
            "DATE": self.form.startEdit.dateTime().toString("dd/MM/yyyy"),  # day first, as read in Peru
            "OUTPUT_FOLDER": self.output_folder(),
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
