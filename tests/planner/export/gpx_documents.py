"""The documents the GPX writer's tests write, and gpxpy 1.6 writing them as the plugin called it before
(the reference for test_gpx_xml.py)."""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET  # the reference gpxpy takes its extensions as ElementTree elements
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Dict, Tuple

import gpxpy
import gpxpy.gpx
from lxml import etree

from patrol_planner.planner.export.gpx_xml import (
    GPX_SCHEMA_LOCATIONS,
    GpxExtension,
    GpxFile,
    GpxPoint,
    GpxRoute,
    GpxTrack,
)

from .test_gpx import river

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "data" / "gpx_schemas"
GPXX = "http://www.garmin.com/xmlschemas/GpxExtensions/v3"
GARMIN_LOCATIONS = (*GPX_SCHEMA_LOCATIONS, GPXX, "http://www8.garmin.com/xmlschemas/GpxExtensionsv3.xsd")
NS = {"g": "http://www.topografix.com/GPX/1/1", "gpxx": GPXX}


def parse(text: str) -> etree._Element:
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    return etree.fromstring(text.encode("utf-8"), parser)


# --- gpxpy, as the plugin called it before -----------------------------------------------------------


def _element(ext: GpxExtension, ns: Dict[str, str]) -> ET.Element:
    prefix, _, local = ext.tag.partition(":")
    element = ET.Element(f"{{{ns[prefix]}}}{local}")
    element.text = ext.text
    element.extend(_element(child, ns) for child in ext.children)
    return element


def _point(cls: type, p: GpxPoint, ns: Dict[str, str]) -> object:
    point = cls(p.lat, p.lon)  # the constructor, as the plugin used it (it keeps gpxpy's ``or 0``)
    point.elevation, point.time, point.name, point.comment = p.ele, p.time, p.name, p.cmt
    point.description, point.symbol, point.type = p.desc, p.sym, p.type
    point.extensions = [_element(e, ns) for e in p.extensions]
    return point


def reference(doc: GpxFile) -> str:
    ns = dict(doc.namespaces)
    gpx = gpxpy.gpx.GPX()
    gpx.creator, gpx.name, gpx.description, gpx.author_name = doc.creator, doc.name, doc.desc, doc.author
    gpx.nsmap.update(ns)
    if doc.schema_locations != GPX_SCHEMA_LOCATIONS:
        gpx.schema_locations = list(doc.schema_locations)
    gpx.waypoints = [_point(gpxpy.gpx.GPXWaypoint, p, ns) for p in doc.waypoints]
    for r in doc.routes:
        route = gpxpy.gpx.GPXRoute(name=r.name, description=r.desc)
        route.comment, route.type, route.extensions = r.cmt, r.type, [_element(e, ns) for e in r.extensions]
        route.points = [_point(gpxpy.gpx.GPXRoutePoint, p, ns) for p in r.points]
        gpx.routes.append(route)
    for t in doc.tracks:
        track = gpxpy.gpx.GPXTrack(name=t.name, description=t.desc)
        track.comment, track.type, track.extensions = t.cmt, t.type, [_element(e, ns) for e in t.extensions]
        for segment in t.segments:
            track.segments.append(gpxpy.gpx.GPXTrackSegment([_point(gpxpy.gpx.GPXTrackPoint, p, ns) for p in segment]))
        gpx.tracks.append(track)
    return gpx.to_xml("1.1")


# --- documents ---------------------------------------------------------------------------------------


def gpxx(tag: str, *children: Tuple[str, str]) -> GpxExtension:
    return GpxExtension(f"gpxx:{tag}", children=tuple(GpxExtension(f"gpxx:{n}", t) for n, t in children))


TRICKY = 'Río Ucayali & "Caño" <Sur> 10\' ñandú 日本 🛶'


