"""SQL text for the shared field store: quoting, and one imported file as one statement.

QGIS's database connections (``QgsAbstractDatabaseProviderConnection``) run SQL
text, without parameters, and each call may take another connection from
QGIS's pool; so everything one file needs is ONE statement.  PostgreSQL runs
one statement atomically: the file is stored whole or not at all.  The
statement starts by inserting the file's row into ``field_imports`` with
``ON CONFLICT DO NOTHING``: when another coordinator's import of the same file
is under way, PostgreSQL makes this one wait for it, then inserts nothing at
all, so two imports at once store every file exactly once.

Track points travel as arrays (``unnest``), which PostgreSQL parses far faster
than a million ``VALUES`` rows; a column with no value at all travels as one
NULL.  Lines and segments travel as WKB.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, timezone
from typing import Dict, List, Optional, Sequence, Tuple

from ..core import InputError, message, projector_for
from ..field import CameraConfig, ImportResult, Track, footprint, metric_track
from .query import Sql, compose, join
from .wkb import bytea, multilinestring_z, multipoint

# A type name after ``::``: words, digits, spaces (``double precision``) and a trailing ``[]``.
_TYPE = re.compile(r"[a-z][a-z0-9_ ]*(\[\])?")
_NUMBERS = re.compile(r"[0-9eE+\-.,NUL]*")


def identifier(name: str) -> Sql:
    """A schema or table name, quoted.

    PostgreSQL cuts a name at 63 bytes (two long names would then be one schema), so a longer
    name is refused, as are control characters, which no one types on purpose.
    """
    if not name or len(name.encode("utf-8")) > 63 or any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise InputError(message("store_schema_name", name=name.encode("unicode_escape").decode("ascii")[:80]))
    return Sql('"' + name.replace('"', '""') + '"')


def dollar_tag(*texts: str) -> Sql:
    """A dollar-quote tag (``$migrate$``, ``$migrate1$``, …) found in none of ``texts``.

    A dollar-quoted block ends at the first copy of its tag, even inside a quoted name.
    """
    number = 0
    while any(f"$migrate{number or ''}$" in text for text in texts):
        number += 1
    return Sql(f"$migrate{number or ''}$")


def literal(value: object) -> Sql:
    """A Python value as an SQL literal (text is quoted, never interpolated raw)."""
    if value is None:
        return Sql("NULL")
    if isinstance(value, bool):
        return Sql("TRUE" if value else "FALSE")
    if isinstance(value, int):
        return Sql(str(int(value)))
    if isinstance(value, float):
        return Sql(repr(float(value)) if math.isfinite(value) else "NULL")
    if isinstance(value, datetime):
        value = value.astimezone(timezone.utc).isoformat()
    return Sql("'" + str(value).replace("\x00", "").replace("'", "''") + "'")


def _kind(kind: str) -> Sql:
    if not _TYPE.fullmatch(kind):
        raise ValueError(f"{kind!r} is not an SQL type name")
    return Sql(kind)


def typed(value: object, kind: str) -> Sql:
    return compose("{value}::{kind}", value=literal(value), kind=_kind(kind))


def _number(value: Optional[float]) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, float) and not math.isfinite(value):
        return "NULL"
    return repr(value)


def array(values: Sequence[Optional[float]], kind: str) -> Sql:
    """Numbers (or None) as a typed array literal: ``'{1.5,NULL}'::float8[]``."""
    # The fast way first (a season is millions of numbers); NaN and infinity, spelt with an 'n', become NULL.
    text = (
        ",".join(map(repr, values))
        if None not in values
        else ",".join("NULL" if v is None else repr(v) for v in values)
    )
    if "n" in text.replace("NULL", ""):
        text = ",".join(map(_number, values))
    if not _NUMBERS.fullmatch(text):  # digits, signs, dots, exponents and NULL: nothing can end the literal
        raise TypeError("an SQL number array holds numbers and None only")
    return compose("'{{{numbers}}}'::{kind}[]", numbers=Sql(text), kind=_kind(kind))


def _epoch(value: Optional[datetime]) -> Optional[float]:
    return value.timestamp() if value is not None else None


def values(rows: Sequence[Sequence[Sql]]) -> Sql:
    """Rows of pieces as the rows of a ``VALUES`` list: ``(a, b), (c, d)``."""
    return join(", ", (compose("({row})", row=join(", ", row)) for row in rows))


def _footprints(result: ImportResult, tracks: Sequence[Track], camera: CameraConfig) -> List[List[Sql]]:
    rows = []
    for number, track in enumerate(tracks, 1):
        if track.planned or track.kind != "drone" or not track.point_count:
            continue
        first = track.points[0]
        epsg, project = projector_for(first.lon, first.lat)
        shape = footprint(metric_track(track, project).segments, camera)
        if shape.is_empty:
            continue
        rows.append(
            [
                typed(number, "integer"),
                typed(track.name, "text"),
                typed(float(shape.area), "float8"),
                typed(float(camera.diagonal_fov()), "float8"),
                typed(shape.wkt, "text"),
                typed(epsg, "integer"),
            ]
        )
    return rows


def _column(numbers: Sequence[Optional[float]], kind: str) -> Sql:
    """An array, or NULL when every value is missing (``unnest`` pads a NULL array with NULLs)."""
    if all(v is None for v in numbers):
        return typed(None, kind + "[]")
    return array(numbers, kind)


def _points(tracks: Sequence[Track]) -> Tuple[Dict[str, list], List[List[Sql]]]:
    """Per-point columns (flown tracks only), and one row per flown segment."""
    columns: Dict[str, list] = {
        name: [] for name in ("track_no", "segment", "seq", "x", "y", "t", "ele", "speed", "h", "line")
    }
    segments: List[List[Sql]] = []
    for number, track in enumerate(tracks, 1):
        if track.planned:
            continue
        seq = 0
        for segment_no, segment in enumerate(track.segments, 1):
            if not segment:
                continue
            times = [_epoch(p.time) for p in segment]
            heights = [p.rel_height for p in segment]
            segments.append(
                [
                    typed(number, "integer"),
                    typed(segment_no, "integer"),
                    _column(times, "float8"),
                    _column(heights, "float8"),
                    bytea(multipoint([(p.lon, p.lat) for p in segment])),
                ]
            )
            count = len(segment)
            columns["track_no"].extend([number] * count)
            columns["segment"].extend([segment_no] * count)
            columns["seq"].extend(range(seq + 1, seq + count + 1))
            seq += count
            columns["x"].extend(p.lon for p in segment)
            columns["y"].extend(p.lat for p in segment)
            columns["t"].extend(times)
            columns["ele"].extend(p.ele for p in segment)
            columns["speed"].extend(p.speed for p in segment)
            columns["h"].extend(heights)
            columns["line"].extend(p.line for p in segment)
    return columns, segments


def _track_row(number: int, track: Track) -> List[Sql]:
    parts = [[(p.lon, p.lat, p.ele or 0.0) for p in segment] for segment in track.segments]
    shape = multilinestring_z(parts)
    geometry = (
        compose("ST_SetSRID(ST_GeomFromWKB({wkb}), 4326)", wkb=bytea(shape))
        if any(len(p) >= 2 for p in parts)
        else typed(None, "geometry")
    )
    start, end = track.start, track.end
    duration = (end - start).total_seconds() if start and end else None
    # length_m is measured by the server (ST_Length on the sphere, as Track.length_m does), much faster
    return [
        typed(number, "integer"),
        typed(track.name, "text"),
        typed(track.kind, "text"),
        typed(track.device, "text"),
        typed(int(track.planned), "integer"),
        typed(start, "timestamptz"),
        typed(end, "timestamptz"),
        typed(duration, "float8"),
        typed(track.point_count, "integer"),
        geometry,
    ]


_IMPORT = (
    "imp AS (INSERT INTO {s}.field_imports (source_file, source_sha256, format, origin, tracks, points, "
    "waypoints, skipped, warnings, skipped_detail) VALUES ({head}) "
    "ON CONFLICT (source_sha256) DO NOTHING RETURNING source_sha256, source_file)"
)
_POINTS = (
    "p AS (INSERT INTO {s}.field_track_points (source_sha256, track_no, segment, seq, time, ele, "
    "speed, rel_height, source_line, geom) SELECT imp.source_sha256, u.track_no, u.segment, u.seq, "
    "to_timestamp(u.t), u.ele, u.speed, u.h, u.line, "
    "ST_SetSRID(ST_MakePoint(u.x, u.y, coalesce(u.ele, 0)), 4326) "
    "FROM imp CROSS JOIN unnest({arrays}) "
    "AS u(track_no, segment, seq, x, y, t, ele, speed, h, line))"
)
_SEGMENTS = (
    "g AS (INSERT INTO {s}.field_track_segments (source_sha256, track_no, segment, times, "
    "rel_heights, geom) SELECT imp.source_sha256, v.track_no, v.segment, v.times, v.heights, "
    "ST_SetSRID(ST_GeomFromWKB(v.wkb), 4326) "
    "FROM imp CROSS JOIN (VALUES {rows}) AS v(track_no, segment, times, heights, wkb))"
)
_TRACKS = (
    "t AS (INSERT INTO {s}.field_tracks (source_file, source_sha256, track_no, name, kind, device, "
    "planned, start_time, end_time, length_m, duration_s, point_count, geom) "
    "SELECT imp.source_file, imp.source_sha256, v.track_no, v.name, v.kind, v.device, v.planned, "
    "v.start_time, v.end_time, coalesce(ST_Length(ST_Force2D(v.geom)::geography, false), 0), "
    "v.duration_s, v.point_count, v.geom FROM imp CROSS JOIN (VALUES {rows}) "
    "AS v(track_no, name, kind, device, planned, start_time, end_time, duration_s, point_count, geom))"
)
_WAYPOINTS = (
    "w AS (INSERT INTO {s}.field_waypoints (source_file, source_sha256, name, symbol, time, comment, "
    "ele, geom) SELECT imp.source_file, imp.source_sha256, v.name, v.symbol, v.time, v.comment, v.ele, "
    "ST_SetSRID(ST_MakePoint(v.x, v.y, coalesce(v.ele, 0)), 4326) "
    "FROM imp CROSS JOIN (VALUES {rows}) AS v(name, symbol, time, comment, ele, x, y))"
)
_FOOTPRINTS = (
    "f AS (INSERT INTO {s}.drone_footprints (source_sha256, track_no, name, area_m2, fov_deg, geom) "
    "SELECT imp.source_sha256, v.track_no, v.name, v.area, v.fov, "
    "ST_Multi(ST_CollectionExtract(ST_Transform(ST_GeomFromText(v.wkt, v.epsg), 4326), 3)) "
    "FROM imp CROSS JOIN (VALUES {rows}) AS v(track_no, name, area, fov, wkt, epsg))"
)


def import_sql(schema: str, result: ImportResult, camera: Optional[CameraConfig] = None, origin: str = "") -> Sql:
    """One statement storing ``result`` whole; it returns one row: 1 when stored, 0 when already there."""
    s = identifier(schema)
    camera = camera or CameraConfig()
    tracks: List[Track] = result.tracks + result.routes
    columns, segments = _points(tracks)
    head = [
        typed(result.source, "text"),
        typed(result.sha256, "text"),
        typed(result.format, "text"),
        typed(origin or None, "text"),
        typed(len(result.tracks), "integer"),
        typed(result.point_count, "integer"),
        typed(len(result.waypoints), "integer"),
        typed(len(result.skipped), "integer"),
        typed("\n".join(result.warnings), "text"),
        typed("\n".join(f"line {k.line}: {k.reason}" for k in result.skipped[:1000]), "text"),
    ]
    ctes = [compose(_IMPORT, s=s, head=join(", ", head))]
    if columns["x"]:
        kinds = {"track_no": "integer", "segment": "integer", "seq": "integer", "line": "integer"}
        arrays = [_column(numbers, kinds.get(name, "float8")) for name, numbers in columns.items()]
        ctes.append(compose(_POINTS, s=s, arrays=join(", ", arrays)))
        ctes.append(compose(_SEGMENTS, s=s, rows=values(segments)))
    if tracks:
        ctes.append(compose(_TRACKS, s=s, rows=values([_track_row(n, track) for n, track in enumerate(tracks, 1)])))
    if result.waypoints:
        rows = [
            [
                typed(w.name, "text"),
                typed(w.symbol, "text"),
                typed(w.time, "timestamptz"),
                typed(w.comment, "text"),
                typed(w.ele, "float8"),
                typed(float(w.lon), "float8"),
                typed(float(w.lat), "float8"),
            ]
            for w in result.waypoints
        ]
        ctes.append(compose(_WAYPOINTS, s=s, rows=values(rows)))
    shapes = _footprints(result, tracks, camera)
    if shapes:
        ctes.append(compose(_FOOTPRINTS, s=s, rows=values(shapes)))
    return compose("WITH {ctes}\nSELECT count(*) FROM imp", ctes=join(",\n", ctes))
