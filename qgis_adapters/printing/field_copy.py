# SPDX-License-Identifier: GPL-2.0-or-later
"""The field briefing's copy of a team's layers: the GPX's hiding rule on paper (issue 27).

A sheet lost in the forest must show no more than a lost unit: no base nor
sensitive stop in the table or on the map, the route as the GPX shows it
(``planner.export.field_lines``: slid round the hidden places, cut away
inside the same stable zones with the project's secret, its cut ends kept
from averaging onto a place), no communities layer, and the rivers, trails and other
context layers slid and cut the same way (their lines would otherwise still
fan out from the community).  The office briefing keeps everything and
says so on every page.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from ...planner.export import ExportOptions, hiding_zones_lonlat, plan_cut, shift_lines
from ..base.crs import checked_transform
from ..base.fields import DAY, KIND, TEAM
from ..layers import hidden_places, team_exports
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
    # Every team's route as the plan's field files show it (``with_routes``): team -> day -> lon/lat lines.
    routes: Mapping[str, Dict[int, List[List[Tuple[float, float]]]]] = field(default_factory=dict)

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


def sensitive_stop(feature) -> bool:
    names = feature.fields().names()
    return "sensitive" in names and feature["sensitive"] not in (None, 0, "0") and bool(feature["sensitive"])


def hide_on_paper(route: QgsVectorLayer, stops: QgsVectorLayer, hiding: PaperHiding) -> None:
    """Drop the hidden stops from ``stops``, and leave of ``route`` what a field file may show: its team's
    lines in ``hiding.routes`` (``with_routes``), else the cut of ``route`` and ``stops`` alone; both layers
    the briefing's own copies."""
    shown = hiding.routes or with_routes(hiding, route, stops).routes
    zones = hiding.zones
    provider = stops.dataProvider()
    gone = [f.id() for f in stops.getFeatures() if str(f[KIND]) == "base" or sensitive_stop(f)]
    gone += [
        f.id() for f in stops.getFeatures() if f.id() not in gone and any(zone.contains(f.geometry()) for zone in zones)
    ]
    provider.deleteFeatures(gone)
    stops.updateExtents()
    back = checked_transform(WGS84, route.crs())
    features = sorted(route.getFeatures(), key=lambda f: int(f[DAY]))
    days = shown.get(str(features[0][TEAM]), {}) if features else {}
    changes, drawn = {}, set()
    for feature in features:
        day = int(feature[DAY])
        lines = days.get(day, []) if day not in drawn else []  # a day in two features is drawn once
        drawn.add(day)
        changes[feature.id()] = QgsGeometry.fromMultiPolylineXY(
            [[back.transform(QgsPointXY(*p)) for p in line] for line in lines]
        )
    route.dataProvider().changeGeometryValues(changes)
    route.updateExtents()


def with_routes(hiding: PaperHiding, routes: QgsVectorLayer, stops: QgsVectorLayer) -> PaperHiding:
    """``hiding`` holding every team's route as every field file of the plan shows it: the GPX export's own
    cut of all the plan's teams together (``planner.export.plan_cut``), so a finder holding a team's unit
    and its paper, or every team's, pools the same ends the check was made on."""
    options = ExportOptions(hide_radius_m=hiding.radius_m, hide_secret=hiding.secret, also_hide=hiding.places)
    return replace(hiding, routes=plan_cut(team_exports(routes, stops, ""), options))
