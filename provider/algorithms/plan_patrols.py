"""Plan patrols: rivers, trails, plots, bases and teams in; routes, stops and left-out plots out."""

from __future__ import annotations

import logging
from typing import Any, Dict

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...planner.core import InputError, message
from ...planner.crew import MOTORS
from ...planner.network import TravelModel
from ...planner.plan import (
    Ground,
    PlanSetup,
    prepare_plan,
)
from ...qgis_adapters.base import (
    NETWORKS,
    ProcessingFeedbackAdapter,
    checked_transform,
    plan_key,
    previous_plan,
    raster_key,
    remember_plan,
    work_area,
)
from ...qgis_adapters.layers import (
    LEFT_OUT_FIELDS,
    LEFT_OUT_WKB,
    LEG_FIELDS,
    LEG_WKB,
    NAVIGABLE_FIELD,
    ROUTE_FIELDS,
    ROUTE_WKB,
    STOP_FIELDS,
    STOP_WKB,
    bases_lat_lon,
    cut_to_area,
    dem_elevation,
    left_out_features,
    leg_features,
    read_bases,
    read_plots,
    rivers_from_layer,
    route_features,
    stop_features,
    trails_from_layer,
    transform_to,
    with_months,
    zones_from_layer,
)
from ...qgis_adapters.styles import StyleOnLoad, style_legs, style_plots_status, style_routes, style_stops
from ...qgis_adapters.translation import stability_text
from ._base import PatrolAlgorithm, tr
from ._plan_log import log_plan
from ._plan_request import note_writer, read_request
from ._roads import add_road_parameters, read_roads, road_model
from ._sources import named_source
from ._store import add_store_parameters, plan_stops, shared_store
from ._variation import add_variation_parameters, plan_with_variation, read_variation

log = logging.getLogger(__name__)

Number = QgsProcessingParameterNumber.Type.Double


