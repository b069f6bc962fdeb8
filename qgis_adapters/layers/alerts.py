# SPDX-License-Identifier: GPL-2.0-or-later
"""Alert, plots, airstrip and place layers <-> ``planner.targets``; the plots layer back out.

Everything goes to one metric CRS (the local UTM zone) for the engine, and
the new plots layer comes back in the plots layer's CRS (or the alerts' CRS
for a first import).  Existing plots keep their geometry and attributes; the
target fields are added or refreshed.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant
from shapely import wkb as shapely_wkb
from shapely.errors import ShapelyError

from ...planner.core import InputError, every_face
from ...planner.targets import (
    KIND_ALERT,
    LENGTH_NAMES,
    AirstripRecord,
    CheckRule,
    Priority,
    TargetPlot,
    guess,
    is_current,
    parse_date,
    parse_id,
    parse_number,
)
from ..base.compat import geometry_type
from ..base.crs import checked_transform
from ..base.fields import KIND, PLOT_ID, PRIORITY
from ..translation import tr
from ..translation.reasons import localized_reason

TARGET_FIELDS = QgsFields()
for _name, _kind in (
    (PLOT_ID, QVariant.String),
    (KIND, QVariant.String),
    ("alert_ids", QVariant.String),
    ("n_alerts", QVariant.Int),
    ("area_ha", QVariant.Double),
    ("first_det", QVariant.Date),
    ("last_det", QVariant.Date),
    ("length_m", QVariant.Double),
    ("last_check", QVariant.Date),
    ("days_since_check", QVariant.Int),
    ("check_due", QVariant.Int),
    (PRIORITY, QVariant.Double),
    ("priority_why", QVariant.String),
    ("import_status", QVariant.String),
):
    TARGET_FIELDS.append(QgsField(_name, _kind))

ID_SEPARATOR = ","


def _value(value):
    """A Python value from an attribute: NULL -> None, QDate/QDateTime -> date."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime().date() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return value


def field_names(layer) -> List[str]:
    return list(layer.fields().names())


def _transform(layer, crs: QgsCoordinateReferenceSystem) -> QgsCoordinateTransform:
    return checked_transform(layer.sourceCrs(), crs)


def _shape(feature, transform, source: str):
    """The feature's geometry in the metric CRS as 2D shapely; one GEOS cannot read is refused by name."""
    geometry = QgsGeometry(feature.geometry())
    if geometry.isNull() or geometry.isEmpty():
        raise InputError(tr("the feature has no geometry"), source, feature=feature.id())
    geometry.transform(transform)
    shape = geometry.constGet().clone()
    if QgsWkbTypes.isCurvedType(shape.wkbType()):  # shapely reads no curves
        shape = shape.segmentize()
    shape.dropZValue()
    shape.dropMValue()
    try:
        return shapely_wkb.loads(bytes(QgsGeometry(shape).asWkb()))
    except (ShapelyError, ValueError) as error:  # a ring of two points, a NaN: said, never a raw crash
        raise InputError(
            tr("the geometry cannot be read ({error})").format(error=error), source, feature=feature.id()
        ) from None


def _split_ids(value) -> Tuple[str, ...]:
    text = "" if value is None else str(value)
    return tuple(sorted({part.strip() for part in text.replace(";", ",").split(",") if part.strip()}))


def _last_check(feature, names: Sequence[str]) -> Optional[date]:
    found = []
    for name in ("last_check", "last_seen"):
        if name in names:
            value = feature[name]
            if isinstance(value, QDateTime) and value.isValid():
                # last_seen is UTC: the day of the check in UTC, as coverage counts it
                found.append(datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, tz=timezone.utc).date())
            else:
                parsed = parse_date(_value(value))
                if parsed:
                    found.append(parsed)
    return max(found, default=None)


def existing_plots(layer, crs: QgsCoordinateReferenceSystem, id_field: str = "") -> List[TargetPlot]:
    """The plots layer as targets (``key`` = feature id); plots without an id get ``P<feature id>``."""
    transform = _transform(layer, crs)
    names = field_names(layer)
    id_field = id_field or (PLOT_ID if PLOT_ID in names else "")
    source = layer.sourceName()
    plots = []
    seen: Dict[str, int] = {}
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if not geometry.isNull() and geometry.type() == geometry_type("Point") and not geometry.isMultipart():
            point = transform.transform(geometry.asPoint())  # thousands of plots: no shapely for points
            shape, x, y = None, point.x(), point.y()
        else:
            shape = _shape(feature, transform, source)
            anchor = shape.representative_point()
            x, y = anchor.x, anchor.y
        plot_id = parse_id(_value(feature[id_field])) if id_field else ""
        plot_id = plot_id or f"P{feature.id()}"
        if plot_id in seen:
            raise InputError(tr("two plots share the id {plot!r}").format(plot=plot_id), source, feature=feature.id())
        seen[plot_id] = feature.id()

        def get(name, feature=feature):
            return _value(feature[name]) if name in names else None

        plots.append(
            TargetPlot(
                plot_id,
                x,
                y,
                _split_ids(get("alert_ids")),
                parse_number(get("area_ha")) or 0.0,
                parse_date(get("first_det")),
                parse_date(get("last_det")),
                str(get("kind") or KIND_ALERT),
                parse_number(get("length_m")),
                _last_check(feature, names),
                shape,
                feature.id(),
            )
        )
    return plots


