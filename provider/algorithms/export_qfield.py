"""Export QField package: per team a QGIS project the guards open offline on a phone, with a verdict form."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)

from ...planner.export import BASEMAP_MAX_TILES
from ...qgis_adapters.base import hiding_secret
from ...qgis_adapters.layers import hidden_places
from ...qgis_adapters.printing import paper_hiding, write_qfield_packages
from ._base import PatrolAlgorithm, tr
from ._export_params import add_export_parameters, export_layers


class ExportQField(PatrolAlgorithm):
    def name(self) -> str:
        return "export_qfield"

    def displayName(self) -> str:  # noqa: N802
        return tr("Export QField package")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Writes, for each team, a folder QField opens offline on a phone: a QGIS project with the team's plots "
            "and a form for what was found there (coca, clearing, airstrip, camp, nothing, not reached; a photo; "
            "notes), the route by day, the night camps, a track layer QField records into from the moment the "
            "project opens, and an offline basemap of rivers, trails and no-go zones drawn by QGIS's tile "
            "generator. Copy the folder onto the phone; bring it back and import it with 'Import verdicts from "
            "QField'. Like every field file it shows no base and no sensitive place: the route and the map are cut "
            "round them."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        add_export_parameters(self)
        self.addParameter(QgsProcessingParameterBoolean("BASEMAP", tr("Offline basemap (MBTiles)"), True))
        self.addParameter(
            QgsProcessingParameterNumber(
                "BASEMAP_TILES",
                tr("At most this many basemap tiles per team"),
                QgsProcessingParameterNumber.Type.Integer,
                BASEMAP_MAX_TILES,
                False,
                1,
            )
        )
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        self.addOutput(QgsProcessingOutputString("PROJECTS", tr("QField projects")))
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Number of packages")))

    def process(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        routes = self.parameterAsVectorLayer(parameters, "ROUTES", context)
        stops = self.parameterAsVectorLayer(parameters, "STOPS", context)
        layers = export_layers(self, parameters, context)
        places = hidden_places(stops, layers.bases)  # every team's base, sensitive stops and communities
        radius = self.parameterAsDouble(parameters, "HIDE_RADIUS_M", context)
        hiding = paper_hiding(places, routes.crs(), hiding_secret(context.project()), radius)
        folder = Path(self.parameterAsString(parameters, "OUTPUT_FOLDER", context))
        folder.mkdir(parents=True, exist_ok=True)
        packages = write_qfield_packages(
            routes,
            stops,
            folder,
            hiding,
            layers,
            self.parameterAsString(parameters, "TEAM", context).strip(),
            self.parameterAsBoolean(parameters, "BASEMAP", context),
            self.parameterAsInt(parameters, "BASEMAP_TILES", context),
        )
        for package in packages:
            feedback.pushInfo(
                tr("{team}: {plots} plots, {camps} camps, {size:.1f} MB in {folder}").format(
                    team=package.team,
                    plots=package.plots,
                    camps=package.camps,
                    size=package.size_bytes / 1e6,
                    folder=package.folder,
                )
            )
        projects = ";".join(str(p.project) for p in packages)
        return {"OUTPUT_FOLDER": str(folder), "PROJECTS": projects, "COUNT": len(packages)}


ALGORITHMS = [ExportQField]