class PlanPatrols(PatrolAlgorithm):
    def name(self) -> str:
        return "plan_patrols"

    def displayName(self) -> str:  # noqa: N802
        return tr("Plan patrols")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Chooses which suspected plots each team visits and in what order, so that the teams together "
            "visit the most important plots and every team is back at its end base within its days. Boats go "
            "faster downstream than upstream (rivers must be digitised in the direction of flow, or marked "
            "reversed); trails are walked both ways; short walks through the forest join plots to the network. "
            "No-go zones are never entered. Teams: one row per team with name, start base, end base (empty = "
            "same), days and hours of travel a day. The plan says for each stop the day and arrival time, and "
            "where each night's camp falls. Plots already covered are skipped unless they are mandatory; plots "
            "that cannot be planned are listed with the reason."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        line, point, polygon = (
            QgsProcessing.SourceType.TypeVectorLine,
            QgsProcessing.SourceType.TypeVectorPoint,
            QgsProcessing.SourceType.TypeVectorPolygon,
        )
        any_geometry = QgsProcessing.SourceType.TypeVectorAnyGeometry
        add = self.addParameter
        add(QgsProcessingParameterFeatureSource("RIVERS", tr("Rivers (digitised downstream)"), [line]))
        for key, label, default in (
            ("RIVER_REVERSED_FIELD", tr("Field: digitised upstream (1/0)"), "reversed"),
            ("RIVER_CURRENT_FIELD", tr("Field: current (km/h)"), "current_kmh"),
            ("RIVER_NAVIGABLE_FIELD", tr("Field: navigable (1/0)"), NAVIGABLE_FIELD),
            ("RIVER_MONTHS_FIELD", tr("Field: months navigable (e.g. nov-may)"), "months"),
        ):
            add(QgsProcessingParameterField(key, label, default, "RIVERS", optional=True))
        add(QgsProcessingParameterFeatureSource("TRAILS", tr("Trails"), [line], optional=True))
        add(
            QgsProcessingParameterField(
                "TRAIL_SPEED_FIELD", tr("Field: walking speed (km/h)"), "walk_kmh", "TRAILS", optional=True
            )
        )
        add_road_parameters(self)
        add(
            QgsProcessingParameterRasterLayer(
                "DEM", tr("Elevation model (optional, for slopes on trails)"), optional=True
            )
        )
        add(QgsProcessingParameterFeatureSource("PLOTS", tr("Suspected plots"), [point, polygon]))
        for key, label, default in (
            ("PLOT_ID_FIELD", tr("Field: plot id"), "plot_id"),
            ("PRIORITY_FIELD", tr("Field: priority"), "priority"),
            ("MANDATORY_FIELD", tr("Field: must be visited (1/0)"), "mandatory"),
            ("SERVICE_FIELD", tr("Field: minutes at the plot"), "service_min"),
            ("SENSITIVE_FIELD", tr("Field: keep off the GPS units (1/0)"), "sensitive"),
        ):
            add(QgsProcessingParameterField(key, label, default, "PLOTS", optional=True))
        add(QgsProcessingParameterBoolean("SKIP_COVERED", tr("Skip plots already covered (field 'covered')"), True))
        add(QgsProcessingParameterFeatureSource("BASES", tr("Bases (communities, pick-up points)"), [point]))
        add(QgsProcessingParameterField("BASE_NAME_FIELD", tr("Field: base name"), "name", "BASES", optional=True))
        add(QgsProcessingParameterFeatureSource("NOGO", tr("No-go and slow zones"), [polygon], optional=True))
        add(
            QgsProcessingParameterField(
                "NOGO_FACTOR_FIELD",
                tr("Field: slow-down factor (empty = never enter)"),
                None,  # never guessed: a number column that happens to be called "factor" would open a reserve
                "NOGO",
                optional=True,
            )
        )
        for key, label, default in (
            ("NOGO_BOAT_FIELD", tr("Field: boats may pass without landing (1/0)"), "boat_passes"),
            ("NOGO_NAME_FIELD", tr("Field: zone name"), "name"),
        ):
            add(QgsProcessingParameterField(key, label, default, "NOGO", optional=True))
        add(
            QgsProcessingParameterMatrix(
                "TEAMS",
                tr("Teams"),
                numberRows=1,
                hasFixedNumberRows=False,
                headers=[tr("Name"), tr("Start base"), tr("End base"), tr("Days"), tr("Hours a day")],
            )
        )
        add(QgsProcessingParameterString("START", tr("Departure (YYYY-MM-DDTHH:MM, local time)"), "2026-12-01T06:00"))
        for key, label, default, minimum in (
            ("BOAT_KMH", tr("Boat speed in still water (km/h)"), 12.0, 0.5),
            ("CURRENT_KMH", tr("River current where the rivers layer gives none (km/h)"), 3.0, 0.0),
            ("WALK_KMH", tr("Walking speed on trails (km/h)"), 3.0, 0.1),
            ("FOREST_KMH", tr("Walking speed through forest (km/h)"), 1.0, 0.1),
            ("MAX_FOREST_M", tr("Longest walk through forest (m)"), 2000.0, 0.0),
            ("FOREST_KM_DAY", tr("Forest km per day (0: no limit)"), 0.0, 0.0),
            ("TRANSFER_MIN", tr("Time to change between boat and foot (min)"), 10.0, 0.0),
            ("SNAP_M", tr("Join line ends closer than (m)"), 10.0, 0.0),
        ):
            add(QgsProcessingParameterNumber(key, label, Number, default, False, minimum))
        add(
            QgsProcessingParameterNumber(
                "SERVICE_MIN", tr("Minutes at a plot when the plots layer gives none"), Number, 30.0, False, 0.0
            )
        )
        add(QgsProcessingParameterNumber("TIME_LIMIT", tr("Search time (s)"), Number, 10.0, False, 0.5, 3600.0))
        add(QgsProcessingParameterNumber("SEED", tr("Random seed"), QgsProcessingParameterNumber.Type.Integer, 1))
        add(QgsProcessingParameterString("LOCKS", tr("Plots locked to a team (P07=Team A;…)"), "", optional=True))
        add(QgsProcessingParameterString("DROPS", tr("Plots kept from a team (P07=Team A;…)"), "", optional=True))
        add(
            QgsProcessingParameterString(
                "PREVIOUS", tr("Previous plan, to keep stable (Team A=P07,P09;…)"), "", optional=True
            )
        )
        add(
            QgsProcessingParameterString(
                "KEEP_TEAMS", tr("Teams whose previous plan is kept (Team A;…)"), "", optional=True
            )
        )
        add(
            QgsProcessingParameterNumber(
                "CHANGE_GAIN",
                tr("Change other teams' plots only for a priority gain above (%)"),
                Number,
                10.0,
                True,
                0.0,
                1000.0,
            )
        )
        add(
            QgsProcessingParameterEnum(
                "MOTOR",
                tr("Motor of the teams' boats (unless given below)"),
                [f"{m.label}" for m in MOTORS.values()] + [tr("no boat (on foot)")],
                False,
                0,
            )
        )
        boats = tr("Boat per team (Equipo A=15hp;Equipo B=none;Equipo C=9/6.5 L/h up/down; motors: {})")
        add(QgsProcessingParameterString("BOATS", boats.format(", ".join(MOTORS)), "", optional=True))
        add(
            QgsProcessingParameterString(
                "FUEL", tr("Fuel budget per team in litres (Equipo A=40;…)"), "", optional=True
            )
        )
        add(
            QgsProcessingParameterBoolean(
                "PILOT_STAYS", tr("Pilots stay at the landing (never move the boat alone)"), False
            )
        )
        add(QgsProcessingParameterBoolean("DAYLIGHT", tr("End each day's travel before sunset"), True))
        add(QgsProcessingParameterNumber("SUNSET_MARGIN_MIN", tr("Minutes before sunset"), Number, 30.0, False, 0.0))
        add(
            QgsProcessingParameterNumber(
                "DAY_END_HOUR", tr("Or end each day at this hour (0 = at sunset)"), Number, 0.0, False, 0.0, 24.0
            )
        )
        add(QgsProcessingParameterFeatureSink("ROUTES", tr("Patrol routes"), QgsProcessing.SourceType.TypeVectorLine))
        add(QgsProcessingParameterFeatureSink("STOPS", tr("Patrol stops"), QgsProcessing.SourceType.TypeVectorPoint))
        add(QgsProcessingParameterFeatureSink("UNPLANNED", tr("Plots left out"), any_geometry))
        add(
            QgsProcessingParameterFeatureSink(
                "LEGS",
                tr("Legs (each part travelled, the boat and the pilot)"),
                QgsProcessing.SourceType.TypeVectorLine,
                optional=True,
            )
        )
        add_store_parameters(self)  # optional: the plan joins the shared record
        add_variation_parameters(self)  # optional: history, variation, risk places (issue 29)
        self.addOutput(QgsProcessingOutputString("STABILITY", tr("What the re-plan kept")))

    def process(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        def source(key: str):
            return named_source(self, parameters, context, key)

        def text(key: str) -> str:
            return self.parameterAsString(parameters, key, context)

        def number(key: str) -> float:
            return self.parameterAsDouble(parameters, key, context)

        rivers, trails, plots_src = source("RIVERS"), source("TRAILS"), source("PLOTS")
        bases_src, nogo = source("BASES"), source("NOGO")
        if plots_src.source.featureCount() == 0:
            raise InputError(message("no_plots_in_layer"), "PLOTS")
        area = work_area(
            [
                (src.source, self.parameterDefinition(key).description())
                for src, key in ((bases_src, "BASES"), (plots_src, "PLOTS"))
            ]
        )
        crs = area.crs
        feedback.pushInfo(
            tr("Measuring in {crs} ({zone}), the zone of the bases and plots").format(crs=crs.authid(), zone=area.label)
        )
        bases = read_bases(bases_src, crs, text("BASE_NAME_FIELD") or "name")
        request = read_request(self, parameters, context, [b.name for b in bases])
        plots = read_plots(
            plots_src,
            crs,
            text("PLOT_ID_FIELD"),
            text("PRIORITY_FIELD"),
            text("MANDATORY_FIELD"),
            text("SERVICE_FIELD"),
            text("SENSITIVE_FIELD"),
            number("SERVICE_MIN"),
            self.parameterAsBoolean(parameters, "SKIP_COVERED", context),
        )
        model = TravelModel(
            number("BOAT_KMH"),
            number("CURRENT_KMH"),
            number("WALK_KMH"),
            number("FOREST_KMH"),
            number("MAX_FOREST_M"),
            number("TRANSFER_MIN"),
            number("SNAP_M"),
            **road_model(self, parameters, context),
        )
        river_lines = rivers_from_layer(
            rivers,
            transform_to(rivers, crs),
            rivers.has_field(text("RIVER_REVERSED_FIELD")),
            rivers.has_field(text("RIVER_CURRENT_FIELD")),
            rivers.has_field(text("RIVER_NAVIGABLE_FIELD")),
        )
        river_lines = with_months(river_lines, rivers, rivers.has_field(text("RIVER_MONTHS_FIELD")))
        trail_lines = []
        if trails is not None:
            speed_field = trails.has_field(text("TRAIL_SPEED_FIELD"))
            trail_lines = trails_from_layer(trails, transform_to(trails, crs), speed_field)
        trail_lines += read_roads(self, parameters, context, crs)
        zones = []
        if nogo is not None:
            fields = (nogo.has_field(text(k)) for k in ("NOGO_FACTOR_FIELD", "NOGO_BOAT_FIELD", "NOGO_NAME_FIELD"))
            zones = zones_from_layer(nogo, transform_to(nogo, crs), *fields)
        cut = cut_to_area(area, (rivers, river_lines), (trails, trail_lines), (nogo, zones))
        river_lines, trail_lines, zones, notes = cut
        for note in notes:
            feedback.pushInfo(note)
        dem = self.parameterAsRasterLayer(parameters, "DEM", context)
        elevation = None
        if dem is not None:
            to_dem = checked_transform(crs, dem.crs()) if dem.crs() != crs else None
            elevation = dem_elevation(dem, 1, to_dem)
        ground = Ground(
            river_lines,
            bases,
            plots,
            trail_lines,
            zones,
            model,
            lat_lon=bases_lat_lon(bases, crs) if request.day_end is not None else None,
            elevation=elevation,
            elevation_key=raster_key(dem),
        )
        request, ground, variation = read_variation(self, parameters, context, crs, request, ground)
        progress = ProcessingFeedbackAdapter(feedback)
        setup = prepare_plan(request, ground, NETWORKS, progress, note_writer(feedback))
        return self._run(setup, parameters, context, crs, feedback, progress, variation)

    def _run(self, setup: PlanSetup, parameters, context, crs, feedback, progress, variation=None) -> Dict[str, Any]:
        """Plans with the setup and writes the layers (``what_if`` plans otherwise)."""
        request, ground = setup.request, setup.ground
        key = plan_key(ground.bases, ground.plots, request.teams, request.start)
        previous = previous_plan(key)
        if previous is not None:
            feedback.pushInfo(tr("The search starts from the last plan"))
        plan, scored = plan_with_variation(setup, variation, previous, progress, feedback)
        remember_plan(key, plan)
        results = {**self._write(plan, parameters, context, crs, feedback), **scored}
        results["STABILITY"] = stability_text(plan.stability)
        if plan.stability is not None:
            feedback.pushInfo(stability_text(plan.stability))
        return results

    def _write(self, plan, parameters, context, crs, feedback) -> Dict[str, Any]:
        results = {}  # in the area's zone ``crs``, whatever the project's: another would write negative eastings
        for key, fields, wkb_type, features in (
            ("ROUTES", ROUTE_FIELDS, ROUTE_WKB, route_features(plan)),
            ("STOPS", STOP_FIELDS, STOP_WKB, stop_features(plan)),
            ("UNPLANNED", LEFT_OUT_FIELDS, LEFT_OUT_WKB, list(left_out_features(plan))),
            ("LEGS", LEG_FIELDS, LEG_WKB, leg_features(plan)),
        ):
            sink, dest = self.parameterAsSink(parameters, key, context, fields, wkb_type, crs)
            if sink is None:  # an optional output not asked for
                continue
            for feature in features:
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            results[key] = dest
            StyleOnLoad.attach(
                context,
                dest,
                {"ROUTES": style_routes, "STOPS": style_stops, "UNPLANNED": style_plots_status, "LEGS": style_legs}[
                    key
                ],
            )
        shared = shared_store(self, parameters, context)
        if shared is not None:
            shared.record_plan(f"plan {parameters.get('START', '')}".strip(), plan_stops(stop_features(plan), crs))
            feedback.pushInfo(tr("Plan recorded in the shared database {}").format(shared.label))
        log_plan(plan, feedback)
        return results


ALGORITHMS = [PlanPatrols]
