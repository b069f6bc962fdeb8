# SPDX-License-Identifier: GPL-2.0-or-later
"""The field briefing's copy of a team's layers: the GPX's hiding rule on paper (issue 27).

A sheet lost in the forest must show no more than a lost unit: no base nor
sensitive stop in the table or on the map, the route cut away inside the
same stable hiding zones as the GPX (the project's secret), no communities
layer.  The office briefing keeps everything and says so on every page.
"""

from __future__ import annotations

from typing import Sequence, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsVectorLayer

from ...planner.export import hiding_zones_lonlat
from ..base.crs import checked_transform
from ..base.fields import KIND
from ..layers import hidden_places

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def zone_geometries(
    stops: QgsVectorLayer, crs: QgsCoordinateReferenceSystem, secret: bytes, radius_m: float
) -> Tuple[QgsGeometry, ...]:
    """Every hidden place's zone (all teams' bases, sensitive stops) as polygons in ``crs``."""
    transform = checked_transform(WGS84, crs)
    out = []
    for ring in hiding_zones_lonlat(list(hidden_places(stops)), radius_m, secret):
        polygon = QgsGeometry.fromPolygonXY([[QgsPointXY(lon, lat) for lon, lat in ring + ring[:1]]])
        polygon.transform(transform)
        out.append(polygon)
    return tuple(out)


def _sensitive(feature) -> bool:
    names = feature.fields().names()
    return "sensitive" in names and feature["sensitive"] not in (None, 0, "0") and bool(feature["sensitive"])


def hide_on_paper(route: QgsVectorLayer, stops: QgsVectorLayer, zones: Sequence[QgsGeometry]) -> None:
    """Drop the hidden stops from ``stops`` and cut ``route`` inside ``zones`` (both the briefing's own copies)."""
    provider = stops.dataProvider()
    gone = [f.id() for f in stops.getFeatures() if str(f[KIND]) == "base" or _sensitive(f)]
    gone += [
        f.id() for f in stops.getFeatures() if f.id() not in gone and any(zone.contains(f.geometry()) for zone in zones)
    ]
    provider.deleteFeatures(gone)
    stops.updateExtents()
    changes = {}
    for feature in route.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        for zone in zones:
            if geometry.intersects(zone):
                geometry = geometry.difference(zone)
        changes[feature.id()] = geometry
    route.dataProvider().changeGeometryValues(changes)
    route.updateExtents()
