"""The printed briefing: one A4 PDF per team, with map, legend, scale bar, north arrow, grid and stops table."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from qgis.core import (
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemTextTable,
    QgsProcessingException,
    QgsProject,
)

from .test_spanish_run import spanish  # noqa: F401  (the Spanish translation, as a fixture)


def run(algorithm: str, params: dict) -> dict:
    import processing

    return processing.run(f"patrol_planner:{algorithm}", params)


@pytest.fixture()
def plan(patrol_provider, small_area) -> dict:
    params = dict(
        small_area,
        TEAMS=["Norte", "Alfa", "", 2, 5, "Sur", "Beta", "", 1, 8],
        START="2026-12-01T06:00",
        TIME_LIMIT=1,
        ROUTES="memory:",
        STOPS="memory:",
        UNPLANNED="memory:",
    )
    return run("plan_patrols", params)


def pages(pdf: Path) -> int:
    """The page tree's /Count (a GeoPDF rewrites page 1 at the end, so counting /Type /Page over-counts)."""
    return max(int(n) for n in re.findall(rb"/Count\s+(\d+)", pdf.read_bytes()))


def test_one_pdf_per_team_with_a_png_of_the_first_page(plan, small_area, tmp_path: Path) -> None:
    result = run(
        "patrol_briefing",
        {
            "ROUTES": plan["ROUTES"],
            "STOPS": plan["STOPS"],
            "DATE": "2026-12-01",
            "CONTEXT": [small_area["RIVERS"], small_area["TRAILS"]],
            "PNG_PREVIEW": True,
            "OUTPUT_FOLDER": str(tmp_path),
        },
    )
    files = [Path(f) for f in result["FILES"].split(";")]
    assert result["COUNT"] == 2 and sorted(f.name for f in files) == ["Norte.pdf", "Sur.pdf"]
    for pdf in files:
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20_000
        days = len({f["day"] for f in plan["ROUTES"].getFeatures() if f["team"] == pdf.stem})
        assert pages(pdf) >= 1 + days, "the overview on one page, then a page a day (or more for a long day)"
    from qgis.PyQt.QtGui import QImage

    preview = QImage(str(tmp_path / "Norte_page1.png"))
    assert not preview.isNull() and preview.height() > preview.width() * 1.3, "A4 portrait"
    colours = {
        preview.pixelColor(x, y).name()
        for x in range(0, preview.width(), 3)
        for y in range(0, preview.height() // 2, 3)
    }
    assert "#d55e00" in colours, "the team's route is drawn on the map in the first team's colour"
    dark = sum(
        1
        for x in range(0, preview.width(), 3)
        for y in range(0, preview.height(), 3)
        if preview.pixelColor(x, y).lightness() < 128
    )
    assert dark > preview.width() * preview.height() / 9 * 0.01, "not a blank page"
    sur = QImage(str(tmp_path / "Sur_page1.png"))
    sur_colours = {
        sur.pixelColor(x, y).name() for x in range(0, sur.width(), 3) for y in range(0, sur.height() // 2, 3)
    }
    assert "#009e73" in sur_colours and "#d55e00" not in sur_colours, "each team in its colour on the whole plan"
    assert not list(tmp_path.glob(".*")), "no temporary files left behind"


def test_the_layout_has_what_a_team_needs(plan) -> None:
    from patrol_planner.qgis_adapters.printing.briefing import TeamBriefing

    briefing = TeamBriefing("Norte", plan["ROUTES"], plan["STOPS"], date="2026-12-01")
    items = briefing.layout.items()
    kinds = {type(item) for item in items}
    assert {QgsLayoutItemMap, QgsLayoutItemLegend, QgsLayoutItemScaleBar, QgsLayoutItemPicture} <= kinds
    assert briefing.north_arrow.picturePath().endswith("NorthArrow_02.svg")
    assert briefing.map.grids().size() == 2 and briefing.grid.enabled() and briefing.grid.annotationEnabled()
    assert briefing.latlon.crs().authid() == "EPSG:4326" and briefing.latlon.annotationEnabled(), "lat/lon ticks"
    assert briefing.map.crs().authid() == "EPSG:32718"
    page = briefing.layout.pageCollection().page(0).pageSize()
    assert (round(page.width()), round(page.height())) == (210, 297)
    stops = [f for f in plan["STOPS"].getFeatures() if f["team"] == "Norte"]
    table = [m for m in briefing.layout.multiFrames() if isinstance(m, QgsLayoutItemTextTable)][0]
    assert len(table.contents()) == len(stops) == len(briefing.rows)
    first = briefing.rows[0]
    assert first[:4] == ["0", "1", "01/12 06:00", "Base"] and first[4] == "Alfa", "day first, 24 hours"
    assert first[7:] == ["500000", "9000100"]
    codes = {f["seq"]: f["code"] for f in stops}
    assert [row[4].split(" = ")[0] for row in briefing.rows] == [codes[int(row[0])] for row in briefing.rows]
    plots = [row for row in briefing.rows if row[3] == "Plot"]
    assert plots and all(
        row[5].split("; ")[0].endswith(" min") for row in plots
    ), "the minutes at a plot say what they are"
    # Work past the day's end (issue 19): the stop's check says how much of it goes on the next morning.
    later = {f["seq"]: f["next_day_min"] for f in stops if f["next_day_min"]}
    for row in plots:
        if int(row[0]) in later:
            assert row[5].endswith(f"; {later[int(row[0])]:.0f} min of it next morning"), row
        else:
            assert "next morning" not in row[5], row
    # The evening check-in (issue 12) names each night's place as the unit shows it (issue 18's codes), and a
    # base only as "the community" (issue 27: the summary is on the field sheet too).
    from qgis.core import QgsLayoutItemLabel

    texts = [item.text() for item in items if isinstance(item, QgsLayoutItemLabel)]
    check_in = [t for t in texts if "Evening check-in:" in t]
    places = re.findall(r"day \d+ \d\d:\d\d at ([^;.]+)", check_in[0].split("Evening check-in:")[1])
    assert places and set(places) <= set(codes.values()) | {"the community"}, (places, codes)
    assert "Alfa" not in places
    extent = briefing.map.extent()
    assert extent.contains(briefing.route.extent()) and extent.contains(briefing.stops.extent())
    assert briefing.route.id() not in QgsProject.instance().mapLayers(), "the user's project is untouched"


def test_long_plans_continue_on_more_pages(plan, tmp_path: Path) -> None:
    from patrol_planner.qgis_adapters.printing.briefing import TeamBriefing

    stops = plan["STOPS"]
    many = stops.clone()
    features = list(stops.getFeatures())
    norte = [f for f in features if f["team"] == "Norte"]
    many.startEditing()
    for copy in range(60):  # a long table of stops
        feature = norte[1]
        feature.setAttribute("seq", 100 + copy)
        many.addFeature(feature)
    many.commitChanges()
    briefing = TeamBriefing("Norte", plan["ROUTES"], many)
    pdf = briefing.export_pdf(tmp_path / "long.pdf")
    collection = briefing.layout.pageCollection()
    assert collection.pageCount() >= 2 and pages(pdf) == collection.pageCount()
    frames = [briefing.table.frame(i) for i in range(briefing.table.frameCount())]
    days = len(briefing.day_maps)
    assert len(frames) == collection.pageCount() - days, "one frame a page, no empty pages, then the day pages"
    for number, frame in enumerate(frames[1:], start=1):
        assert collection.pageNumberForPoint(frame.pos()) == number
        assert frame.pagePos().y() < 30 and frame.rect().height() > 200, "later pages are filled from the top"
        assert frame.extent().height() > 0
    assert frames[-1].extent().bottom() >= briefing.table.totalSize().height() - 0.01, "every stop is printed"
    from qgis.core import QgsLayoutItemLabel

    headings = [
        item.text()
        for item in briefing.layout.items()
        if isinstance(item, QgsLayoutItemLabel) and "continued" in item.text()
    ]
    assert len(headings) == collection.pageCount() - 1 - days


def test_an_empty_plan_is_a_clear_error(patrol_provider, tmp_path: Path) -> None:
    from qgis.core import QgsVectorLayer

    routes = QgsVectorLayer("LineString?crs=EPSG:32718&field=team:string&field=day:integer", "routes", "memory")
    stops = QgsVectorLayer("Point?crs=EPSG:32718&field=team:string&field=seq:integer", "stops", "memory")
    with pytest.raises(QgsProcessingException, match="no routes: plan the patrols first"):
        run("patrol_briefing", {"ROUTES": routes, "STOPS": stops, "OUTPUT_FOLDER": str(tmp_path)})
    assert not list(tmp_path.glob("*.pdf"))


def test_the_legend_ends_before_the_table_starts(plan, tmp_path: Path) -> None:
    """The legend sizes itself only when painted: after an export it must still end above the table."""
    from patrol_planner.qgis_adapters.printing.briefing import TeamBriefing

    briefing = TeamBriefing("Norte", plan["ROUTES"], plan["STOPS"])
    kinds = [c.value() for c in briefing.stops.renderer().categories()]
    assert kinds == ["base", "plot", "camp"]
    briefing.export_page_png(tmp_path / "norte.png")
    legend = briefing.legend.sceneBoundingRect()
    table = briefing.table.frame(0).sceneBoundingRect()
    assert legend.height() > 10 and legend.bottom() <= table.top()
    assert briefing.scale_bar.sceneBoundingRect().bottom() <= table.top()
    assert briefing.map.sceneBoundingRect().bottom() < legend.top()


def test_a_team_keeps_its_plan_colour_and_only_its_kinds_of_stop(plan) -> None:
    from patrol_planner.qgis_adapters.printing.briefing import TeamBriefing
    from patrol_planner.qgis_adapters.styles import layer_styles as styles

    briefing = TeamBriefing("Sur", plan["ROUTES"], plan["STOPS"])
    categories = briefing.route.renderer().categories()
    assert styles.route_line_layer(categories[0].symbol()).color().name() == styles.TEAM_COLOURS[1].lower()
    kinds = {f["kind"] for f in briefing.stops.getFeatures()}
    assert {c.value() for c in briefing.stops.renderer().categories()} == kinds, "no legend entry for what is absent"


class Marking:
    """A translator that marks every string of the plugin's context, to see that each label went through tr()."""

    def __init__(self):
        from qgis.PyQt.QtCore import QTranslator

        class _Translator(QTranslator):
            def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802
                return f"ES[{source}]" if context == "PatrolPlanner" else None

            def isEmpty(self):  # noqa: N802
                return False

        self.translator = _Translator()


@pytest.fixture()
def marking(qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication

    marker = Marking()
    assert QCoreApplication.installTranslator(marker.translator)
    yield
    QCoreApplication.removeTranslator(marker.translator)


def test_every_printed_word_is_translatable(plan, marking) -> None:
    from qgis.core import QgsLayoutItemLabel
    from qgis.PyQt.QtCore import QCoreApplication

    from patrol_planner.qgis_adapters.printing.briefing import TeamBriefing

    assert QCoreApplication.translate("PatrolPlanner", "Base") == "ES[Base]", "the marking translator is active"
    briefing = TeamBriefing("Norte", plan["ROUTES"], plan["STOPS"], date="2026-12-01")
    texts = [item.text() for item in briefing.layout.items() if isinstance(item, QgsLayoutItemLabel)]
    assert any(t.startswith("ES[Patrol briefing]") and t.endswith("Norte") for t in texts)
    assert any(t.startswith("ES[Days: ") for t in texts), "the summary"
    headers = [column.heading() for column in briefing.table.columns()]
    assert headers and all(h.startswith("ES[") for h in headers)
    assert {row[3] for row in briefing.rows} == {"ES[Base]", "ES[Plot]", "ES[Camp]"}
    legend = [c.label() for c in briefing.stops.renderer().categories()]
    assert legend and all(label.startswith("ES[") for label in legend)
    assert briefing.grid.name().startswith("ES[")


def test_a_page_a_day_at_a_scale_to_walk_by(plan) -> None:
    from patrol_planner.qgis_adapters.printing.briefing import TeamBriefing

    briefing = TeamBriefing("Norte", plan["ROUTES"], plan["STOPS"])
    days = sorted(f["day"] for f in plan["ROUTES"].getFeatures() if f["team"] == "Norte")
    assert sorted({day for day, *_ in briefing.day_maps}) == days
    printed = {}
    for day, item, scale, table in briefing.day_maps:
        assert scale in (25_000, 50_000) and round(item.scale()) == scale, "a scale to walk by"
        assert item.grids().size() == 2
        assert {row[1] for row in table.contents()} == {str(day)}, "the day's own stops"
        extent = item.extent()
        for row in table.contents():
            printed.setdefault(int(row[0]), []).append(day)
            stop = next(f for f in plan["STOPS"].getFeatures() if f["team"] == "Norte" and f["seq"] == int(row[0]))
            assert extent.contains(stop.geometry().asPoint()), "each stop on its page's map"
    from qgis.core import QgsLayoutItemLabel

    dates = {item.text() for item in briefing.layout.items() if isinstance(item, QgsLayoutItemLabel)}
    assert {f"0{day}/12/2026" for day in days} <= dates, "each day page carries its own date, day first"
    norte = [f for f in plan["STOPS"].getFeatures() if f["team"] == "Norte"]
    assert sorted(printed) == sorted(f["seq"] for f in norte) and all(len(v) == 1 for v in printed.values())


def test_without_context_layers_the_map_says_so(plan, small_area) -> None:
    from patrol_planner.qgis_adapters.printing.briefing import TeamBriefing
    from patrol_planner.qgis_adapters.printing.context import BriefingContext

    before = small_area["RIVERS"].renderer().dump()
    bare = TeamBriefing("Norte", plan["ROUTES"], plan["STOPS"])
    assert "only the route" in bare.no_context.text()
    full = TeamBriefing(
        "Norte",
        plan["ROUTES"],
        plan["STOPS"],
        layers=BriefingContext(
            rivers=small_area["RIVERS"], trails=small_area["TRAILS"], bases=small_area["BASES"], nogo=small_area["NOGO"]
        ),
    )
    assert not hasattr(full, "no_context")
    assert len(full.context) == 4 and all(
        layer.id() not in QgsProject.instance().mapLayers() for layer in full.context
    ), "clones in the briefing's own project"
    river = next(layer for layer in full.context if layer.geometryType() == 1 and "River" in layer.name())
    from qgis.core import QgsRenderContext

    symbol = river.renderer().symbols(QgsRenderContext())[0]
    assert "MarkerLine" in {symbol.symbolLayer(i).layerType() for i in range(symbol.symbolLayerCount())}, "flow"
    assert small_area["RIVERS"].renderer().dump() == before, "the project's own style untouched"


def test_black_and_white_keeps_route_rivers_and_trails_apart() -> None:
    """On a grey copier: rivers light and thin with arrows, trails dark and dashed, team lines wider than rivers."""
    from qgis.PyQt.QtCore import Qt

    from patrol_planner.planner.export.palette import _lab
    from patrol_planner.qgis_adapters.printing import context as briefing_context
    from patrol_planner.qgis_adapters.styles import layer_styles as styles

    river = briefing_context.river_symbol()
    water = river.symbolLayer(0)
    assert _lab(water.color().name())[0] >= 70 and river.symbolLayer(1).layerType() == "MarkerLine"
    assert _lab(briefing_context.TRAIL_COLOUR)[0] <= 40
    for index in range(6):
        symbol = styles.route_symbol(index)  # kept alive while its layers are read
        line = styles.route_line_layer(symbol)
        assert line.width() >= water.width() + 0.2
        lightness = _lab(line.color().name())[0]
        # as light as the river only where the team's dash or the white halo tells it apart
        assert abs(lightness - _lab(water.color().name())[0]) >= 10 or line.penStyle() != Qt.PenStyle.SolidLine


def test_a_base_on_the_route_is_named_once_on_the_map(plan, small_area) -> None:
    # The route's base stop carries the base's name; the communities layer must not print it a second time
    # beside it (seen on the demo's briefing), while communities off the route keep their names.
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    from patrol_planner.qgis_adapters.printing.briefing import TeamBriefing
    from patrol_planner.qgis_adapters.printing.context import BriefingContext

    full = TeamBriefing("Norte", plan["ROUTES"], plan["STOPS"], layers=BriefingContext(bases=small_area["BASES"]))
    (communities,) = full.context
    on_route = {f["name"] for f in full.stops.getFeatures() if f["kind"] == "base"}
    assert on_route
    settings = communities.labeling().settings()
    expression = QgsExpression(settings.fieldName)
    labels = {}
    for feature in communities.getFeatures():
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(communities))
        context.setFeature(feature)
        labels[feature["name"]] = expression.evaluate(context)
    assert all(labels[name] is None for name in on_route if name in labels), labels
    assert any(label == name for name, label in labels.items() if name not in on_route), labels


def test_the_field_briefing_shows_no_base_and_the_office_copy_says_so_on_every_page(plan, tmp_path: Path) -> None:
    """Issue 27: the field PDF's text (pdftotext) names no base and gives no coordinate within the hiding
    distance of one; its route is cut round the bases; the office copy keeps them, marked on each page."""
    import shutil
    import subprocess

    from patrol_planner.qgis_adapters.printing import write_briefings

    assert shutil.which("pdftotext"), "poppler-utils (scripts/setup_system.sh)"
    routes, stops = plan["ROUTES"], plan["STOPS"]
    bases = [(f["name"], f.geometry().asPoint()) for f in stops.getFeatures() if f["kind"] == "base"]
    assert bases
    score = "Predictability 37/100"  # issue 29: what the watchers could learn stays in the office
    field_pdfs = write_briefings(routes, stops, tmp_path / "field", secret=b"s" * 32, predictability=score)
    fields = [p for p in field_pdfs if p.suffix == ".pdf"]
    office_pdfs = write_briefings(routes, stops, tmp_path / "office", office=True, predictability=score)
    offices = [p for p in office_pdfs if p.suffix == ".pdf"]
    assert fields and len(offices) == len(fields)
    for field in fields:
        text = subprocess.run(
            ["pdftotext", "-layout", str(field), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Plot" in text and re.search(r"\bP\d", text), "the tables are text, not outlines"
        # East and North at a table row's end (the map grid's round labels say nothing of a base).
        pairs = [(float(e), float(n)) for e, n in re.findall(r"(\d{6})\s+(\d{7})\s*$", text, re.MULTILINE)]
        assert pairs
        for name, point in bases:
            assert name not in text
            assert all(math.dist(pair, (point.x(), point.y())) > 500 for pair in pairs), name
        assert "OFFICE COPY" not in text
        assert "Predictability" not in text and "37/100" not in text
    office_text = "".join(
        subprocess.run(["pdftotext", str(office), "-"], capture_output=True, text=True, check=True).stdout
        for office in offices
    )
    pages = office_text.split("\f")[:-1]
    assert pages and all("OFFICE COPY" in page for page in pages)
    assert any(name in office_text for name, _ in bases)
    assert office_text.count(score) == len(offices)  # on each office copy's first page


def test_the_field_briefing_slides_the_route_round_a_base_like_the_gpx(plan) -> None:
    """Issue 27: cut alone, the printed route still runs straight at its base; the field copy slides it
    onto the zone's decoy first (planner.export.shift_lines), as the team's GPX does."""
    from patrol_planner.qgis_adapters.printing.briefing import TeamBriefing
    from patrol_planner.qgis_adapters.printing.field_copy import zone_geometries

    routes, stops = plan["ROUTES"], plan["STOPS"]
    team = next(iter(routes.getFeatures()))["team"]
    bases = [f.geometry().asPoint() for f in stops.getFeatures() if f["kind"] == "base"]
    hiding = zone_geometries(stops, routes.crs(), b"s" * 32, 500.0)
    office = TeamBriefing(team, routes, stops)
    field = TeamBriefing(team, routes, stops, zones=hiding)

    def vertices(layer):
        return [(v.x(), v.y()) for f in layer.getFeatures() for v in f.geometry().vertices()]

    kept = vertices(field.route)
    assert kept
    assert all(math.dist(v, (b.x(), b.y())) > 500 for v in kept for b in bases)
    # Round the base the field copy's line lies away from the real one: the nearest office vertex of a
    # field vertex near the base is far off (an unslid cut would leave the field's vertices on the office's).
    from qgis.core import QgsGeometry, QgsPointXY

    real = QgsGeometry.unaryUnion([f.geometry() for f in office.route.getFeatures()])
    near = [v for v in kept if min(math.dist(v, (b.x(), b.y())) for b in bases) < 2500]
    assert near
    assert max(real.distance(QgsGeometry.fromPointXY(QgsPointXY(*v))) for v in near) > 150


def test_a_community_marked_sensitive_gets_a_zone_on_paper_and_for_the_pilot(plan) -> None:
    """Issue 27: the field briefing and the pilot's files hide the communities marked sensitive too."""
    from patrol_planner.qgis_adapters.layers import hidden_places
    from patrol_planner.qgis_adapters.printing.field_copy import zone_geometries

    from .conftest import communities_layer

    routes, stops = plan["ROUTES"], plan["STOPS"]
    communities = communities_layer()
    without = zone_geometries(stops, routes.crs(), b"s" * 32, 500.0)
    with_them = zone_geometries(stops, routes.crs(), b"s" * 32, 500.0, communities)
    assert len(with_them.zones) == len(without.zones) + 1
    from qgis.core import QgsGeometry, QgsPointXY

    assert with_them.zones[-1].contains(QgsGeometry.fromPointXY(QgsPointXY(507500, 9000050)))
    assert len(hidden_places(stops, communities)) == len(hidden_places(stops)) + 1


def test_the_field_briefing_blanks_rivers_and_trails_round_the_hidden_places(plan, small_area) -> None:
    """Issue 27: the trails and rivers fan out from a community: on the field copy's maps they are cut
    away round every hidden place (and slid like the route), on the office copy they are whole."""
    from qgis.core import QgsGeometry

    from patrol_planner.qgis_adapters.printing import BriefingContext
    from patrol_planner.qgis_adapters.printing.briefing import TeamBriefing
    from patrol_planner.qgis_adapters.printing.field_copy import zone_geometries

    routes, stops = plan["ROUTES"], plan["STOPS"]
    team = next(iter(routes.getFeatures()))["team"]
    bases = [QgsGeometry.fromPointXY(f.geometry().asPoint()) for f in stops.getFeatures() if f["kind"] == "base"]
    given = BriefingContext(small_area["RIVERS"], small_area["TRAILS"], small_area["BASES"], small_area["NOGO"])
    hiding = zone_geometries(stops, routes.crs(), b"s" * 32, 500.0)
    office = TeamBriefing(team, routes, stops, layers=given)
    field = TeamBriefing(team, routes, stops, layers=given, zones=hiding)

    def nearest(briefing) -> float:
        lines = [layer for layer in briefing.context if layer.geometryType() == 1]  # rivers and trails
        assert len(lines) == 2
        return min(f.geometry().distance(b) for layer in lines for f in layer.getFeatures() for b in bases)

    assert nearest(office) < 200
    assert nearest(field) > 500
    assert not [layer for layer in field.context if layer.geometryType() == 0], "no communities in the field"


def test_the_legend_does_not_list_slow_zones_under_no_go_zones(small_area) -> None:
    """Issue 27, finding 8: a zones layer that can hold slow zones is headed "No-go and slow zones"."""
    from qgis.core import QgsVectorLayer

    from patrol_planner.qgis_adapters.printing import BriefingContext
    from patrol_planner.qgis_adapters.printing.context import context_layers

    (both,) = context_layers(BriefingContext(nogo=small_area["NOGO"]))
    assert both.name() == "No-go and slow zones"
    hard = QgsVectorLayer("Polygon?crs=EPSG:32718&field=name:string", "nogo", "memory")
    (only,) = context_layers(BriefingContext(nogo=hard))
    assert only.name() == "No-go zones"


@pytest.mark.usefixtures("spanish")
def test_the_stops_table_fits_the_page_with_a_check_carried_over_in_spanish(plan) -> None:
    """Issue 27, finding 8: "30 min; 12 min de ese trabajo a la mañana siguiente" pushed East and North
    off the A4 sheet; the check is wrapped in its column, so the table always fits."""
    from patrol_planner.qgis_adapters.printing.briefing import MARGIN, PAGE_W, TeamBriefing

    routes, stops = plan["ROUTES"], plan["STOPS"]
    team = next(iter(routes.getFeatures()))["team"]
    fields = stops.fields()
    plot = next(f for f in stops.getFeatures() if f["kind"] == "plot" and f["team"] == team)
    stops.dataProvider().changeAttributeValues(
        {plot.id(): {fields.indexOf("next_day_min"): 12.0, fields.indexOf("service_min"): 30.0}}
    )
    briefing = TeamBriefing(team, routes, stops)
    assert any("mañana" in cell for row in briefing.rows for cell in row), briefing.rows
    assert briefing.table.totalWidth() <= PAGE_W - 2 * MARGIN


def test_a_day_page_greys_the_other_days(plan) -> None:
    """Issue 27, finding 8: a day page drew the other days' plots and route as if they were the day's; now
    its map draws the day's route and stops in colour and the other days' in grey, apart."""
    from patrol_planner.qgis_adapters.printing.briefing import TeamBriefing

    briefing = TeamBriefing("Norte", plan["ROUTES"], plan["STOPS"])
    assert briefing.day_maps
    for day, item, *_ in briefing.day_maps:
        layers = item.layers()
        today = [layer for layer in layers if layer.name() in ("Route", "Stops")]
        others = [layer for layer in layers if layer.name().startswith("Other days")]
        assert len(today) == 2 and len(others) == 2, [layer.name() for layer in layers]
        assert {f["day"] for layer in today for f in layer.getFeatures()} == {day}
        assert day not in {f["day"] for layer in others for f in layer.getFeatures()}
        for layer in others:
            assert layer.renderer().symbol().color().name() == "#9a9a9a"


def _labels_on_the_route(briefing, map_item, route_layers) -> list:
    """How many labels QGIS's labelling engine places on ``map_item`` (rendered as the PDF renders it), and
    those whose box touches a route line, as (layer name, text)."""
    from qgis.core import QgsGeometry, QgsMapRendererSequentialJob
    from qgis.PyQt.QtCore import QSizeF

    settings = map_item.mapSettings(
        map_item.extent(), QSizeF(1200, 1200 * map_item.rect().height() / map_item.rect().width()), 150, True
    )
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    results = job.takeLabelingResults()
    lines = QgsGeometry.unaryUnion([f.geometry() for layer in route_layers for f in layer.getFeatures()])
    names = {layer.id(): layer.name() for layer in briefing.project.mapLayers().values()}
    placed = results.allLabels()  # the placed ones: unplaced labels are listed only when asked to draw them
    return len(placed), [
        (names.get(label.layerID, label.layerID), label.labelText)
        for label in placed
        if QgsGeometry.fromRect(label.labelRect).intersects(lines)
    ]


def _diagonal_routes(plan):
    """The plan's routes redrawn to run south-west to north-east through every stop of their day: where the
    labels' first choice (above right of the marker) lies right on the line."""
    from qgis.core import QgsGeometry, QgsPointXY

    routes = plan["ROUTES"].clone()
    stops = list(plan["STOPS"].getFeatures())
    changes = {}
    for route in routes.getFeatures():
        points = [
            f.geometry().asPoint() for f in stops if f["team"] == route["team"] and int(f["day"]) == int(route["day"])
        ]
        line = []
        for p in points:
            line += [
                QgsPointXY(p.x() - 1500, p.y() - 1500),
                QgsPointXY(p.x(), p.y()),
                QgsPointXY(p.x() + 1500, p.y() + 1500),
            ]
        changes[route.id()] = QgsGeometry.fromPolylineXY(line)
    routes.dataProvider().changeGeometryValues(changes)
    return routes


def test_no_stop_or_community_label_sits_on_the_route(plan) -> None:
    """Issue 27: community and plot labels printed over the route line hid it where the team needs it most."""
    from patrol_planner.qgis_adapters.printing.briefing import TeamBriefing
    from patrol_planner.qgis_adapters.printing.context import BriefingContext

    from .conftest import communities_layer

    routes = _diagonal_routes(plan)
    for team in ("Norte", "Sur"):
        office = TeamBriefing(team, routes, plan["STOPS"], layers=BriefingContext(bases=communities_layer()))
        placed, on_route = _labels_on_the_route(office, office.map, [office.route])
        assert placed >= 2 and on_route == [], (team, placed, on_route)
        for day, item, _, _ in office.day_maps:
            lines = [layer for layer in item.layers() if layer.geometryType() == 1]
            assert _labels_on_the_route(office, item, lines)[1] == [], (team, day)


def ledger_layer():
    """An Alert ledger layer as the algorithm writes it: six alerts, three verdicts, one false alarm, one overdue."""
    from .conftest import memory_layer

    fields = "field=alert_id:string&field=source:string&field=state:string&field=verdict:string"
    fields += "&field=days_to_verdict:integer&field=overdue:integer"
    rows = [
        ["mb-1", "MapBiomas", "verdict", "coca", 40, 0],
        ["mb-2", "MapBiomas", "verdict", "coca", 36, 0],
        ["gfw-1", "GFW", "verdict", "nothing", 8, 0],
        ["gfw-2", "GFW", "imported", None, None, 1],
        ["gb-1", "GeoBosques", "planned", "not_reached", None, 0],
        ["gb-2", "GeoBosques", "imported", None, None, 0],
    ]
    return memory_layer("Point", "EPSG:4326", fields, "Alert ledger", [("POINT(-75 -9)", r) for r in rows])


def test_the_office_briefing_ends_with_the_ledger_page_and_the_field_copy_never_has_it(plan, tmp_path: Path) -> None:
    """Issue 30: the ledger's summary and chart as the office copy's last page; the field copy is unchanged."""
    import subprocess

    common = {"ROUTES": plan["ROUTES"], "STOPS": plan["STOPS"], "LEDGER": ledger_layer(), "TEAM": "Norte"}
    office = run("patrol_briefing", dict(common, OFFICE=True, PNG_PAGES=True, OUTPUT_FOLDER=str(tmp_path / "o")))
    field = run("patrol_briefing", dict(common, OUTPUT_FOLDER=str(tmp_path / "f")))
    office_pdf, field_pdf = Path(office["FILES"]), Path(field["FILES"])
    text = subprocess.run(["pdftotext", str(office_pdf), "-"], capture_output=True, text=True, check=True).stdout
    last = text.split("\f")[:-1][-1]
    assert "OFFICE COPY" in last and "Alert ledger" in last
    # Each day page's "no context layers" notice is on its own page, not pushed onto a later one.
    assert all(("No rivers" in page) == ("′W" in page) for page in text.split("\f")[:-1])  # a map: its ticks
    assert "6 alerts; 1 overdue" in last and "Median time from detection to verdict: 36 days" in last
    assert "GFW: Nothing found: 1 (1 false alarms)" in last and "MapBiomas: Coca: 2 (0 false alarms)" in last
    plain = run("patrol_briefing", dict(common, LEDGER=None, OFFICE=True, OUTPUT_FOLDER=str(tmp_path / "p")))
    assert pages(office_pdf) == pages(Path(plain["FILES"])) + 1
    field_text = subprocess.run(["pdftotext", str(field_pdf), "-"], capture_output=True, text=True).stdout
    assert "Alert ledger" not in field_text and "overdue" not in field_text
    from qgis.core import QgsRasterLayer

    png = tmp_path / "o" / f"{office_pdf.stem}_page{pages(office_pdf)}.png"
    assert QgsRasterLayer(str(png), "page").isValid()
