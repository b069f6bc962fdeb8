"""A ``PatrolPlan`` as QGIS features: routes, stops and plots left out.

Field names here are the contract with the styles, the review tree, the GPX
export and the briefing.
"""

from __future__ import annotations

from typing import Iterable, List

from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from ...planner.export import Place, forest_km_by_stop, forest_legs, place_code_list
from ...planner.plan import PatrolPlan, next_morning_minutes
from ..base.compat import wkb_type
from ..base.fields import ARRIVAL, CODE, DAY, KIND, LABEL, PLOT_ID, PRIORITY, REASON, SEQ, STATUS, TEAM
from ..translation.messages import tr
from ..translation.reasons import localized_reason

ISO_MINUTES = "%Y-%m-%dT%H:%M"


def _fields(spec) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


FOREST_LIMIT = "forest_km_limit"
ROUTE_FIELDS = _fields(
    [
        (TEAM, QVariant.String),
        (DAY, QVariant.Int),
        ("hours", QVariant.Double),
        ("boat_km", QVariant.Double),
        ("trail_km", QVariant.Double),
        ("forest_km", QVariant.Double),
        ("start_time", QVariant.String),
        ("end_time", QVariant.String),
        # the most the team may walk through the forest in a day (NULL: no limit asked), for the briefing
        (FOREST_LIMIT, QVariant.Double),
    ]
)
STOP_FIELDS = _fields(
    [
        (TEAM, QVariant.String),
        (SEQ, QVariant.Int),
        (DAY, QVariant.Int),
        (ARRIVAL, QVariant.String),
        (KIND, QVariant.String),
        ("name", QVariant.String),
        (PLOT_ID, QVariant.String),
        (PRIORITY, QVariant.Double),
        ("service_min", QVariant.Double),
        ("sensitive", QVariant.Int),
        ("next_day_min", QVariant.Double),  # minutes of this plot's work that go on the next morning
        # The place's one name on the unit, the briefing and the dock (``planner.export.codes``).
        (CODE, QVariant.String),
        # The forest walk that reaches the stop: grid bearing (degrees) and metres; NULL on river or trail.
        ("forest_bearing", QVariant.Double),
        ("forest_m", QVariant.Double),
        # What the map writes beside the stop: its code; a team's return to a base already labelled, nothing.
        # Made here, not by an aggregate in the label expression: QGIS 3.22 evaluates aggregates in the
        # canvas's render thread through the project's scope, which a project clear or read can change under
        # it (a crash in test_dock_project).
        (LABEL, QVariant.String),
        ("forest_km", QVariant.Double),  # km through the forest on the leg that reaches the stop (issue 25)
    ]
)
LEFT_OUT_FIELDS = _fields(
    [(PLOT_ID, QVariant.String), (PRIORITY, QVariant.Double), (STATUS, QVariant.String), (REASON, QVariant.String)]
)

ROUTE_WKB = wkb_type("LineString")
STOP_WKB = wkb_type("Point")
LEFT_OUT_WKB = wkb_type("Point")


def route_features(plan: PatrolPlan) -> List[QgsFeature]:
    out = []
    for team in plan.teams:
        for day in team.days:
            coords = day.coords
            if len(coords) < 2:
                continue
            feature = QgsFeature(ROUTE_FIELDS)
            feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in coords]))
            feature.setAttributes(
                [
                    team.team,
                    day.day,
                    round(day.hours, 3),
                    round(day.km("boat"), 3),
                    round(day.km("trail"), 3),
                    round(day.km("forest"), 3),
                    day.start.strftime(ISO_MINUTES),
                    day.end.strftime(ISO_MINUTES),
                    team.crewing.forest_km_day if team.crewing is not None else None,
                ]
            )
            out.append(feature)
    return out


def stop_features(plan: PatrolPlan) -> List[QgsFeature]:
    out = []
    places = [Place(s.kind, t.team, s.plot_id or s.name, *s.position) for t in plan.teams for s in t.stops]
    codes = iter(place_code_list(places, [t.team for t in plan.teams]))
    for team in plan.teams:
        next_morning = next_morning_minutes(team.stops)
        legs, forest_km = forest_legs(team), forest_km_by_stop(team)
        labelled = set()
        for stop in team.stops:
            bearing, metres = legs.get(stop.seq, (None, None))
            code = next(codes)
            label = code or stop.plot_id or stop.name
            if stop.kind == "base":
                label = None if stop.name in labelled else label
                labelled.add(stop.name)
            feature = QgsFeature(STOP_FIELDS)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*stop.position)))
            feature.setAttributes(
                [
                    team.team,
                    stop.seq,
                    stop.day,
                    stop.arrival.strftime(ISO_MINUTES),
                    stop.kind,
                    stop.name,
                    stop.plot_id,
                    stop.priority,
                    stop.service_min,
                    int(stop.sensitive),
                    next_morning.get(stop.seq, 0.0),
                    code,
                    None if bearing is None else round(bearing),
                    None if metres is None else round(metres),
                    label,
                    round(forest_km.get(stop.seq, 0.0), 3),
                ]
            )
            out.append(feature)
    return out


def left_out_features(plan: PatrolPlan) -> Iterable[QgsFeature]:
    for item in plan.left_out:
        feature = QgsFeature(LEFT_OUT_FIELDS)
        if item.position is not None:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*item.position)))
        feature.setAttributes([item.plot_id, item.priority, item.status, localized_reason(item.reason)])
        yield feature


def forest_limit_line(routes: QgsVectorLayer) -> str:
    """The forest km a day the plan keeps within and the most a day of it holds ("" when none was asked, or
    for a plan made before the limit was a field)."""
    if routes.fields().indexOf(FOREST_LIMIT) < 0:
        return ""
    days = [(f[FOREST_LIMIT], f["forest_km"]) for f in routes.getFeatures()]
    limits = [float(limit) for limit, _ in days if limit is not None and str(limit) != "NULL"]
    if not limits:
        return ""
    most = max(float(km or 0.0) for _, km in days)
    return tr("Forest km per day: at most {:g} km; the most in a day {:.1f} km").format(max(limits), most)
