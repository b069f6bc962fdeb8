"""Reproject a layer to the UTM zone of its centre.

The engine measures distances in metres, so every planning input is first
brought into a metric CRS; this algorithm is that step on its own, for
coordinators who want to see or keep the metric copy.
"""

from __future__ import annotations

from typing import Any, Dict

from qgis import processing
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ...planner.core import InputError
from ...qgis_adapters.base import source_utm
from ._base import PreparationAlgorithm, tr


class ReprojectLocalUtm(PreparationAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"
    CRS = "CRS"

    def name(self) -> str:
        return "reproject_local_utm"

    def displayName(self) -> str:  # noqa: N802
        return tr("Reproject to local UTM zone")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Reprojects a layer to the WGS 84 / UTM zone that contains the centre of its extent, "
            "so that distances and travel times are measured in metres. Ucayali lies in zone 18 South "
            "(EPSG:32718) and, in the east, 19 South (EPSG:32719)."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, tr("Input layer")))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Reprojected layer")))
        self.addOutput(QgsProcessingOutputString(self.CRS, tr("Chosen CRS")))

    def process(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None or source.featureCount() == 0:
            raise InputError(tr("the layer is empty: there is nothing to reproject"), source=self.INPUT)
        try:
            crs_id = source_utm(source).authid()
        except InputError as error:  # too wide for one zone: the layer is named as its parameter
            raise InputError(error.reason, source=self.INPUT) from None
        feedback.pushInfo(tr("Reprojecting to {}").format(crs_id))
        result = processing.run(
            "native:reprojectlayer",
            {"INPUT": parameters[self.INPUT], "TARGET_CRS": crs_id, "OUTPUT": parameters[self.OUTPUT]},
            context=context,
            feedback=feedback,
            is_child_algorithm=True,
        )
        return {self.OUTPUT: result["OUTPUT"], self.CRS: crs_id}


ALGORITHMS = [ReprojectLocalUtm]
