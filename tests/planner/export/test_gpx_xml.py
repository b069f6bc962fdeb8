"""The project's GPX writer against gpxpy 1.6 (which wrote the files before): same bytes where gpxpy
wrote valid XML, valid and faithful XML where it did not, schema-valid, and no way for data to change
the document's structure."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import List

import gpxpy
import gpxpy.gpx
import pytest
from lxml import etree

from patrol_planner.planner.export import (
    PROFILES,
    ExportOptions,
    Landings,
    PilotMove,
    build_documents,
    device_profile,
    hiding_zones_lonlat,
    pilot_gpx,
)
from patrol_planner.planner.export import gpx as gpx_module
from patrol_planner.planner.export.gpx_xml import GpxExtension, GpxFile, GpxPoint, gpx_xml, number
from patrol_planner.planner.field import read_gpx

from .gpx_documents import GPXX, NS, SCHEMA_DIR, TRICKY, edge_document, parse, random_document, reference
from .test_gpx import make_team, river


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "gpx11_garmin.xsd"), parser))


@pytest.fixture(scope="module")
def plain_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "topografix" / "gpx11.xsd")))


# --- the same bytes as gpxpy --------------------------------------------------------------------------


def test_the_edge_document_is_byte_for_byte_what_gpxpy_wrote():
    doc = edge_document()
    assert gpx_xml(doc) == reference(doc)


@pytest.mark.parametrize("seed", range(40))
def test_random_documents_are_byte_for_byte_what_gpxpy_wrote(seed):
    doc = random_document(seed)
    assert gpx_xml(doc) == reference(doc)


@pytest.fixture
def written(monkeypatch) -> List[GpxFile]:
    """Every document the team export writes, as handed to the writer."""
    seen: List[GpxFile] = []

    def keep(doc: GpxFile) -> str:
        seen.append(doc)
        return gpx_xml(doc)

    monkeypatch.setattr(gpx_module, "gpx_xml", keep)
    return seen


@pytest.mark.parametrize("device", [p.key for p in PROFILES])
def test_team_exports_are_byte_for_byte_what_gpxpy_wrote(written, device):
    """A three-day plan (hidden base, a sensitive plot, camps) on every unit."""
    team = make_team(sensitive_plot=True)
    options = ExportOptions(device=device_profile(device), author="Coordinación", title="Plan & ruta")
    documents, _ = build_documents(team, options)
    assert len(written) == len(documents) >= 1
    for doc, document in zip(written, documents):
        assert document.xml == reference(doc)


def test_the_pilot_file_is_what_gpxpy_wrote(monkeypatch):
    from patrol_planner.planner.export import pilot as pilot_module

    seen: List[GpxFile] = []
    monkeypatch.setattr(pilot_module, "gpx_xml", lambda doc: seen.append(doc) or gpx_xml(doc))
    path = river((-74.5, -8.4), 1500, 5)  # over 250 points: thinned for the unit
    zones = hiding_zones_lonlat([path[1400]], 500.0, b"secret")  # cuts the move in two routes
    landings = Landings(zones, "oculto")
    landings.name(path[0])
    landings.name(path[-1])
    start = datetime(2026, 7, 1, 9, 40)
    text = pilot_gpx([PilotMove(2, start, start + timedelta(minutes=85), path)], landings.named, zones)
    assert text == reference(seen[0])
    names = [r.name for r in seen[0].routes]
    assert names[:2] == ["D2 09:40-11:05", "D2 09:40-11:05 (2)"]
    assert max(len(r.points) for r in seen[0].routes) == 250
    assert [p.name for p in seen[0].waypoints] == ["L1", "L2"]


def test_the_antimeridian_is_written_as_minus_180():
    """GPX takes longitudes in [-180, 180): 180 is the same meridian as -180 (gpxpy wrote an invalid 180.0)."""
    root = parse(gpx_xml(GpxFile("x", (GpxPoint(-8.0, 180.0), GpxPoint(-8.0, -180.0)))))
    assert [w.get("lon") for w in root.findall("g:wpt", NS)] == ["-180.0", "-180.0"]


def test_numbers_are_never_in_exponent_notation():
    assert [number(v) for v in (1e-05, -1.5e-07, 1e-11, 12.5, 1e16, 100)] == [
        "0.00001",
        "-0.00000015",
        "0",
        "12.5",
        "10000000000000000",
        "100",
    ]


# --- valid and faithful -------------------------------------------------------------------------------


def test_the_edge_document_is_valid_gpx_with_garmin_extensions(schema):
    root = parse(gpx_xml(edge_document()))
    assert schema.validate(root), schema.error_log
    colours = root.xpath("//gpxx:DisplayColor/text()", namespaces=NS)
    assert colours == ["DarkGreen", "Red"]


def test_a_document_without_extensions_is_valid_plain_gpx(plain_schema):
    doc = replace(random_document(3), creator="x")
    assert plain_schema.validate(parse(gpx_xml(doc))), plain_schema.error_log


def test_the_schema_check_can_fail(schema):
    bad = gpx_xml(edge_document()).replace("<gpxx:DisplayColor>Red<", "<gpxx:DisplayColor>Crimson<")
    assert not schema.validate(parse(bad))


def test_every_text_reads_back_unchanged():
    doc = edge_document()
    root = parse(gpx_xml(doc))
    wpt = root.find("g:wpt", NS)
    assert [wpt.findtext(f"g:{tag}", namespaces=NS) for tag in ("name", "cmt", "desc", "type")] == [TRICKY] * 4
    assert root.findtext("g:metadata/g:author/g:name", namespaces=NS) == TRICKY
    assert root.findtext("g:trk/g:name", namespaces=NS) == TRICKY
    parsed = gpxpy.parse(gpx_xml(doc))
    assert parsed.waypoints[0].time == datetime(2026, 7, 1, 6, 30, 15, 250000, tzinfo=timezone.utc)
    assert [len(s.points) for s in parsed.tracks[0].segments] == [20, 20, 20]
    assert parsed.waypoints[0].elevation == 153.25


def test_the_projects_own_reader_reads_it(tmp_path):
    path = tmp_path / "edge.gpx"
    path.write_text(gpx_xml(edge_document()), encoding="utf-8")
    result = read_gpx(path)
    assert result.waypoints[0].name == TRICKY
    assert [len(t.points) for t in result.tracks][:1] == [60]


# --- where gpxpy wrote broken XML ---------------------------------------------------------------------


def test_attributes_are_escaped_where_gpxpy_broke_the_file():
    creator = 'Tom & "Jerry" <x>'
    doc = GpxFile(creator, (GpxPoint(-8.0, -74.0, name="a"),))
    with pytest.raises(etree.XMLSyntaxError):
        parse(reference(doc))
    assert parse(gpx_xml(doc)).get("creator") == creator


def test_tabs_and_newlines_in_attributes_read_back():
    doc = GpxFile("a\tb\nc\rd", (GpxPoint(-8.0, -74.0, name="a"),))
    assert parse(reference(doc)).get("creator") == "a b c d"  # gpxpy's: a reader sees spaces
    assert parse(gpx_xml(doc)).get("creator") == "a\tb\nc\rd"


def test_extension_text_is_escaped_where_gpxpy_broke_the_file():
    doc = GpxFile(
        "x",
        (GpxPoint(-8.0, -74.0, extensions=(GpxExtension("gpxx:Note", " A & <B> "),)),),
        namespaces=(("gpxx", GPXX),),
    )
    with pytest.raises(etree.XMLSyntaxError):
        parse(reference(doc))
    assert parse(gpx_xml(doc)).findtext(".//gpxx:Note", namespaces=NS) == "A & <B>"


# --- no way to change the document's structure --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "&xxe;",
        "&amp;",
        "&#60;b&#62;",
        "</name><wpt lat='0' lon='0'><name>x",
        "]]><!DOCTYPE gpx [<!ENTITY x 'y'>]>",
        "<![CDATA[x]]>",
        "<?xml-stylesheet href='x'?>",
        '"/><script/>',
    ],
)
def test_markup_in_data_stays_text(text):
    doc = GpxFile(text, (GpxPoint(-8.0, -74.0, name=text, desc=text),), author=text)
    out = gpx_xml(doc)
    assert "<!DOCTYPE" not in out and "<![CDATA[" not in out and out.count("<?") == 1
    root = parse(out)
    assert len(root.findall("g:wpt", NS)) == 1
    assert root.get("creator") == root.findtext("g:wpt/g:name", namespaces=NS) == text
    assert root.findtext("g:metadata/g:author/g:name", namespaces=NS) == text


@pytest.mark.parametrize("text", ["bell\x07", "nul\x00", "lone \ud800", "\ufffe", "esc\x1b["])
def test_characters_xml_cannot_carry_are_refused(text):
    with pytest.raises(ValueError):
        gpx_xml(GpxFile("x", (GpxPoint(-8.0, -74.0, name=text),)))
    with pytest.raises(ValueError):
        gpx_xml(GpxFile(text))


@pytest.mark.parametrize(
    "point",
    [
        GpxPoint(float("nan"), 0.0),
        GpxPoint(0.0, float("inf")),
        GpxPoint(91.0, 0.0),
        GpxPoint(0.0, -180.5),
        GpxPoint(0.0, 0.0, ele=float("nan")),
    ],
)
def test_what_is_not_a_position_is_refused(point):
    with pytest.raises(ValueError):
        gpx_xml(GpxFile("x", (point,)))


@pytest.mark.parametrize(
    "doc",
    [
        GpxFile("x", (GpxPoint(0.0, 0.0, extensions=(GpxExtension("gpxx:A"),)),)),  # undeclared prefix
        GpxFile("x", (GpxPoint(0.0, 0.0, extensions=(GpxExtension("A"),)),), namespaces=(("gpxx", GPXX),)),
        GpxFile("x", (GpxPoint(0.0, 0.0, extensions=(GpxExtension("gpxx:A><b"),)),), namespaces=(("gpxx", GPXX),)),
        GpxFile("x", namespaces=(("xmlns", GPXX),)),
        GpxFile("x", namespaces=(("a b", GPXX),)),
        GpxFile("x", namespaces=(("xsi", GPXX),)),  # taken by the schema instance namespace
    ],
)
def test_only_declared_well_formed_extension_names_are_written(doc):
    with pytest.raises(ValueError):
        gpx_xml(doc)
