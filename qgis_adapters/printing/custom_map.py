# SPDX-License-Identifier: GPL-2.0-or-later
"""A team's Garmin custom map: rivers, trails, no-go zones, its plots and route, as JPEG tiles in a KMZ.

The unit's own basemap lacks the trails and most small rivers; this map puts
them under the track.  It shows exactly what the team's GPX shows and no
more: the route as exported (cut round every hidden place) and the shown
stops, never the communities layer while hiding is on.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsLineSymbol,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor

from ...planner.core import parse_text
from ...planner.export import TEAM_PALETTE, Tile, maps_folder, pack_kmz, plan_tiles, tiles_per_map, write_files
from ..base.compat import empty_extent
from ..styles import layer_styles as styles
from .context import BriefingContext, context_layers
from .field_copy import PaperHiding, hidden_context

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
_GPX = "{http://www.topografix.com/GPX/1/1}"


def _exported(texts: Sequence[str]) -> Tuple[List[List[Tuple[float, float]]], List[tuple]]:
    """Track lines and waypoints (lon, lat) as the unit holds them, read from the GPX text we wrote."""
    lines, points = [], []
    for text in texts:
        root = parse_text(text, "exported GPX")
        for segment in root.iter(f"{_GPX}trkseg"):
            lines.append([(float(p.get("lon")), float(p.get("lat"))) for p in segment.iter(f"{_GPX}trkpt")])
        for wpt in root.iter(f"{_GPX}wpt"):
            kind = (wpt.findtext(f"{_GPX}sym") or "").startswith("Campground")
            points.append(
                (
                    float(wpt.get("lon")),
                    float(wpt.get("lat")),
                    "camp" if kind else "plot",
                    wpt.findtext(f"{_GPX}name") or "",
                )
            )
    return lines, points


def _layers(docs: Sequence[str], colour: str) -> List[QgsVectorLayer]:
    lines, points = _exported(docs)
    route = QgsVectorLayer("LineString?crs=EPSG:4326", "route", "memory")
    features = []
    for line in lines:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in line]))
        features.append(feature)
    route.dataProvider().addFeatures(features)
    halo = QgsSimpleLineSymbolLayer(QColor("white"), 2.0)
    line_layer = QgsSimpleLineSymbolLayer(QColor(colour), 1.1)
    route.setRenderer(QgsSingleSymbolRenderer(styles._symbol(QgsLineSymbol, [halo, line_layer])))
    styles.label_obstacle(route)  # plot codes beside the track on the unit's screen, not over it
    stops = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=kind:string&field=code:string&field=seq:integer"
        "&field=team:string&field=name:string",
        "stops",
        "memory",
    )
    features = []
    for lon, lat, kind, code in points:
        feature = QgsFeature(stops.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feature.setAttributes([kind, code, 0, "", code])
        features.append(feature)
    stops.dataProvider().addFeatures(features)
    styles.style_stops(stops)
    return [stops, route]


def _jpeg(layers: Sequence[QgsVectorLayer], tile: Tile) -> bytes:
    settings = QgsMapSettings()
    settings.setLayers(list(layers))
    settings.setDestinationCrs(WGS84)
    settings.setExtent(QgsRectangle(tile.west, tile.south, tile.east, tile.north))
    settings.setOutputSize(QSize(tile.width_px, tile.height_px))
    settings.setBackgroundColor(QColor("#f4f1e8"))  # paper-like, so white halos read on the unit
    settings.setTransformContext(QgsProject.instance().transformContext())
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    job.renderedImage().save(buffer, "JPG", 80)
    buffer.close()
    return bytes(data)


def team_custom_map(
    docs: Sequence[str],
    colour: str,
    context: BriefingContext,
    name: str,
    max_tiles: int = 100,
    hide_sensitive: bool = True,
) -> bytes:
    """The KMZ of one team's area (``docs``: the GPX text of its files): route and stops over the context.

    Empty bytes when the files show nothing (every stop hidden)."""
    shown = BriefingContext(context.rivers, context.trails, None if hide_sensitive else context.bases, context.nogo)
    team_layers = _layers(docs, colour)
    extent = empty_extent()
    for layer in team_layers:
        layer.updateExtents()
        if layer.featureCount():
            extent.combineExtentWith(layer.extent())
    if extent.xMinimum() > extent.xMaximum():  # nothing shown on the unit: no map either
        return b""
    extent.grow(max(extent.width(), extent.height()) * 0.1 + 0.005)  # about 500 m round the route
    layers = team_layers + list(reversed(context_layers(shown)))
    tiles = plan_tiles(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum(), max_tiles=max_tiles)
    return pack_kmz([(tile, _jpeg(layers, tile)) for tile in tiles], name)


def write_custom_maps(
    garmin: Path,
    teams: Sequence,
    reports: Sequence,
    context: BriefingContext,
    hide_sensitive: bool = True,
    hiding: Optional[PaperHiding] = None,
) -> List[Path]:
    """One KMZ per exported team into ``Garmin/CustomMaps`` (replacing only our earlier maps there);
    with ``hiding`` (while ``hide_sensitive``) the context is slid and cut round the hidden places as
    the GPX's tracks are, so no trail on the tiles fans out from a community."""
    if hide_sensitive and hiding is not None:
        context = hidden_context(context, hiding)
    folder = maps_folder(garmin)
    folder.mkdir(exist_ok=True)
    files = {}
    per_team = tiles_per_map(garmin, len(reports))
    colours = {team.team: team_colour_hex(team.color) for team in teams}
    for report in reports:
        texts = [Path(part.path).read_text(encoding="utf-8") for part in report.parts]
        stem = re.sub(r"_\d+-\d+$", "", Path(report.parts[0].path).stem)  # "plan_1-3" -> "plan"
        data = team_custom_map(texts, colours.get(report.team, "#d55e00"), context, stem, per_team, hide_sensitive)
        if data:
            files[f"{stem}.kmz"] = data
    written, _ = write_files(folder, files)
    return written


def team_colour_hex(garmin: str) -> str:
    """The palette's map colour for a team's Garmin colour."""
    return next((c.hex for c in TEAM_PALETTE if c.garmin == garmin), TEAM_PALETTE[0].hex)
