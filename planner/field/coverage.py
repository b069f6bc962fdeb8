"""Which suspected plots did the patrols actually see?

A plot is covered when a foot or boat track passed within ``radius_m`` of it,
or a drone footprint contains it (a point plot) or at least
``min_polygon_fraction`` of it (a polygon plot).  When both the plot's
detection date and the pass time are known, only passes on or after the
detection day (UTC) count: a walk past a clearing before it was cut proves
nothing about it.

With ``valid_days`` set, a check expires: a plot counts as covered only up
to and including ``valid_days`` days after its last pass (before ``today``,
UTC), and ``days_since_check`` says how long ago that was; a pass without a
time cannot show it is current.  The same rule as ``planner.targets.expiry``.

Everything is in one metric CRS.  Tracks are cut into pieces of a few dozen
points (lines for foot/boat, footprint polygons for drones) held in one
spatial index, so each plot looks at the handful of pieces near it instead of
at every point of the season.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timezone
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from shapely.geometry import LineString, Point, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from ..core import Feedback, SpatialIndex, check_cancel, ensure
from .footprint import CameraConfig, MetricPoint, footprint_pieces
from .model import Track

logger = logging.getLogger(__name__)

Projector = Callable[[float, float], Tuple[float, float]]


@dataclass(frozen=True)
class CoverageTrack:
    """A track in metres: ``segments`` of ``(x, y, time, height above take-off)``."""

    track_id: str
    kind: str
    segments: Tuple[Tuple[MetricPoint, ...], ...]


@dataclass(frozen=True)
class Plot:
    plot_id: str
    geometry: BaseGeometry  # point or polygon, metric CRS
    detected: Optional[date] = None


@dataclass(frozen=True)
class CoverageConfig:
    radius_m: float = 50.0
    min_polygon_fraction: float = 0.5
    camera: CameraConfig = field(default_factory=CameraConfig)
    piece_points: int = 64
    valid_days: Optional[int] = None  # None: checks never expire
    today: Optional[date] = None  # None: today (UTC)


@dataclass(frozen=True)
class PlotCoverage:
    plot_id: str
    covered: bool
    covered_by: Tuple[str, ...] = ()  # sorted kinds: foot, boat, drone
    last_seen: Optional[datetime] = None
    visits: int = 0  # distinct tracks that covered the plot
    tracks: Tuple[str, ...] = ()
    last_track: str = ""
    days_since_check: Optional[int] = None  # only with ``CoverageConfig.valid_days``


def metric_track(track: Track, project: Projector, track_id: str = "") -> CoverageTrack:
    """Project a lon/lat ``Track`` with ``project`` (see ``utm_math.utm_projector``)."""
    segments = tuple(
        tuple((*project(p.lon, p.lat), p.time, p.rel_height) for p in segment) for segment in track.segments
    )
    return CoverageTrack(track_id or track.name, track.kind, segments)


@dataclass(frozen=True)
class _Piece:
    track: int
    geometry: BaseGeometry
    points: Tuple[MetricPoint, ...]
    footprint: bool


class TrackIndex:
    """Track pieces (lines, or footprints for drones) in one spatial index."""

    def __init__(
        self,
        tracks: Sequence[CoverageTrack],
        config: Optional[CoverageConfig] = None,
        kinds: Sequence[str] = ("foot", "boat", "drone"),
        feedback: Optional[Feedback] = None,
    ) -> None:
        config = config or CoverageConfig()
        feedback = ensure(feedback)
        self.tracks = list(tracks)
        self.pieces: List[_Piece] = []
        step = max(2, config.piece_points) - 1
        for number, track in enumerate(self.tracks):
            if number % 50 == 0:
                check_cancel(feedback)
            if track.kind not in kinds:
                continue
            for segment in track.segments:
                if track.kind == "drone":
                    for piece in footprint_pieces(segment, config.camera, config.piece_points):
                        self.pieces.append(_Piece(number, piece.geometry, piece.points, True))
                    continue
                for start in range(0, max(1, len(segment) - 1), step):
                    chunk = segment[start : start + step + 1]
                    if not chunk:
                        continue
                    coords = [(p[0], p[1]) for p in chunk]
                    shape = LineString(coords) if len(chunk) > 1 else Point(coords[0])
                    self.pieces.append(_Piece(number, shape, tuple(chunk), False))
        self.index = SpatialIndex([p.geometry for p in self.pieces])
        logger.debug("indexed %d pieces of %d tracks", len(self.pieces), len(self.tracks))

    def near(self, geometry: BaseGeometry, margin: float) -> List[int]:
        minx, miny, maxx, maxy = geometry.bounds
        return self.index.query(box(minx - margin, miny - margin, maxx + margin, maxy + margin))


def _pass_time(points: Sequence[MetricPoint], x: float, y: float, radius: float) -> Optional[datetime]:
    """Latest time among the points within ``radius`` of (x, y), else of the nearest timed point."""
    best: Optional[datetime] = None
    nearest: Optional[datetime] = None
    nearest_d = math.inf
    r2 = radius * radius
    for p in points:
        t = p[2]
        if t is None:
            continue
        d2 = (p[0] - x) ** 2 + (p[1] - y) ** 2
        if d2 <= r2 and (best is None or t > best):
            best = t
        if d2 < nearest_d:
            nearest_d, nearest = d2, t
    return best if best is not None else nearest


def _day_start(day: Optional[date]) -> Optional[datetime]:
    return datetime.combine(day, time(0), tzinfo=timezone.utc) if day else None


def _plot_coverage(plot: Plot, index: TrackIndex, config: CoverageConfig) -> PlotCoverage:
    geom = plot.geometry
    is_point = geom.geom_type == "Point"
    anchor = geom if is_point else geom.representative_point()
    since = _day_start(plot.detected)
    hits: Dict[int, Optional[datetime]] = {}
    footprints: Dict[int, List[_Piece]] = {}

    def count(track: int, when: Optional[datetime]) -> None:
        if since is not None and when is not None and when < since:
            return
        seen = hits.get(track)
        if track not in hits or (when is not None and (seen is None or when > seen)):
            hits[track] = when

    for i in index.near(geom, config.radius_m):
        piece = index.pieces[i]
        if piece.footprint:
            if is_point:
                if piece.geometry.covers(geom):
                    count(piece.track, _pass_time(piece.points, anchor.x, anchor.y, 0.0))
            else:
                footprints.setdefault(piece.track, []).append(piece)
        elif piece.geometry.distance(geom) <= config.radius_m:
            count(piece.track, _pass_time(piece.points, anchor.x, anchor.y, config.radius_m))
    for track, pieces in footprints.items():
        seen = unary_union([p.geometry for p in pieces]).intersection(geom).area
        if geom.area > 0 and seen / geom.area >= config.min_polygon_fraction:
            times = [_pass_time(p.points, anchor.x, anchor.y, 0.0) for p in pieces]
            count(track, max((t for t in times if t is not None), default=None))
    if not hits:
        return PlotCoverage(plot.plot_id, False)
    tracks = index.tracks
    ordered = sorted(hits, key=lambda t: tracks[t].track_id)
    timed = {t: when for t in ordered if (when := hits[t]) is not None}  # in ``ordered``'s order: ties keep the first
    last = max(timed, key=timed.__getitem__) if timed else None
    return PlotCoverage(
        plot.plot_id,
        True,
        tuple(sorted({tracks[t].kind for t in ordered})),
        hits[last] if last is not None else None,
        len(ordered),
        tuple(tracks[t].track_id for t in ordered),
        tracks[last].track_id if last is not None else "",
    )


def compute_coverage(
    plots: Sequence[Plot],
    tracks: Sequence[CoverageTrack],
    config: Optional[CoverageConfig] = None,
    feedback: Optional[Feedback] = None,
) -> List[PlotCoverage]:
    """Coverage of each plot, in the order given."""
    config = config or CoverageConfig()
    feedback = ensure(feedback)
    index = TrackIndex(tracks, config, feedback=feedback)
    results: List[PlotCoverage] = []
    total = max(1, len(plots))
    for number, plot in enumerate(plots):
        if number % 500 == 0:
            check_cancel(feedback)
            feedback.set_progress(100.0 * number / total)
        results.append(_plot_coverage(plot, index, config))
    feedback.set_progress(100.0)
    if config.valid_days is not None:
        today = config.today or datetime.now(timezone.utc).date()
        results = [_expire(r, today, config.valid_days) for r in results]
    return results


def _expire(result: PlotCoverage, today: date, valid_days: int) -> PlotCoverage:
    if result.last_seen is None:
        return replace(result, covered=False)
    days = max(0, (today - result.last_seen.astimezone(timezone.utc).date()).days)
    return replace(result, covered=result.covered and days <= valid_days, days_since_check=days)