def edge_document(text: str = TRICKY) -> GpxFile:
    """Everything the writer can write, Garmin's extensions included, with ``text`` in every text field."""
    lima = timezone(timedelta(hours=-5))
    when = datetime(2026, 7, 1, 6, 30, 15, 250000, tzinfo=timezone.utc)
    waypoints = (
        GpxPoint(
            -8.3794009,
            -74.5299699,
            ele=153.25,
            time=when,
            name=text,
            cmt=text,
            desc=text,
            sym="Flag, Blue",
            type=text,
            extensions=(gpxx("WaypointExtension", ("DisplayMode", "SymbolAndName")),),
        ),
        GpxPoint(0.0, -0.0, ele=0.0, time=datetime(2026, 7, 1, 7, 0, tzinfo=lima), name="", sym="Campground"),
        GpxPoint(1e-05, -1.5e-07, ele=-12.0, time=datetime(2026, 7, 1, 7, 0), name="tiny"),
        GpxPoint(90.0, 179.9999999, name="corner"),
        GpxPoint(-90.0, -180.0),
    )
    route = GpxRoute(
        points=tuple(
            GpxPoint(lat, lon, name=f"P{k}", sym="Flag, Blue")
            for k, (lon, lat) in enumerate(river((-74.5, -8.4), 5, 3))
        ),
        name=text,
        cmt=text,
        desc=text,
        type="boat",
        extensions=(gpxx("RouteExtension", ("IsAutoNamed", "false"), ("DisplayColor", "DarkGreen")),),
    )
    bare_route = GpxRoute(points=(GpxPoint(-8.31, -74.51), GpxPoint(-8.312345678901234, -74.51523952587615)))
    segments = tuple(tuple(GpxPoint(lat, lon) for lon, lat in river((-74.6, -8.5), 20, seed)) for seed in (1, 2, 3))
    track = GpxTrack(
        segments=segments, name=text, desc=text, extensions=(gpxx("TrackExtension", ("DisplayColor", "Red")),)
    )
    timed = GpxTrack(
        segments=(
            tuple(GpxPoint(-8.5, -74.6 + k / 1000, ele=100.0 + k, time=when + timedelta(seconds=k)) for k in range(5)),
        ),
        name="Día 2",
    )
    return GpxFile(
        "GPX export",
        waypoints,
        (route, bare_route, GpxRoute(name="empty")),
        (track, timed, GpxTrack(name="no segments"), GpxTrack(segments=((),), name="empty segment")),
        name=text,
        desc=text,
        author=text,
        namespaces=(("gpxx", GPXX),),
        schema_locations=GARMIN_LOCATIONS,
    )


def random_text(rng: random.Random) -> str:
    alphabet = "abcXYZ019 &<>\"'ñáéÍÜ日🛶;:#=/\\\t\n-_.,"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))


def random_document(seed: int) -> GpxFile:
    rng = random.Random(seed)

    def point() -> GpxPoint:
        return GpxPoint(
            round(rng.uniform(-90, 90), rng.choice((0, 3, 7, 12))),
            rng.choice((0.0, round(rng.uniform(-180, 180), 7), rng.uniform(-1e-4, 1e-4))),
            ele=rng.choice((None, rng.uniform(-400, 9000), 1e-9)),
            time=rng.choice((None, datetime(2026, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=rng.uniform(0, 1e7)))),
            name=rng.choice((None, random_text(rng))),
            cmt=rng.choice((None, random_text(rng))),
            desc=rng.choice((None, random_text(rng))),
            sym=rng.choice((None, "Flag, Blue", random_text(rng))),
            type=rng.choice((None, random_text(rng))),
        )

    return GpxFile(
        "GPX export",
        tuple(point() for _ in range(rng.randint(0, 4))),
        tuple(
            GpxRoute(points=tuple(point() for _ in range(rng.randint(0, 4))), name=random_text(rng)) for _ in range(2)
        ),
        tuple(
            GpxTrack(segments=tuple(tuple(point() for _ in range(rng.randint(0, 3))) for _ in range(rng.randint(0, 3))))
            for _ in range(2)
        ),
        name=rng.choice((None, "", random_text(rng))),
        desc=rng.choice((None, random_text(rng))),
        author=rng.choice((None, "", random_text(rng))),
    )
