"""Topology repair: join near ends, split lines at junctions, find transfers.

Works on plain coordinate lists (see ``network_grid``).  The order matters:
ends are snapped first (within each kind), then dangling ends that lie on the
middle of another line of their kind split it, then trails that cross are
split at the crossing, then trail ends near a river give a transfer point on
the river.  Every split point is shared by the lines it joins, so the graph
builder can match nodes by exact coordinates.
"""

from __future__ import annotations

import logging
import math
import operator
from dataclasses import dataclass
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from ..core import InputError, Message, message
from .grid import Chunk, SegmentGrid, segment_crossing
from .travel_model import BOAT, TRAIL, Coord, RiverLine, TrailLine

log = logging.getLogger(__name__)


@dataclass
class NetworkStats:
    """What the builder did; the counts of joins are the topology repairs."""

    rivers: int = 0
    trails: int = 0
    unnavigable: int = 0
    degenerate: int = 0
    ends_snapped: int = 0
    tributaries_split: int = 0
    trail_ends_joined: int = 0
    trail_crossings: int = 0
    road_nodes: int = 0
    transfers: int = 0
    zone_cuts: int = 0
    nodes: int = 0
    edges: int = 0


@dataclass
class Piece:
    """A run of one line between junctions; ``speed`` is the feature's current or walking speed."""

    kind: str
    xs: List[float]
    ys: List[float]
    speed: Optional[float]
    fid: Any
    factors: Optional[List[float]] = None
    road: bool = False


# splits[line] maps a split point to (segment index, t on that segment)
Splits = Dict[int, Dict[Coord, Tuple[int, float]]]


def prepare(rivers: Sequence[RiverLine], trails: Sequence[TrailLine], stats: NetworkStats) -> List[Piece]:
    """Pieces of every usable line, rivers oriented downstream, duplicate vertices dropped."""
    pieces: List[Piece] = []
    for river in rivers:
        if not river.navigable:
            stats.unnavigable += 1
            continue
        _check_speed(river.current_kmh, "current_kmh", message("source_rivers"), river.fid, allow_zero=True)
        coords = river.coords[::-1] if river.reversed else river.coords
        _add(pieces, BOAT, coords, river.current_kmh, river.fid, stats)
    for trail in trails:
        _check_speed(trail.walk_kmh, "walk_kmh", message("source_trails"), trail.fid, allow_zero=False)
        _add(pieces, TRAIL, trail.coords, trail.walk_kmh, trail.fid, stats, trail.road)
    stats.rivers = sum(1 for p in pieces if p.kind == BOAT)
    stats.trails = len(pieces) - stats.rivers
    return pieces


def _check_speed(value: Optional[float], name: str, source: Message, fid: Any, allow_zero: bool) -> None:
    if value is None:
        return
    if not (math.isfinite(value) and (value >= 0 if allow_zero else value > 0)):
        raise InputError(
            message("speed_zero_or_more" if allow_zero else "speed_positive", name=name, value=value),
            source=source,
            feature=fid if isinstance(fid, int) else None,
        )


def _add(
    pieces: List[Piece],
    kind: str,
    coords: Sequence[Any],
    speed: Optional[float],
    fid: Any,
    stats: NetworkStats,
    road: bool = False,
) -> None:
    xs, ys = map(list, zip(*coords)) if len(coords) else ([], [])
    if any(map(operator.eq, coords, coords[1:])):
        keep = [0] + [i for i in range(1, len(xs)) if xs[i] != xs[i - 1] or ys[i] != ys[i - 1]]
        xs = [xs[i] for i in keep]
        ys = [ys[i] for i in keep]
    try:
        finite = len(xs) >= 2 and math.isfinite(math.fsum(xs) + math.fsum(ys))
    except (TypeError, ValueError, OverflowError):
        finite = False
    if not finite:
        stats.degenerate += 1
        log.warning(message("river_line_skipped" if kind == BOAT else "trail_line_skipped", fid=fid))
        return
    pieces.append(Piece(kind, xs, ys, speed, fid, road=road))


