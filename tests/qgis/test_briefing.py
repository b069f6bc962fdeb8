"""The printed briefing: one A4 PDF per team, with map, legend, scale bar, north arrow, grid and stops table.

What its maps show is in test_briefing_maps.py; the field copy against the office copy in
test_briefing_field_copy.py."""

from __future__ import annotations

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

from .briefing_support import pages, plan, run  # noqa: F401  (the two-team plan, as a fixture)
from .test_spanish_run import spanish  # noqa: F401  (the Spanish translation, as a fixture)


def test_one_pdf_per_team_with_a_png_of_the_first_page(plan, small_area, tmp_path: Path) -> None:  # noqa: F811
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


def test_the_layout_has_what_a_team_needs(plan) -> None:  # noqa: F811
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


def test_long_plans_continue_on_more_pages(plan, tmp_path: Path) -> None:  # noqa: F811
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


def test_the_legend_ends_before_the_table_starts(plan, tmp_path: Path) -> None:  # noqa: F811
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


def test_every_printed_word_is_translatable(plan, marking) -> None:  # noqa: F811
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


def test_a_page_a_day_at_a_scale_to_walk_by(plan) -> None:  # noqa: F811
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


@pytest.mark.usefixtures("spanish")
def test_the_stops_table_fits_the_page_with_a_check_carried_over_in_spanish(plan) -> None:  # noqa: F811
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


def test_a_day_page_greys_the_other_days(plan) -> None:  # noqa: F811
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
