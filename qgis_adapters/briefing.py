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
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QRectF, QSize
from qgis.PyQt.QtGui import QColor, QFont

from ..planner.core import ExportError, InputError
from ..planner.export import safe_file_stem
from . import styles
from .local_crs import checked_transform, local_utm
from .pilot_briefing import check_in_line
from .translate import tr

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 10.0
# The map is inset from the margins by the width of the grid's coordinates, which print outside its frame.
MAP_X, MAP_TOP, MAP_H = MARGIN + 4.0, 36.0, 146.0
MAP_W = PAGE_W - 2 * MAP_X


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


def _drop_absent_categories(layer: QgsVectorLayer, field: str) -> None:
    present = {feature[field] for feature in layer.getFeatures()}
    renderer = layer.renderer()
    for index in reversed(range(len(renderer.categories()))):
        if renderer.categories()[index].value() not in present:
            renderer.deleteCategory(index)


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
    return local_utm(crs, layer.extent())


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
    # "Days: 1" rather than "1 days": no plural forms for translators to get wrong.
    return tr("Days: {}. Plots: {}. Night camps: {}. Travelling: {:.1f} h; by boat {:.1f} km, on trails {:.1f} km, "
              "through forest {:.1f} km.").format(len(days), kinds.count("plot"), kinds.count("camp"), total, boat,
                                                  trail, forest) + " " + check_in_line(stops)


