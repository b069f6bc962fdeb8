"""Plot coverage on the QGIS side: layers in, reprojected to metres, features out.

The engine (``planner.coverage``) works in one metric CRS; this module
reprojects the imported track points (EPSG:4326, from ``stores.imports``) and
the plots layer into it, and turns the results into features that carry the
plot's geometry in the plots layer's own CRS.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta, timezone
from typing import List, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant
from shapely import wkb as shapely_wkb

from ...planner.core import InputError
from ...planner.field import PlannedStop, Plot, PlotCoverage, StopOutcome
from ..base.crs import checked_transform
from ..base.fields import COVERED, PLOT_ID, STOP_KEY
from ..stores.imports import from_qdatetime, to_qdatetime
from ..translation import tr

logger = logging.getLogger(__name__)

COVERAGE_FIELDS = QgsFields()
for _name, _kind in (
    (PLOT_ID, QVariant.String),
    (COVERED, QVariant.Int),
    ("covered_by", QVariant.String),
    ("last_seen", QVariant.DateTime),
    ("visits", QVariant.Int),
    ("tracks", QVariant.String),
    ("last_track", QVariant.String),
    ("days_since_check", QVariant.Int),
):
    COVERAGE_FIELDS.append(QgsField(_name, _kind))


def _py_date(value) -> Optional[date]:
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def load_plots(layer, crs: QgsCoordinateReferenceSystem, id_field: str = "", date_field: str = "") -> List[Plot]:
    """Plots (points or polygons) from a layer or feature source, reprojected to ``crs``.

    Ids default to feature ids; ``date_field`` (date, datetime or ISO text) is the detection date.
    """
    transform = checked_transform(layer.sourceCrs(), crs)
    plots = []
    for f in layer.getFeatures():
        geometry = QgsGeometry(f.geometry())
        if geometry.isNull() or geometry.isEmpty():
            raise InputError(tr("the plot has no geometry"), layer.sourceName(), feature=f.id())
        geometry.transform(transform)
        shape = shapely_wkb.loads(bytes(geometry.asWkb()))
        plot_id = str(f[id_field]) if id_field else str(f.id())
        plots.append(Plot(plot_id, shape, _py_date(f[date_field]) if date_field else None))
    return plots


def coverage_fields(plot_fields: QgsFields) -> QgsFields:
    """The plots' own fields (priority, dates, …) followed by the coverage fields."""
    fields = QgsFields()
    for field in plot_fields:
        if COVERAGE_FIELDS.indexOf(field.name()) < 0:
            fields.append(field)
    for field in COVERAGE_FIELDS:
        fields.append(field)
    return fields


def coverage_features(layer, results: Sequence[PlotCoverage]) -> List[QgsFeature]:
    """One feature per plot, in the plots layer's order and CRS, keeping the plot's attributes."""
    fields = coverage_fields(layer.fields())
    kept = [name for name in layer.fields().names() if COVERAGE_FIELDS.indexOf(name) < 0]
    out = []
    for source, r in zip(layer.getFeatures(), results):
        feature = QgsFeature(fields)
        feature.setGeometry(source.geometry())
        feature.setAttributes(
            [source[name] for name in kept]
            + [
                r.plot_id,
                int(r.covered),
                ",".join(r.covered_by),
                to_qdatetime(r.last_seen),
                r.visits,
                "; ".join(r.tracks),
                r.last_track,
                r.days_since_check,
            ]
        )
        out.append(feature)
    return out


STOP_OUTCOME_FIELDS = QgsFields()
for _name, _kind in (
    ("stop_id", QVariant.String),
    ("reached", QVariant.Int),
    ("reached_at", QVariant.DateTime),
    ("track", QVariant.String),
    ("distance_m", QVariant.Double),
    ("delay_min", QVariant.Double),
):
    STOP_OUTCOME_FIELDS.append(QgsField(_name, _kind))


def _planned_time(value, utc_offset_hours: float) -> Optional[datetime]:
    """Plan times are QDateTime, or ISO text in the coordinator's local time (the plan's ``arrival``)."""
    if isinstance(value, QDateTime):
        return from_qdatetime(value)
    if isinstance(value, str) and value.strip():
        try:
            local = datetime.fromisoformat(value.strip())
        except ValueError:
            return None
        if local.tzinfo is None:
            local = local.replace(tzinfo=timezone(timedelta(hours=utc_offset_hours)))
        return local.astimezone(timezone.utc)
    return None


def load_stops(
    layer,
    crs: QgsCoordinateReferenceSystem,
    id_fields: Sequence[str] = STOP_KEY,
    time_field: str = "arrival",
    utc_offset_hours: float = -5.0,
) -> List[PlannedStop]:
    """Planned stops (a plan's stops layer) in ``crs``; the id joins ``id_fields`` with '-'."""
    transform = checked_transform(layer.sourceCrs(), crs)
    names = set(layer.fields().names())
    stops = []
    for f in layer.getFeatures():
        point = f.geometry()
        if point.isNull() or point.isEmpty():
            raise InputError(tr("the stop has no position"), layer.sourceName(), feature=f.id())
        xy = transform.transform(point.asPoint())
        stop_id = "-".join(str(f[n]) for n in id_fields if n in names) or str(f.id())
        when = _planned_time(f[time_field], utc_offset_hours) if time_field in names else None
        stops.append(PlannedStop(stop_id, xy.x(), xy.y(), when))
    return stops


def stop_outcome_features(layer, outcomes: Sequence[StopOutcome]) -> List[QgsFeature]:
    out = []
    for source, o in zip(layer.getFeatures(), outcomes):
        feature = QgsFeature(STOP_OUTCOME_FIELDS)
        feature.setGeometry(source.geometry())
        feature.setAttributes(
            [
                o.stop_id,
                int(o.reached),
                to_qdatetime(o.reached_at),
                o.track_id,
                o.distance_m,
                o.delay_s / 60 if o.delay_s is not None else None,
            ]
        )
        out.append(feature)
    return out
