# SPDX-License-Identifier: GPL-2.0-or-later
"""The alert ledger on the QGIS side (issue 30): alerts from every source, kept with the day first seen.

Sources: any alert layer or file the alerts importer reads (MapBiomas,
GeoBosques points, CSVs), and Global Forest Watch's integrated alerts
raster, decoded pixel by pixel (``planner.targets.decode_gfw``), one alert
at each alert pixel's centre.  The field GeoPackage keeps a register of
every alert (``alert_register``: source, detection, confidence, the day it
was first seen; a later run never moves that day) and of every plan recorded
(``alert_plans``: name, day, plots), so the ledger is rebuilt with its
history each time from the register, the plots, the plans and the verdicts.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QVariant

from ...planner.core import Feedback, InputError, check_cancel, ensure
from ...planner.targets import LEDGER_STATES, AlertEntry, LedgerLine, LedgerSummary, PlanEntry, decode_gfw, tally
from ..base.compat import wkb_type
from ..base.crs import WGS84, checked_transform
from ..base.fields import DAYS_TO_VERDICT, OVERDUE, PLOT_ID, SOURCE, STATE, VERDICT, make_fields
from ..stores.gpkg import field_store
from ..stores.imports import create_spec_layer
from ..translation import tr

REGISTER, PLANS = "alert_register", "alert_plans"
_ROWS_PER_CHECK = 256  # raster rows read between two cancel checks


SPECS = {
    REGISTER: (
        wkb_type("Point"),
        make_fields(
            [
                ("alert_id", QVariant.String),
                ("source", QVariant.String),
                ("detected", QVariant.String),
                ("confidence", QVariant.String),
                ("first_seen", QVariant.String),
            ]
        ),
    ),
    PLANS: (
        wkb_type("NoGeometry"),
        make_fields([("plan", QVariant.String), ("planned_on", QVariant.String), ("plot_ids", QVariant.String)]),
    ),
}


@dataclass(frozen=True)
class SeenAlert:
    """An alert as a source gives it, in WGS 84."""

    alert_id: str
    source: str
    detected: Optional[date]
    confidence: Optional[str]
    lon: float
    lat: float


def gfw_alerts(path: str, since: Optional[date] = None, feedback: Optional[Feedback] = None) -> List[SeenAlert]:
    """Every alert pixel of a GFW integrated alerts GeoTIFF (detected on or after ``since``), at its centre."""
    feedback = ensure(feedback)
    dataset = gdal.Open(str(path))
    if dataset is None:
        raise InputError(tr("{path}: cannot read the raster").format(path=path), path)
    band = dataset.GetRasterBand(1)
    x0, dx, rx, y0, ry, dy = dataset.GetGeoTransform()
    wkt = dataset.GetProjection()
    crs = QgsCoordinateReferenceSystem.fromWkt(wkt) if wkt else WGS84
    if not crs.isValid():
        raise InputError(tr("{path}: the raster has no coordinate system").format(path=path), path)
    to_wgs84 = checked_transform(crs, WGS84)
    width, height = dataset.RasterXSize, dataset.RasterYSize
    out: List[SeenAlert] = []
    for row in range(height):
        if row % _ROWS_PER_CHECK == 0:
            check_cancel(feedback)
            feedback.set_progress(100.0 * row / max(height, 1))
        values = array("i")
        values.frombytes(band.ReadRaster(0, row, width, 1, buf_type=gdal.GDT_Int32))
        for col, value in enumerate(values):
            if not value:
                continue
            decoded = decode_gfw(value, path)
            if decoded is None or (since is not None and decoded[1] < since):
                continue
            x = x0 + (col + 0.5) * dx + (row + 0.5) * rx
            y = y0 + (col + 0.5) * ry + (row + 0.5) * dy
            point = to_wgs84.transform(QgsPointXY(x, y))
            # Named by place and day: the same pixel in next month's download is the same alert (no comma:
            # a plot lists its alerts separated by commas).
            alert_id = f"gfw:{decoded[1].isoformat()}:{point.y():.5f}:{point.x():.5f}"
            out.append(SeenAlert(alert_id, "GFW", decoded[1], decoded[0], point.x(), point.y()))
    dataset = None  # noqa: F841  (closes the file)
    return out


def vector_alerts(read, source: str) -> List[SeenAlert]:
    """The alerts the importer read (``layers.read_alerts``), back in WGS 84 with their source's name."""
    to_wgs84 = checked_transform(read.metric, WGS84)
    out = []
    for alert in read.alerts:
        point = to_wgs84.transform(QgsPointXY(alert.x, alert.y))
        out.append(SeenAlert(alert.alert_id, source, alert.detected, None, point.x(), point.y()))
    return out


def _iso(day: Optional[date]) -> Optional[str]:
    # Days as ISO text: the store's writer (``stores.gpkg``) has no date-only OGR field.
    return day.isoformat() if day else None


