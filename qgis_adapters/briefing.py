"""The printed patrol briefing: one A4 PDF per team through a QGIS print layout.

Page 1 holds the team's name and date, a summary, a map of the route (with
legend, scale bar, north arrow and a UTM grid so a guard can read coordinates
off paper) and the start of the table of stops; long tables run on to more
pages.  Teams print in black and white in the field, so the map relies on the
styles' dash patterns and shapes, not on colour.  The layout lives in a
private project: the coordinator's project is never touched.
"""

from __future__ import annotations

import math
import os
import tempfile
from pathlib import Path
from typing import List, Optional, Sequence

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemTextTable,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QRectF, QSize
from qgis.PyQt.QtGui import QFont

from ..planner.crs import utm_epsg
from ..planner.errors import InputError
from ..planner.gpx_names import safe_file_stem
from . import styles

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 10.0
MAP_TOP, MAP_H = 32.0, 148.0
LEGEND_H = 18.0  # two columns, no layer titles: the team's line and the three kinds of stop


def tr(text: str) -> str:
    return QCoreApplication.translate("PatrolPlanner", text)


def _team_layer(source: QgsVectorLayer, team: str, name: str) -> QgsVectorLayer:
    """The team's own features in a new memory layer (the source layer keeps its filter and style)."""
    kind = {0: "Point", 1: "LineString", 2: "Polygon"}[int(source.geometryType())]
    layer = QgsVectorLayer(f"{kind}?crs={source.crs().authid()}", name, "memory")
    layer.dataProvider().addAttributes(source.fields().toList())
    layer.updateFields()
    features = []
    for feature in source.getFeatures():
        if feature["team"] == team:
            copy = QgsFeature(layer.fields())
            copy.setGeometry(feature.geometry())
            copy.setAttributes(feature.attributes())
            features.append(copy)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def teams_in(routes: QgsVectorLayer) -> List[str]:
    teams: List[str] = []
    for feature in routes.getFeatures():
        if feature["team"] not in teams:
            teams.append(feature["team"])
    return teams


def grid_crs(layer: QgsVectorLayer) -> QgsCoordinateReferenceSystem:
    """Coordinates on paper are UTM metres, which guards read on their GPS units."""
    crs = layer.crs()
    if crs.isValid() and not crs.isGeographic():
        return crs
    centre = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()).transform(
        layer.extent().center())
    return QgsCoordinateReferenceSystem(f"EPSG:{utm_epsg(centre.x(), centre.y())}")


def nice_interval(span: float, lines: int = 5) -> float:
    """1, 2 or 5 times a power of ten, giving about ``lines`` grid lines across ``span``."""
    raw = max(span / lines, 1e-9)
    power = 10 ** math.floor(math.log10(raw))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= raw)


def _label(layout, text: str, x: float, y: float, w: float, h: float, size: float, bold: bool = False):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont()
    font.setBold(bold)
    font.setPointSizeF(size)
    if hasattr(label, "setTextFormat"):  # QGIS 3.24+; setFont is gone in QGIS 4
        text_format = QgsTextFormat.fromQFont(font)
        text_format.setSize(size)
        label.setTextFormat(text_format)
    else:
        label.setFont(font)
    label.attemptMove(QgsLayoutPoint(x, y, MM))
    label.attemptResize(QgsLayoutSize(w, h, MM))
    layout.addLayoutItem(label)
    return label


def _summary(route: QgsVectorLayer, stops: QgsVectorLayer) -> str:
    days = list(route.getFeatures())
    kinds = [f["kind"] for f in stops.getFeatures()]
    total = sum(float(f["hours"] or 0) for f in days)
    boat, trail, forest = (sum(float(f[k] or 0) for f in days) for k in ("boat_km", "trail_km", "forest_km"))
    return tr("{} days, {} plots, {} night camps. Travelling {:.1f} h; {:.1f} km by boat, {:.1f} km on trails, "
              "{:.1f} km through forest.").format(len(days), kinds.count("plot"), kinds.count("camp"), total, boat,
                                                  trail, forest)


def _stop_rows(stops: QgsVectorLayer, crs: QgsCoordinateReferenceSystem) -> List[List[str]]:
    to_grid = QgsCoordinateTransform(stops.crs(), crs, QgsProject.instance())
    kinds = {"base": tr("Base"), "plot": tr("Plot"), "camp": tr("Camp")}
    rows = []
    for f in sorted(stops.getFeatures(), key=lambda f: int(f["seq"])):
        point = to_grid.transform(f.geometry().asPoint())
        arrival = str(f["arrival"] or "")
        what = f["plot_id"] if f["kind"] == "plot" and f["plot_id"] else f["name"]
        if f["kind"] == "plot" and f["service_min"]:
            what = tr("{} ({:.0f} min)").format(what, float(f["service_min"]))
        rows.append([str(f["seq"]), str(f["day"]), arrival[5:16].replace("T", " "), kinds.get(f["kind"], f["kind"]),
                     str(what), f"{point.x():.0f}", f"{point.y():.0f}"])
    return rows


