"""Patrol briefing: routes and stops in, one printable A4 PDF per team out."""

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
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...planner.export import team_stems
from ...qgis_adapters.base import hiding_secret
from ...qgis_adapters.layers import ledger_layer_summary
from ...qgis_adapters.printing import BriefingContext, teams_in, write_briefings, write_pilot_files
from ._base import PatrolAlgorithm, tr
from ._export_params import add_export_parameters, export_layers


class PatrolBriefing(PatrolAlgorithm):
    def name(self) -> str:
        return "patrol_briefing"

    def displayName(self) -> str:  # noqa: N802
        return tr("Patrol briefing")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Prints, for each team, an A4 briefing as PDF: the team's name and date, a summary of days, plots, "
            "camps, hours and kilometres, an overview map of the route over the rivers (arrows downstream), "
            "trails, communities and no-go zones, with legend, scale bar, north arrow, a UTM grid and latitude/"
            "longitude ticks; the table of stops with the names the GPS unit shows, day-first arrival times, the "
            "bearing and distance of each walk through the forest and UTM coordinates; then one page per day at "
            "1:25,000 or 1:50,000 when the day fits. Readable in black and white. A briefing made without "
            "rivers, trails, communities or no-go zones says so on its map. The office copy can end with the "
            "alert ledger's page (the layer 'Alert ledger' made): alerts by state with a chart, the median days "
            "from detection to verdict and each source's verdicts and false alarms."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        add_export_parameters(self)  # the field copy hides with the GPX's distance
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                "CONTEXT", tr("Other layers for the map"), QgsProcessing.SourceType.TypeVectorAnyGeometry, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "LEGS",
                tr("Legs (for the pilot's sheet, GPX and the evening check-ins)"),
                [QgsProcessing.SourceType.TypeVectorLine],
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterString("DATE", tr("Date printed on the briefing"), "", optional=True))
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title"), "", optional=True))
        self.addParameter(QgsProcessingParameterBoolean("PNG_PREVIEW", tr("Also save each first page as PNG"), False))
        self.addParameter(QgsProcessingParameterBoolean("PNG_PAGES", tr("Also save every page as PNG"), False))
        self.addParameter(
            QgsProcessingParameterBoolean(
                "OFFICE", tr("Office copy: with the communities and bases (never to the field)"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "PREDICTABILITY", tr("Predictability of the plan (office copy only)"), "", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "LEDGER", tr("Alert ledger (its summary as the office copy's last page)"), optional=True
            )
        )
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        self.addOutput(QgsProcessingOutputString("FILES", tr("Briefing files")))
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Number of briefings")))

    def process(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        routes = self.parameterAsVectorLayer(parameters, "ROUTES", context)
        stops = self.parameterAsVectorLayer(parameters, "STOPS", context)
        layers = self.parameterAsLayerList(parameters, "CONTEXT", context) or []
        folder = Path(self.parameterAsString(parameters, "OUTPUT_FOLDER", context))
        given = export_layers(self, parameters, context)
        radius = self.parameterAsDouble(parameters, "HIDE_RADIUS_M", context)
        office = self.parameterAsBoolean(parameters, "OFFICE", context)
        ledger = self.parameterAsVectorLayer(parameters, "LEDGER", context)
        if ledger is not None and not office:
            feedback.pushWarning(tr("The alert ledger goes on the office copy only: the field copy leaves it out."))
        written = write_briefings(
            routes,
            stops,
            folder,
            date=self.parameterAsString(parameters, "DATE", context),
            context=[layer for layer in layers if layer.type() == layer.LayerType.VectorLayer],
            title=self.parameterAsString(parameters, "TITLE", context),
            png_preview=self.parameterAsBoolean(parameters, "PNG_PREVIEW", context),
            only_team=self.parameterAsString(parameters, "TEAM", context).strip(),
            layers=BriefingContext(
                given.rivers,
                given.trails,
                given.bases,
                given.nogo,
                tuple(layer for layer in layers if layer.type() == layer.LayerType.VectorLayer),
            ),
            all_pages_png=self.parameterAsBoolean(parameters, "PNG_PAGES", context),
            secret=hiding_secret(context.project()),
            radius_m=radius,
            office=office,
            predictability=self.parameterAsString(parameters, "PREDICTABILITY", context),
            ledger=ledger_layer_summary(ledger) if ledger is not None and office else None,
        )
        legs = self.parameterAsVectorLayer(parameters, "LEGS", context)
        if legs is not None:
            only = self.parameterAsString(parameters, "TEAM", context).strip()
            written = list(written) + write_pilot_files(
                legs,
                stops,
                folder,
                [only] if only else teams_in(routes),
                hiding_secret(context.project()),
                radius,
                stems=team_stems(teams_in(routes)),
                communities=given.bases,
                routes=routes,
            )
        if BriefingContext(given.rivers, given.trails, given.bases, given.nogo, tuple(layers)).empty():
            feedback.pushWarning(
                tr(
                    "No rivers, trails, communities or no-go zones were given: the maps show only "
                    "the route, and say so."
                )
            )
        pdfs = [str(p) for p in written if p.suffix == ".pdf"]
        for path in written:
            feedback.pushInfo(tr("Written {}").format(path))
        return {"OUTPUT_FOLDER": str(folder), "FILES": ";".join(pdfs), "COUNT": len(pdfs)}


ALGORITHMS = [PatrolBriefing]
