"""The printed patrol briefing: one A4 PDF per team through a QGIS print layout.

Page 1 is the overview: the team's name and date, a summary, a map of the
whole route over rivers (with their flow), trails, communities and no-go
zones, with legend, scale bar, north arrow, a UTM grid and lat/lon ticks, and
the start of the table of stops (the same names as on the unit, and for each
walk through the forest its bearing and distance); long tables run on to
more pages.  Then one page per day, its map at 1:25,000 or 1:50,000 when the
day fits, with that day's stops.  A briefing made without context layers
says so on the map.  Teams print in black and white in the field, so the map
relies on dash patterns, arrows, hatching and shapes, not on colour.  The
layout lives in a private project: the coordinator's project is never
touched.  Each part of the page is one method (``_header``, ``_overview``,
``_legend``, ``_stops_table``, ``_day_page``): a new section is one more.
"""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory
from typing import List, Optional, Sequence

from qgis.core import (
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemScaleBar,
    QgsLayoutItemTextTable,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutTable,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QRectF, QSize
from qgis.PyQt.QtGui import QColor, QFont

from ...planner.core import InputError
from ...planner.export import team_stems
from ...planner.targets import LedgerSummary
from ..base.crs import checked_transform, utm_label
from ..base.fields import DAY, KIND, SEQ
from ..base.secret import hiding_secret
from ..styles import layer_styles as styles
from ..translation.messages import tr
from .context import BriefingContext, context_layers, drop_absent_categories, grid_crs, team_layer, teams_in
from .days import day_date, day_layers, drawn_extent, refuse_nothing_shown
from .field_copy import hidden_context, hide_on_paper, with_routes, zone_geometries
from .files import atomic_export
from .ledger_page import add_ledger_page
from .maps import add_grids, add_map, add_north_arrow, day_scale, fit_extent, layout_label, nice_interval, stop_runs
from .table import set_columns, stop_rows, summary

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 10.0
# The map is inset from the margins by the width of the grid's coordinates, which print outside its frame.
MAP_X, MAP_TOP, MAP_H = MARGIN + 4.0, 36.0, 146.0
MAP_W = PAGE_W - 2 * MAP_X
DAY_MAP_TOP, DAY_MAP_H = 24.0, 190.0
WALK_SCALE = 50_000  # a day that does not fit at this scale is printed on several pages


class TeamBriefing:
    """The print layout of one team's briefing, with the layers it shows kept alive."""

    def __init__(
        self,
        team: str,
        routes: QgsVectorLayer,
        stops: QgsVectorLayer,
        context: Sequence[QgsVectorLayer] = (),
        date: str = "",
        title: str = "",
        teams: Sequence[str] = (),
        layers: Optional[BriefingContext] = None,
        zones: Optional[Sequence] = None,
        predictability: str = "",
    ) -> None:
        """``zones``: the hiding zones (route CRS) of a field briefing; None for the office's full copy."""
        self.team = team
        self.project = QgsProject()
        self.route = team_layer(routes, team, tr("Route"))
        self.stops = team_layer(stops, team, tr("Stops"))
        self.office = zones is None
        self.predictability = predictability if self.office else ""  # never on paper that goes to the field
        self.crs = grid_crs(self.route)  # before hiding, which may leave no route (an empty extent: lon -165)
        if zones is not None:
            hide_on_paper(self.route, self.stops, zones)
        if self.route.featureCount() == 0:
            raise InputError(tr("the routes layer has no route for team {team!r}").format(team=team), source="ROUTES")
        refuse_nothing_shown(self.route, self.stops, self.crs, team)
        styles.style_routes(self.route, teams or teams_in(routes))  # the team's colour on the whole plan
        styles.label_obstacle(self.route)
        styles.style_stops(self.stops)
        drop_absent_categories(self.stops, "kind")  # no "night camp" in the legend of a team without camps
        self.given = layers or BriefingContext(others=tuple(context))
        if not self.office:  # no communities layer in the field, the others cut round the hidden places
            self.given = hidden_context(self.given, zones)
        self.context = context_layers(self.given, {f["name"] for f in self.stops.getFeatures() if f[KIND] == "base"})
        self.project.addMapLayers([self.route, self.stops, *self.context], False)
        self.layout = QgsPrintLayout(self.project)
        self.layout.initializeDefaults()  # one A4 page
        self.layout.setName(team)
        self.title = title or tr("Patrol briefing")
        self.date = date
        self.day_maps = []
        self._build()

    @property
    def map_layers(self) -> list:
        return [self.stops, self.route, *reversed(self.context)]

    def _build(self) -> None:
        page = self.layout.pageCollection().page(0)
        page.setPageSize("A4", page.Orientation.Portrait)
        self._header(0.0, f"{self.title}: {self.team}")
        layout_label(self.layout, summary(self.route, self.stops), MARGIN, 19, PAGE_W - 2 * MARGIN, 12, 9)
        if self.predictability:  # the office copy only (issue 29)
            layout_label(self.layout, self.predictability, MARGIN, 30.5, PAGE_W - 2 * MARGIN, 5.5, 7)
        self._overview()
        below = MAP_TOP + MAP_H + 11  # under the grid's coordinates printed outside the frame
        legend_bottom = self._legend(below)
        self._stops_table(below + legend_bottom + 3)
        for feature in sorted(self.route.getFeatures(), key=lambda f: int(f[DAY])):
            day = int(feature[DAY])
            if self._extent_of(day).isEmpty():
                continue  # spent wholly within hiding zones: a field copy has nothing to show of it
            sheets = self._day_sheets(day)
            for number, seqs in enumerate(sheets, 1):
                self._day_page(day, seqs, (number, len(sheets)))

    def _day_sheets(self, day: int) -> List[Optional[set]]:
        """The day on one page when it fits 1:50,000; else its stops in runs that each fit, a page a run."""
        if day_scale(fit_extent(self._extent_of(day), MAP_W / DAY_MAP_H, 150.0), MAP_W, DAY_MAP_H) <= WALK_SCALE:
            return [None]
        transform = checked_transform(self.stops.crs(), self.crs)
        points = [
            (int(f[SEQ]), transform.transform(f.geometry().asPoint()))
            for f in sorted(self.stops.getFeatures(), key=lambda f: int(f[SEQ]))
            if int(f[DAY]) == day
        ]
        return stop_runs(points, MAP_W, DAY_MAP_H, WALK_SCALE) or [None]

    margin, page_width = MARGIN, PAGE_W

    def new_page(self, heading: str) -> float:
        """One more page with the header (the office mark too); its top, in layout millimetres."""
        y = self.layout.pageCollection().extendByNewPage().pos().y()
        self._header(y, heading)
        return y

    def _header(self, y: float, heading: str, date: Optional[str] = None) -> None:
        layout_label(self.layout, heading, MARGIN, y + 8, PAGE_W - 2 * MARGIN - 45, 10, 16, bold=True)
        if self.office:
            mark = tr("OFFICE COPY: shows the communities. Never take it to the field.")
            layout_label(self.layout, mark, MARGIN, y + 2, PAGE_W - 2 * MARGIN, 6, 9, bold=True)
        layout_label(self.layout, self.date if date is None else date, PAGE_W - MARGIN - 45, y + 9, 45, 8, 12)

    def _overview(self) -> None:
        self.map = add_map(self.layout, self.map_layers, self.crs, MAP_X, MAP_TOP, MAP_W, MAP_H)
        extent = fit_extent(self._extent_of(None), MAP_W / MAP_H)
        self.map.setExtent(extent)
        self.grid, self.latlon = add_grids(self.map, self.crs, extent)
        self.north_arrow = add_north_arrow(self.layout, self.map, MAP_X + MAP_W - 15, MAP_TOP + 3)
        if self.given.empty():
            self.no_context = self._notice(self.map, 0.0)

    def _notice(self, map_item, y: float) -> QgsLayoutItemLabel:
        """Said on the map itself: a route on a blank grid must not pass for the whole picture."""
        pos = map_item.pagePos()
        label = layout_label(
            self.layout,
            tr(
                "No rivers, trails, communities or no-go zones were given for this map: it "
                "shows only the route. Print the briefing from the dock, or give those layers "
                "to the algorithm."
            ),
            pos.x() + 3,
            y + pos.y() + 3,  # pagePos: within the page (pos() counts the pages above too)
            120,
            12,
            8,
            bold=True,
        )
        label.setBackgroundEnabled(True)
        label.setFrameEnabled(True)
        label.setFrameStrokeColor(QColor("#000000"))
        label.setMarginX(1.5)
        label.setMarginY(1.0)
        return label

    def _legend(self, top: float) -> float:
        layout = self.layout
        self.legend_root = QgsLayerTree()
        for layer in (self.route, self.stops, *self.context):
            node = self.legend_root.addLayer(layer)
            if layer in (self.route, self.stops):
                QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)
        legend = QgsLayoutItemLegend(layout)
        legend.setTitle("")
        legend.setAutoUpdateModel(False)
        legend.model().setRootGroup(self.legend_root)
        legend.setLinkedMap(self.map)
        font = QFont()  # no title and no layer names for the plan's own layers: only the entries' labels
        font.setPointSizeF(8.0)
        for style in (QgsLegendStyle.Style.SymbolLabel, QgsLegendStyle.Style.Subgroup):
            entries = legend.rstyle(style)
            if hasattr(entries, "setTextFormat"):  # QGIS 3.30+; setFont is gone in QGIS 4
                entries.setTextFormat(QgsTextFormat.fromQFont(font))
            else:
                entries.setFont(font)
        legend.setColumnCount(2)
        legend.setSplitLayer(True)
        legend.attemptMove(QgsLayoutPoint(MARGIN, top, MM))
        layout.addLayoutItem(legend)
        self.legend = legend
        self.scale_bar = self._scale_bar(self.map, top + 2)
        legend_size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(
            QgsLayoutUtils.createRenderContextForLayout(layout, None)
        )
        return max(legend_size.height(), self.scale_bar.sizeWithUnits().height() + 2)

    def _scale_bar(self, map_item, y: float) -> QgsLayoutItemScaleBar:
        scale = QgsLayoutItemScaleBar(self.layout)
        scale.setStyle("Single Box")
        scale.setLinkedMap(map_item)
        self.layout.addLayoutItem(scale)
        scale.applyDefaultSize(QgsUnitTypes.DistanceUnit.DistanceKilometers)  # then our own segments
        scale.setUnitsPerSegment(nice_interval(map_item.extent().width() / 1000.0, 8))
        scale.setNumberOfSegments(2)
        scale.setNumberOfSegmentsLeft(0)
        scale.setUnitLabel("km")
        scale_text = QgsTextFormat()
        scale_text.setSize(8.0)
        scale.setTextFormat(scale_text)
        scale.update()
        size = scale.sizeWithUnits()
        scale.attemptMove(QgsLayoutPoint(PAGE_W - MARGIN - size.width(), y, MM))
        return scale

    def _table(self, rows: List[List[str]]) -> QgsLayoutItemTextTable:
        table = QgsLayoutItemTextTable(self.layout)
        set_columns(table)
        table.setContents(rows)
        table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
        table.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)
        self.layout.addMultiFrame(table)
        header, content = QgsTextFormat(), QgsTextFormat()
        bold = QFont()
        bold.setBold(True)
        header.setFont(bold)
        header.setSize(8.5)
        content.setSize(8.0)
        table.setHeaderTextFormat(header)
        table.setContentTextFormat(content)
        table.setCellMargin(1.0)
        table.setGridStrokeWidth(0.3)
        return table

    def _stops_table(self, top: float) -> None:
        self.rows = stop_rows(self.stops, self.crs)
        self.table = self._table(self.rows)
        self._grid_label(MARGIN, top, PAGE_W - 2 * MARGIN)
        self._table_frames(top + 5, f"{self.title}: {self.team}")

    def _grid_label(self, x: float, y: float, width: float) -> None:
        """The zone and datum the coordinates are in: a GPS unit set otherwise reads another place."""
        text = tr("Coordinates: {zone}, east and north in metres").format(zone=utm_label(self.crs))
        layout_label(self.layout, text, x, y, width, 5, 8, bold=True)

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
            layout_label(layout, tr("{} (continued)").format(heading), MARGIN, y + 8, width, 8, 11, bold=True)
            frame = QgsLayoutFrame(layout, self.table)
            frame.attemptSetSceneRect(QRectF(MARGIN, y + 20, width, PAGE_H - MARGIN - 20))
            self.table.addFrame(frame)
            self.table.recalculateFrameSizes()
            if frame.extent().height() <= 0:  # a row taller than a page: stop rather than add pages for ever
                break

    def _day_page(self, day: int, seqs: Optional[set] = None, sheet=(1, 1)) -> None:
        """One page for ``day`` (or the stops ``seqs`` of it): its map at a scale to walk by, and its stops."""
        layout = self.layout
        y = layout.pageCollection().extendByNewPage().pos().y()
        heading = tr("{} - day {}").format(self.team, day)  # short: the date shares the line
        date = day_date(self.route, day, self.date)
        self._header(y, heading if sheet[1] == 1 else f"{heading} ({sheet[0]}/{sheet[1]})", date)
        layers = day_layers(self.route, self.stops, day, self.project) + self.map_layers[2:]  # other days grey
        item = add_map(layout, layers, self.crs, MAP_X, y + DAY_MAP_TOP, MAP_W, DAY_MAP_H)
        extent = fit_extent(self._extent_of(day, seqs), MAP_W / DAY_MAP_H, 150.0)
        item.setExtent(extent)
        scale = day_scale(extent, MAP_W, DAY_MAP_H)
        item.setScale(scale)
        add_grids(item, self.crs, item.extent())
        add_north_arrow(layout, item, MAP_X + MAP_W - 15, y + DAY_MAP_TOP + 3)
        if self.given.empty():
            self._notice(item, y)
        below = y + DAY_MAP_TOP + DAY_MAP_H + 6
        layout_label(layout, tr("Scale 1:{:,}").format(scale).replace(",", " "), MARGIN, below, 50, 6, 9, bold=True)
        self._grid_label(MARGIN, below + 5.5, 95)  # under the scale, clear of the scale bar
        self._scale_bar(item, below)
        rows = [row for row in stop_rows(self.stops, self.crs, day) if seqs is None or int(row[0]) in seqs]
        table = self._table(rows)
        frame = QgsLayoutFrame(layout, table)
        top = below + 11
        frame.attemptSetSceneRect(QRectF(MARGIN, top, PAGE_W - 2 * MARGIN, y + PAGE_H - MARGIN - top))
        table.addFrame(frame)
        table.recalculateFrameSizes()
        self.day_maps.append((day, item, scale, table))

    def _extent_of(self, day: Optional[int], seqs: Optional[set] = None) -> QgsRectangle:
        return drawn_extent(self.route, self.stops, self.crs, day, seqs)

    def export_pdf(self, path: Path) -> Path:
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.textRenderFormat = QgsRenderContext.TextRenderFormat.AlwaysText  # searchable, copyable
        return atomic_export(
            path,
            lambda tmp: QgsLayoutExporter(self.layout).exportToPdf(tmp, settings)
            == QgsLayoutExporter.ExportResult.Success,
        )

    def export_page_png(self, path: Path, page: int = 0, dpi: int = 110) -> Path:
        def render(tmp: str) -> bool:
            image = QgsLayoutExporter(self.layout).renderPageToImage(page, QSize(), dpi)
            return not image.isNull() and image.save(tmp, "PNG")

        return atomic_export(path, render)


