"""Which suspected plots did the patrols see?  Plots plus the field GeoPackage in, coverage out."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...planner.core import InputError
from ...planner.field import CoverageConfig, compute_coverage, merge_verdicts
from ...qgis_adapters.base import ProcessingFeedbackAdapter, source_utm
from ...qgis_adapters.layers import coverage_features, coverage_fields, load_plots
from ...qgis_adapters.stores import stored_verdicts
from ...qgis_adapters.styles import StyleOnLoad, style_plots_status
from ._base import PatrolAlgorithm, today_parameter, tr
from ._store import add_store_parameters, store_from, wgs84_wkts


class PlotCoverage(PatrolAlgorithm):
    PLOTS = "PLOTS"
    ID_FIELD = "ID_FIELD"
    DATE_FIELD = "DATE_FIELD"
    GEOPACKAGE = "GEOPACKAGE"
    RADIUS = "RADIUS"
    MIN_FRACTION = "MIN_FRACTION"
    CHECK_DAYS = "CHECK_DAYS"
    TODAY = "TODAY"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "plot_coverage"

    def displayName(self) -> str:  # noqa: N802
        return tr("Plot coverage")

    def shortHelpString(self) -> str:  # noqa: N802
        return (
            tr(
                "Marks each suspected plot as covered when a foot or boat track passed within the radius, or a "
                "drone's camera footprint contains it. When a plot has a detection date, only tracks on or after "
                "that day count. Adds covered, covered_by, last_seen, visits and the tracks. Without a chosen field, "
                "a 'plot_id' field gives the plot ids and a 'detected' field the detection dates."
            )
            + " "
            + tr(
                "With 'Checks stay current for' above 0, a plot counts as covered only that many days after its last "
                "pass, and days_since_check says how long ago that was."
            )
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PLOTS,
                tr("Suspected plots"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ID_FIELD, tr("Plot id field"), parentLayerParameterName=self.PLOTS, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DATE_FIELD, tr("Detection date field"), parentLayerParameterName=self.PLOTS, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(self.GEOPACKAGE, tr("Field data GeoPackage"), extension="gpkg", optional=True)
        )
        add_store_parameters(self)
        self.addParameter(
            QgsProcessingParameterDistance(
                self.RADIUS, tr("A track within this distance covers a plot (m)"), 50.0, minValue=1.0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_FRACTION,
                tr("Share of a polygon plot a drone must have seen"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.5,
                minValue=0.01,
                maxValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CHECK_DAYS,
                tr("Checks stay current for (days, 0 = for ever)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=0,
                minValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.TODAY, tr("Count days up to (YYYY-MM-DD, empty = today)"), optional=True)
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Plot coverage")))

    def process(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        source = self.parameterAsSource(parameters, self.PLOTS, context)
        if source is None or source.featureCount() == 0:
            raise InputError(tr("the plots layer is empty"), source=self.PLOTS)
        metric = source_utm(source)
        feedback.pushInfo(tr("Measuring in {}").format(metric.authid()))
        gpkg = self.parameterAsFile(parameters, self.GEOPACKAGE, context)
        store = store_from(self, parameters, context, gpkg)
        tracks = store.load_tracks(metric)
        names = source.fields().names()
        # The planner's own conventions (and the training data's) when no field is chosen.
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context) or (
            "plot_id" if "plot_id" in names else ""
        )
        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context) or (
            "detected" if "detected" in names else ""
        )
        plots = load_plots(source, metric, id_field, date_field)
        days = self.parameterAsInt(parameters, self.CHECK_DAYS, context)
        config = CoverageConfig(
            radius_m=self.parameterAsDouble(parameters, self.RADIUS, context),
            min_polygon_fraction=self.parameterAsDouble(parameters, self.MIN_FRACTION, context),
            valid_days=days or None,
            today=today_parameter(self.parameterAsString(parameters, self.TODAY, context)),
        )
        results = compute_coverage(plots, tracks, config, ProcessingFeedbackAdapter(feedback))
        if store.kind != "postgis":  # the guards' verdicts from QField (issue 30) count as checks too
            verdicts = {plot: verdict for plot, (verdict, _) in stored_verdicts(Path(gpkg)).items()}
            results = merge_verdicts(results, verdicts, config.valid_days, config.today)
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT, context, coverage_fields(source.fields()), source.wkbType(), source.sourceCrs()
        )
        sink.addFeatures(coverage_features(source, results), QgsFeatureSink.Flag.FastInsert)
        if store.kind == "postgis":  # the shared record keeps every run
            store.record_coverage(results, wgs84_wkts(source))
            feedback.pushInfo(tr("Coverage recorded in the shared database {}").format(store.label))
        feedback.pushInfo(tr("{} of {} plots covered").format(sum(r.covered for r in results), len(results)))
        StyleOnLoad.attach(context, dest, style_plots_status)
        return {self.OUTPUT: dest}


ALGORITHMS = [PlotCoverage]
