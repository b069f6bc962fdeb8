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
from datetime import datetime, timezone
from typing import Dict, List, Optional, Sequence, Tuple

from ..core import InputError, message, projector_for
from ..field import CameraConfig, ImportResult, Track, footprint, metric_track
from .wkb import bytea, multilinestring_z, multipoint


def identifier(name: str) -> str:
    """A schema or table name, quoted."""
    if not name or "\x00" in name:
        raise InputError(message("store_schema_name", name=name))
    return '"' + name.replace('"', '""') + '"'


def literal(value) -> str:
    """A Python value as an SQL literal (text is quoted, never interpolated raw)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "NULL"
    if isinstance(value, datetime):
        return "'" + value.astimezone(timezone.utc).isoformat() + "'"
    return "'" + str(value).replace("\x00", "").replace("'", "''") + "'"


def typed(value, kind: str) -> str:
    return f"{literal(value)}::{kind}"


def _number(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, float) and not math.isfinite(value):
        return "NULL"
    return repr(value)


def array(values: Sequence, kind: str) -> str:
    """Numbers (or None) as a typed array literal: ``'{1.5,NULL}'::float8[]``."""
    # The fast way first (a season is millions of numbers); NaN and infinity, spelt with an 'n', become NULL.
    text = ",".join(map(repr, values)) if None not in values else ",".join(
        "NULL" if v is None else repr(v) for v in values)
    if "n" in text.replace("NULL", ""):
        text = ",".join(map(_number, values))
    return "'{" + text + "}'::" + kind + "[]"


def _epoch(value: Optional[datetime]) -> Optional[float]:
    return value.timestamp() if value is not None else None


def _values(rows: Sequence[Sequence[str]]) -> str:
    return ", ".join("(" + ", ".join(row) + ")" for row in rows)


def _footprints(result: ImportResult, tracks: Sequence[Track], camera: CameraConfig) -> List[List[str]]:
    rows = []
    for number, track in enumerate(tracks, 1):
        if track.planned or track.kind != "drone" or not track.point_count:
            continue
        first = track.points[0]
        epsg, project = projector_for(first.lon, first.lat)
        shape = footprint(metric_track(track, project).segments, camera)
        if shape.is_empty:
            continue
        rows.append([typed(number, "integer"), typed(track.name, "text"), typed(float(shape.area), "float8"),
                     typed(float(camera.diagonal_fov()), "float8"), typed(shape.wkt, "text"),
                     typed(epsg, "integer")])
    return rows


def _column(values: Sequence, kind: str) -> str:
    """An array, or NULL when every value is missing (``unnest`` pads a NULL array with NULLs)."""
    if all(v is None for v in values):
        return f"NULL::{kind}[]"
    return array(values, kind)


def _points(tracks: Sequence[Track]) -> Tuple[Dict[str, list], List[List[str]]]:
    """Per-point columns (flown tracks only), and one row per flown segment."""
    columns: Dict[str, list] = {name: [] for name in
                                ("track_no", "segment", "seq", "x", "y", "t", "ele", "speed", "h", "line")}
    segments: List[List[str]] = []
    for number, track in enumerate(tracks, 1):
        if track.planned:
            continue
        seq = 0
        for segment_no, segment in enumerate(track.segments, 1):
            if not segment:
                continue
            times = [_epoch(p.time) for p in segment]
            heights = [p.rel_height for p in segment]
            segments.append([typed(number, "integer"), typed(segment_no, "integer"), _column(times, "float8"),
                             _column(heights, "float8"), bytea(multipoint([(p.lon, p.lat) for p in segment]))])
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


def _track_row(number: int, track: Track) -> List[str]:
    parts = [[(p.lon, p.lat, p.ele or 0.0) for p in segment] for segment in track.segments]
    shape = multilinestring_z(parts)
    geometry = f"ST_SetSRID(ST_GeomFromWKB({bytea(shape)}), 4326)" if any(len(p) >= 2 for p in parts) else \
        "NULL::geometry"
    start, end = track.start, track.end
    duration = (end - start).total_seconds() if start and end else None
    # length_m is measured by the server (ST_Length on the sphere, as Track.length_m does), much faster
    return [typed(number, "integer"), typed(track.name, "text"), typed(track.kind, "text"),
            typed(track.device, "text"), typed(int(track.planned), "integer"), typed(start, "timestamptz"),
            typed(end, "timestamptz"), typed(duration, "float8"), typed(track.point_count, "integer"), geometry]


def import_sql(schema: str, result: ImportResult, camera: Optional[CameraConfig] = None, origin: str = "") -> str:
    """One statement storing ``result`` whole; it returns one row: 1 when stored, 0 when already there."""
    s = identifier(schema)
    camera = camera or CameraConfig()
    tracks: List[Track] = result.tracks + result.routes
    columns, segments = _points(tracks)
    head = [
        typed(result.source, "text"), typed(result.sha256, "text"), typed(result.format, "text"),
        typed(origin or None, "text"), typed(len(result.tracks), "integer"), typed(result.point_count, "integer"),
        typed(len(result.waypoints), "integer"), typed(len(result.skipped), "integer"),
        typed("\n".join(result.warnings), "text"),
        typed("\n".join(f"line {k.line}: {k.reason}" for k in result.skipped[:1000]), "text")]
    ctes = [f"imp AS (INSERT INTO {s}.field_imports (source_file, source_sha256, format, origin, tracks, points, "
            f"waypoints, skipped, warnings, skipped_detail) VALUES ({', '.join(head)}) "
            "ON CONFLICT (source_sha256) DO NOTHING RETURNING source_sha256, source_file)"]
    if columns["x"]:
        kinds = {"track_no": "integer", "segment": "integer", "seq": "integer", "line": "integer"}
        arrays = [_column(values, kinds.get(name, "float8")) for name, values in columns.items()]
        ctes.append(f"p AS (INSERT INTO {s}.field_track_points (source_sha256, track_no, segment, seq, time, ele, "
                    "speed, rel_height, source_line, geom) SELECT imp.source_sha256, u.track_no, u.segment, u.seq, "
                    "to_timestamp(u.t), u.ele, u.speed, u.h, u.line, "
                    "ST_SetSRID(ST_MakePoint(u.x, u.y, coalesce(u.ele, 0)), 4326) "
                    f"FROM imp CROSS JOIN unnest({', '.join(arrays)}) "
                    "AS u(track_no, segment, seq, x, y, t, ele, speed, h, line))")
        ctes.append(f"g AS (INSERT INTO {s}.field_track_segments (source_sha256, track_no, segment, times, "
                    "rel_heights, geom) SELECT imp.source_sha256, v.track_no, v.segment, v.times, v.heights, "
                    "ST_SetSRID(ST_GeomFromWKB(v.wkb), 4326) "
                    f"FROM imp CROSS JOIN (VALUES {_values(segments)}) AS v(track_no, segment, times, heights, wkb))")
    if tracks:
        rows = [_track_row(number, track) for number, track in enumerate(tracks, 1)]
        ctes.append(f"t AS (INSERT INTO {s}.field_tracks (source_file, source_sha256, track_no, name, kind, device, "
                    "planned, start_time, end_time, length_m, duration_s, point_count, geom) "
                    "SELECT imp.source_file, imp.source_sha256, v.track_no, v.name, v.kind, v.device, v.planned, "
                    "v.start_time, v.end_time, coalesce(ST_Length(ST_Force2D(v.geom)::geography, false), 0), "
                    f"v.duration_s, v.point_count, v.geom FROM imp CROSS JOIN (VALUES {_values(rows)}) "
                    "AS v(track_no, name, kind, device, planned, start_time, end_time, duration_s, point_count, geom))")
    if result.waypoints:
        rows = [[typed(w.name, "text"), typed(w.symbol, "text"), typed(w.time, "timestamptz"),
                 typed(w.comment, "text"), typed(w.ele, "float8"), typed(float(w.lon), "float8"),
                 typed(float(w.lat), "float8")] for w in result.waypoints]
        ctes.append(f"w AS (INSERT INTO {s}.field_waypoints (source_file, source_sha256, name, symbol, time, comment, "
                    "ele, geom) SELECT imp.source_file, imp.source_sha256, v.name, v.symbol, v.time, v.comment, v.ele, "
                    "ST_SetSRID(ST_MakePoint(v.x, v.y, coalesce(v.ele, 0)), 4326) "
                    f"FROM imp CROSS JOIN (VALUES {_values(rows)}) AS v(name, symbol, time, comment, ele, x, y))")
    shapes = _footprints(result, tracks, camera)
    if shapes:
        ctes.append(f"f AS (INSERT INTO {s}.drone_footprints (source_sha256, track_no, name, area_m2, fov_deg, geom) "
                    "SELECT imp.source_sha256, v.track_no, v.name, v.area, v.fov, "
                    "ST_Multi(ST_CollectionExtract(ST_Transform(ST_GeomFromText(v.wkt, v.epsg), 4326), 3)) "
                    f"FROM imp CROSS JOIN (VALUES {_values(shapes)}) AS v(track_no, name, area, fov, wkt, epsg))")
    return "WITH " + ",\n".join(ctes) + "\nSELECT count(*) FROM imp"