def _pydate(value) -> Optional[date]:
    if isinstance(value, QDate) and value.isValid():
        return value.toPyDate()
    if isinstance(value, str) and value[:10].count("-") == 2:
        return date.fromisoformat(value[:10])
    return None


def record(store: Path, alerts: Iterable[SeenAlert], plans: Sequence[PlanEntry], today: date) -> Tuple[int, int]:
    """Adds the alerts and plans not yet in the register; returns how many of each were new."""
    with field_store(Path(store), SPECS, partial(create_spec_layer, SPECS)) as opened:
        known = {row[0] for row in opened.values(REGISTER, ("alert_id",))}
        fields = SPECS[REGISTER][1]
        new = []
        for alert in alerts:
            if alert.alert_id in known:
                continue
            known.add(alert.alert_id)
            feature = QgsFeature(fields)
            feature.setAttributes([alert.alert_id, alert.source, _iso(alert.detected), alert.confidence, _iso(today)])
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(alert.lon, alert.lat)))
            new.append(feature)
        opened.add(REGISTER, new)
        recorded = {row[0] for row in opened.values(PLANS, ("plan",))}
        rows = []
        for plan in plans:
            if plan.name in recorded:
                continue
            feature = QgsFeature(SPECS[PLANS][1])
            feature.setAttributes([plan.name, _iso(plan.planned_on), ",".join(plan.plot_ids)])
            rows.append(feature)
        opened.add(PLANS, rows)
    return len(new), len(rows)


def register(store: Path) -> Tuple[List[AlertEntry], Dict[str, Tuple[float, float]], List[PlanEntry]]:
    """Every alert recorded (with its place, lon/lat) and every plan recorded."""
    alerts, places, plans = [], {}, []
    layer = QgsVectorLayer(f"{store}|layername={REGISTER}", REGISTER, "ogr")
    if layer.isValid():
        for f in layer.getFeatures():
            seen = _pydate(f["first_seen"]) or date.today()
            confidence = f["confidence"] or None
            alerts.append(AlertEntry(str(f["alert_id"]), str(f["source"]), _pydate(f["detected"]), confidence, seen))
            point = f.geometry().asPoint()
            places[str(f["alert_id"])] = (point.x(), point.y())
    table = QgsVectorLayer(f"{store}|layername={PLANS}", PLANS, "ogr")
    if table.isValid():
        for f in table.getFeatures():
            ids = tuple(p for p in str(f["plot_ids"] or "").split(",") if p)
            plans.append(PlanEntry(str(f["plan"]), _pydate(f["planned_on"]) or date.today(), ids))
    return alerts, places, plans


def plot_alerts(plots, separator: str = ",") -> Dict[str, Tuple[str, ...]]:
    """Each plot's alert ids from the alert plots layer (``alert_ids``, as the alerts importer writes it)."""
    names = plots.fields().names()
    if PLOT_ID not in names or "alert_ids" not in names:
        raise InputError(tr("the plots layer lacks plot_id or alert_ids: use the layer 'Import alerts' made"), "PLOTS")
    out = {}
    for feature in plots.getFeatures():
        ids = tuple(i.strip() for i in str(feature["alert_ids"] or "").split(separator) if i.strip())
        out[str(feature[PLOT_ID])] = ids
    return out


def planned_plots(stops) -> Tuple[str, ...]:
    """The plot ids a plan's stops layer visits, in order."""
    names = stops.fields().names()
    if PLOT_ID not in names:
        raise InputError(tr("the stops layer has no plot_id: use the layer 'Plan patrols' made"), "STOPS")
    return tuple(dict.fromkeys(str(f[PLOT_ID]) for f in stops.getFeatures() if f[PLOT_ID] not in (None, "")))


LEDGER_LAYER_FIELDS = (STATE, SOURCE, VERDICT, DAYS_TO_VERDICT, OVERDUE)


def is_ledger_layer(layer) -> bool:
    """A vector layer Alert ledger wrote (its fields), however the coordinator named it."""
    names = set(layer.fields().names()) if hasattr(layer, "fields") else set()
    return names.issuperset(LEDGER_LAYER_FIELDS)


def ledger_layer_summary(layer) -> LedgerSummary:
    """The office summary of an Alert ledger layer; a row with a state the ledger never writes is refused."""
    if not is_ledger_layer(layer):
        raise InputError(
            tr("the layer is not an alert ledger: it lacks {fields}").format(fields=", ".join(LEDGER_LAYER_FIELDS)),
            layer.name(),
        )
    lines = []
    for feature in layer.getFeatures():
        state = str(feature[STATE] or "")
        if state not in LEDGER_STATES:
            raise InputError(
                tr("unknown ledger state {state!r}").format(state=state), layer.name(), feature=feature.id()
            )
        days = feature[DAYS_TO_VERDICT]
        days = int(days) if isinstance(days, (int, float)) else None
        lines.append(
            LedgerLine(state, str(feature[SOURCE] or ""), str(feature[VERDICT] or ""), days, feature[OVERDUE] == 1)
        )
    return tally(lines)
