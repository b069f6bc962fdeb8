"""QGIS layers -> the travel network's plain inputs (``planner.travel_model``).

Thin on purpose: geometry is reprojected (optional ``transform`` into the
metric CRS the network works in) and attributes are read; every rule of the
travel model lives in ``planner``.  Multi-part features give one line per
part.  Bad attribute values raise ``InputError`` naming the layer and feature.
"""

from __future__ import annotations

import logging
import math
from dataclasses import replace
from typing import Callable, List, Optional

from qgis.core import (
    QgsAbstractGeometry,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeatureSource,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from shapely import wkb
from shapely.errors import ShapelyError

from ...planner.core import InputError
from ...planner.network import RiverLine, Terminal, TrailLine, Zone, repair_zone
from ..base.compat import geometry_type
from ..translation import tr

log = logging.getLogger(__name__)


def _geometry(feature: QgsFeature, transform: Optional[QgsCoordinateTransform]) -> QgsGeometry:
    geometry = QgsGeometry(feature.geometry())
    if transform is not None and not geometry.isNull():
        geometry.transform(transform)
    return geometry


def _parts(geometry: QgsGeometry) -> List[List[tuple]]:
    if geometry.isNull() or geometry.type() != geometry_type("Line"):
        return []
    lines = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
    return [[(p.x(), p.y()) for p in line] for line in lines]


def _value(layer: QgsVectorLayer, feature: QgsFeature, field: Optional[str], kind: type):
    """The attribute converted to ``kind``, or None when the field is unset or NULL."""
    if not field:
        return None
    value = feature[field]
    if value is None or (hasattr(value, "isNull") and value.isNull()) or value == "":
        return None
    try:
        if kind is bool:
            return str(value).strip().lower() in ("1", "true", "t", "yes", "y", "si", "sí")
        return kind(value)
    except (TypeError, ValueError) as error:
        raise InputError(
            tr("field '{field}' has the value {value!r}, not a {kind}: {error}").format(
                field=field, value=value, kind=kind.__name__, error=error
            ),
            source=layer.name(),
            feature=feature.id(),
        ) from error


NAVIGABLE_FIELD = "navigable"  # Plan patrols' default for RIVER_NAVIGABLE_FIELD: the dock plans with it


def is_navigable(layer: QgsVectorLayer, feature: QgsFeature, field: Optional[str]) -> bool:
    """Whether a river feature is in the boats' network: unless its ``field`` says it is not (1/0, yes/no)."""
    return _value(layer, feature, field, bool) is not False


def rivers_from_layer(
    layer: QgsVectorLayer,
    transform: Optional[QgsCoordinateTransform] = None,
    reversed_field: Optional[str] = None,
    current_field: Optional[str] = None,
    navigable_field: Optional[str] = None,
) -> List[RiverLine]:
    out = []
    for feature in layer.getFeatures():
        reverse = bool(_value(layer, feature, reversed_field, bool))
        current = _value(layer, feature, current_field, float)
        navigable = is_navigable(layer, feature, navigable_field)
        for coords in _parts(_geometry(feature, transform)):
            out.append(RiverLine(coords, feature.id(), reverse, current, navigable))
    log.debug("%d river lines from layer %s", len(out), layer.name())
    return out


def trails_from_layer(
    layer: QgsVectorLayer,
    transform: Optional[QgsCoordinateTransform] = None,
    speed_field: Optional[str] = None,
    road: bool = False,
) -> List[TrailLine]:
    """Trails, or roads (``road=True``: route lines the engine nodes within ``TravelModel.road_snap_m``)."""
    out = []
    for feature in layer.getFeatures():
        speed = _value(layer, feature, speed_field, float)
        for coords in _parts(_geometry(feature, transform)):
            out.append(TrailLine(coords, feature.id(), speed, road))
    log.debug("%d %s lines from layer %s", len(out), "road" if road else "trail", layer.name())
    return out


def _shapely(geometry: QgsGeometry):
    return wkb.loads(bytes(geometry.asWkb()))


# Largest gap (metres) between a drawn arc and the chords that replace it; a no-go zone is then grown
# by as much, so its chords never leave a sliver of the drawn reserve open to a route.
CURVE_TOLERANCE_M = 0.05


def _flat_polygon(geometry: QgsGeometry):
    """``geometry`` as a 2D shapely polygon (shapely reads neither M nor curves) and whether it was curved."""
    shape = geometry.constGet().clone()
    curved = QgsWkbTypes.isCurvedType(shape.wkbType())
    if curved:
        shape = shape.segmentize(CURVE_TOLERANCE_M, QgsAbstractGeometry.SegmentationToleranceType.MaximumDifference)
    shape.dropZValue()
    shape.dropMValue()
    return _shapely(QgsGeometry(shape)), curved


def _every_feature(layer):
    """All features, invalid geometries included, whatever Processing's invalid-feature setting.

    A no-go zone skipped because its polygon is invalid would silently open
    the reserve to the routes, so the zones are read with the check off and
    repaired (every lobe kept) by the engine instead.
    """
    request = QgsFeatureRequest().setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    inner = getattr(layer, "source", layer)  # plan_inputs.NamedSource wraps a Processing source
    if isinstance(inner, QgsProcessingFeatureSource):
        return inner.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
    return layer.getFeatures(request)


def zones_from_layer(
    layer: QgsVectorLayer,
    transform: Optional[QgsCoordinateTransform] = None,
    factor_field: Optional[str] = None,
    boat_field: Optional[str] = None,
    name_field: Optional[str] = None,
) -> List[Zone]:
    """Zones of a polygon layer; features without a factor are no-go zones.  ``boat_field`` (1/0) lets boats
    pass a no-go zone without landing; ``name_field`` names the zone in the reasons (else its feature id).

    Never drops a zone: a feature without a polygon, or one that cannot be
    repaired without losing area, raises ``InputError`` naming it, and so does
    a layer that returns fewer features than it counts.
    """
    out = []
    read = 0
    for feature in _every_feature(layer):
        read += 1
        geometry = _geometry(feature, transform)
        factor = _value(layer, feature, factor_field, float)
        if factor is not None and not (math.isfinite(factor) and factor > 0):
            raise InputError(
                tr("zone factor must be a positive number, not {factor}").format(factor=factor),
                source=layer.name(),
                feature=feature.id(),
            )
        if geometry.isNull() or geometry.type() != geometry_type("Polygon"):
            raise InputError(
                tr("the zone has no polygon: draw it or delete the feature"), source=layer.name(), feature=feature.id()
            )
        try:
            polygon, curved = _flat_polygon(geometry)
            name = _value(layer, feature, name_field, str) or str(feature.id())
            passes = bool(_value(layer, feature, boat_field, bool))
            zone = repair_zone(Zone(polygon, factor, name, passes))
            if curved and factor is None and not zone.polygon.is_empty:
                zone = replace(zone, polygon=zone.polygon.buffer(CURVE_TOLERANCE_M))
            out.append(zone)
        except ShapelyError as error:  # a geometry GEOS cannot read: said, never skipped
            raise InputError(
                tr("the zone's geometry cannot be read ({error}): redraw it").format(error=error),
                source=layer.name(),
                feature=feature.id(),
            ) from error
        except InputError as error:
            raise InputError(error.reason, source=layer.name(), feature=feature.id()) from error
    expected = layer.featureCount() if hasattr(layer, "featureCount") else -1
    if expected is not None and expected >= 0 and read < expected:
        raise InputError(
            tr("only {read} of the {expected} zones could be read; no plan is made without all of them").format(
                read=read, expected=expected
            ),
            source=layer.name(),
        )
    return out


def terminals_from_layer(
    layer: QgsVectorLayer, transform: Optional[QgsCoordinateTransform] = None, id_field: Optional[str] = None
) -> List[Terminal]:
    """Bases or plots (points or polygons); the id is the field's value or the feature id."""
    out = []
    for feature in layer.getFeatures():
        geometry = _geometry(feature, transform)
        if geometry.isNull():
            raise InputError(tr("feature has no geometry"), source=layer.name(), feature=feature.id())
        ident = feature[id_field] if id_field else feature.id()
        out.append(Terminal(ident, _shapely(geometry)))
    return out


def dem_elevation(
    dem: QgsRasterLayer, band: int = 1, transform: Optional[QgsCoordinateTransform] = None
) -> Callable[[float, float], Optional[float]]:
    """``elevation(x, y)`` sampling the DEM; ``transform`` goes from the network CRS to the DEM's."""

    def elevation(x: float, y: float) -> Optional[float]:
        point = QgsPointXY(x, y)
        if transform is not None:
            point = transform.transform(point)
        # Through the layer each time: holding only the provider lets Python drop the layer under it.
        value, ok = dem.dataProvider().sample(point, band)
        return float(value) if ok and value == value else None

    return elevation