def write_briefings(
    routes: QgsVectorLayer,
    stops: QgsVectorLayer,
    folder: Path,
    date: str = "",
    context: Sequence[QgsVectorLayer] = (),
    title: str = "",
    png_preview: bool = False,
    only_team: str = "",
    layers: Optional[BriefingContext] = None,
    all_pages_png: bool = False,
    secret: bytes = b"",
    radius_m: float = 500.0,
    office: bool = False,
    predictability: str = "",
    ledger: Optional[LedgerSummary] = None,
) -> List[Path]:
    """One PDF per team (``<team>.pdf``), and with ``png_preview`` its first page as ``<team>_page1.png``
    (``all_pages_png``: every page, ``<team>_page<n>.png``).

    The field briefing (default) follows the GPX's hiding rule with the ``secret`` (default: the project's);
    ``office`` prints everything, as ``<team>_oficina.pdf``, marked on every page, with the plan's
    ``predictability`` and the alert ``ledger``'s page last (never on a field copy)."""
    teams = [t for t in teams_in(routes) if not only_team or t == only_team]
    if not teams:
        raise InputError(tr("the routes layer has no routes: plan the patrols first"), source="ROUTES")
    Path(folder).mkdir(parents=True, exist_ok=True)
    folder, written = Path(folder), []
    stems = team_stems(teams_in(routes))  # two teams never share a file, whatever their names reduce to
    hidden = (stops, routes.crs(), secret or hiding_secret(), radius_m, layers.bases if layers else None)
    zones = None if office else with_routes(zone_geometries(*hidden), routes, stops)  # the GPX's own cut
    with TemporaryDirectory() as scratch:  # the ledger's chart, read when each page is written
        for team in teams:
            briefing = TeamBriefing(
                team, routes, stops, context, date, title, teams_in(routes), layers, zones, predictability
            )
            if office and ledger is not None:
                add_ledger_page(briefing, ledger, Path(scratch) / "ledger.png")
            stem = f"{stems[team]}_oficina" if office else stems[team]
            written.append(briefing.export_pdf(folder / f"{stem}.pdf"))
            count = briefing.layout.pageCollection().pageCount() if all_pages_png else 1 if png_preview else 0
            for page in range(count):
                written.append(briefing.export_page_png(folder / f"{stem}_page{page + 1}.png", page))
    return written
