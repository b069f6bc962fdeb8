"""The printed briefing: one A4 PDF per team, with map, legend, scale bar, north arrow, grid and stops table."""

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


def run(algorithm: str, params: dict) -> dict:
    import processing

    return processing.run(f"patrol_planner:{algorithm}", params)


@pytest.fixture()
def plan(patrol_provider, small_area) -> dict:
    params = dict(small_area, TEAMS=["Norte", "Alfa", "", 2, 5, "Sur", "Beta", "", 1, 8], START="2026-12-01T06:00",
                  TIME_LIMIT=1, ROUTES="memory:", STOPS="memory:", UNPLANNED="memory:")
    return run("plan_patrols", params)


def pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def test_one_pdf_per_team_with_a_png_of_the_first_page(plan, small_area, tmp_path: Path) -> None:
    result = run("patrol_briefing", {"ROUTES": plan["ROUTES"], "STOPS": plan["STOPS"], "DATE": "2026-12-01",
                                     "CONTEXT": [small_area["RIVERS"], small_area["TRAILS"]], "PNG_PREVIEW": True,
                                     "OUTPUT_FOLDER": str(tmp_path)})
    files = [Path(f) for f in result["FILES"].split(";")]
    assert result["COUNT"] == 2 and sorted(f.name for f in files) == ["Norte.pdf", "Sur.pdf"]
    for pdf in files:
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 20_000
        assert pages(pdf) >= 1
    from qgis.PyQt.QtGui import QImage

    preview = QImage(str(tmp_path / "Norte_page1.png"))
    assert not preview.isNull() and preview.height() > preview.width() * 1.3, "A4 portrait"
    colours = {preview.pixelColor(x, y).name() for x in range(0, preview.width(), 3)
               for y in range(0, preview.height() // 2, 3)}
    assert "#0072b2" in colours, "the team's route is drawn on the map"
    assert not list(tmp_path.glob(".*")), "no temporary files left behind"


def test_the_layout_has_what_a_team_needs(plan) -> None:
    from patrol_planner.qgis_adapters.briefing import TeamBriefing

    briefing = TeamBriefing("Norte", plan["ROUTES"], plan["STOPS"], date="2026-12-01")
    items = briefing.layout.items()
    kinds = {type(item) for item in items}
    assert {QgsLayoutItemMap, QgsLayoutItemLegend, QgsLayoutItemScaleBar, QgsLayoutItemPicture} <= kinds
    assert briefing.north_arrow.picturePath().endswith("NorthArrow_02.svg")
    assert briefing.map.grids().size() == 1 and briefing.grid.enabled() and briefing.grid.annotationEnabled()
    assert briefing.map.crs().authid() == "EPSG:32718"
    page = briefing.layout.pageCollection().page(0).pageSize()
    assert (round(page.width()), round(page.height())) == (210, 297)
    stops = [f for f in plan["STOPS"].getFeatures() if f["team"] == "Norte"]
    table = [m for m in briefing.layout.multiFrames() if isinstance(m, QgsLayoutItemTextTable)][0]
    assert len(table.contents()) == len(stops) == len(briefing.rows)
    first = briefing.rows[0]
    assert first[:4] == ["0", "1", "12-01 06:00", "Base"] and first[4] == "Alfa"
    assert first[5:] == ["500000", "9000100"]
    # the route fits the map
    extent = briefing.map.extent()
    assert extent.contains(briefing.route.extent()) and extent.contains(briefing.stops.extent())
    assert briefing.route.id() not in QgsProject.instance().mapLayers(), "the user's project is untouched"


def test_long_plans_continue_on_more_pages(plan, tmp_path: Path) -> None:
    from patrol_planner.qgis_adapters.briefing import TeamBriefing

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
    assert briefing.layout.pageCollection().pageCount() >= 2 and pages(pdf) >= 2


def test_an_empty_plan_is_a_clear_error(patrol_provider, tmp_path: Path) -> None:
    from qgis.core import QgsVectorLayer

    routes = QgsVectorLayer("LineString?crs=EPSG:32718&field=team:string&field=day:integer", "routes", "memory")
    stops = QgsVectorLayer("Point?crs=EPSG:32718&field=team:string&field=seq:integer", "stops", "memory")
    with pytest.raises(QgsProcessingException, match="no routes: plan the patrols first"):
        run("patrol_briefing", {"ROUTES": routes, "STOPS": stops, "OUTPUT_FOLDER": str(tmp_path)})
    assert not list(tmp_path.glob("*.pdf"))
