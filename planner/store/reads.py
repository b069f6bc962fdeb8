"""Reading the shared field store back: tracks for coverage, whole files for sync.

Each query returns one row per track segment (coverage: its positions as WKB,
its times and heights as arrays), because fetching a million rows one by one
through QGIS's connection API costs seconds where a few thousand rows cost
milliseconds.  Coverage reads tracks and points in ONE statement,
so a coordinator planning while another imports sees one consistent snapshot
(a file is either all there or not at all).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone
from typing import Dict, Iterable, List, Optional, Sequence, Set, SupportsFloat, Tuple, Union

from ..field import CoverageTrack, ImportResult, SkippedRecord, Track, TrackPoint, Waypoint
from .query import Sql, compose, join
from .sql import identifier, literal
from .wkb import read_multipoint


def parse_array(text: Optional[str]) -> List[Optional[float]]:
    """PostgreSQL's text form of a number array, ``{1.5,NULL}``, as floats and None."""
    if not text or text == "{}":
        return []
    return [None if v == "NULL" else float(v) for v in text.strip("{}").split(",")]


def _time(epoch: Optional[float]) -> Optional[datetime]:
    return datetime.fromtimestamp(epoch, tz=timezone.utc) if epoch is not None else None


def _hashes(hashes: Iterable[str]) -> Sql:
    """Content hashes as a text array; an empty one matches nothing."""
    return compose("ARRAY[{items}]::text[]", items=join(", ", [literal(h) for h in sorted(hashes)]) or literal(None))


_COVERAGE = (
    "SELECT t.kind, t.name || ' (' || t.source_file || ')', g.segment, "
    "ST_AsBinary({geom}, 'NDR'), g.times::text, g.rel_heights::text "
    "FROM {s}.field_tracks t JOIN {s}.field_track_segments g USING (source_sha256, track_no) "
    "WHERE t.planned = 0 AND t.kind IN ({kinds}) "
    "ORDER BY t.source_sha256, t.track_no, g.segment"
)


def coverage_sql(schema: str, epsg: Optional[int], kinds: Sequence[str]) -> Sql:
    """Flown tracks (planned routes left out), one row per segment, in ``epsg`` (EPSG:4326 when None)."""
    geom = compose("ST_Transform(g.geom, {epsg})", epsg=literal(int(epsg))) if epsg and epsg != 4326 else Sql("g.geom")
    return compose(_COVERAGE, s=identifier(schema), geom=geom, kinds=join(", ", [literal(k) for k in kinds]))


def _padded(text: Optional[str], count: int) -> List[Optional[float]]:
    values = parse_array(text)
    return values if len(values) == count else [None] * count


def coverage_tracks(rows: Iterable[Sequence]) -> List[CoverageTrack]:
    """Rows of ``coverage_sql`` (ordered by track, then segment) as the engine's tracks."""
    tracks: List[CoverageTrack] = []
    current: Optional[Tuple[str, str]] = None
    segments: List[tuple] = []
    for kind, track_id, _segment, wkb, ts, hs in rows:
        key = (str(track_id), str(kind))
        if key != current and current is not None:
            tracks.append(CoverageTrack(current[0], current[1], tuple(segments)))
            segments = []
        current = key
        xy = read_multipoint(wkb)
        times = [_time(t) for t in _padded(ts, len(xy))]
        segments.append(tuple((x, y, t, h) for (x, y), t, h in zip(xy, times, _padded(hs, len(xy)))))
    if current is not None:
        tracks.append(CoverageTrack(current[0], current[1], tuple(segments)))
    return tracks


_IMPORTS = (
    "SELECT source_sha256, source_file, format, warnings, skipped_detail FROM {s}.field_imports "
    "WHERE NOT (source_sha256 = ANY({hashes})) ORDER BY fid"
)


def imports_sql(schema: str, exclude: Set[str]) -> Sql:
    # NOT (x = ANY(NULL array)) is NULL, not TRUE: an empty exclusion is an empty array
    hashes = _hashes(exclude) if exclude else Sql("ARRAY[]::text[]")
    return compose(_IMPORTS, s=identifier(schema), hashes=hashes)