def _stop_rows(stops: QgsVectorLayer, crs: QgsCoordinateReferenceSystem) -> List[List[str]]:
    to_grid = checked_transform(stops.crs(), crs)
    kinds = {"base": tr("Base"), "plot": tr("Plot"), "camp": tr("Camp")}
    rows = []
    for f in sorted(stops.getFeatures(), key=lambda f: int(f["seq"])):
        point = to_grid.transform(f.geometry().asPoint())
        arrival = str(f["arrival"] or "")
        what = f["plot_id"] if f["kind"] == "plot" and f["plot_id"] else f["name"]
        if f["kind"] == "plot" and f["service_min"]:
            what = tr("{} ({:.0f} min)").format(what, float(f["service_min"]))
        if f["kind"] == "plot" and f.fields().indexOf("next_day_min") >= 0 and f["next_day_min"]:
            what = tr("{}; {:.0f} min of it next morning").format(what, float(f["next_day_min"]))
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
                 context: Sequence[QgsVectorLayer] = (), date: str = "", title: str = "",
                 teams: Sequence[str] = ()) -> None:
        self.team = team
        self.project = QgsProject()
        self.route = _team_layer(routes, team, tr("Route"))
        self.stops = _team_layer(stops, team, tr("Stops"))
        if self.route.featureCount() == 0:
            raise InputError(f"the routes layer has no route for team {team!r}", source="ROUTES")
        styles.style_routes(self.route, teams or teams_in(routes))  # the team's colour on the whole plan
        styles.style_stops(self.stops)
        _drop_absent_categories(self.stops, "kind")  # no "night camp" in the legend of a team without camps
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
        self.map.attemptMove(QgsLayoutPoint(MAP_X, MAP_TOP, MM))
        self.map.attemptResize(QgsLayoutSize(MAP_W, MAP_H, MM))
        self.map.setCrs(self.crs)
        self.map.setLayers([self.stops, self.route, *self.context])
        self.map.setKeepLayerSet(True)
        self.map.setFrameEnabled(True)
        layout.addLayoutItem(self.map)
        extent = self._extent(MAP_W / MAP_H)
        self.map.setExtent(extent)
        self._grid(extent)

        arrow = QgsLayoutItemPicture(layout)
        path = north_arrow_path()
        if path:
            arrow.setPicturePath(path)
        arrow.setLinkedMap(self.map)
        arrow.setBackgroundEnabled(True)  # white behind it, over grid lines and routes
        arrow.attemptMove(QgsLayoutPoint(MAP_X + MAP_W - 15, MAP_TOP + 3, MM))
        arrow.attemptResize(QgsLayoutSize(12, 14, MM))
        layout.addLayoutItem(arrow)
        self.north_arrow = arrow

        below = MAP_TOP + MAP_H + 6
        self.legend_root = QgsLayerTree()
        for layer in (self.route, self.stops):
            QgsLegendRenderer.setNodeLegendStyle(self.legend_root.addLayer(layer), QgsLegendStyle.Style.Hidden)
        legend = QgsLayoutItemLegend(layout)
        legend.setTitle("")
        legend.setAutoUpdateModel(False)
        legend.model().setRootGroup(self.legend_root)
        legend.setLinkedMap(self.map)
        font = QFont()  # no title and no layer names: only the entries' labels are printed
        font.setPointSizeF(8.0)
        entries = legend.rstyle(QgsLegendStyle.Style.SymbolLabel)
        if hasattr(entries, "setTextFormat"):  # QGIS 3.30+; setFont is gone in QGIS 4
            entries.setTextFormat(QgsTextFormat.fromQFont(font))
        else:
            entries.setFont(font)
        legend.setColumnCount(2)
        legend.setSplitLayer(True)
        legend.attemptMove(QgsLayoutPoint(MARGIN, below, MM))
        layout.addLayoutItem(legend)
        self.legend = legend

        scale = QgsLayoutItemScaleBar(layout)
        scale.setStyle("Single Box")
        scale.setLinkedMap(self.map)
        layout.addLayoutItem(scale)
        scale.applyDefaultSize(QgsUnitTypes.DistanceUnit.DistanceKilometers)  # then our own segments
        scale.setUnitsPerSegment(nice_interval(extent.width() / 1000.0, 8))
        scale.setNumberOfSegments(2)
        scale.setNumberOfSegmentsLeft(0)
        scale.setUnitLabel("km")
        scale_text = QgsTextFormat()
        scale_text.setSize(8.0)
        scale.setTextFormat(scale_text)
        scale.update()
        size = scale.sizeWithUnits()
        scale.attemptMove(QgsLayoutPoint(PAGE_W - MARGIN - size.width(), below + 2, MM))
        self.scale_bar = scale

        self.table = QgsLayoutItemTextTable(layout)
        headers = [tr("No."), tr("Day"), tr("Arrival"), tr("Stop"), tr("Name"), tr("East (m)"), tr("North (m)")]
        self.table.setColumns([QgsLayoutTableColumn(header) for header in headers])
        self.rows = _stop_rows(self.stops, self.crs)
        self.table.setContents(self.rows)
        self.table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
        self.table.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)
        layout.addMultiFrame(self.table)
        self._table_fonts()
        # The legend only sizes itself when first painted, so measure it the way it will measure itself.
        legend_size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(
            QgsLayoutUtils.createRenderContextForLayout(layout, None))
        self._table_frames(below + max(legend_size.height(), size.height() + 2) + 3, f"{title}: {self.team}")

    def _table_frames(self, top: float, heading: str) -> None:
        """The first frame under the legend; then whole pages, each headed, until the last stop is in.

        Multiframe's own modes repeat the first frame's position (half-empty pages) or fill pages to
        their edges; a briefing wants margins and a heading on every page.
        """
        layout, width = self.layout, PAGE_W - 2 * MARGIN
        frame = QgsLayoutFrame(layout, self.table)
        frame.attemptSetSceneRect(QRectF(MARGIN, top, width, PAGE_H - MARGIN - top))
        self.table.addFrame(frame)
        self.table.recalculateFrameSizes()
        # A frame shows whole rows only: the content shown so far ends where the last frame's section ends.
        while frame.extent().bottom() < self.table.totalSize().height() - 0.01:
            y = layout.pageCollection().extendByNewPage().pos().y()
            _label(layout, tr("{} (continued)").format(heading), MARGIN, y + 8, width, 8, 11, bold=True)
            frame = QgsLayoutFrame(layout, self.table)
            frame.attemptSetSceneRect(QRectF(MARGIN, y + 20, width, PAGE_H - MARGIN - 20))
            self.table.addFrame(frame)
            self.table.recalculateFrameSizes()
            if frame.extent().height() <= 0:  # a row taller than a page: stop rather than add pages for ever
                break

    def _table_fonts(self) -> None:
        header, content = QgsTextFormat(), QgsTextFormat()
        bold = QFont()
        bold.setBold(True)
        header.setFont(bold)
        header.setSize(9.0)
        content.setSize(8.5)
        self.table.setHeaderTextFormat(header)
        self.table.setContentTextFormat(content)
        self.table.setCellMargin(1.2)
        self.table.setGridStrokeWidth(0.3)

    def _extent(self, aspect: float) -> QgsRectangle:
        transform = checked_transform(self.route.crs(), self.crs)
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
        interval = nice_interval(extent.width(), 7)  # lines close enough to read a position to ~100 m by eye
        grid.setCrs(self.crs)
        grid.setIntervalX(interval)
        grid.setIntervalY(interval)
        grid.setStyle(QgsLayoutItemMapGrid.GridStyle.Solid)
        grid.setGridLineColor(QColor("#8c8c8c"))  # light grey: under the route, still visible in black and white
        grid.setGridLineWidth(0.15)
        grid.setAnnotationEnabled(True)
        grid.setAnnotationFormat(QgsLayoutItemMapGrid.AnnotationFormat.Decimal)
        grid.setAnnotationPrecision(0)
        text_format = QgsTextFormat()
        text_format.setSize(6.5)
        grid.setAnnotationTextFormat(text_format)
        grid.setAnnotationFrameDistance(1.0)
        side = QgsLayoutItemMapGrid.BorderSide
        for border in (side.Left, side.Right, side.Top, side.Bottom):
            grid.setAnnotationPosition(QgsLayoutItemMapGrid.AnnotationPosition.OutsideMapFrame, border)
            vertical = border in (side.Left, side.Right)
            grid.setAnnotationDirection(QgsLayoutItemMapGrid.AnnotationDirection.Vertical if vertical
                                        else QgsLayoutItemMapGrid.AnnotationDirection.Horizontal, border)
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
    tmp = ""
    try:
        handle, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=str(path.parent))
        os.close(handle)
        if not write(tmp):
            raise ExportError(f"{path}: QGIS could not write the briefing (disk full or no permission?)")
        # mkstemp made it private to this user.  0644 as a normal save, not 0666 & ~umask: reading the
        # umask means setting it, which races with QGIS's other threads.
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as error:
        raise ExportError(f"{path}: cannot write the file: {error.strerror or error}") from error
    finally:
        if tmp and os.path.exists(tmp):
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
