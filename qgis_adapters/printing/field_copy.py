# SPDX-License-Identifier: GPL-2.0-or-later
"""The field briefing's copy of a team's layers: the GPX's hiding rule on paper (issue 27).

A sheet lost in the forest must show no more than a lost unit: no base nor
sensitive stop in the table or on the map, the route slid round the hidden
places and cut away inside the same stable hiding zones as the GPX (the
project's secret), no communities layer, and the rivers, trails and other
context layers slid and cut the same way (their lines would otherwise still
fan out from the community).  The office briefing keeps everything and
says so on every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from ...planner.export import hiding_zones_lonlat, shift_lines
from ..base.crs import checked_transform
from ..base.fields import KIND
from ..layers import hidden_places
from .context import BriefingContext, copy_layer

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


@dataclass(frozen=True)
class PaperHiding:
    """What the field copy hides, in the route's CRS: the zones, and the places whose ground is slid."""

    zones: Tuple[QgsGeometry, ...]
    places: Tuple[Tuple[float, float], ...]
    crs: QgsCoordinateReferenceSystem
    secret: bytes
    radius_m: float

    def slid(self, geometry: QgsGeometry, pins: Sequence[Tuple[float, float]] = ()) -> QgsGeometry:
        """``geometry`` (lines in ``crs``) slid round the hidden places exactly as the GPX's tracks are;
        ``pins`` (lon/lat of the stops shown) stay where they are, and the route reaches them."""
        if not self.places or geometry.isEmpty():
            return QgsGeometry(geometry)
        to_wgs84, back = checked_transform(self.crs, WGS84), checked_transform(WGS84, self.crs)
        lines = []
        for part in geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]:
            lines.append([(p.x(), p.y()) for p in (to_wgs84.transform(q) for q in part)])
        slid = shift_lines(lines, self.places, self.radius_m, self.secret, pins)
        return QgsGeometry.fromMultiPolylineXY([[back.transform(QgsPointXY(*p)) for p in line] for line in slid])


def paper_hiding(
    places: Sequence[Tuple[float, float]], crs: QgsCoordinateReferenceSystem, secret: bytes, radius_m: float
) -> PaperHiding:
    """The zones of ``places`` (lon/lat) as polygons in ``crs``."""
    transform = checked_transform(WGS84, crs)
    out = []
    for ring in hiding_zones_lonlat(list(places), radius_m, secret):
        polygon = QgsGeometry.fromPolygonXY([[QgsPointXY(lon, lat) for lon, lat in ring + ring[:1]]])
        polygon.transform(transform)
        out.append(polygon)
    return PaperHiding(tuple(out), tuple(places) if radius_m > 0 else (), crs, secret, radius_m)


def zone_geometries(
    stops: QgsVectorLayer,
    crs: QgsCoordinateReferenceSystem,
    secret: bytes,
    radius_m: float,
    communities: Optional[QgsVectorLayer] = None,
) -> PaperHiding:
    """Every hidden place's zone (all teams' bases, sensitive stops, the ``communities`` marked
    sensitive) as polygons in ``crs``."""
    return paper_hiding(hidden_places(stops, communities), crs, secret, radius_m)


def blanked(layer: QgsVectorLayer, hiding: PaperHiding) -> QgsVectorLayer:
    """A memory copy of the context ``layer`` with nothing inside a zone, its lines and points slid like
    the route: trails and rivers fan out from a community, and would point at it past the zone's edge."""
    if layer.crs() != hiding.crs:
        hiding = paper_hiding(hiding.places, layer.crs(), hiding.secret, hiding.radius_m)
    kind = int(layer.geometryType())

    def cut(feature: QgsFeature) -> Optional[QgsGeometry]:
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            return None
        if kind == 0:
            points = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
            geometry = hiding.slid(QgsGeometry.fromMultiPolylineXY([[p, p] for p in points]))
            geometry = QgsGeometry.fromPointXY(geometry.vertexAt(0)) if not geometry.isEmpty() else geometry
        elif kind == 1:
            geometry = hiding.slid(geometry)
        for zone in hiding.zones:
            if geometry.intersects(zone):
                geometry = geometry.difference(zone)
        if geometry.isEmpty():
            return None
        if kind:
            geometry.convertToMultiType()
        return geometry

    return copy_layer(layer, layer.name(), cut, ("Point", "MultiLineString", "MultiPolygon")[kind])


def hidden_context(context: BriefingContext, hiding: PaperHiding) -> BriefingContext:
    """The field copy's context: no communities layer, every other layer ``blanked``."""

    def blank(layer: Optional[QgsVectorLayer]) -> Optional[QgsVectorLayer]:
        return blanked(layer, hiding) if layer is not None and layer.isValid() else layer

    others = tuple(blank(layer) for layer in context.others)
    return BriefingContext(blank(context.rivers), blank(context.trails), None, blank(context.nogo), others)


def _sensitive(feature) -> bool:
    names = feature.fields().names()
    return "sensitive" in names and feature["sensitive"] not in (None, 0, "0") and bool(feature["sensitive"])


def hide_on_paper(route: QgsVectorLayer, stops: QgsVectorLayer, hiding: PaperHiding) -> None:
    """Drop the hidden stops from ``stops``, slide ``route`` round the hidden places and cut it inside the
    zones (both layers the briefing's own copies)."""
    zones = hiding.zones
    provider = stops.dataProvider()
    gone = [f.id() for f in stops.getFeatures() if str(f[KIND]) == "base" or _sensitive(f)]
    gone += [
        f.id() for f in stops.getFeatures() if f.id() not in gone and any(zone.contains(f.geometry()) for zone in zones)
    ]
    provider.deleteFeatures(gone)
    stops.updateExtents()
    to_wgs84 = checked_transform(stops.crs(), WGS84)
    shown = [to_wgs84.transform(f.geometry().asPoint()) for f in stops.getFeatures()]
    pins = [(p.x(), p.y()) for p in shown]
    changes = {}
    for feature in route.getFeatures():
        geometry = hiding.slid(feature.geometry(), pins)
        for zone in zones:
            if geometry.intersects(zone):
                geometry = geometry.difference(zone)
        changes[feature.id()] = geometry
    route.dataProvider().changeGeometryValues(changes)
    route.updateExtents()
