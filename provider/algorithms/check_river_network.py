"""Check the river network: pieces, bases and plots on islands, lines drawn against the flow (issue 25).

The same check *Plan patrols* runs before planning (``planner.network.check_network``), with a layer of
findings to zoom to, one point each.
"""

from __future__ import annotations

from typing import Any, Dict

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...planner.network import AGAINST_FLOW, ISLAND_BASE, ISLAND_PLOT, TravelModel, check_network
from ...qgis_adapters.layers import (
    FINDING_FIELDS,
    FINDING_WKB,
    check_lines,
    finding_features,
    metric_crs,
    rivers_from_layer,
    terminals_from_layer,
    trails_from_layer,
    transform_to,
)
from ._base import PreparationAlgorithm, tr
from ._roads import add_road_parameters, read_roads, road_model
from ._sources import chosen_field, named_source, snap_parameter

Number = QgsProcessingParameterNumber.Type.Double


class CheckRiverNetwork(PreparationAlgorithm):
    def name(self) -> str:
        return "check_river_network"

    def displayName(self) -> str:  # noqa: N802
        return tr("Check the river network")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Finds what would make a plan wrong or empty before planning: pieces of the network not joined to "
            "each other (gaps wider than the joining distance), plots on a piece no base reaches and bases on a "
            "piece with no plot, and river lines that seem drawn from their mouth to their source (a line "
            "starting in the middle of another river, or flowing out of a confluence into nothing). The lines "
            "are joined as Plan patrols joins them. Each finding is a point with a note; Plan patrols prints the "
            "same counts. To set the flow of rivers that have no direction, run Set the river flow."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        line = QgsProcessing.SourceType.TypeVectorLine
        point, polygon = QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon
        add = self.addParameter
        add(QgsProcessingParameterFeatureSource("RIVERS", tr("Rivers"), [line]))
        add(
            QgsProcessingParameterField(
                "RIVER_REVERSED_FIELD", tr("Field: digitised upstream (1/0)"), "reversed", "RIVERS", optional=True
            )
        )
        add(QgsProcessingParameterFeatureSource("TRAILS", tr("Trails"), [line], optional=True))
        add_road_parameters(self)
        add(QgsProcessingParameterFeatureSource("BASES", tr("Bases"), [point], optional=True))
        add(QgsProcessingParameterField("BASE_NAME_FIELD", tr("Field: base name"), "name", "BASES", optional=True))
        add(QgsProcessingParameterFeatureSource("PLOTS", tr("Suspected plots"), [point, polygon], optional=True))
        add(QgsProcessingParameterField("PLOT_ID_FIELD", tr("Field: plot id"), "plot_id", "PLOTS", optional=True))
        add(snap_parameter())
        add(
            QgsProcessingParameterNumber(
                "MAX_FOREST_M", tr("Longest walk through forest (m)"), Number, 2000.0, False, 0.0
            )
        )
        add(QgsProcessingParameterFeatureSink("FINDINGS", tr("River network findings"), point))
        for key, label in (
            ("PIECES", tr("Pieces of network")),
            ("AGAINST_FLOW", tr("River lines that seem drawn against the flow")),
            ("ISLAND_PLOTS", tr("Plots on a piece no base reaches")),
            ("ISLAND_BASES", tr("Bases on a piece with no plot")),
            ("ROAD_NODES", tr("Junctions made between road lines")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def process(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        def source(key: str):
            return named_source(self, parameters, context, key)

        def field(layer, key: str):
            return chosen_field(self, parameters, context, layer, key)

        rivers = source("RIVERS")
        bases, plots = source("BASES"), source("PLOTS")
        crs = metric_crs(bases, plots) if bases or plots else metric_crs(rivers)  # the area of work chooses
        river_lines = rivers_from_layer(rivers, transform_to(rivers, crs), field(rivers, "RIVER_REVERSED_FIELD"))
        trails = source("TRAILS")
        trail_lines = trails_from_layer(trails, transform_to(trails, crs)) if trails is not None else []
        trail_lines += read_roads(self, parameters, context, crs)
        terminals = {}
        for key, id_key, layer in (("BASES", "BASE_NAME_FIELD", bases), ("PLOTS", "PLOT_ID_FIELD", plots)):
            found = terminals_from_layer(layer, transform_to(layer, crs), field(layer, id_key)) if layer else []
            terminals[key] = found
        model = TravelModel(
            snap_m=self.parameterAsDouble(parameters, "SNAP_M", context),
            max_forest_m=self.parameterAsDouble(parameters, "MAX_FOREST_M", context),
            **road_model(self, parameters, context),
        )
        check = check_network(river_lines, trail_lines, terminals["BASES"], terminals["PLOTS"], model)
        feedback.pushInfo(tr("Measuring in {}").format(crs.authid()))
        for line in check_lines(check) or [tr("River network: one piece, nothing to report")]:
            feedback.pushInfo(line)
        sink, dest = self.parameterAsSink(parameters, "FINDINGS", context, FINDING_FIELDS, FINDING_WKB, crs)
        for feature in finding_features(check):
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {
            "FINDINGS": dest,
            "PIECES": check.pieces,
            "AGAINST_FLOW": check.count(AGAINST_FLOW),
            "ISLAND_PLOTS": check.count(ISLAND_PLOT),
            "ISLAND_BASES": check.count(ISLAND_BASE),
            "ROAD_NODES": check.road_nodes,
        }


ALGORITHMS = [CheckRiverNetwork]
