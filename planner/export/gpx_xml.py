"""A small GPX 1.1 writer: waypoints, routes, tracks and Garmin's extensions.

The plugin only writes GPX (reading is ``field.gpx``, on expat), so this
replaces gpxpy, whose vendored copy in the zip brought findings to the
upload scan of plugins.qgis.org.  The text is the one gpxpy 1.6 wrote, byte
for byte (element and attribute order, two-space indentation, numbers as
``str(float)`` without exponents, a childless point as an open and a close
tag on two lines), so units and tests see the same files.  Where gpxpy wrote
a file a reader refuses or misreads, this does not: ``&``, ``<`` and ``"`` in
an attribute or an extension's text are escaped, a tab or newline in an
attribute is a character reference, and longitude 180 (outside the schema's
[-180, 180)) is written as -180.  Every text is escaped and checked for characters XML 1.0 cannot
carry; no DOCTYPE, no entity other than the five predefined and no tag or
prefix from data is ever written, so a name cannot change the document's
structure.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Dict, List, Optional, Sequence, Tuple

GPX_NS = "http://www.topografix.com/GPX/1/1"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
GPX_SCHEMA_LOCATIONS = (GPX_NS, "http://www.topografix.com/GPX/1/1/gpx.xsd")

# Not an XML 1.0 Char: C0 controls but tab/newline/return, lone surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# A prefix or local name: letters, digits, ``_``, ``-`` and ``.``, not starting with a digit, ``-`` or ``.``.
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*\Z")


@dataclass(frozen=True)
class GpxExtension:
    """One element under ``<extensions>``: ``tag`` is ``prefix:name`` with a prefix the file declares."""

    tag: str
    text: Optional[str] = None
    children: Tuple[GpxExtension, ...] = ()


@dataclass(frozen=True)
class GpxPoint:  # a wpt, rtept or trkpt; the fields in the schema's order
    lat: float
    lon: float
    ele: Optional[float] = None
    time: Optional[datetime] = None
    name: Optional[str] = None
    cmt: Optional[str] = None
    desc: Optional[str] = None
    sym: Optional[str] = None
    type: Optional[str] = None
    extensions: Tuple[GpxExtension, ...] = ()


@dataclass(frozen=True)
class _Described:  # what a route and a track say of themselves, before their points
    name: Optional[str] = None
    cmt: Optional[str] = None
    desc: Optional[str] = None
    type: Optional[str] = None
    extensions: Tuple[GpxExtension, ...] = ()


@dataclass(frozen=True)
class GpxRoute(_Described):
    points: Tuple[GpxPoint, ...] = ()


@dataclass(frozen=True)
class GpxTrack(_Described):
    segments: Tuple[Tuple[GpxPoint, ...], ...] = ()


@dataclass(frozen=True)
class GpxFile:
    creator: str
    waypoints: Tuple[GpxPoint, ...] = ()
    routes: Tuple[GpxRoute, ...] = ()
    tracks: Tuple[GpxTrack, ...] = ()
    name: Optional[str] = None  # <metadata>: written when one of these three is set
    desc: Optional[str] = None
    author: Optional[str] = None
    namespaces: Tuple[Tuple[str, str], ...] = ()  # (prefix, URI) for the extensions, e.g. ("gpxx", ...)
    schema_locations: Tuple[str, ...] = GPX_SCHEMA_LOCATIONS


def _checked(text: str) -> str:
    bad = _NOT_XML.search(text)
    if bad:
        raise ValueError(f"U+{ord(bad.group()):04X} cannot be written in XML: {text!r}")
    return text


def escape_text(text: str) -> str:
    """``text`` as element content (``&``, ``<`` and ``>`` as entities, quotes kept, as gpxpy wrote)."""
    return _checked(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attribute(text: str) -> str:
    """``text`` inside double quotes; tab, newline and return as references so a reader keeps them."""
    return escape_text(text).replace('"', "&quot;").replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;")


def number(value: float) -> str:
    """gpxpy's number: ``str(value)``, in fixed notation with at most 10 decimals when that has an exponent."""
    if not math.isfinite(value):
        raise ValueError(f"{value!r} cannot be written in GPX")
    text = str(value)
    if "e" not in text:
        return text
    return format(value, ".10f").rstrip("0").rstrip(".")


def coordinate(value: float) -> str:
    # gpxpy stored ``latitude or 0``: a zero of either sign was written as the integer 0.
    return "0" if value == 0 else number(value)


def timestamp(value: datetime) -> str:
    """ISO 8601 as gpxpy wrote it: UTC as ``Z``, a naive time without an offset."""
    return value.isoformat().replace("+00:00", "Z")


