"""After a patrol: which planned stops did the team reach, and when?  Stops plus the field GeoPackage in."""

from __future__ import annotations

from typing import Any, Dict

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ...planner.core import InputError, message
from ...planner.field import PlanVsActualConfig, compare_plan
from ...qgis_adapters.base import ProcessingFeedbackAdapter, source_utm
from ...qgis_adapters.layers import STOP_OUTCOME_FIELDS, load_stops, stop_outcome_features
from ._base import PatrolAlgorithm, tr
from ._store import add_store_parameters, plan_stops, store_from, wgs84_wkts


class PlanVsActual(PatrolAlgorithm):
    def name(self) -> str:
        return "plan_vs_actual"

    def displayName(self) -> str:  # noqa: N802
        return tr("Planned versus actual")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Compares a plan's stops with the tracks that came back from the field: a stop is reached when a "
            "foot or boat track passed within the radius. Adds reached (1/0), reached_at (first time inside the "
            "radius), the track, the closest distance and the delay against the planned arrival in minutes. "
            "Planned arrivals are local time; say how far local time is from UTC (Peru: -5)."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "STOPS", tr("Patrol stops (from Plan patrols)"), [QgsProcessing.SourceType.TypeVectorPoint]
            )
        )
        self.addParameter(
            QgsProcessingParameterFile("GEOPACKAGE", tr("Field data GeoPackage"), extension="gpkg", optional=True)
        )
        add_store_parameters(self)
        self.addParameter(
            QgsProcessingParameterDistance(
                "RADIUS", tr("A track within this distance reaches a stop (m)"), 50.0, minValue=1.0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "UTC_OFFSET",
                tr("Local time minus UTC (hours)"),
                QgsProcessingParameterNumber.Type.Double,
                -5.0,
                minValue=-12.0,
                maxValue=14.0,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Stops reached")))

    def process(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        source = self.parameterAsSource(parameters, "STOPS", context)
        if source is None or source.featureCount() == 0:
            raise InputError(message("stops_empty"), source="STOPS")
        metric = source_utm(source)
        store = store_from(self, parameters, context, self.parameterAsFile(parameters, "GEOPACKAGE", context))
        tracks = store.load_tracks(metric)
        stops = load_stops(source, metric, utc_offset_hours=self.parameterAsDouble(parameters, "UTC_OFFSET", context))
        config = PlanVsActualConfig(radius_m=self.parameterAsDouble(parameters, "RADIUS", context))
        outcomes = compare_plan(stops, tracks, config, ProcessingFeedbackAdapter(feedback))
        fields = QgsFields(source.fields())
        taken = set(fields.names())
        extra = [f for f in STOP_OUTCOME_FIELDS if f.name() not in taken]
        for field in extra:
            fields.append(field)
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, source.wkbType(), source.sourceCrs())
        for original, outcome in zip(source.getFeatures(), stop_outcome_features(source, outcomes)):
            feature = QgsFeature(fields)
            feature.setGeometry(original.geometry())
            feature.setAttributes(original.attributes() + [outcome[f.name()] for f in extra])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        if store.kind == "postgis":  # the plan and its outcome join the shared record
            recorded = plan_stops(source.getFeatures(), source.sourceCrs())
            plan_id = store.record_plan(
                source.sourceName(),
                [
                    (stop_id, stop.planned_time, attrs, lon, lat)
                    for stop, (stop_id, _, attrs, lon, lat) in zip(stops, recorded)
                ],
            )
            store.record_outcomes(plan_id, outcomes, wgs84_wkts(source))
            feedback.pushInfo(tr("Plan and outcome recorded in the shared database {}").format(store.label))
        reached = sum(o.reached for o in outcomes)
        feedback.pushInfo(tr("{} of {} planned stops reached").format(reached, len(outcomes)))
        return {"OUTPUT": dest}


ALGORITHMS = [PlanVsActual]