_AGGREGATES = Sql(", ".join(f"array_agg({c} ORDER BY seq)::text" for c in ("x", "y", "t", "ele", "speed", "h", "line")))
_TRACK_POINTS = (
    "WITH pts AS ("
    "SELECT p.source_sha256, p.track_no, p.segment, p.seq, ST_X(p.geom) AS x, ST_Y(p.geom) AS y, "
    "extract(epoch FROM p.time) AS t, p.ele, p.speed, p.rel_height AS h, p.source_line AS line "
    "FROM {s}.field_track_points p WHERE p.source_sha256 = ANY({hashes}) "
    "UNION ALL SELECT t.source_sha256, t.track_no, d.path[1], d.path[2], ST_X(d.geom), ST_Y(d.geom), NULL, "
    "ST_Z(d.geom), NULL, NULL, NULL "
    "FROM {s}.field_tracks t, ST_DumpPoints(t.geom) d WHERE t.planned = 1 AND t.source_sha256 = ANY({hashes})) "
    "SELECT t.source_sha256, t.track_no, t.name, t.kind, t.device, t.planned, pts.segment, "
    "{aggregates} FROM {s}.field_tracks t LEFT JOIN pts USING (source_sha256, track_no) "
    "WHERE t.source_sha256 = ANY({hashes}) "
    "GROUP BY t.source_sha256, t.track_no, t.name, t.kind, t.device, t.planned, pts.segment "
    "ORDER BY t.source_sha256, t.track_no, pts.segment"
)


def track_points_sql(schema: str, hashes: Set[str]) -> Sql:
    """Every track of those files with its points: recorded points, or the route's vertices when planned."""
    return compose(_TRACK_POINTS, s=identifier(schema), hashes=_hashes(hashes), aggregates=_AGGREGATES)


_WAYPOINTS = (
    "SELECT source_sha256, ST_X(geom), ST_Y(geom), name, symbol, extract(epoch FROM time), comment, ele "
    "FROM {s}.field_waypoints WHERE source_sha256 = ANY({hashes}) ORDER BY fid"
)


def waypoints_sql(schema: str, hashes: Set[str]) -> Sql:
    return compose(_WAYPOINTS, s=identifier(schema), hashes=_hashes(hashes))


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _skipped(detail: str) -> List[SkippedRecord]:
    out = []
    for line in filter(None, detail.split("\n")):
        head, _, reason = line.partition(": ")
        number = head[5:] if head.startswith("line ") else ""
        out.append(SkippedRecord(int(number) if number.isdigit() else None, reason or line))
    return out


def _float(value: Union[str, SupportsFloat, None]) -> Optional[float]:
    return None if value is None or value == "" else float(value)


def results_from_rows(
    imports: Iterable[Sequence], tracks: Iterable[Sequence], waypoints: Iterable[Sequence]
) -> List[ImportResult]:
    """Whole imported files, as the readers made them, from the three queries above.

    ``tracks`` rows: hash, track number, name, kind, device, planned, segment, then the segment's
    x, y, epoch time, elevation, speed, height above take-off and source line, in order.
    """
    results: Dict[str, ImportResult] = {}
    for sha, source, fmt, warnings, detail in imports:
        results[sha] = ImportResult(
            source=_text(source),
            format=_text(fmt),
            sha256=sha,
            warnings=[w for w in _text(warnings).split("\n") if w],
            skipped=_skipped(_text(detail)),
        )
    grouped: Dict[Tuple[str, int], list] = defaultdict(list)
    info: Dict[Tuple[str, int], tuple] = {}
    for sha, number, name, kind, device, planned, segment, *arrays in tracks:
        key = (sha, int(number))
        info[key] = (_text(name), _text(kind), _text(device), bool(planned))
        if segment is None:  # a track without points
            continue
        # text from PostgreSQL, or lists already (read from a GeoPackage)
        columns = [parse_array(a) if a is None or isinstance(a, str) else list(a) for a in arrays]
        points = tuple(
            TrackPoint(x, y, _time(t), ele, speed, h, int(line) if line is not None else None)
            for x, y, t, ele, speed, h, line in zip(*columns)
        )
        if points:
            grouped[key].append(points)
    for key in sorted(info):
        sha, _ = key
        if sha not in results:
            continue
        name, kind, device, planned = info[key]
        track = Track(name, kind, tuple(grouped.get(key, ())), device, results[sha].source, planned)
        (results[sha].routes if planned else results[sha].tracks).append(track)
    for sha, x, y, name, symbol, t, comment, ele in waypoints:
        if sha in results:
            results[sha].waypoints.append(
                Waypoint(float(x), float(y), _text(name), _text(symbol), _time(_float(t)), _text(comment), _float(ele))
            )
    return list(results.values())
