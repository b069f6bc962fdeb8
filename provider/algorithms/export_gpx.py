"""Export GPX: one file per team that the chosen handheld unit accepts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Dict

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...planner.core import Message
from ...planner.export import (
    PROFILES,
    ExportOptions,
    GpxLabels,
    chosen_for_unit,
    export_team_gpx,
    export_to_unit,
    team_stems,
    tiles_per_map,
)
from ...qgis_adapters.base import hiding_secret
from ...qgis_adapters.layers import hidden_places, team_exports
from ...qgis_adapters.printing import paper_hiding, write_custom_maps
from ...qgis_adapters.translation import device_label, translate_message
from ._base import PatrolAlgorithm, tr
from ._export_params import add_export_parameters, export_layers


class ExportGpx(PatrolAlgorithm):
    def name(self) -> str:
        return "export_gpx"

    def displayName(self) -> str:  # noqa: N802
        return tr("Export GPX for GPS units")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Writes, for each team, a GPX 1.1 file its handheld unit accepts: a waypoint per plot and camp, a route "
            "through the stops for 'navigate to next point', and the planned path as a track with one segment a "
            "day, simplified to the unit's limits. Each team gets its own sub-folder; when the folder is a "
            "connected Garmin unit's GPX folder the files go straight onto it, replacing only the files of the "
            "previous export, and the export is refused when the unit could not hold it with a fifth of its "
            "waypoints left free. By default every team's base and every sensitive place is left out and the track "
            "is cut around them on an irregular edge, so a lost unit does not reveal them."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        add_export_parameters(
            self, sources=True, team=tr("Only this team (empty = all; onto a unit: its team, or teams separated by ;)")
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "DEVICE",
                tr("GPS unit"),
                [device_label(p) for p in PROFILES],
                defaultValue=[p.key for p in PROFILES].index("etrex22x"),
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "LEAVE_OUT_SENSITIVE", tr("Leave community bases and sensitive places out"), True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MAX_DEVIATION_M",
                tr("Track stays this close to the planned path (m)"),
                QgsProcessingParameterNumber.Type.Double,
                25.0,
                False,
                1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString("AUTHOR", tr("Author written in the files (empty = none)"), "", optional=True)
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "CUSTOM_MAP",
                tr("On a connected unit, also a custom map of rivers and trails (Garmin/CustomMaps)"),
                True,
            )
        )
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        self.addOutput(QgsProcessingOutputString("FILES", tr("GPX files")))
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Number of files")))

    def process(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        routes = self.parameterAsSource(parameters, "ROUTES", context)
        stops = self.parameterAsSource(parameters, "STOPS", context)
        device = PROFILES[self.parameterAsEnum(parameters, "DEVICE", context)]
        folder = Path(self.parameterAsString(parameters, "OUTPUT_FOLDER", context))
        author = self.parameterAsString(parameters, "AUTHOR", context).strip() or None
        options = ExportOptions(
            device=device,
            hide_sensitive=self.parameterAsBoolean(parameters, "LEAVE_OUT_SENSITIVE", context),
            hide_radius_m=self.parameterAsDouble(parameters, "HIDE_RADIUS_M", context),
            max_deviation_m=self.parameterAsDouble(parameters, "MAX_DEVIATION_M", context),
            author=author,
            labels=labels(),
            # Every team's base, also of teams not exported now, and the communities marked sensitive.
            also_hide=hidden_places(stops, self.parameterAsVectorLayer(parameters, "BASES", context)),
            hide_secret=hiding_secret(context.project()),
        )
        chosen = self.parameterAsString(parameters, "TEAM", context).strip()
        on_unit = folder.name.upper() == "GPX" and folder.parent.name.lower() == "garmin"
        # Every team's lines are cut together, whichever go out now: the briefings and the other units
        # of the same plan then draw the very same lines (planner.export.plan_cut).
        plan = team_exports(routes, stops, "")
        if on_unit:  # a unit carries only its team's plan: "A;B" for a unit shared by two teams
            teams = chosen_for_unit(plan, [t.strip() for t in chosen.split(";")])
        else:
            teams = [team for team in plan if not chosen or team.team == chosen] or team_exports(routes, stops, chosen)
        folder.mkdir(parents=True, exist_ok=True)
        if on_unit:
            custom_map = self.parameterAsBoolean(parameters, "CUSTOM_MAP", context) and device.key != "etrex10"
            if custom_map:
                tiles_per_map(folder.parent, len(teams))  # refused here, before the GPX files are replaced
            reports = export_to_unit(teams, folder, options, plan)  # straight onto a unit: no sub-folders
            if custom_map:
                layers = replace(export_layers(self, parameters, context), bases=None)  # never on a unit
                wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
                hiding = paper_hiding(options.also_hide, wgs84, options.hide_secret, options.hide_radius_m)
                maps = write_custom_maps(folder.parent, teams, reports, layers, options.hide_sensitive, hiding)
                feedback.pushInfo(tr("Custom maps written: {}").format(", ".join(str(p) for p in maps)))
        else:
            reports = []
            stems = team_stems([t.team for t in teams])  # "Ñaupa" and "Naupa" get two folders
            for team in teams:
                team_folder = folder / stems[team.team]
                team_folder.mkdir(exist_ok=True)
                reports.append(export_team_gpx(team, team_folder, options, plan=plan))
        files = []
        for report in reports:
            for part in report.parts:
                files.append(str(part.path))
            feedback.pushInfo(
                tr("{}: {} file(s), {} stops left out, track within {:.0f} m of the plan").format(
                    report.team, len(report.parts), report.hidden_stops, report.max_deviation_m
                )
            )
            for warning in report.warnings:
                feedback.pushWarning(translate_message(warning) if isinstance(warning, Message) else warning)
        return {"OUTPUT_FOLDER": str(folder), "FILES": ";".join(files), "COUNT": len(files)}


def labels() -> GpxLabels:
    """The words written on the unit, in the user's language (accents dropped for units without them)."""
    return GpxLabels(
        plot=tr("Plot"),
        camp=tr("Camp"),
        base=tr("Base"),
        route=tr("Route"),
        track=tr("Plan"),
        day=tr("Day"),
        priority=tr("Priority"),
        arrival=tr("Arrives"),
        service=tr("Check {} min"),
    )


ALGORITHMS = [ExportGpx]