def north_arrow_path() -> Optional[str]:
    for folder in QgsApplication.svgPaths():
        path = os.path.join(folder, "arrows", "NorthArrow_02.svg")
        if os.path.exists(path):
            return path
    return None


class TeamBriefing:
    """The print layout of one team's briefing, with the layers it shows kept alive."""

    def __init__(self, team: str, routes: QgsVectorLayer, stops: QgsVectorLayer,
                 context: Sequence[QgsVectorLayer] = (), date: str = "", title: str = "") -> None:
        self.team = team
        self.project = QgsProject()
        self.route = _team_layer(routes, team, tr("Route"))
        self.stops = _team_layer(stops, team, tr("Stops"))
        if self.route.featureCount() == 0:
            raise InputError(f"the routes layer has no route for team {team!r}", source="ROUTES")
        styles.style_routes(self.route)
        styles.style_stops(self.stops)
        self.project.addMapLayers([self.route, self.stops], False)
        self.context = list(context)
        self.crs = grid_crs(self.route)
        self.layout = QgsPrintLayout(self.project)
        self.layout.initializeDefaults()  # one A4 page
        self.layout.setName(team)
        self._build(date, title or tr("Patrol briefing"))

    def _build(self, date: str, title: str) -> None:
        layout = self.layout
        page = layout.pageCollection().page(0)
        page.setPageSize("A4", page.Orientation.Portrait)
        width = PAGE_W - 2 * MARGIN
        _label(layout, f"{title}: {self.team}", MARGIN, 8, width - 45, 10, 16, bold=True)
        _label(layout, date, PAGE_W - MARGIN - 45, 9, 45, 8, 12)
        _label(layout, _summary(self.route, self.stops), MARGIN, 19, width, 12, 9)

        self.map = QgsLayoutItemMap(layout)
        self.map.attemptMove(QgsLayoutPoint(MARGIN, MAP_TOP, MM))
        self.map.attemptResize(QgsLayoutSize(width, MAP_H, MM))
        self.map.setCrs(self.crs)
        self.map.setLayers([self.stops, self.route, *self.context])
        self.map.setKeepLayerSet(True)
        self.map.setFrameEnabled(True)
        layout.addLayoutItem(self.map)
        extent = self._extent(width / MAP_H)
        self.map.setExtent(extent)
        self._grid(extent)

        arrow = QgsLayoutItemPicture(layout)
        path = north_arrow_path()
        if path:
            arrow.setPicturePath(path)
        arrow.setLinkedMap(self.map)
        arrow.attemptMove(QgsLayoutPoint(PAGE_W - MARGIN - 16, MAP_TOP + 3, MM))
        arrow.attemptResize(QgsLayoutSize(12, 14, MM))
        layout.addLayoutItem(arrow)
        self.north_arrow = arrow

        below = MAP_TOP + MAP_H + 3
        self.legend_root = QgsLayerTree()
        for layer in (self.route, self.stops):
            QgsLegendRenderer.setNodeLegendStyle(self.legend_root.addLayer(layer), QgsLegendStyle.Style.Hidden)
        legend = QgsLayoutItemLegend(layout)
        legend.setTitle("")
        legend.setAutoUpdateModel(False)
        legend.model().setRootGroup(self.legend_root)
        legend.setLinkedMap(self.map)
        for style, size in ((QgsLegendStyle.Style.Title, 10.0), (QgsLegendStyle.Style.Subgroup, 8.0),
                            (QgsLegendStyle.Style.SymbolLabel, 8.0)):
            font = QFont()
            font.setPointSizeF(size)
            font.setBold(style == QgsLegendStyle.Style.Title)
            if hasattr(legend.rstyle(style), "setTextFormat"):  # QGIS 3.30+
                legend.rstyle(style).setTextFormat(QgsTextFormat.fromQFont(font))
            else:
                legend.rstyle(style).setFont(font)
        legend.setColumnCount(2)
        legend.setSplitLayer(True)
        legend.attemptMove(QgsLayoutPoint(MARGIN, below, MM))
        layout.addLayoutItem(legend)
        self.legend = legend

        scale = QgsLayoutItemScaleBar(layout)
        scale.setStyle("Single Box")
        scale.setLinkedMap(self.map)
        scale.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
        scale.setUnitLabel("km")
        scale.setNumberOfSegments(2)
        scale.setNumberOfSegmentsLeft(0)
        scale.setUnitsPerSegment(nice_interval(extent.width() / 1000.0, 8))
        layout.addLayoutItem(scale)
        scale.applyDefaultSize(QgsUnitTypes.DistanceUnit.DistanceKilometers)
        scale.setUnitsPerSegment(nice_interval(extent.width() / 1000.0, 8))
        scale.setNumberOfSegments(2)
        scale.setNumberOfSegmentsLeft(0)
        scale.setUnitLabel("km")
        scale.update()
        size = scale.sizeWithUnits()
        scale.attemptMove(QgsLayoutPoint(PAGE_W - MARGIN - size.width(), below + 2, MM))
        self.scale_bar = scale

        self.table = QgsLayoutItemTextTable(layout)
        headers = [tr("No."), tr("Day"), tr("Arrival"), tr("Stop"), tr("Name"), tr("East (m)"), tr("North (m)")]
        self.table.setColumns([QgsLayoutTableColumn(header) for header in headers])
        self.rows = _stop_rows(self.stops, self.crs)
        self.table.setContents(self.rows)
        self.table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.RepeatUntilFinished)
        layout.addMultiFrame(self.table)
        top = below + LEGEND_H + 2
        frame = QgsLayoutFrame(layout, self.table)
        frame.attemptSetSceneRect(QRectF(MARGIN, top, width, PAGE_H - MARGIN - top))
        self.table.addFrame(frame)
        self.table.refresh()

    def _extent(self, aspect: float) -> QgsRectangle:
        transform = QgsCoordinateTransform(self.route.crs(), self.crs, QgsProject.instance())
        extent = transform.transformBoundingBox(self.route.extent())
        extent.combineExtentWith(transform.transformBoundingBox(self.stops.extent()))
        extent.grow(max(extent.width(), extent.height()) * 0.08 + 200)
        if extent.width() / extent.height() < aspect:  # widen to the map's shape
            grow = (extent.height() * aspect - extent.width()) / 2
            extent.setXMinimum(extent.xMinimum() - grow)
            extent.setXMaximum(extent.xMaximum() + grow)
        else:
            grow = (extent.width() / aspect - extent.height()) / 2
            extent.setYMinimum(extent.yMinimum() - grow)
            extent.setYMaximum(extent.yMaximum() + grow)
        return extent

    def _grid(self, extent: QgsRectangle) -> None:
        grid = QgsLayoutItemMapGrid(tr("UTM grid"), self.map)
        interval = nice_interval(extent.width(), 5)
        grid.setCrs(self.crs)
        grid.setIntervalX(interval)
        grid.setIntervalY(interval)
        grid.setStyle(QgsLayoutItemMapGrid.GridStyle.Cross)
        grid.setCrossLength(2.0)
        grid.setAnnotationEnabled(True)
        grid.setAnnotationFormat(QgsLayoutItemMapGrid.AnnotationFormat.Decimal)
        grid.setAnnotationPrecision(0)
        text_format = QgsTextFormat()
        text_format.setSize(6.5)
        grid.setAnnotationTextFormat(text_format)
        for border in (QgsLayoutItemMapGrid.BorderSide.Left, QgsLayoutItemMapGrid.BorderSide.Right):
            grid.setAnnotationDirection(QgsLayoutItemMapGrid.AnnotationDirection.Vertical, border)
        grid.setAnnotationPosition(QgsLayoutItemMapGrid.AnnotationPosition.InsideMapFrame,
                                   QgsLayoutItemMapGrid.BorderSide.Left)
        grid.setAnnotationPosition(QgsLayoutItemMapGrid.AnnotationPosition.InsideMapFrame,
                                   QgsLayoutItemMapGrid.BorderSide.Right)
        grid.setAnnotationPosition(QgsLayoutItemMapGrid.AnnotationPosition.InsideMapFrame,
                                   QgsLayoutItemMapGrid.BorderSide.Top)
        grid.setAnnotationPosition(QgsLayoutItemMapGrid.AnnotationPosition.InsideMapFrame,
                                   QgsLayoutItemMapGrid.BorderSide.Bottom)
        self.map.grids().addGrid(grid)
        self.grid = grid

    def export_pdf(self, path: Path) -> Path:
        return _atomic(path, lambda tmp: QgsLayoutExporter(self.layout).exportToPdf(
            tmp, QgsLayoutExporter.PdfExportSettings()) == QgsLayoutExporter.ExportResult.Success)

    def export_first_page_png(self, path: Path, dpi: int = 110) -> Path:
        def render(tmp: str) -> bool:
            image = QgsLayoutExporter(self.layout).renderPageToImage(0, QSize(), dpi)
            return not image.isNull() and image.save(tmp, "PNG")

        return _atomic(path, render)


