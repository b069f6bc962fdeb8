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
than a million ``VALUES`` rows; the track lines are built from the same points
on the server.
"""

from __future__ import annotations

import math
from datetime import datetime, timezone
from typing import Iterable, List, Optional, Sequence

from ..core import InputError, projector_for
from ..field import CameraConfig, ImportResult, Track, footprint, metric_track


def identifier(name: str) -> str:
    """A schema or table name, quoted."""
    if not name or "\x00" in name:
        raise InputError(f"'{name}' cannot be a database schema name")
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


def array(values: Iterable, kind: str) -> str:
    """Numbers (or None) as a typed array literal: ``'{1.5,NULL}'::float8[]``."""
    return "'{" + ",".join(map(_number, values)) + "}'::" + kind + "[]"


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


def import_sql(schema: str, result: ImportResult, camera: Optional[CameraConfig] = None, origin: str = "") -> str:
    """One statement storing ``result`` whole; it returns one row: 1 when stored, 0 when already there."""
    s = identifier(schema)
    camera = camera or CameraConfig()
    tracks: List[Track] = result.tracks + result.routes
    columns = {name: [] for name in ("track_no", "segment", "seq", "x", "y", "t", "ele", "speed", "h", "line")}
    planned: List[str] = []
    track_rows = []
    for number, track in enumerate(tracks, 1):
        seq = 0
        for segment_no, segment in enumerate(track.segments, 1):
            for p in segment:
                seq += 1
                columns["track_no"].append(number)
                columns["segment"].append(segment_no)
                columns["seq"].append(seq)
                columns["x"].append(p.lon)
                columns["y"].append(p.lat)
                columns["t"].append(_epoch(p.time))
                columns["ele"].append(p.ele)
                columns["speed"].append(p.speed)
                columns["h"].append(p.rel_height)
                columns["line"].append(p.line)
                planned.append("t" if track.planned else "f")
        track_rows.append([
            typed(number, "integer"), typed(track.name, "text"), typed(track.kind, "text"),
            typed(track.device, "text"), typed(int(track.planned), "integer"), typed(track.start, "timestamptz"),
            typed(track.end, "timestamptz"), typed(float(track.length_m), "float8"),
            typed(track.duration_s, "float8"), typed(track.point_count, "integer")])
    head = [
        typed(result.source, "text"), typed(result.sha256, "text"), typed(result.format, "text"),
        typed(origin or None, "text"), typed(len(result.tracks), "integer"), typed(result.point_count, "integer"),
        typed(len(result.waypoints), "integer"), typed(len(result.skipped), "integer"),
        typed("\n".join(result.warnings), "text"),
        typed("\n".join(f"line {k.line}: {k.reason}" for k in result.skipped[:1000]), "text")]
    ctes = [f"imp AS (INSERT INTO {s}.field_imports (source_file, source_sha256, format, origin, tracks, points, "
            f"waypoints, skipped, warnings, skipped_detail) VALUES ({', '.join(head)}) "
            "ON CONFLICT (source_sha256) DO NOTHING RETURNING source_sha256, source_file)"]
    if planned:
        kinds = {"track_no": "integer", "segment": "integer", "seq": "integer", "line": "integer"}
        arrays = [array(values, kinds.get(name, "float8")) for name, values in columns.items()]
        arrays.append("'{" + ",".join(planned) + "}'::boolean[]")
        ctes.append(f"u AS (SELECT * FROM unnest({', '.join(arrays)}) "
                    "AS u(track_no, segment, seq, x, y, t, ele, speed, h, line, planned))")
        ctes.append("lines AS (SELECT track_no, ST_SetSRID(ST_Multi(ST_Collect(line ORDER BY segment)), 4326) AS geom "
                    "FROM (SELECT track_no, segment, ST_MakeLine(ST_MakePoint(x, y, coalesce(ele, 0)) ORDER BY seq) "
                    "AS line FROM u GROUP BY track_no, segment HAVING count(*) >= 2) AS parts GROUP BY track_no)")
        ctes.append(f"p AS (INSERT INTO {s}.field_track_points (source_sha256, track_no, segment, seq, time, ele, "
                    "speed, rel_height, source_line, geom) SELECT imp.source_sha256, u.track_no, u.segment, u.seq, "
                    "to_timestamp(u.t), u.ele, u.speed, u.h, u.line, "
                    "ST_SetSRID(ST_MakePoint(u.x, u.y, coalesce(u.ele, 0)), 4326) FROM imp CROSS JOIN u "
                    "WHERE NOT u.planned)")
    if track_rows:
        geometry = "lines.geom" if planned else "NULL::geometry"
        join = "LEFT JOIN lines USING (track_no)" if planned else ""
        ctes.append(f"t AS (INSERT INTO {s}.field_tracks (source_file, source_sha256, track_no, name, kind, device, "
                    "planned, start_time, end_time, length_m, duration_s, point_count, geom) "
                    "SELECT imp.source_file, imp.source_sha256, v.track_no, v.name, v.kind, v.device, v.planned, "
                    f"v.start_time, v.end_time, v.length_m, v.duration_s, v.point_count, {geometry} "
                    f"FROM imp CROSS JOIN (VALUES {_values(track_rows)}) AS v(track_no, name, kind, device, planned, "
                    f"start_time, end_time, length_m, duration_s, point_count) {join})")
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
