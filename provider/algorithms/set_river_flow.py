"""Set the river flow: a copy of the rivers with the field ``reversed`` the planner reads (issue 25).

Hydrography such as the IGN 1:100k rivers has no flow attribute and no known digitising direction;
``planner.network.set_flow`` orients every line from the outlet the coordinator gives (a point near
the last end of the river), or from an elevation model's lowest end of each piece.
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
    QgsProcessingParameterRasterLayer,
)

from ...planner.core import InputError
from ...planner.network import TravelModel, set_flow
from ...qgis_adapters.base import checked_transform
from ...qgis_adapters.layers import (
    dem_elevation,
    feature_flags,
    flow_features,
    flow_fields,
    metric_crs,
    rivers_from_layer,
    terminals_from_layer,
    transform_to,
)
from ._base import PreparationAlgorithm, tr
from ._sources import named_source, snap_parameter


class SetRiverFlow(PreparationAlgorithm):
    def name(self) -> str:
        return "set_river_flow"

    def displayName(self) -> str:  # noqa: N802
        return tr("Set the river flow")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "For rivers whose lines are not drawn in the direction of flow (most national hydrography): water "
            "runs towards the outlet, so every reach flows from its end farther from the outlet along the network "
            "to its nearer end. Give the outlet as a point near the river's last end (one per river system), or "
            "an elevation model: then the lowest loose end of each piece is its outlet. Writes a copy of the "
            "rivers with the field 'reversed' (1: drawn against the flow, 0: with it, empty: no outlet in its "
            "piece), which Plan patrols reads. The rivers layer itself is not changed."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        line, point = QgsProcessing.SourceType.TypeVectorLine, QgsProcessing.SourceType.TypeVectorPoint
        add = self.addParameter
        add(QgsProcessingParameterFeatureSource("RIVERS", tr("Rivers"), [line]))
        add(
            QgsProcessingParameterFeatureSource(
                "OUTLETS", tr("Outlets (where the rivers leave)"), [point], optional=True
            )
        )
        add(
            QgsProcessingParameterRasterLayer(
                "DEM", tr("Elevation model (the lowest end is the outlet)"), optional=True
            )
        )
        add(snap_parameter())
        add(QgsProcessingParameterFeatureSink("OUTPUT", tr("Rivers with their flow"), line))
        for key, label in (
            ("PIECES", tr("Pieces of network")),
            ("FLIPPED", tr("Lines drawn against the flow")),
            ("UNKNOWN_PIECES", tr("Pieces with no outlet")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def process(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        rivers = named_source(self, parameters, context, "RIVERS")
        points = named_source(self, parameters, context, "OUTLETS")
        dem = self.parameterAsRasterLayer(parameters, "DEM", context)
        if points is None and dem is None:
            raise InputError(tr("give the outlets or an elevation model: the flow is set from them"), "OUTLETS")
        crs = metric_crs(rivers)  # the rivers are the area of work here
        lines = rivers_from_layer(rivers, transform_to(rivers, crs))
        outlets = []
        if points is not None:
            for terminal in terminals_from_layer(points, transform_to(points, crs)):
                outlets.append((terminal.geometry.x, terminal.geometry.y))
        elevation = None
        if dem is not None:
            elevation = dem_elevation(dem, 1, checked_transform(crs, dem.crs()) if dem.crs() != crs else None)
        snap = self.parameterAsDouble(parameters, "SNAP_M", context)
        flow = set_flow(lines, outlets, elevation, TravelModel(snap_m=snap))
        flags = feature_flags([line.fid for line in lines], flow.reversed)
        flipped = sum(1 for flag in flags.values() if flag)
        fields = flow_fields(rivers.fields())
        sink, dest = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, rivers.source.wkbType(), rivers.sourceCrs()
        )
        for feature in flow_features(rivers.source.getFeatures(), fields, flags):
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(
            tr("{flipped} lines drawn against the flow; {pieces} pieces, {unknown} with no outlet (left empty)").format(
                flipped=flipped, pieces=flow.pieces, unknown=flow.unknown
            )
        )
        return {"OUTPUT": dest, "PIECES": flow.pieces, "FLIPPED": flipped, "UNKNOWN_PIECES": flow.unknown}


ALGORITHMS = [SetRiverFlow]
