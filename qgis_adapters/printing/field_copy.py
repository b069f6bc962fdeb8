# SPDX-License-Identifier: GPL-2.0-or-later
"""The field briefing's copy of a team's layers: the GPX's hiding rule on paper (issue 27).

A sheet lost in the forest must show no more than a lost unit: no base nor
sensitive stop in the table or on the map, the route slid round the hidden
places and cut away inside the same stable hiding zones as the GPX (the
project's secret), no communities layer.  The office briefing keeps everything and says so on every page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsVectorLayer

from ...planner.export import hiding_zones_lonlat, shift_lines
from ..base.crs import checked_transform
from ..base.fields import KIND
from ..layers import hidden_places

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


@dataclass(frozen=True)
class PaperHiding:
    """What the field copy hides, in the route's CRS: the zones, and the places whose ground is slid."""

    zones: Tuple[QgsGeometry, ...]
    places: Tuple[Tuple[float, float], ...]
    crs: QgsCoordinateReferenceSystem
    secret: bytes
    radius_m: float

    def slid(self, geometry: QgsGeometry) -> QgsGeometry:
        """``geometry`` (lines in ``crs``) slid round the hidden places exactly as the GPX's tracks are."""
        if not self.places or geometry.isEmpty():
            return QgsGeometry(geometry)
        to_wgs84, back = checked_transform(self.crs, WGS84), checked_transform(WGS84, self.crs)
        lines = []
        for part in geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]:
            lines.append([(p.x(), p.y()) for p in (to_wgs84.transform(q) for q in part)])
        slid = shift_lines(lines, self.places, self.radius_m, self.secret)
        return QgsGeometry.fromMultiPolylineXY([[back.transform(QgsPointXY(*p)) for p in line] for line in slid])


def zone_geometries(
    stops: QgsVectorLayer,
    crs: QgsCoordinateReferenceSystem,
    secret: bytes,
    radius_m: float,
    communities: Optional[QgsVectorLayer] = None,
) -> PaperHiding:
    """Every hidden place's zone (all teams' bases, sensitive stops, the ``communities`` marked
    sensitive) as polygons in ``crs``."""
    transform = checked_transform(WGS84, crs)
    places = tuple(hidden_places(stops, communities))
    out = []
    for ring in hiding_zones_lonlat(list(places), radius_m, secret):
        polygon = QgsGeometry.fromPolygonXY([[QgsPointXY(lon, lat) for lon, lat in ring + ring[:1]]])
        polygon.transform(transform)
        out.append(polygon)
    return PaperHiding(tuple(out), places if radius_m > 0 else (), crs, secret, radius_m)


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
    changes = {}
    for feature in route.getFeatures():
        geometry = hiding.slid(feature.geometry())
        for zone in zones:
            if geometry.intersects(zone):
                geometry = geometry.difference(zone)
        changes[feature.id()] = geometry
    route.dataProvider().changeGeometryValues(changes)
    route.updateExtents()
