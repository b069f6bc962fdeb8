"""The roads parameters *Plan patrols* and *Check the river network* share (issue 25).

Roads (the MTC's route lines, say) are trails of their own kind: noded by the
plugin within their own distance, and walked, or ridden at their own speed
(``planner.network.TravelModel.road_kmh``, ``road_snap_m``).
"""

from __future__ import annotations

from typing import Any, Dict, List

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...planner.network import TrailLine
from ...qgis_adapters.layers import NamedSource, trails_from_layer, transform_to
from ._base import tr

Number = QgsProcessingParameterNumber.Type.Double


def add_road_parameters(algorithm: QgsProcessingAlgorithm) -> None:
    add = algorithm.addParameter
    line = QgsProcessing.SourceType.TypeVectorLine
    add(
        QgsProcessingParameterFeatureSource(
            "ROADS", tr("Roads (route lines, joined by the plugin)"), [line], optional=True
        )
    )
    add(
        QgsProcessingParameterField(
            "ROAD_SPEED_FIELD", tr("Field: speed on the road (km/h)"), "speed_kmh", "ROADS", optional=True
        )
    )
    add(
        QgsProcessingParameterNumber(
            "ROAD_KMH", tr("Speed on roads (km/h; 0 = walked like trails, 25 by motorbike)"), Number, 0.0, False, 0.0
        )
    )
    add(QgsProcessingParameterNumber("ROAD_SNAP_M", tr("Join road lines closer than (m)"), Number, 50.0, False, 0.0))


def road_model(algorithm: QgsProcessingAlgorithm, parameters: Dict[str, Any], context: QgsProcessingContext) -> dict:
    """The ``TravelModel`` fields of the roads."""
    speed = algorithm.parameterAsDouble(parameters, "ROAD_KMH", context)
    return {"road_kmh": speed or None, "road_snap_m": algorithm.parameterAsDouble(parameters, "ROAD_SNAP_M", context)}


def read_roads(
    algorithm: QgsProcessingAlgorithm, parameters: Dict[str, Any], context: QgsProcessingContext, crs
) -> List[TrailLine]:
    found = algorithm.parameterAsSource(parameters, "ROADS", context)
    if found is None:
        return []
    roads = NamedSource(found, "roads")
    speed_field = roads.has_field(algorithm.parameterAsString(parameters, "ROAD_SPEED_FIELD", context))
    return trails_from_layer(roads, transform_to(roads, crs), speed_field, road=True)
