"""Export QField package: per team a QGIS project the guards open offline on a phone, with a verdict form."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...qgis_adapters.base import hiding_secret
from ...qgis_adapters.layers import hidden_places
from ...qgis_adapters.printing import BriefingContext, paper_hiding, write_qfield_packages
from ._base import PatrolAlgorithm, tr


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
        line, point = QgsProcessing.SourceType.TypeVectorLine, QgsProcessing.SourceType.TypeVectorPoint
        polygon = QgsProcessing.SourceType.TypeVectorPolygon
        self.addParameter(QgsProcessingParameterVectorLayer("ROUTES", tr("Patrol routes"), [line]))
        self.addParameter(QgsProcessingParameterVectorLayer("STOPS", tr("Patrol stops"), [point]))
        self.addParameter(QgsProcessingParameterString("TEAM", tr("Only this team (empty = all)"), "", optional=True))
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "BASES",
                tr("Communities (those marked 'sensitive' are left out like the bases)"),
                [point],
                optional=True,
            )
        )
        for key, label, kind in (
            ("RIVERS", tr("Rivers"), line),
            ("TRAILS", tr("Trails"), line),
            ("NOGO", tr("No-go zones"), polygon),
        ):
            self.addParameter(QgsProcessingParameterVectorLayer(key, label, [kind], optional=True))
        self.addParameter(
            QgsProcessingParameterNumber(
                "HIDE_RADIUS_M",
                tr("Cut the route and map this far around left-out places (m)"),
                QgsProcessingParameterNumber.Type.Double,
                500.0,
                False,
                0.0,
            )
        )
        self.addParameter(QgsProcessingParameterBoolean("BASEMAP", tr("Offline basemap (MBTiles)"), True))
        self.addParameter(
            QgsProcessingParameterNumber(
                "BASEMAP_TILES",
                tr("At most this many basemap tiles per team"),
                QgsProcessingParameterNumber.Type.Integer,
                4000,
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
        layers = BriefingContext(
            *(self.parameterAsVectorLayer(parameters, key, context) for key in ("RIVERS", "TRAILS", "BASES", "NOGO"))
        )
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