def _context_features(layer):
    """Every feature of an optional context layer, whatever Processing's invalid-feature setting: a broken one
    is skipped here, counted, never an abort of the whole import."""
    request = QgsFeatureRequest().setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    if isinstance(layer, QgsProcessingFeatureSource):
        return layer.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
    return layer.getFeatures(request)


def _usable(feature, transform, source: str):
    """The feature's shape in metres, polygons repaired keeping every face; None when nothing usable is left."""
    try:
        shape = _shape(feature, transform, source)
    except InputError:  # no geometry, or one GEOS cannot read
        return None
    if not shape.is_valid and shape.geom_type in ("Polygon", "MultiPolygon"):
        shape = every_face(shape)
    return None if shape.is_empty else shape


def place_shapes(layer, crs: QgsCoordinateReferenceSystem) -> Tuple[list, List[int]]:
    """The shapes of a context layer (communities, zones of interest) and the ids of the features skipped."""
    transform = _transform(layer, crs)
    shapes, skipped = [], []
    for feature in _context_features(layer):
        shape = _usable(feature, transform, layer.sourceName())
        if shape is None:
            skipped.append(feature.id())
        else:
            shapes.append(shape)
    return shapes, skipped


def airstrip_records(
    layer, crs: QgsCoordinateReferenceSystem, id_field: str = "", length_field: str = ""
) -> Tuple[List[AirstripRecord], List[int]]:
    """The airstrips of a layer, and the ids of the features without a usable geometry (skipped)."""
    names = field_names(layer)
    id_field = id_field or guess(names, ("airstrip_id", "pista", "id", "codigo", "name", "nombre"))
    length_field = length_field or guess(names, LENGTH_NAMES)
    transform = _transform(layer, crs)
    records, skipped = [], []
    for feature in _context_features(layer):
        shape = _usable(feature, transform, layer.sourceName())
        if shape is None:
            skipped.append(feature.id())
            continue
        airstrip_id = parse_id(_value(feature[id_field])) if id_field else ""
        length = parse_number(_value(feature[length_field])) if length_field else None
        records.append(AirstripRecord(airstrip_id or str(feature.id()), shape, length))
    return records, skipped


def target_fields(plot_fields: Optional[QgsFields]) -> QgsFields:
    """The existing plots' own fields followed by the target fields."""
    fields = QgsFields()
    for field in plot_fields or QgsFields():
        if TARGET_FIELDS.indexOf(field.name()) < 0:
            fields.append(field)
    for field in TARGET_FIELDS:
        fields.append(field)
    return fields


def _qdate(day: Optional[date]):
    return QDate(day.year, day.month, day.day) if day else None


def target_features(
    plots: Sequence[TargetPlot],
    priorities: Sequence[Priority],
    metric: QgsCoordinateReferenceSystem,
    out_crs: QgsCoordinateReferenceSystem,
    existing_layer=None,
    today: Optional[date] = None,
    rule: Optional[CheckRule] = None,
) -> List[QgsFeature]:
    """One point feature per plot in ``out_crs``; existing plots keep their geometry and attributes.

    A ``covered`` field of the existing layer is set to 0 when the check is no longer current.
    """
    fields = target_fields(existing_layer.fields() if existing_layer is not None else None)
    kept = [
        n
        for n in (existing_layer.fields().names() if existing_layer is not None else [])
        if TARGET_FIELDS.indexOf(n) < 0
    ]
    originals = {f.id(): f for f in existing_layer.getFeatures()} if existing_layer is not None else {}
    back = checked_transform(metric, out_crs)
    today = today or datetime.now(timezone.utc).date()
    out = []
    for plot, priority in zip(plots, priorities):
        feature = QgsFeature(fields)
        original = originals.get(plot.key) if plot.key is not None else None
        current = is_current(plot.last_check, today, rule)
        if original is not None:
            feature.setGeometry(original.geometry())
            values = [original[n] for n in kept]
            if "covered" in kept and not current:
                values[kept.index("covered")] = 0
        else:
            feature.setGeometry(QgsGeometry.fromPointXY(back.transform(QgsPointXY(plot.x, plot.y))))
            values = [None] * len(kept)
        feature.setAttributes(
            values
            + [
                plot.plot_id,
                plot.kind,
                ID_SEPARATOR.join(plot.alert_ids),
                plot.count,
                round(plot.area_ha, 4),
                _qdate(plot.first_detected),
                _qdate(plot.last_detected),
                round(plot.length_m, 1) if plot.length_m is not None else None,
                _qdate(plot.last_check),
                priority.days_unchecked,
                int(not current),
                priority.value,
                localized_reason(priority.why),
                plot.status,
            ]
        )
        out.append(feature)
    return out
