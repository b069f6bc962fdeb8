# SPDX-License-Identifier: GPL-2.0-or-later
"""The dock's alerts step: alerts (and airstrips) in, a ranked plots layer out.

A small widget of its own so the dock only has to add it as a tab.  It shows
the fields the import will use (guessed, and changeable) as soon as a layer or
file is chosen, runs ``patrol_planner:import_alerts`` through the dock's
background runner, styles the result and makes it the dock's plots layer.
"""

from __future__ import annotations

from typing import Any, Dict, List

from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..qgis_adapters.base import layer_filter
from ..qgis_adapters.translation import tr
from .plan_outputs import output_destinations

RESULT_KEY = "alert_plots"


def source_fields(layer, path: str) -> List[str]:
    """Field (or CSV column) names of the chosen layer, else of the chosen file; [] when unreadable."""
    from ..planner.core import InputError
    from ..planner.targets import csv_columns

    if layer is not None:
        return list(layer.fields().names())
    if not path:
        return []
    if path.lower().endswith(".csv"):
        try:
            return csv_columns(path)
        except (InputError, OSError, UnicodeDecodeError):
            return []
    opened = QgsVectorLayer(path, "alerts", "ogr")
    return list(opened.fields().names()) if opened.isValid() else []


class AlertsStep(QWidget):
    """Alerts layer or file, field mapping with guesses, distance, merge target, places, check limit."""

    def __init__(self, dock) -> None:
        super().__init__(dock)
        self.dock = dock
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Turn deforestation alerts and airstrip lists into suspected plots, ranked by priority."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.alertsCombo = self._layer_combo("HasGeometry")
        form.addRow(tr("Alerts layer"), self.alertsCombo)
        self.fileWidget = QgsFileWidget()
        self.fileWidget.setFilter(tr("Alerts (*.geojson *.json *.gpkg *.shp *.csv)"))
        form.addRow(tr("…or alerts file"), self.fileWidget)
        self.fieldCombos: Dict[str, QComboBox] = {}
        for key, label in (
            ("ID_FIELD", tr("Alert id field")),
            ("DATE_FIELD", tr("Detection date field")),
            ("AREA_FIELD", tr("Area (ha) field")),
        ):
            self.fieldCombos[key] = QComboBox()
            form.addRow(label, self.fieldCombos[key])
        self.guessLabel = QLabel()
        self.guessLabel.setWordWrap(True)
        form.addRow(self.guessLabel)
        self.distanceSpin = QDoubleSpinBox()
        self.distanceSpin.setRange(1, 10000)
        self.distanceSpin.setValue(250)
        self.distanceSpin.setSuffix(" m")
        form.addRow(tr("Alerts closer than this are one plot"), self.distanceSpin)
        self.plotsCombo = self._layer_combo("HasGeometry")
        form.addRow(tr("Merge into plots layer"), self.plotsCombo)
        self.airstripsCombo = self._layer_combo("HasGeometry")
        form.addRow(tr("Airstrips"), self.airstripsCombo)
        self.communitiesCombo = self._layer_combo("HasGeometry")
        form.addRow(tr("Communities"), self.communitiesCombo)
        self.zonesCombo = self._layer_combo("PolygonLayer")
        form.addRow(tr("Zones of interest"), self.zonesCombo)
        self.checkDaysSpin = QSpinBox()
        self.checkDaysSpin.setRange(1, 3650)
        self.checkDaysSpin.setValue(90)
        self.checkDaysSpin.setSuffix(tr(" days"))
        form.addRow(tr("A check stays current for"), self.checkDaysSpin)
        self.importButton = QPushButton(tr("Import alerts"))
        layout.addWidget(self.importButton)
        self.summaryLabel = QLabel()
        self.summaryLabel.setWordWrap(True)
        layout.addWidget(self.summaryLabel)
        layout.addStretch(1)
        self.alertsCombo.layerChanged.connect(self.refresh_fields)
        self.fileWidget.fileChanged.connect(self.refresh_fields)
        self.importButton.clicked.connect(self.start)
        self.refresh_fields()

    @staticmethod
    def _layer_combo(kind: str) -> QgsMapLayerComboBox:
        combo = QgsMapLayerComboBox()
        combo.setFilters(layer_filter(kind))
        combo.setAllowEmptyLayer(True)
        combo.setLayer(None)
        return combo

    def refresh_fields(self, *args) -> None:
        """Offer the source's fields, the guess selected, and say which were guessed."""
        from ..planner.targets import guess_mapping

        names = source_fields(self.alertsCombo.currentLayer(), self.fileWidget.filePath())
        guessed = guess_mapping(names)
        picks = {"ID_FIELD": guessed.id_field, "DATE_FIELD": guessed.date_field, "AREA_FIELD": guessed.area_field}
        for key, combo in self.fieldCombos.items():
            combo.clear()
            combo.addItem(tr("(none)"), "")
            for name in names:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(picks[key])))
        if names:
            shown = [value or tr("none found") for value in picks.values()]
            self.guessLabel.setText(
                tr("Guessed: id {}, date {}, area {}. Change them above if they are wrong.").format(*shown)
            )
        else:
            self.guessLabel.setText("")

    def parameters(self) -> Dict[str, Any]:
        params: Dict[str, Any] = {
            "ALERTS": self.alertsCombo.currentLayer(),
            "ALERTS_FILE": self.fileWidget.filePath() or None,
            "DISTANCE": self.distanceSpin.value(),
            "PLOTS": self.plotsCombo.currentLayer(),
            "AIRSTRIPS": self.airstripsCombo.currentLayer(),
            "COMMUNITIES": self.communitiesCombo.currentLayer(),
            "ZONES": self.zonesCombo.currentLayer(),
            "CHECK_DAYS": self.checkDaysSpin.value(),
            # a file, not memory: these plots become the plan's plots and must come back with the project
            **output_destinations(QgsProject.instance(), {"OUTPUT": "alert_plots"}, "alerts"),
        }
        for key, combo in self.fieldCombos.items():
            params[key] = combo.currentData() or ""
        return params

    def start(self) -> None:
        from qgis.core import Qgis

        params = self.parameters()
        if params["ALERTS"] is None and not params["ALERTS_FILE"]:
            self.dock._tell(tr("Choose an alerts layer or an alerts file."), Qgis.MessageLevel.Warning)
            return
        self.dock._start("patrol_planner:import_alerts", params, self.done)

    def done(self, ok: bool, results: Dict[str, Any]) -> None:
        if not ok:
            return
        from ..qgis_adapters.styles import style_target_plots

        layer = self.dock.results.show(results["OUTPUT"], RESULT_KEY, tr("Plots from alerts"))
        if layer is None:
            return
        style_target_plots(layer)
        self.dock.form.plotsCombo.setLayer(layer)  # the next steps (coverage, plan) use these plots
        due = sum(1 for f in layer.getFeatures() if f["check_due"] == 1)
        self.summaryLabel.setText(
            tr("{} plots: {} new, {} updated, {} airstrips added; {} need a check.").format(
                layer.featureCount(),
                results.get("ADDED", 0),
                results.get("UPDATED", 0),
                results.get("AIRSTRIPS_ADDED", 0),
                due,
            )
        )