def snap_ends(lines: List[Piece], snap: float) -> int:
    """Move line ends within ``snap`` of each other onto one point; returns how many moved."""
    if snap <= 0 or not lines:
        return 0
    count: Dict[Coord, int] = {}
    for line in lines:
        for key in ((line.xs[0], line.ys[0]), (line.xs[-1], line.ys[-1])):
            count[key] = count.get(key, 0) + 1
    points = list(count)
    parent = list(range(len(points)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    cells: Dict[Tuple[int, int], List[int]] = {}
    for n, (x, y) in enumerate(points):
        i, j = math.floor(x / snap), math.floor(y / snap)
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for m in cells.get((i + di, j + dj), ()):
                    mx, my = points[m]
                    if (mx - x) ** 2 + (my - y) ** 2 <= snap * snap:
                        a, b = find(n), find(m)
                        if a != b:
                            parent[a] = b
        cells.setdefault((i, j), []).append(n)
    # The busiest point of a cluster stays put: stray ends move onto the junction.
    best: Dict[int, int] = {}
    for n, key in enumerate(points):
        root = find(n)
        if root not in best or count[key] > count[points[best[root]]]:
            best[root] = n
    target = {key: points[best[find(n)]] for n, key in enumerate(points) if points[best[find(n)]] != key}
    moved = 0
    for line in lines:
        for end in (0, -1):
            new = target.get((line.xs[end], line.ys[end]))
            if new is not None:
                line.xs[end], line.ys[end] = new
                moved += 1
    return moved


def _add_split(splits: Splits, line: int, k: int, t: float, x: float, y: float, lines: List[Piece]) -> bool:
    """Record a split; False when it is a line end or already recorded."""
    xs, ys = lines[line].xs, lines[line].ys
    if (x == xs[0] and y == ys[0]) or (x == xs[-1] and y == ys[-1]):
        return False
    points = splits.setdefault(line, {})
    if (x, y) in points:
        return False
    points[(x, y)] = (k, t)
    return True


def split_at_dangling_ends(lines: List[Piece], snap: float, splits: Splits) -> Tuple[int, SegmentGrid]:
    """Ends touching no other line but within ``snap`` of one's middle split it there."""
    grid = SegmentGrid([(p.xs, p.ys) for p in lines])
    if snap <= 0:
        return 0, grid
    count: Dict[Coord, int] = {}
    for line in lines:
        for key in ((line.xs[0], line.ys[0]), (line.xs[-1], line.ys[-1])):
            count[key] = count.get(key, 0) + 1
    joined = 0
    moved = False
    for index, line in enumerate(lines):
        for end in (0, -1):
            x, y = line.xs[end], line.ys[end]
            if count[(x, y)] != 1:
                continue
            for _, other, k, t, nx, ny in grid.hits(x, y, snap):
                if other == index:
                    continue
                if _add_split(splits, other, k, t, nx, ny, lines):
                    joined += 1
                line.xs[end], line.ys[end] = nx, ny
                moved = moved or (nx, ny) != (x, y)
                break
    if moved:  # boxes changed by up to ``snap``: index the lines again
        grid = SegmentGrid([(p.xs, p.ys) for p in lines])
    return joined, grid


def split_at_crossings(lines: List[Piece], grid: SegmentGrid, splits: Splits) -> Tuple[int, int]:
    """Split lines that cross (and ends lying exactly on another line); (crossings, ends)."""
    crossings = ends = 0
    chunks = grid.chunks
    size = grid.cell
    inner: Dict[int, Tuple[float, float, float, float]] = {}
    for c1, c2, ox0, oy0, ox1, oy1 in _overlaps(grid.cells, chunks, size):
        l1, a1, b1 = chunks[c1][:3]
        l2, a2, b2 = chunks[c2][:3]
        xs2, ys2 = lines[l2].xs, lines[l2].ys
        segs2 = _candidates(inner, c2, xs2, ys2, a2, b2, ox0, oy0, ox1, oy1)
        if not segs2:
            continue
        xs1, ys1 = lines[l1].xs, lines[l1].ys
        last1, last2 = len(xs1) - 2, len(xs2) - 2
        shared = {(xs1[0], ys1[0]), (xs1[-1], ys1[-1])} & {(xs2[0], ys2[0]), (xs2[-1], ys2[-1])}
        for k1 in _candidates(inner, c1, xs1, ys1, a1, b1, ox0, oy0, ox1, oy1):
            for k2 in segs2:
                # Most pairs are lines meeting at a common end: two segments ending at that point
                # meet only there (or overlap, which is no crossing either), so skip them.
                if (
                    shared
                    and (k1 == 0 or k1 == last1)
                    and (k2 == 0 or k2 == last2)
                    and _share_end(xs1, ys1, k1, xs2, ys2, k2)
                ):
                    continue
                hit = segment_crossing(
                    xs1[k1], ys1[k1], xs1[k1 + 1], ys1[k1 + 1], xs2[k2], ys2[k2], xs2[k2 + 1], ys2[k2 + 1]
                )
                if hit is None:
                    continue
                t, u, x, y = hit
                end1 = (k1 == 0 and x == xs1[0] and y == ys1[0]) or (k1 == last1 and x == xs1[-1] and y == ys1[-1])
                end2 = (k2 == 0 and x == xs2[0] and y == ys2[0]) or (k2 == last2 and x == xs2[-1] and y == ys2[-1])
                new1 = not end1 and _add_split(splits, l1, k1, t, x, y, lines)
                new2 = not end2 and _add_split(splits, l2, k2, u, x, y, lines)
                if new1 and new2:
                    crossings += 1
                elif new1 or new2:
                    ends += 1
    return crossings, ends


def _share_end(xs1: List[float], ys1: List[float], k1: int, xs2: List[float], ys2: List[float], k2: int) -> bool:
    """True when segments k1 and k2 both end at one point that is an end of both lines."""
    mine = []
    if k1 == 0:
        mine.append((xs1[0], ys1[0]))
    if k1 == len(xs1) - 2:
        mine.append((xs1[-1], ys1[-1]))
    return (k2 == 0 and (xs2[0], ys2[0]) in mine) or (k2 == len(xs2) - 2 and (xs2[-1], ys2[-1]) in mine)


def _overlaps(
    cells: Dict[Tuple[int, int], List[int]], chunks: Sequence[Chunk], size: float
) -> Iterator[Tuple[int, int, float, float, float, float]]:
    """(chunk, chunk, overlap box) for chunks of different lines whose boxes overlap, each pair once."""
    for (i, j), bucket in cells.items():
        if len(bucket) < 2:
            continue
        for n, c1 in enumerate(bucket):
            l1, _, _, ax0, ay0, ax1, ay1 = chunks[c1]
            for c2 in bucket[n + 1 :]:
                l2, _, _, bx0, by0, bx1, by1 = chunks[c2]
                if l1 == l2:
                    continue
                ox0 = ax0 if ax0 > bx0 else bx0
                ox1 = ax1 if ax1 < bx1 else bx1
                if ox0 > ox1:
                    continue
                oy0 = ay0 if ay0 > by0 else by0
                oy1 = ay1 if ay1 < by1 else by1
                # Report a pair only from the cell holding its overlap's lower-left corner.
                if oy0 <= oy1 and int(ox0 // size) == i and int(oy0 // size) == j:
                    yield c1, c2, ox0, oy0, ox1, oy1


def _segs_meeting(
    xs: List[float], ys: List[float], a: int, b: int, x0: float, y0: float, x1: float, y1: float
) -> List[int]:
    """Segments a..b-1 whose boxes meet the box (x0, y0)-(x1, y1)."""
    return [
        k
        for k, xa, xb, ya, yb in zip(range(a, b), xs[a:b], xs[a + 1 : b + 1], ys[a:b], ys[a + 1 : b + 1])
        if not ((xa < x0 and xb < x0) or (xa > x1 and xb > x1) or (ya < y0 and yb < y0) or (ya > y1 and yb > y1))
    ]


def _candidates(
    inner: Dict[int, Tuple[float, float, float, float]],
    chunk: int,
    xs: List[float],
    ys: List[float],
    a: int,
    b: int,
    x0: float,
    y0: float,
    x1: float,
    y1: float,
) -> List[int]:
    """Segments of a chunk that may meet the box.

    Lines usually meet at their ends, where the boxes of two chunks overlap
    only around the shared end: the first and last segments are tested on
    their own and the others only when the box of the inner vertices meets
    the overlap, which saves scanning every segment of most pairs.
    """
    found = []
    xa, xb, ya, yb = xs[a], xs[a + 1], ys[a], ys[a + 1]
    if not ((xa < x0 and xb < x0) or (xa > x1 and xb > x1) or (ya < y0 and yb < y0) or (ya > y1 and yb > y1)):
        found.append(a)
    if b - 1 > a:
        xa, xb, ya, yb = xs[b - 1], xs[b], ys[b - 1], ys[b]
        if not ((xa < x0 and xb < x0) or (xa > x1 and xb > x1) or (ya < y0 and yb < y0) or (ya > y1 and yb > y1)):
            found.append(b - 1)
    if b - a >= 3:
        box = inner.get(chunk)
        if box is None:
            ix, iy = xs[a + 1 : b], ys[a + 1 : b]
            box = inner[chunk] = (min(ix), min(iy), max(ix), max(iy))
        if box[0] <= x1 and box[2] >= x0 and box[1] <= y1 and box[3] >= y0:
            found += _segs_meeting(xs, ys, a + 1, b - 1, x0, y0, x1, y1)
    return found


def find_transfers(
    trails: List[Piece], rivers: List[Piece], river_grid: SegmentGrid, snap: float, splits: Splits
) -> List[Tuple[Coord, Coord]]:
    """(trail end, river point) pairs for trail ends within ``snap`` of a river."""
    transfers: List[Tuple[Coord, Coord]] = []
    seen = set()
    for line in trails:
        for end in (0, -1):
            key = (line.xs[end], line.ys[end])
            if key in seen:
                continue
            seen.add(key)
            hits = river_grid.hits(key[0], key[1], snap)
            if hits:
                _, river, k, t, nx, ny = hits[0]
                _add_split(splits, river, k, t, nx, ny, rivers)
                transfers.append((key, (nx, ny)))
    return transfers


def apply_splits(lines: List[Piece], splits: Splits) -> List[Piece]:
    """The lines cut at their split points (the points become shared vertices)."""
    out: List[Piece] = []
    for index, line in enumerate(lines):
        points = splits.get(index)
        if not points:
            out.append(line)
            continue
        at_vertex = set()
        inserted: Dict[int, List[Tuple[float, float, float]]] = {}
        for (x, y), (k, t) in points.items():
            if x == line.xs[k] and y == line.ys[k]:
                at_vertex.add(k)
            elif x == line.xs[k + 1] and y == line.ys[k + 1]:
                at_vertex.add(k + 1)
            else:
                inserted.setdefault(k, []).append((t, x, y))
        xs, ys = [line.xs[0]], [line.ys[0]]
        n = len(line.xs)
        for k in range(n - 1):
            for _, x, y in sorted(inserted.get(k, ())):
                xs.append(x)
                ys.append(y)
                out.append(Piece(line.kind, xs, ys, line.speed, line.fid, road=line.road))
                xs, ys = [x], [y]
            xs.append(line.xs[k + 1])
            ys.append(line.ys[k + 1])
            if k + 1 in at_vertex and k + 1 < n - 1:
                out.append(Piece(line.kind, xs, ys, line.speed, line.fid, road=line.road))
                xs, ys = [line.xs[k + 1]], [line.ys[k + 1]]
        out.append(Piece(line.kind, xs, ys, line.speed, line.fid, road=line.road))
    return out