def _atomic(path: Path, write) -> Path:
    """Write through a temporary file in the same folder, then rename: no half-written briefing."""
    path = Path(path)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=str(path.parent))
    os.close(handle)
    try:
        if not write(tmp):
            raise OSError(f"could not write {path}")
        os.replace(tmp, path)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(path, 0o666 & ~umask)  # mkstemp made it private to this user
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def write_briefings(routes: QgsVectorLayer, stops: QgsVectorLayer, folder: Path, date: str = "",
                    context: Sequence[QgsVectorLayer] = (), title: str = "", png_preview: bool = False,
                    only_team: str = "") -> List[Path]:
    """One PDF per team (``<team>.pdf``), and with ``png_preview`` its first page as ``<team>_page1.png``."""
    teams = teams_in(routes)
    if only_team:
        teams = [t for t in teams if t == only_team]
    if not teams:
        raise InputError("the routes layer has no routes: plan the patrols first", source="ROUTES")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: List[Path] = []
    for team in teams:
        briefing = TeamBriefing(team, routes, stops, context, date, title)
        stem = safe_file_stem(team)
        written.append(briefing.export_pdf(folder / f"{stem}.pdf"))
        if png_preview:
            written.append(briefing.export_first_page_png(folder / f"{stem}_page1.png"))
    return written
