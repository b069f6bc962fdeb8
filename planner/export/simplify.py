"""Douglas-Peucker to a point budget, measured in metres, and trimming round hidden places.

A Garmin keeps a fixed number of points per track, and a season's planned
path along meandering rivers has far more.  Instead of guessing a tolerance,
one Douglas-Peucker pass records for every vertex the largest tolerance at
which it would still be kept (its *importance*: its own split distance,
capped by its parent's, because DP only looks inside spans it has split).
Keeping the vertices with importance above ``t`` is then exactly DP with
tolerance ``t``, so the smallest tolerance that meets a point budget is read
off a sorted list instead of searched for.  Distances are to the chord as a
*segment*, in a local UTM projection, so a vertex's importance bounds its
distance to the simplified line and the reported deviation is in metres.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, List, Sequence, Tuple, TypeVar

from ..core import projector_for

LonLat = Tuple[float, float]
XY = Tuple[float, float]
T = TypeVar("T")


def local_projector(points: Sequence[LonLat]) -> Callable[[float, float], XY]:
    """Metres in the UTM zone of the points' centre (fine a few degrees beyond the zone)."""
    lon = sum(p[0] for p in points) / len(points)
    lat = sum(p[1] for p in points) / len(points)
    return projector_for(lon, lat)[1]


def near(points: Sequence[LonLat], centres: Sequence[LonLat], radius_m: float) -> List[bool]:
    """For each point, whether it lies within ``radius_m`` of any centre."""
    if not points or not centres:
        return [False] * len(points)
    project = local_projector(list(points) + list(centres))
    cxy = [project(*c) for c in centres]
    return [any(math.dist(project(*p), c) < radius_m for c in cxy) for p in points]


def segment_distance(p: XY, a: XY, b: XY) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = dx * dx + dy * dy
    if length2 == 0.0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2
    t = 0.0 if t < 0.0 else 1.0 if t > 1.0 else t
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def importance(xy: Sequence[XY]) -> List[float]:
    """DP importance of each vertex; the end points are infinitely important."""
    n = len(xy)
    result = [math.inf] * n
    stack = [(0, n - 1, math.inf)]
    while stack:
        i, j, cap = stack.pop()
        if j - i < 2:
            continue
        a, b = xy[i], xy[j]
        best, best_k = -1.0, i + 1
        for k in range(i + 1, j):
            d = segment_distance(xy[k], a, b)
            if d > best:
                best, best_k = d, k
        value = min(best, cap)
        result[best_k] = value
        stack.append((i, best_k, value))
        stack.append((best_k, j, value))
    return result


def max_deviation(xy: Sequence[XY], kept: Sequence[int]) -> float:
    """Largest distance (same unit as ``xy``) from a dropped vertex to the simplified line.

    Checking vertices is enough: every dropped vertex lies between two kept
    ones and distance to one segment is convex along the original edges.
    """
    worst = 0.0
    for a, b in zip(kept, kept[1:]):
        for k in range(a + 1, b):
            worst = max(worst, segment_distance(xy[k], xy[a], xy[b]))
    return worst


@dataclass(frozen=True)
class Simplified:
    lines: Tuple[Tuple[LonLat, ...], ...]  # kept vertices of each input line
    tolerance_m: float  # the DP tolerance used
    max_deviation_m: float  # measured: farthest original vertex from its simplified line
    fits: bool  # the point budget was met within the allowed tolerance
    original_points: int

    @property
    def points(self) -> int:
        return sum(len(line) for line in self.lines)


@dataclass(frozen=True)
class PreparedLine:
    """A line with its metric coordinates and DP importances, computed once and reused."""

    lonlat: Tuple[LonLat, ...]
    xy: Tuple[XY, ...]
    weights: Tuple[float, ...]


def prepare(lines: Sequence[Sequence[LonLat]]) -> List[PreparedLine]:
    """Project ``lines`` (one UTM zone for all) and rank their vertices; empty lines are dropped."""
    kept = [tuple(line) for line in lines if line]
    if not kept:
        return []
    project = local_projector([p for line in kept for p in line])
    out = []
    for line in kept:
        xy = tuple(project(lon, lat) for lon, lat in line)
        out.append(PreparedLine(line, xy, tuple(importance(xy))))
    return out


def simplify_to_budget(
    lines: Sequence[Sequence[LonLat]],
    max_points: int,
    max_tolerance_m: float,
    min_tolerance_m: float = 0.0,
) -> Simplified:
    """Simplify all ``lines`` with one tolerance, the smallest that fits ``max_points`` in total.

    The tolerance never exceeds ``max_tolerance_m``: when even that is not
    enough, the result is simplified at ``max_tolerance_m`` and ``fits`` is
    False, so the caller splits the track instead of bending it further.
    Tolerances below ``min_tolerance_m`` are not used (they only keep GPS-noise
    vertices).
    """
    return simplify_prepared(prepare(lines), max_points, max_tolerance_m, min_tolerance_m)


