"""The briefing's field copy hides the bases and the communities marked sensitive (issue 27); the office copy
keeps them and ends with the alert ledger's page (issue 30)."""

from __future__ import annotations

import math
import re
from pathlib import Path

from .briefing_support import ledger_layer, pages, plan, run  # noqa: F401  (the two-team plan, as a fixture)


def test_the_field_briefing_shows_no_base_and_the_office_copy_says_so_on_every_page(plan, tmp_path: Path) -> None:  # noqa: F811
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


def test_the_field_briefing_slides_the_route_round_a_base_like_the_gpx(plan) -> None:  # noqa: F811
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


def test_a_community_marked_sensitive_gets_a_zone_on_paper_and_for_the_pilot(plan) -> None:  # noqa: F811
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


def test_the_field_briefing_blanks_rivers_and_trails_round_the_hidden_places(plan, small_area) -> None:  # noqa: F811
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


def test_the_office_briefing_ends_with_the_ledger_page_and_the_field_copy_never_has_it(plan, tmp_path: Path) -> None:  # noqa: F811
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
