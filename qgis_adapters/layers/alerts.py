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
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant
from shapely import wkb as shapely_wkb

from ...planner.core import InputError
from ...planner.targets import (
    KIND_ALERT,
    LENGTH_NAMES,
    AirstripRecord,
    Alert,
    CheckRule,
    FieldMapping,
    Priority,
    TargetPlot,
    csv_columns,
    guess,
    guess_mapping,
    is_current,
    parse_date,
    parse_id,
    parse_number,
    read_alert_csv,
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


def open_alert_file(path: str) -> QgsVectorLayer:
    """A GeoJSON, GeoPackage (its first layer) or shapefile as a layer; the file named when it fails."""
    layer = QgsVectorLayer(path, "alerts", "ogr")
    if not layer.isValid():
        raise InputError(tr("cannot open this file as a vector layer"), path)
    return layer


def alert_mapping(
    names: Sequence[str], id_field: str, date_field: str, area_field: str, source: str
) -> Tuple[FieldMapping, FieldMapping]:
    """The mapping used (chosen, else guessed) and the guesses, checking chosen fields exist."""
    guessed = guess_mapping(names)
    for chosen in (id_field, date_field, area_field):
        if chosen and chosen not in names:
            raise InputError(
                tr("there is no field {field!r} (fields: {fields})").format(field=chosen, fields=", ".join(names)),
                source,
            )
    return FieldMapping(
        id_field or guessed.id_field, date_field or guessed.date_field, area_field or guessed.area_field
    ), guessed


def _transform(layer, crs: QgsCoordinateReferenceSystem) -> QgsCoordinateTransform:
    return checked_transform(layer.sourceCrs(), crs)


def _shape(feature, transform, source: str):
    geometry = QgsGeometry(feature.geometry())
    if geometry.isNull() or geometry.isEmpty():
        raise InputError(tr("the feature has no geometry"), source, feature=feature.id())
    geometry.transform(transform)
    return shapely_wkb.loads(bytes(geometry.asWkb()))


def layer_alerts(layer, crs: QgsCoordinateReferenceSystem, mapping: FieldMapping, source: str) -> List[Alert]:
    """Points (a multipoint: its centre) or polygons (outline kept) as alerts in ``crs``.

    Single points skip shapely (a real alert file is thousands of them); only the mapped fields are read.
    """
    transform = _transform(layer, crs)
    names = field_names(layer)
    wanted = [mapping.id_field, mapping.date_field, mapping.area_field]
    index = [names.index(n) if n else -1 for n in wanted]
    request = QgsFeatureRequest().setSubsetOfAttributes([i for i in index if i >= 0])
    alerts = []
    for feature in layer.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            raise InputError(tr("the feature has no geometry"), source, feature=feature.id())
        attributes = feature.attributes()
        raw_id, raw_date, raw_area = (_value(attributes[i]) if i >= 0 else None for i in index)
        outline = None
        if geometry.type() == geometry_type("Point") and not geometry.isMultipart():
            point = transform.transform(geometry.asPoint())
            x, y = point.x(), point.y()
        else:
            shape = _shape(feature, transform, source)
            if shape.geom_type in ("Polygon", "MultiPolygon"):
                outline = shape
                anchor = shape.representative_point()
            elif shape.geom_type in ("Point", "MultiPoint"):
                anchor = shape.centroid
            else:
                raise InputError(
                    tr("an alert must be a point or a polygon, not a {shape}").format(shape=shape.geom_type),
                    source,
                    feature=feature.id(),
                )
            x, y = anchor.x, anchor.y
        alerts.append(
            Alert(parse_id(raw_id) or f"fid{feature.id()}", x, y, parse_date(raw_date), parse_number(raw_area), outline)
        )
    return alerts


def csv_alerts(
    path: str, crs: QgsCoordinateReferenceSystem, id_field: str, date_field: str, area_field: str
) -> Tuple[List[Alert], FieldMapping, FieldMapping, int]:
    """Alerts from a CSV with lon/lat columns, projected to ``crs``; also the mapping, guesses, rows skipped."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    transform = checked_transform(wgs84, crs)

    def project(lon: float, lat: float) -> Tuple[float, float]:
        point = transform.transform(QgsPointXY(lon, lat))
        return point.x(), point.y()

    columns = csv_columns(path)
    mapping, guessed = alert_mapping(columns, id_field, date_field, area_field, path)
    read = read_alert_csv(path, project, mapping)
    return read.alerts, mapping, guessed, read.skipped


def csv_centre(path: str) -> QgsPointXY:
    """Mean lon/lat of a CSV's alerts (to choose the UTM zone)."""
    read = read_alert_csv(path)
    if not read.alerts:
        raise InputError(tr("the CSV has no alerts"), path)
    count = len(read.alerts)
    return QgsPointXY(sum(a.x for a in read.alerts) / count, sum(a.y for a in read.alerts) / count)


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


def place_shapes(layer, crs: QgsCoordinateReferenceSystem) -> list:
    transform = _transform(layer, crs)
    return [_shape(f, transform, layer.sourceName()) for f in layer.getFeatures()]


def airstrip_records(
    layer, crs: QgsCoordinateReferenceSystem, id_field: str = "", length_field: str = ""
) -> List[AirstripRecord]:
    names = field_names(layer)
    id_field = id_field or guess(names, ("airstrip_id", "pista", "id", "codigo", "name", "nombre"))
    length_field = length_field or guess(names, LENGTH_NAMES)
    transform = _transform(layer, crs)
    records = []
    for feature in layer.getFeatures():
        shape = _shape(feature, transform, layer.sourceName())
        airstrip_id = parse_id(_value(feature[id_field])) if id_field else ""
        length = parse_number(_value(feature[length_field])) if length_field else None
        records.append(AirstripRecord(airstrip_id or str(feature.id()), shape, length))
    return records


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