def simplify_prepared(
    lines: Sequence[PreparedLine], max_points: int, max_tolerance_m: float, min_tolerance_m: float = 0.0
) -> Simplified:
    """``simplify_to_budget`` on lines already prepared (each may use its own UTM zone)."""
    if not lines:
        return Simplified((), 0.0, 0.0, True, 0)
    fixed = sum(min(len(line.xy), 2) for line in lines)
    interior = sorted((w for line in lines for w in line.weights if w != math.inf), reverse=True)
    budget = max_points - fixed
    tolerance = min_tolerance_m
    if budget < 0:
        tolerance, fits = max_tolerance_m, False
    elif sum(1 for w in interior if w > tolerance) <= budget:
        fits = True
    else:
        # Keeping the vertices strictly above the (budget+1)-th largest
        # importance keeps at most ``budget`` of them, ties included.
        tolerance = interior[budget]
        fits = tolerance <= max_tolerance_m
        tolerance = min(tolerance, max_tolerance_m)
    kept_lines = []
    deviation = 0.0
    for line in lines:
        kept = [i for i, w in enumerate(line.weights) if w > tolerance]
        deviation = max(deviation, max_deviation(line.xy, kept))
        kept_lines.append(tuple(line.lonlat[i] for i in kept))
    return Simplified(tuple(kept_lines), tolerance, deviation, fits, sum(len(line.xy) for line in lines))


def _inside(p: XY, q: XY, centres: Sequence[XY], radius: float) -> List[Tuple[float, float]]:
    """Parameter intervals of segment p-q lying inside any circle."""
    dx, dy = q[0] - p[0], q[1] - p[1]
    a = dx * dx + dy * dy
    spans = []
    for cx, cy in centres:
        fx, fy = p[0] - cx, p[1] - cy
        c = fx * fx + fy * fy - radius * radius
        if a == 0.0:
            if c < 0:
                spans.append((0.0, 1.0))
            continue
        b = 2 * (fx * dx + fy * dy)
        disc = b * b - 4 * a * c
        if disc <= 0:
            continue
        root = math.sqrt(disc)
        t1, t2 = max(0.0, (-b - root) / (2 * a)), min(1.0, (-b + root) / (2 * a))
        if t1 < t2:
            spans.append((t1, t2))
    return merge_spans(spans)


def merge_spans(spans: Sequence[Tuple[float, float]]) -> List[Tuple[float, float]]:
    """Overlapping spans of one edge (fractions 0-1) joined, in order."""
    merged: List[Tuple[float, float]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def outside_spans(inside: List[Tuple[float, float]]) -> List[Tuple[float, float]]:
    """The parts of an edge (fractions 0-1) not covered by the merged ``inside`` spans."""
    out, start = [], 0.0
    for s, e in inside:
        if s > start:
            out.append((start, s))
        start = max(start, e)
    if start < 1.0:
        out.append((start, 1.0))
    return out


def trim_around(line: Sequence[LonLat], centres: Sequence[LonLat], radius_m: float) -> List[List[LonLat]]:
    """The parts of ``line`` farther than ``radius_m`` from every centre, cut exactly at the circles.

    Cut points are interpolated along the edge (lon/lat and metres agree to
    well under a millimetre over an edge), so a trimmed track ends on the
    circle, not at the last vertex outside it.
    """
    if not line:
        return []
    if not centres or radius_m <= 0:
        return [list(line)]
    project = local_projector(list(line) + list(centres))
    xy = [project(lon, lat) for lon, lat in line]
    cxy = [project(lon, lat) for lon, lat in centres]
    if len(line) == 1:
        return [] if _inside(xy[0], xy[0], cxy, radius_m) else [list(line)]

    return keep_outside(line, lambda k: outside_spans(_inside(xy[k], xy[k + 1], cxy, radius_m)))


def keep_outside(line: Sequence[LonLat], outs_of: Callable[[int], List[Tuple[float, float]]]) -> List[List[LonLat]]:
    """The pieces of ``line`` on the spans ``outs_of(k)`` of each edge ``k`` (fractions 0-1, in order).

    Cut points are interpolated along the edge; a piece that is a single point
    (a graze of a hidden area) draws nothing.
    """

    def at(k: int, t: float) -> LonLat:
        (x0, y0), (x1, y1) = line[k], line[k + 1]
        return (x0 + t * (x1 - x0), y0 + t * (y1 - y0))

    pieces: List[List[LonLat]] = []
    current: List[LonLat] = []
    for k in range(len(line) - 1):
        outs = outs_of(k)
        if not outs:
            if current:
                pieces.append(current)
                current = []
            continue
        for start, end in outs:
            if start > 0.0 or not current:
                if current:
                    pieces.append(current)
                current = [line[k] if start == 0.0 else at(k, start)]
            if end < 1.0:
                current.append(at(k, end))
                pieces.append(current)
                current = []
            else:
                current.append(line[k + 1])
    if current:
        pieces.append(current)
    return [piece for piece in pieces if len(set(piece)) > 1]


def chunks(items: Sequence[T], size: int) -> List[Sequence[T]]:
    """Consecutive runs of at most ``size`` items sharing their end points (size >= 2)."""
    if len(items) <= size:
        return [items] if items else []
    return [items[i : i + size] for i in range(0, len(items) - 1, size - 1)]


def pack_lines(lines: Sequence[Sequence[LonLat]], limit: int) -> List[List[Sequence[LonLat]]]:
    """Segments grouped into tracks of at most ``limit`` points; long ones cut with a shared point."""
    tracks: List[List[Sequence[LonLat]]] = []
    count = limit + 1
    for line in lines:
        for piece in chunks(line, limit):
            if count + len(piece) > limit:
                tracks.append([])
                count = 0
            tracks[-1].append(piece)
            count += len(piece)
    return tracks
