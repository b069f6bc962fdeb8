# SPDX-License-Identifier: GPL-2.0-or-later
"""Alert layers and files -> ``planner.targets.Alert`` in one metric CRS, every refusal naming the input.

Whatever stops a file (no CRS, a coordinate system that is not what the file
says, a ring GEOS cannot read, a date or a place no alert can have) is the
project's ``InputError`` with the file or layer named: a reason without a
source is given the file's name here.  Invalid outlines (bow-ties, parts that
overlap) are repaired keeping every face, as the no-go zones are, so an
alert's area is never halved.  A file with more fields than any alert system
writes is refused before its features are read, and reading answers cancel.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsPointXY, QgsRectangle, QgsVectorLayer

from ...planner.core import Feedback, InputError, check_cancel, ensure, every_face
from ...planner.targets import (
    MAX_FIELDS,
    Alert,
    FieldMapping,
    check_area,
    check_detected,
    check_id,
    check_lonlat,
    csv_columns,
    guess_mapping,
    parse_date,
    parse_id,
    parse_number,
    read_alert_csv,
)
from ..base.compat import geometry_type
from ..base.crs import WGS84, checked_transform, local_utm, source_utm
from ..translation import tr
from .alerts import _shape, _transform, _value, field_names

CANCEL_EVERY = 500  # features between two looks at the cancel button


@dataclass(frozen=True)
class AlertsRead:
    alerts: List[Alert]
    metric: QgsCoordinateReferenceSystem  # the UTM zone the engine measures in
    crs: QgsCoordinateReferenceSystem  # the alerts' own CRS
    mapping: FieldMapping
    guessed: FieldMapping
    skipped: int
    name: str


# A JSON member name: what GDAL turns into a field when it is a feature's property.
_JSON_KEY = re.compile(rb'"((?:[^"\\]|\\.){0,200})"\s*:')


def _count_geojson_keys(path: str) -> int:
    """How many distinct member names a JSON file has, counting stops past ``MAX_FIELDS`` + the GeoJSON ones."""
    limit = MAX_FIELDS + 50  # type, features, geometry, coordinates, crs, properties, name…
    seen = set()
    with open(path, "rb") as handle:
        for found in _JSON_KEY.finditer(handle.read()):
            seen.add(found.group(1))
            if len(seen) > limit:
                break
    return len(seen)


def open_alert_file(path: str) -> QgsVectorLayer:
    """A GeoJSON, GeoPackage (its first layer) or shapefile as a layer; the file named when it fails.

    GDAL needs minutes, uncancellable, to open a GeoJSON of 100,000 properties, so a JSON file's
    member names are counted first and a file with more than an alert file ever has is refused.
    """
    if path.lower().endswith((".geojson", ".json")) and _count_geojson_keys(path) > MAX_FIELDS + 50:
        raise InputError(
            tr("the file has more than {limit} fields; an alert file has at most {limit}").format(limit=MAX_FIELDS),
            path,
        )
    layer = QgsVectorLayer(path, "alerts", "ogr")
    if not layer.isValid():
        raise InputError(tr("cannot open this file as a vector layer"), path)
    return layer


def alert_mapping(
    names: Sequence[str], id_field: str, date_field: str, area_field: str, source: str
) -> Tuple[FieldMapping, FieldMapping]:
    """The mapping used (chosen, else guessed) and the guesses, checking chosen fields exist."""
    if len(names) > MAX_FIELDS:
        raise InputError(
            tr("the file has {count} fields; an alert file has at most {limit}").format(
                count=len(names), limit=MAX_FIELDS
            ),
            source,
        )
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


def _outline(shape, source: str, fid: int):
    """A polygon outline repaired keeping every face (never ``buffer(0)``, which drops a bow-tie's lobe)."""
    if shape.is_valid:
        return shape
    repaired = every_face(shape)
    if repaired.is_empty or repaired.area <= 0:
        raise InputError(tr("the alert's polygon has no area"), source, feature=fid)
    return repaired


def layer_alerts(
    layer, crs: QgsCoordinateReferenceSystem, mapping: FieldMapping, source: str, feedback: Optional[Feedback] = None
) -> List[Alert]:
    """Points (a multipoint: its centre) or polygons (outline kept) as alerts in ``crs``.

    Single points skip shapely (a real alert file is thousands of them); only the mapped fields are read.
    """
    feedback = ensure(feedback)
    transform = _transform(layer, crs)
    to_degrees = None if layer.sourceCrs().isGeographic() else checked_transform(layer.sourceCrs(), WGS84)
    names = field_names(layer)
    wanted = [mapping.id_field, mapping.date_field, mapping.area_field]
    index = [names.index(n) if n else -1 for n in wanted]
    request = QgsFeatureRequest().setSubsetOfAttributes([i for i in index if i >= 0])
    alerts = []
    for count, feature in enumerate(layer.getFeatures(request)):
        if count % CANCEL_EVERY == 0:
            check_cancel(feedback)
        geometry = feature.geometry()
        fid = feature.id()
        if geometry.isNull() or geometry.isEmpty():
            raise InputError(tr("the feature has no geometry"), source, feature=fid)
        centre = geometry.boundingBox().center()
        if to_degrees is not None:
            centre = to_degrees.transform(centre)
        check_lonlat(centre.x(), centre.y(), source, feature=fid)
        attributes = feature.attributes()
        raw_id, raw_date, raw_area = (_value(attributes[i]) if i >= 0 else None for i in index)
        outline = None
        if geometry.type() == geometry_type("Point") and not geometry.isMultipart():
            point = transform.transform(geometry.asPoint())
            x, y = point.x(), point.y()
        else:
            shape = _shape(feature, transform, source)
            if shape.geom_type in ("Polygon", "MultiPolygon"):
                outline = _outline(shape, source, fid)
                anchor = outline.representative_point()
            elif shape.geom_type in ("Point", "MultiPoint"):
                anchor = shape.centroid
            else:
                raise InputError(
                    tr("an alert must be a point or a polygon, not a {shape}").format(shape=shape.geom_type),
                    source,
                    feature=fid,
                )
            x, y = anchor.x, anchor.y
        alert_id = check_id(parse_id(raw_id), source, feature=fid) or f"fid{fid}"
        detected = check_detected(parse_date(raw_date), source, feature=fid)
        area = check_area(parse_number(raw_area), source, feature=fid)
        alerts.append(Alert(alert_id, x, y, detected, area, outline))
    return alerts


def csv_alerts(
    path: str, crs: QgsCoordinateReferenceSystem, id_field: str, date_field: str, area_field: str
) -> Tuple[List[Alert], FieldMapping, FieldMapping, int]:
    """Alerts from a CSV with lon/lat columns, projected to ``crs``; also the mapping, guesses, rows skipped."""
    transform = checked_transform(WGS84, crs)

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


def read_alerts(
    layer=None,
    path: str = "",
    chosen: Sequence[str] = ("", "", ""),
    existing=None,
    feedback: Optional[Feedback] = None,
) -> AlertsRead:
    """The alerts of a layer (a Processing source) or a file, in the UTM zone of ``existing`` plots or their own."""
    name = path or (layer.sourceName() if layer is not None else "")
    try:
        return _read(layer, path, name, list(chosen), existing, feedback)
    except InputError as error:
        if error.source:
            raise
        raise InputError(error.reason, name or None, error.line, error.feature) from None


def _read(layer, path: str, name: str, chosen: List[str], existing, feedback) -> AlertsRead:
    if layer is None and not path:
        raise InputError(tr("choose an alerts layer or an alerts file"))
    if layer is None and path.lower().endswith(".csv"):
        if existing is not None:
            metric = source_utm(existing, wide=True)
        else:
            centre = csv_centre(path)
            metric = local_utm(WGS84, QgsRectangle(centre.x(), centre.y(), centre.x(), centre.y()))
        alerts, mapping, guessed, skipped = csv_alerts(path, metric, *chosen)
        return AlertsRead(alerts, metric, WGS84, mapping, guessed, skipped, name)
    if layer is None and path.lower().endswith((".tif", ".tiff")):
        return _gfw_read(path, name, existing, feedback)
    if layer is None:
        layer = open_alert_file(path)
        if layer.featureCount() == 0:
            raise InputError(tr("the alerts file has no features"), path)
    mapping, guessed = alert_mapping(field_names(layer), *chosen, name)
    # a wide file is still measured (its plots are written in its own CRS); an alert at 0, 0 is then named
    metric = source_utm(existing if existing is not None else layer, wide=True)
    alerts = layer_alerts(layer, metric, mapping, name, feedback)
    return AlertsRead(alerts, metric, layer.sourceCrs(), mapping, guessed, 0, name)


def _gfw_read(path: str, name: str, existing, feedback) -> AlertsRead:
    """Global Forest Watch's integrated alerts raster: one alert per alert pixel (issue 30)."""
    from .ledger import gfw_alerts

    seen = gfw_alerts(path, None, feedback)
    if not seen:
        raise InputError(tr("the raster holds no alerts"), path)
    if existing is not None:
        metric = source_utm(existing)
    else:
        lon, lat = sum(a.lon for a in seen) / len(seen), sum(a.lat for a in seen) / len(seen)
        metric = local_utm(WGS84, QgsRectangle(lon, lat, lon, lat))
    to_metric = checked_transform(WGS84, metric)
    alerts = []
    for alert in seen:
        point = to_metric.transform(QgsPointXY(alert.lon, alert.lat))
        alerts.append(Alert(alert.alert_id, point.x(), point.y(), alert.detected))
    mapping = FieldMapping("pixel", "confidence×10000+days", "")
    return AlertsRead(alerts, metric, WGS84, mapping, mapping, 0, name)
