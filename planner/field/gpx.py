"""Lenient, streaming GPX 1.0/1.1 reader for handhelds and phones.

Why not gpxpy: it builds a full DOM and is several times too slow for a
season of tracks (about a million points), and it gives up on files real
devices write (wrong element order, ``<speed>`` in 1.1, no namespace, broken
timestamps).  This reader is a single expat pass that keeps only what the
patrol layers need, remembers the line of every point for messages, and turns
every oddity into a warning.  Namespaces are ignored on purpose (``ns3:speed``
and ``gpxtpx:speed`` are the same thing to us).
"""

from __future__ import annotations

import codecs
import logging
import re
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Dict, List, Optional, Union
from xml.parsers import expat

from ..core import Feedback, InputError, check_cancel, check_prolog, ensure, message
from ..core.wording import Joined
from .model import (
    EARLIEST_PLAUSIBLE_TIME,
    ImportConfig,
    ImportResult,
    Track,
    TrackPoint,
    Waypoint,
    coordinate_problem,
    file_sha256,
    parse_iso_time,
    plausible_time,
)
from .outliers import clean_points, clean_segments
from .values import strict_float

logger = logging.getLogger(__name__)

_POINTS = {"trkpt", "rtept", "wpt"}
# GPX writers that only ever export drone flights.
_DRONE_CREATORS = ("airdata", "dji", "litchi", "dronelink", "drone")
_POINT_FIELDS = {"ele", "time", "name", "sym", "cmt", "desc", "speed"}
_DECLARATION = re.compile(rb"""\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_BLOCK_BYTES = 1 << 20
MAX_TOKEN_CHARS = 1 << 20


def _clip(value: object) -> object:
    return value[:40] if isinstance(value, str) else value


class _Point:
    """A point being read: its tag, line and lat/lon attributes, and the text of its ``_POINT_FIELDS``."""

    __slots__ = ("kind", "line", "lat", "lon", "fields")

    def __init__(self, kind: str, line: int, lat: Optional[str], lon: Optional[str]) -> None:
        self.kind, self.line, self.lat, self.lon = kind, line, lat, lon
        self.fields: Dict[str, str] = {}


class _Container:
    """The trk or rte being read; ``implicit`` when the file had points or a segment outside any."""

    __slots__ = ("kind", "name", "segments", "depth", "implicit")

    def __init__(self, kind: str, depth: int, implicit: bool = False) -> None:
        self.kind, self.depth, self.implicit = kind, depth, implicit
        self.name = ""
        self.segments: List[List[TrackPoint]] = []


class _Reader:
    """expat callbacks; state is a few attributes, not a DOM."""

    def __init__(self, result: ImportResult, config: ImportConfig) -> None:
        self.result = result
        self.config = config
        self.parser = expat.ParserCreate("UTF-8")  # we decode, expat gets UTF-8 whatever the file declares
        self.parser.buffer_text = True
        self.depth = 0
        self.text: List[str] = []
        self.device = config.device
        self.root_seen = False
        self.point: Optional[_Point] = None
        self.point_depth = 0
        self.container: Optional[_Container] = None
        self.segment: Optional[List[TrackPoint]] = None
        self.notes: Counter = Counter()
        p = self.parser
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.text.append
        # Belt and braces behind safe_xml.check_prolog: never expand entities.
        p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        p.StartDoctypeDeclHandler = self._refuse
        p.EntityDeclHandler = self._refuse

    def _refuse(self, *args: object) -> None:
        raise InputError(message("gpx_doctype_refused"), self.result.source, self.parser.CurrentLineNumber)

    def start(self, name: str, attrs: Dict[str, str]) -> None:
        self.depth += 1
        self.text.clear()
        if self.point is not None:
            return  # hot path: <ele>, <time>... inside a point
        local = name.rpartition(":")[2]
        if not self.root_seen:
            self.root_seen = True
            if local != "gpx":
                raise InputError(message("gpx_not_gpx", name=name), self.result.source, self.parser.CurrentLineNumber)
            if not self.device:
                self.device = attrs.get("creator", "").strip()
            if "xmlns" not in attrs:
                self.notes[message("gpx_no_namespace")] += 1
            return
        if local in _POINTS:
            self.point = _Point(local, self.parser.CurrentLineNumber, attrs.get("lat"), attrs.get("lon"))
            self.point_depth = self.depth
        elif local in ("trk", "rte"):
            if self.container is not None and self.container.implicit:
                self._finish_container()  # points that stood straight under <gpx>
            self.container = _Container(local, self.depth)
            if local == "rte":
                self.segment = []
        elif local == "trkseg":
            if self.container is None or self.container.kind != "trk":
                self.notes[message("gpx_segment_outside_track")] += 1
                self.container = _Container("trk", 0, implicit=True)
            self.segment = []

    def end(self, name: str) -> None:
        self.depth -= 1
        depth = self.depth
        point = self.point
        if point is not None:
            if depth < self.point_depth:  # the point itself closes
                self.point = None
                self._finish_point(point)
                return
            local = name.rpartition(":")[2]
            # Only direct children, except speed, which 1.1 devices hide in <extensions>.
            if local in _POINT_FIELDS and (depth == self.point_depth or local == "speed"):
                point.fields.setdefault(local, "".join(self.text).strip())
            return
        local = name.rpartition(":")[2]
        container = self.container
        if container is None:
            return
        if local == "name" and depth == container.depth:
            container.name = "".join(self.text).strip()
        elif local == "trkseg" and self.segment is not None:
            container.segments.append(self.segment)
            self.segment = None
            if container.implicit:
                self._finish_container()
        elif local == container.kind:
            if local == "rte" and self.segment is not None:
                container.segments.append(self.segment)
                self.segment = None
            self._finish_container()

    def _time(self, text: str) -> Optional[datetime]:
        if not text:
            return None
        value = parse_iso_time(text)
        if value is None:
            self.notes[message("gpx_bad_times")] += 1
            return None
        if not plausible_time(value):
            self.notes[message("gpx_old_times")] += 1
            return None
        return value

    def _number(self, text: Optional[str], tag: str) -> Optional[float]:
        if text is None:
            return None
        if text == "":
            self.notes[message("gpx_empty_values", tag=tag)] += 1
            return None
        value = strict_float(text)
        if value is None:
            self.notes[message("gpx_bad_values", tag=tag)] += 1
        return value

    def _finish_point(self, point: _Point) -> None:
        line = point.line
        lat = strict_float(point.lat)
        lon = strict_float(point.lon)
        if lat is None or lon is None:
            self.result.skip(
                line,
                f"<{point.kind}> without a readable lat/lon (lat={_clip(point.lat)!r}, lon={_clip(point.lon)!r})",
            )
            return
        problem = coordinate_problem(lon, lat)
        if problem:
            self.result.skip(line, problem)
            return
        fields = point.fields
        text = fields.get("time")
        when = parse_iso_time(text) if text else None
        if text and (when is None or when < EARLIEST_PLAUSIBLE_TIME):
            when = self._time(text)  # the slow path notes why
        ele = self._number(fields.get("ele"), "ele")
        if point.kind == "wpt":
            self.result.waypoints.append(
                Waypoint(
                    lon,
                    lat,
                    fields.get("name", ""),
                    fields.get("sym", ""),
                    when,
                    fields.get("cmt") or fields.get("desc") or "",
                    ele,
                    line,
                )
            )
            return
        speed = self._number(fields.get("speed"), "speed")
        tp = TrackPoint(lon, lat, when, ele, speed, None, line)
        if self.segment is None:
            # A trkpt straight under <trk> (wrong element order): keep it.
            self.notes[message("gpx_point_outside_segment", kind=point.kind)] += 1
            if self.container is None:
                self.container = _Container("trk", 0, implicit=True)
            self.segment = []
            self.container.segments.append(self.segment)
        self.segment.append(tp)

    def _finish_container(self) -> None:
        container = self.container
        self.container = None
        self.segment = None
        if container is None:  # nothing open (the reader closes implicit tracks itself): nothing to finish
            return
        planned = container.kind == "rte"
        target = self.result.routes if planned else self.result.tracks
        number = len(target) + 1
        segments = []
        for raw in container.segments:
            if not raw:
                self.notes[message("gpx_empty_segments")] += 1
            if planned:
                segments.append(tuple(clean_points(raw, self.config, self.result, check_speed=False)))
            else:
                segments.extend(clean_segments(raw, self.config, self.result))
        name = container.name or f"{Path(self.result.source).stem} {'route' if planned else 'track'} {number}"
        kind = "drone" if any(word in self.device.lower() for word in _DRONE_CREATORS) else self.config.kind
        target.append(Track(name, kind, tuple(segments), self.device, self.result.source, planned))


def _codec(head: bytes, result: ImportResult) -> str:
    """The codec to decode the file with; an unknown or impossible declaration falls back to UTF-8."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    m = _DECLARATION.match(head)
    if not m:
        return "utf-8"
    declared = m.group(1).decode("ascii")
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        result.warn(message("gpx_unknown_encoding", encoding=declared))
        return "utf-8"
    if name.startswith(("utf-16", "utf-32")):
        # The declaration was readable as ASCII, so the bytes are not UTF-16/32.
        result.warn(message("gpx_wrong_encoding", encoding=declared))
        return "utf-8"
    return name


def _feed(reader: _Reader, path: Path, codec: str, feedback: Feedback) -> None:
    """Decode in Python (any codec Python knows) and hand expat UTF-8 in 1 MB blocks.

    A tag or text run longer than ``MAX_TOKEN_CHARS`` (no ``<`` for that long)
    is refused: expat rescans an unfinished token on every block, which made a
    20 MB attribute take 91 s.  Cancel is checked between blocks.
    """
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    offset = last_lt = 0
    with open(path, "rb") as handle:
        while True:
            check_cancel(feedback)
            block = handle.read(_BLOCK_BYTES)
            text = decoder.decode(block, final=not block)
            lt = text.rfind("<")
            if lt >= 0:
                last_lt = offset + lt
            offset += len(text)
            if offset - last_lt > MAX_TOKEN_CHARS:
                raise InputError(
                    message("gpx_token_too_long", megabytes=MAX_TOKEN_CHARS // (1 << 20)),
                    path,
                    reader.parser.CurrentLineNumber,
                )
            reader.parser.Parse(text, not block)
            if not block:
                return


def read_gpx(
    path: Union[str, Path], config: Optional[ImportConfig] = None, feedback: Optional[Feedback] = None
) -> ImportResult:
    """Read tracks, routes (as planned tracks) and waypoints from a GPX file.

    Raises ``InputError`` naming the file and line when the file is not
    readable XML/GPX at all; nothing is returned then.
    """
    config = config or ImportConfig()
    path = Path(path)
    result = ImportResult(source=str(path), format="gpx")
    try:
        check_prolog(path)
        result.sha256 = file_sha256(path)
        with open(path, "rb") as handle:
            head = handle.read(512)
        reader = _Reader(result, config)
        _feed(reader, path, _codec(head, result), ensure(feedback))
    except OSError as error:
        raise InputError(message("file_unreadable", reason=str(error.strerror or error)), path) from error
    except expat.ExpatError as error:
        raise InputError(
            message("gpx_not_readable", reason=expat.ErrorString(error.code), column=error.offset + 1),
            path,
            error.lineno,
        ) from error
    if not reader.root_seen:
        raise InputError(message("gpx_file_empty"), path, 1)
    if reader.container is not None:
        reader._finish_container()  # points straight under <gpx> after the last track
    if any(t.kind == "drone" and config.kind != "drone" for t in result.tracks):
        reader.notes[message("gpx_drone_writer", device=reader.device)] += 1
    for note, count in sorted(reader.notes.items()):
        result.warn(Joined((note, count), ": ") if count > 1 else note)
    if result.skipped:
        result.sort_skipped()
        result.warn(message("import_points_skipped", count=len(result.skipped)))
    if not (result.tracks or result.routes or result.waypoints):
        result.warn(message("import_empty_file"))
    return result
