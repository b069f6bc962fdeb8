# SPDX-License-Identifier: GPL-2.0-or-later
"""Import alerts: deforestation alerts (and airstrips) in, a ranked plots layer out."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Dict, Optional

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...planner.core import InputError
from ...planner.targets import (
    CheckRule,
    ClusterConfig,
    Deadlines,
    LedgerInputs,
    Places,
    PriorityRule,
    build_targets,
    today_utc,
)
from ...qgis_adapters.base import ProcessingFeedbackAdapter
from ...qgis_adapters.layers import (
    airstrip_records,
    existing_plots,
    place_shapes,
    read_alerts,
    register,
    target_features,
    target_fields,
)
from ...qgis_adapters.stores import stored_verdicts
from ._base import PatrolAlgorithm, today_parameter, tr

# (parameter, PriorityRule field, default)
WEIGHTS = (
    ("W_AREA", "area_weight", 1.0),
    ("W_RECENCY", "recency_weight", 1.0),
    ("W_COMMUNITY", "community_weight", 1.0),
    ("W_ZONE", "zone_weight", 1.0),
    ("W_AIRSTRIP", "airstrip_weight", 1.0),
    ("W_UNCHECKED", "unchecked_weight", 1.0),
    ("AREA_FULL_HA", "area_full_ha", 10.0),
    ("RECENT_DAYS", "recent_days", 365.0),
    ("COMMUNITY_M", "community_m", 5000.0),
    ("ZONE_M", "zone_m", 2000.0),
    ("AIRSTRIP_M", "airstrip_m", 5000.0),
)


def _weight_labels() -> Dict[str, str]:
    return {
        "W_AREA": tr("Weight: alert area"),
        "W_RECENCY": tr("Weight: recent detection"),
        "W_COMMUNITY": tr("Weight: near a community"),
        "W_ZONE": tr("Weight: inside or near a zone of interest"),
        "W_AIRSTRIP": tr("Weight: near an airstrip"),
        "W_UNCHECKED": tr("Weight: time unchecked"),
        "AREA_FULL_HA": tr("Area that counts fully (ha)"),
        "RECENT_DAYS": tr("Detections older than this count nothing (days)"),
        "COMMUNITY_M": tr("Communities farther than this count nothing (m)"),
        "ZONE_M": tr("Zones farther than this count nothing (m)"),
        "AIRSTRIP_M": tr("Airstrips farther than this count nothing (m)"),
    }


class ImportAlerts(PatrolAlgorithm):
    ALERTS = "ALERTS"
    ALERTS_FILE = "ALERTS_FILE"
    ID_FIELD = "ID_FIELD"
    DATE_FIELD = "DATE_FIELD"
    AREA_FIELD = "AREA_FIELD"
    DISTANCE = "DISTANCE"
    PLOTS = "PLOTS"
    AIRSTRIPS = "AIRSTRIPS"
    COMMUNITIES = "COMMUNITIES"
    ZONES = "ZONES"
    CHECK_DAYS = "CHECK_DAYS"
    TODAY = "TODAY"
    LEDGER = "LEDGER"
    DEADLINES = "DEADLINES"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "import_alerts"

    def displayName(self) -> str:  # noqa: N802
        return tr("Import alerts")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Turns deforestation alerts (MapBiomas, Geobosques, GLAD, RADD; points or polygons from a layer, or a "
            "GeoJSON, GeoPackage, shapefile or CSV with lon/lat columns) into suspected plots. Alerts at most the "
            "distance apart become one plot that keeps their ids, count, total area and first and last detection "
            "dates. With an existing plots layer, alerts it already holds change nothing and alerts within the "
            "distance of a plot update it instead of adding another. Airstrips (runway centre-lines or points) "
            "become targets with their length. Empty field names are guessed and the guesses are shown in the log. "
            "A check (last_check or last_seen) stays current for the days given; days_since_check and check_due "
            "show it. Priority, 1 to 10, is 1 + 9 x the weighted mean of six shares between 0 and 1: area, recent "
            "detection, near a community, inside or near a zone of interest, near an airstrip, and time unchecked "
            "(0 while the check is current, rising to 1 at twice the limit; 1 if never checked). With the field "
            "data GeoPackage that keeps the alert ledger, a plot holding an alert past its deadline (days to a "
            "verdict by confidence, for example highest:7; high:21; :60 for the rest) gets 9 more, so it comes "
            "before every plot without one; priority_why says by how many days. The output is a new layer: the "
            "plots layer given is not changed."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        point_or_polygon = [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.ALERTS, tr("Alerts layer"), point_or_polygon, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.ALERTS_FILE,
                tr("…or alerts file (GeoJSON, GeoPackage, shapefile, CSV)"),
                optional=True,
                fileFilter="Alerts (*.geojson *.json *.gpkg *.shp *.csv *.tif);;All files (*.*)",
            )
        )
        for key, label in (
            (self.ID_FIELD, tr("Alert id field (empty = guess)")),
            (self.DATE_FIELD, tr("Detection date field (empty = guess)")),
            (self.AREA_FIELD, tr("Area (ha) field (empty = guess)")),
        ):
            self.addParameter(QgsProcessingParameterString(key, label, optional=True))
        self.addParameter(
            QgsProcessingParameterDistance(
                self.DISTANCE, tr("Alerts closer than this are one plot (m)"), 250.0, minValue=1.0
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PLOTS, tr("Existing plots layer to merge into"), point_or_polygon, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.AIRSTRIPS,
                tr("Airstrips (runway lines or points)"),
                [QgsProcessing.SourceType.TypeVectorLine, QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.COMMUNITIES, tr("Communities"), [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZONES, tr("Zones of interest"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CHECK_DAYS,
                tr("Checks stay current for (days)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=90,
                minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.TODAY, tr("Count days up to (YYYY-MM-DD, empty = today)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.LEDGER,
                tr("Field data GeoPackage with the alert ledger (overdue alerts first)"),
                optional=True,
                fileFilter=tr("GeoPackage (*.gpkg)"),
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.DEADLINES, tr("Days to a verdict by confidence"), "highest:7; high:21", optional=True
            )
        )
        labels = _weight_labels()
        for key, _, default in WEIGHTS:
            parameter = QgsProcessingParameterNumber(
                key, labels[key], QgsProcessingParameterNumber.Type.Double, defaultValue=default, minValue=0.0
            )
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Plots from alerts"), QgsProcessing.SourceType.TypeVectorPoint
            )
        )
        for key, label in (
            ("ADDED", tr("New plots")),
            ("UPDATED", tr("Plots updated")),
            ("NEW_ALERTS", tr("New alerts")),
            ("KNOWN_ALERTS", tr("Alerts already in a plot")),
            ("AIRSTRIPS_ADDED", tr("Airstrips added")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def _alerts(self, parameters, context, feedback, existing):
        """The alerts in a metric CRS, that CRS, and the alerts' own CRS."""
        source = self.parameterAsSource(parameters, self.ALERTS, context)
        path = self.parameterAsFile(parameters, self.ALERTS_FILE, context)
        chosen = [
            self.parameterAsString(parameters, k, context).strip()
            for k in (self.ID_FIELD, self.DATE_FIELD, self.AREA_FIELD)
        ]
        read = read_alerts(
            source, "" if source is not None else path, chosen, existing, ProcessingFeedbackAdapter(feedback)
        )
        if read.skipped:
            feedback.pushWarning(tr("{} rows without coordinates skipped").format(read.skipped))
        mapping, guessed = read.mapping, read.guessed
        for label, used, guess in (
            (tr("Alert id"), mapping.id_field, guessed.id_field),
            (tr("Detection date"), mapping.date_field, guessed.date_field),
            (tr("Area (ha)"), mapping.area_field, guessed.area_field),
        ):
            how = tr("guessed") if used and used == guess and used not in chosen else tr("chosen")
            feedback.pushInfo(
                tr("{}: {} ({})").format(label, used, how) if used else tr("{}: no field found").format(label)
            )
        return read.alerts, read.metric, read.crs

    def _skipped(self, key: str, layer, skipped, feedback) -> None:
        """One warning for the features of an optional layer that had no usable geometry."""
        if skipped:
            feedback.pushWarning(
                tr("{parameter}, layer “{layer}”: features without a usable geometry skipped: {count} ({ids})").format(
                    parameter=self.parameterDefinition(key).description(),
                    count=len(skipped),
                    layer=layer.sourceName(),
                    ids=", ".join(str(i) for i in skipped[:10]) + (" …" if len(skipped) > 10 else ""),
                )
            )

    def _ledger(self, parameters, context) -> Optional[LedgerInputs]:
        """The ledger's alerts, verdicts and deadlines, when a field GeoPackage is given."""
        path = self.parameterAsFile(parameters, self.LEDGER, context)
        if not path:
            return None
        if not Path(path).is_file():
            raise InputError(tr("{path}: no such field data GeoPackage").format(path=path), self.LEDGER)
        deadlines = Deadlines.parse(self.parameterAsString(parameters, self.DEADLINES, context))
        alerts = register(Path(path))[0]
        verdicts = {plot: verdict for plot, (verdict, _) in stored_verdicts(Path(path)).items()}
        return LedgerInputs(tuple(alerts), verdicts, deadlines)

    def process(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        started = time.perf_counter()
        existing = self.parameterAsSource(parameters, self.PLOTS, context)
        alerts, metric, crs = self._alerts(parameters, context, feedback, existing)
        feedback.pushInfo(tr("{} alerts read; measuring in {}").format(len(alerts), metric.authid()))
        today = today_parameter(self.parameterAsString(parameters, self.TODAY, context)) or today_utc()
        check = CheckRule(self.parameterAsInt(parameters, self.CHECK_DAYS, context))
        rule = PriorityRule(
            check=check, **{field: self.parameterAsDouble(parameters, key, context) for key, field, _ in WEIGHTS}
        )
        places = {}
        for key in (self.COMMUNITIES, self.ZONES):
            layer = self.parameterAsSource(parameters, key, context)
            places[key], skipped = place_shapes(layer, metric) if layer is not None else ([], [])
            self._skipped(key, layer, skipped, feedback)
        airstrip_layer = self.parameterAsSource(parameters, self.AIRSTRIPS, context)
        airstrips, skipped = airstrip_records(airstrip_layer, metric) if airstrip_layer is not None else ([], [])
        self._skipped(self.AIRSTRIPS, airstrip_layer, skipped, feedback)
        old = existing_plots(existing, metric) if existing is not None else []
        result = build_targets(
            alerts,
            today,
            old,
            airstrips,
            ClusterConfig(self.parameterAsDouble(parameters, self.DISTANCE, context)),
            rule,
            Places(places[self.COMMUNITIES], places[self.ZONES], [a.geometry for a in airstrips]),
            ProcessingFeedbackAdapter(feedback),
            self._ledger(parameters, context),
        )
        out_crs = existing.sourceCrs() if existing is not None else crs
        fields = target_fields(existing.fields() if existing is not None else None)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Point, out_crs)
        features = target_features(result.plots, result.priorities, metric, out_crs, existing, today, check)
        if existing is not None and existing.wkbType() != QgsWkbTypes.Type.Point:
            for feature in features:  # polygon plots: their position, as a point
                if feature.geometry().type() != QgsWkbTypes.GeometryType.PointGeometry:
                    feature.setGeometry(feature.geometry().pointOnSurface())
                elif feature.geometry().isMultipart():
                    feature.setGeometry(feature.geometry().centroid())
        sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)
        overdue = sum(p.overdue_days is not None for p in result.priorities)
        if overdue:
            feedback.pushInfo(tr("{count} plots hold an overdue alert: they come first").format(count=overdue))
        merge = result.merge
        if merge.renamed_ids:  # kept, never dropped: the coordinator should know the ids were reused
            shown = ", ".join(merge.renamed_ids[:20]) + (" …" if len(merge.renamed_ids) > 20 else "")
            feedback.pushWarning(
                tr(
                    "{count} alert ids are used at more than one place; each place is kept as its own alert, "
                    "the later ones as id#2, id#3…: {ids}"
                ).format(count=len(merge.renamed_ids), ids=shown)
            )
        feedback.pushInfo(
            tr(
                "{} plots: {} new, {} updated; {} new alerts, {} already in a plot, {} repeated; "
                "{} airstrips added; {:.1f} s"
            ).format(
                len(result.plots),
                merge.added,
                merge.updated,
                merge.new_alerts,
                merge.known_alerts,
                merge.repeated_alerts,
                result.airstrips_added,
                time.perf_counter() - started,
            )
        )
        return {
            self.OUTPUT: dest,
            "ADDED": merge.added,
            "UPDATED": merge.updated,
            "NEW_ALERTS": merge.new_alerts,
            "KNOWN_ALERTS": merge.known_alerts,
            "AIRSTRIPS_ADDED": result.airstrips_added,
        }


ALGORITHMS = [ImportAlerts]
