"""Alert ledger: every alert from detection to verdict, its deadline by confidence, and the office's summary."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Dict

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QVariant

from ...planner.core import InputError
from ...planner.targets import Deadlines, PlanEntry, build_ledger, ledger_summary
from ...qgis_adapters.base import (
    DAYS_TO_VERDICT,
    OVERDUE,
    PLOT_ID,
    SOURCE,
    STATE,
    VERDICT,
    WGS84,
    ProcessingFeedbackAdapter,
    make_fields,
)
from ...qgis_adapters.layers import gfw_alerts, planned_plots, plot_alerts, read_alerts, record, register, vector_alerts
from ...qgis_adapters.printing import write_report
from ...qgis_adapters.stores import stored_verdicts
from ._base import PatrolAlgorithm, today_parameter, tr

LEDGER_FIELDS = (
    ("alert_id", QVariant.String),
    (SOURCE, QVariant.String),
    ("confidence", QVariant.String),
    ("detected", QVariant.Date),
    ("first_seen", QVariant.Date),
    (STATE, QVariant.String),
    (PLOT_ID, QVariant.String),
    ("plan", QVariant.String),
    ("planned_on", QVariant.Date),
    ("visited_on", QVariant.Date),
    (VERDICT, QVariant.String),
    (DAYS_TO_VERDICT, QVariant.Int),
    ("days_left", QVariant.Int),
    (OVERDUE, QVariant.Int),
)


def _qdate(day):
    return QDate(day.year, day.month, day.day) if day else None


class AlertLedger(PatrolAlgorithm):
    def name(self) -> str:
        return "alert_ledger"

    def displayName(self) -> str:  # noqa: N802
        return tr("Alert ledger")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Follows every alert from its detection to the guards' verdict: imported, merged into a plot, planned "
            "(in which plan), visited, verdict. Alerts come from an alert layer or file (MapBiomas, GeoBosques, "
            "CSV) or from Global Forest Watch's integrated alerts raster (each pixel: confidence × 10000 + days "
            "since 2014-12-31). The field GeoPackage keeps each alert with the day it was first seen and each "
            "plan recorded, so the history builds up run after run; verdicts come from 'Import verdicts from "
            "QField'. Deadlines by confidence (for example highest:7; high:21; :60 for the rest) put the overdue "
            "alerts first. The report gives the alerts by state (with a chart), the median days from detection "
            "to verdict and the verdicts and false alarms of each source."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("ALERTS", tr("Alerts layer"), optional=True))
        self.addParameter(
            QgsProcessingParameterString(
                "SOURCE", tr("Source of these alerts (empty = the layer's name)"), "", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                "GFW_RASTER", tr("Global Forest Watch integrated alerts (GeoTIFF)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "GFW_SINCE", tr("Only GFW alerts detected since (YYYY-MM-DD)"), "", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer("PLOTS", tr("Alert plots (from Import alerts)"), optional=True)
        )
        self.addParameter(QgsProcessingParameterVectorLayer("STOPS", tr("Patrol stops of a plan"), optional=True))
        self.addParameter(QgsProcessingParameterString("PLAN_NAME", tr("Name of that plan"), "", optional=True))
        self.addParameter(
            QgsProcessingParameterString(
                "PLAN_DATE", tr("Day of that plan (YYYY-MM-DD, empty = today)"), "", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "GEOPACKAGE", tr("Field data GeoPackage"), tr("GeoPackage (*.gpkg)"), createByDefault=False
            )
        )
        self.addParameter(
            QgsProcessingParameterString("DEADLINES", tr("Days to a verdict by confidence"), "highest:7; high:21")
        )
        self.addParameter(
            QgsProcessingParameterString("TODAY", tr("Count days up to (YYYY-MM-DD, empty = today)"), "", optional=True)
        )
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Alert ledger")))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "REPORT", tr("Office report"), tr("HTML (*.html)"), optional=True, createByDefault=False
            )
        )
        for key, label in (
            ("TOTAL", tr("Alerts")),
            ("NEW", tr("Alerts seen for the first time")),
            ("OVERDUE", tr("Overdue alerts")),
            ("MEDIAN_DAYS", tr("Median days from detection to verdict")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def process(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        store = Path(self.parameterAsFileOutput(parameters, "GEOPACKAGE", context))
        if store.suffix.lower() != ".gpkg":
            raise InputError(tr("choose the field data GeoPackage (.gpkg) that keeps the ledger"), "GEOPACKAGE")
        today = today_parameter(self.parameterAsString(parameters, "TODAY", context)) or date.today()
        deadlines = Deadlines.parse(self.parameterAsString(parameters, "DEADLINES", context))
        progress = ProcessingFeedbackAdapter(feedback)
        seen = []
        layer = self.parameterAsVectorLayer(parameters, "ALERTS", context)
        if layer is not None:
            source = self.parameterAsString(parameters, "SOURCE", context).strip() or layer.name()
            seen += vector_alerts(read_alerts(layer, feedback=progress), source)
        raster = self.parameterAsRasterLayer(parameters, "GFW_RASTER", context)
        if raster is not None:
            since = today_parameter(self.parameterAsString(parameters, "GFW_SINCE", context))
            seen += gfw_alerts(raster.source(), since, progress)
        plans = []
        stops = self.parameterAsVectorLayer(parameters, "STOPS", context)
        if stops is not None:
            day = today_parameter(self.parameterAsString(parameters, "PLAN_DATE", context)) or today
            name = self.parameterAsString(parameters, "PLAN_NAME", context).strip() or f"{stops.name()} {day}"
            plans.append(PlanEntry(name, day, planned_plots(stops)))
        new, _ = record(store, seen, plans, today)
        alerts, places, recorded = register(store)
        plots_layer = self.parameterAsVectorLayer(parameters, "PLOTS", context)
        plots = plot_alerts(plots_layer) if plots_layer is not None else {}
        verdicts = {plot: verdict for plot, (verdict, _) in stored_verdicts(store).items()}
        rows = deadlines.order(build_ledger(alerts, plots, recorded, verdicts), today)
        summary = ledger_summary(rows, today, deadlines)
        fields = make_fields(LEDGER_FIELDS)
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Point, WGS84)
        by_id = {a.alert_id: a for a in alerts}
        for row in rows:
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*places[row.alert_id])))
            left = deadlines.days_left(row, today)
            feature.setAttributes(
                [
                    row.alert_id,
                    row.source,
                    row.confidence,
                    _qdate(row.detected),
                    _qdate(by_id[row.alert_id].imported),
                    row.state,
                    row.plot_id,
                    row.plan,
                    _qdate(row.day_of("planned")),
                    _qdate(row.day_of("visited")),
                    row.verdict,
                    row.days_to_verdict,
                    left,
                    int(left is not None and left < 0),
                ]
            )
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report:
            write_report(summary, Path(report), tr("Alert ledger, {day}").format(day=today.isoformat()))
            feedback.pushInfo(tr("Report written: {path}").format(path=report))
        feedback.pushInfo(
            tr("{total} alerts ({new} new), {overdue} overdue").format(
                total=summary.total, new=new, overdue=summary.overdue
            )
        )
        median = summary.median_days_to_verdict
        return {
            "OUTPUT": dest,
            "REPORT": report,
            "TOTAL": summary.total,
            "NEW": new,
            "OVERDUE": summary.overdue,
            "MEDIAN_DAYS": -1 if median is None else median,
        }


ALGORITHMS = [AlertLedger]