class _Writer:
    def __init__(self, namespaces: Dict[str, str]) -> None:
        self.prefixes = set(namespaces)
        self.out: List[str] = []

    def field(self, tag: str, value: Optional[str], indent: str) -> None:
        if value is not None:  # an empty string is still written, as gpxpy did
            self.out.append(f"\n{indent}<{tag}>{escape_text(value)}</{tag}>")

    def extension(self, ext: GpxExtension, indent: str) -> None:
        prefix, _, local = ext.tag.partition(":")
        if not (_NAME.match(prefix) and _NAME.match(local)) or prefix not in self.prefixes:
            raise ValueError(f"extension tag {ext.tag!r} needs a prefix the file declares")
        self.out.append(f"\n{indent}<{ext.tag}>")
        if ext.text is not None:
            self.out.append(escape_text(ext.text.strip()))
        for child in ext.children:
            self.extension(child, indent + "  ")
        self.out.append(f"\n{indent}</{ext.tag}>" if ext.children else f"</{ext.tag}>")

    def extensions(self, items: Sequence[GpxExtension], indent: str) -> None:
        if items:
            self.out.append(f"\n{indent}<extensions>")
            for ext in items:
                self.extension(ext, indent + "  ")
            self.out.append(f"\n{indent}</extensions>")

    def point(self, tag: str, p: GpxPoint, indent: str) -> None:
        if not (-90 <= p.lat <= 90 and -180 <= p.lon <= 180):
            raise ValueError(f"not degrees: lat {p.lat!r}, lon {p.lon!r}")
        inner = indent + "  "
        lon = -180.0 if p.lon == 180 else p.lon  # the schema's longitudes are [-180, 180): the same meridian
        self.out.append(f'\n{indent}<{tag} lat="{coordinate(p.lat)}" lon="{coordinate(lon)}">')
        if p.ele is not None:
            self.out.append(f"\n{inner}<ele>{number(p.ele)}</ele>")
        if p.time is not None:
            self.out.append(f"\n{inner}<time>{escape_text(timestamp(p.time))}</time>")
        for child, value in (("name", p.name), ("cmt", p.cmt), ("desc", p.desc), ("sym", p.sym), ("type", p.type)):
            self.field(child, value, inner)
        self.extensions(p.extensions, inner)
        self.out.append(f"\n{indent}</{tag}>")

    def header(self, item: _Described, indent: str) -> None:
        for child, value in (("name", item.name), ("cmt", item.cmt), ("desc", item.desc), ("type", item.type)):
            self.field(child, value, indent)
        self.extensions(item.extensions, indent)


def _root(doc: GpxFile, namespaces: Dict[str, str]) -> str:
    declared = "".join(f' xmlns:{prefix}="{escape_attribute(namespaces[prefix])}"' for prefix in sorted(namespaces))
    locations = escape_attribute(" ".join(doc.schema_locations))
    return (
        f'<gpx xmlns="{GPX_NS}"{declared} xsi:schemaLocation="{locations}" version="1.1"'
        f' creator="{escape_attribute(doc.creator)}">'
    )


def gpx_xml(doc: GpxFile) -> str:
    """The GPX 1.1 text of ``doc``, with its XML declaration (UTF-8), no final newline.

    Raises ValueError for what no valid GPX can hold: a coordinate that is not
    degrees, a number that is not finite, a character XML cannot carry, an
    extension in an undeclared namespace."""
    namespaces = {"xsi": XSI_NS}
    for prefix, uri in doc.namespaces:
        if not _NAME.match(prefix) or prefix in ("xml", "xmlns") or namespaces.get(prefix, uri) != uri:
            raise ValueError(f"namespace prefix {prefix!r} cannot be declared for {uri!r}")
        namespaces[prefix] = uri
    w = _Writer(namespaces)
    w.out.append(_root(doc, namespaces))
    if doc.name or doc.desc or doc.author:
        w.out.append("\n  <metadata>")
        w.field("name", doc.name, "    ")
        w.field("desc", doc.desc, "    ")
        if doc.author:
            w.out.append("\n    <author>")
            w.field("name", doc.author, "      ")
            w.out.append("\n    </author>")
        w.out.append("\n  </metadata>")
    for wpt in doc.waypoints:
        w.point("wpt", wpt, "  ")
    for route in doc.routes:
        w.out.append("\n  <rte>")
        w.header(route, "    ")
        for rtept in route.points:
            w.point("rtept", rtept, "    ")
        w.out.append("\n  </rte>")
    for track in doc.tracks:
        w.out.append("\n  <trk>")
        w.header(track, "    ")
        for segment in track.segments:
            w.out.append("\n    <trkseg>")
            for trkpt in segment:
                w.point("trkpt", trkpt, "      ")
            w.out.append("\n    </trkseg>")
        w.out.append("\n  </trk>")
    w.out.append("\n</gpx>")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + "".join(w.out)
