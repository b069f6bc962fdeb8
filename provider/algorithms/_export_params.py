"""The inputs every algorithm that writes field files takes: the plan, the team, the map's layers, the hiding.

Export GPX, Export QField package and Patrol briefing each draw the plan's
route for the field under the one hiding rule (``planner.export.field_lines``):
the same parameter ids, words and defaults, defined here once, so a file
written by one never hides less, or otherwise, than another's.
"""

from __future__ import annotations

from typing import Any, Dict

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...qgis_adapters.printing import BriefingContext
from ._base import tr

LAYERS = ("RIVERS", "TRAILS", "BASES", "NOGO")  # in BriefingContext's order
HIDE_RADIUS_M = 500.0


def add_export_parameters(algorithm: QgsProcessingAlgorithm, sources: bool = False, team: str = "") -> None:
    """ROUTES, STOPS, TEAM, BASES, RIVERS, TRAILS, NOGO and HIDE_RADIUS_M on ``algorithm``; ``sources``: the
    plan's layers as feature sources (else vector layers); ``team``: the TEAM parameter's words."""
    line, point = QgsProcessing.SourceType.TypeVectorLine, QgsProcessing.SourceType.TypeVectorPoint
    plan = QgsProcessingParameterFeatureSource if sources else QgsProcessingParameterVectorLayer
    algorithm.addParameter(plan("ROUTES", tr("Patrol routes"), [line]))
    algorithm.addParameter(plan("STOPS", tr("Patrol stops"), [point]))
    algorithm.addParameter(
        QgsProcessingParameterString("TEAM", team or tr("Only this team (empty = all)"), "", optional=True)
    )
    for key, label, kind in (
        ("BASES", tr("Communities (those marked 'sensitive' are left out like the bases)"), point),
        ("RIVERS", tr("Rivers (digitised downstream)"), line),
        ("TRAILS", tr("Trails"), line),
        ("NOGO", tr("No-go zones"), QgsProcessing.SourceType.TypeVectorPolygon),
    ):
        algorithm.addParameter(QgsProcessingParameterVectorLayer(key, label, [kind], optional=True))
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            "HIDE_RADIUS_M",
            tr("Cut the route and map this far around left-out places (m)"),
            QgsProcessingParameterNumber.Type.Double,
            HIDE_RADIUS_M,
            False,
            0.0,
        )
    )


def export_layers(
    algorithm: QgsProcessingAlgorithm, parameters: Dict[str, Any], context: QgsProcessingContext
) -> BriefingContext:
    """The map's layers given to ``algorithm`` (any may be None)."""
    return BriefingContext(*(algorithm.parameterAsVectorLayer(parameters, key, context) for key in LAYERS))
