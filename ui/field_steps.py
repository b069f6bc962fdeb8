# SPDX-License-Identifier: GPL-2.0-or-later
"""The dock's field steps: import the field files and QField verdicts, then check which plots were visited (a mixin)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict

from qgis.core import Qgis, QgsProject

from ..qgis_adapters.base import COVERED
from ..qgis_adapters.translation import tr
from .plan_outputs import coverage_destinations


class FieldSteps:
    """Mixed into the dock: uses its form, results, field mapping, ``_start`` and ``_tell``."""

    def open_import_dialog(self) -> None:
        from qgis import processing

        results = processing.execAlgorithmDialog("patrol_planner:import_field_data", {}) or {}
        if results.get("GEOPACKAGE"):
            self.show_field_tracks(results["GEOPACKAGE"])
            self._tell(
                tr("{} files imported into {} ({} had been imported before).").format(
                    int(results.get("IMPORTED") or 0),
                    Path(results["GEOPACKAGE"]).name,
                    int(results.get("DUPLICATES") or 0),
                ),
                Qgis.MessageLevel.Success,
            )
        elif results.get("CONNECTION"):  # imported into the shared database
            from ..qgis_adapters.stores import shared_tracks_layer

            self.show_field_tracks_layer(
                shared_tracks_layer(results["CONNECTION"], results.get("SCHEMA") or "patrol", tr("Field tracks"))
            )

    def open_verdicts_dialog(self) -> None:
        """A returned QField package: its verdicts, photos and tracks into the field GeoPackage (issue 30)."""
        from qgis import processing

        results = processing.execAlgorithmDialog("patrol_planner:import_verdicts", {}) or {}
        if not results.get("GEOPACKAGE"):
            return
        self.show_field_tracks(results["GEOPACKAGE"])
        if results.get("OUTPUT") is not None:
            self.results.show(results["OUTPUT"], "verdicts", tr("Plot verdicts"))
        self._tell(
            tr(
                "{added} verdicts and {tracks} tracks imported ({duplicates} verdicts had been imported before)."
            ).format(
                added=int(results.get("VERDICTS") or 0),
                tracks=int(results.get("TRACKS") or 0),
                duplicates=int(results.get("DUPLICATES") or 0),
            ),
            Qgis.MessageLevel.Success,
        )

    def show_field_tracks(self, gpkg: str):
        """Put the imported tracks on the map and choose them for the coverage step."""
        from qgis.core import QgsVectorLayer

        layer = QgsVectorLayer(f"{gpkg}|layername=field_tracks", tr("Field tracks"), "ogr")
        return self.show_field_tracks_layer(layer if layer.isValid() else None)

    def show_field_tracks_layer(self, layer):
        if layer is None:
            return None
        self.results.show(layer, "tracks", tr("Field tracks"))
        self.form.tracksCombo.setLayer(layer)
        return layer

    def check_coverage(self) -> None:
        f = self.form
        tracks = f.tracksCombo.currentLayer()
        if tracks is None:
            self._tell(tr("Choose the field tracks layer (import field data first)."), Qgis.MessageLevel.Warning)
            return
        from ..qgis_adapters.stores import store_parameters

        store = store_parameters(tracks)  # the GeoPackage the import wrote, or the shared database
        if not store:
            self._tell(
                tr("Choose the 'field_tracks' layer of the GeoPackage the import wrote, not a GPX layer."),
                Qgis.MessageLevel.Warning,
            )
            return
        if not self._fields_confirmed():
            return
        params = {
            "PLOTS": f.plotsCombo.currentLayer(),
            # the import writes one field store; coverage reads its tracks and drone footprints
            **store,
            "RADIUS": f.radiusSpin.value(),
            "ID_FIELD": self.field_mapping.field("id"),  # the confirmed mapping, as for the plan
            "DATE_FIELD": self.field_mapping.field("detected"),
            **coverage_destinations(QgsProject.instance()),
        }
        self._start("patrol_planner:plot_coverage", params, self._coverage_done)

    def _coverage_done(self, ok: bool, results: Dict[str, Any]) -> None:
        if not ok:
            return
        layer = self.results.show(results["OUTPUT"], "coverage", tr("Plot coverage"))
        statuses = [feature[COVERED] for feature in layer.getFeatures()]
        covered = sum(1 for s in statuses if s in (1, True, "1", "true"))
        self.form.coverageSummary.setText(
            tr("{} of {} plots were checked; {} nobody has visited yet.").format(
                covered, len(statuses), len(statuses) - covered
            )
        )
