"""Plain-Python geometry for the network builder: a grid of segment chunks.

Building one shapely object per segment of a million-vertex network costs more
than the whole search, so the builder works on coordinate lists and indexes
chunks of consecutive segments (their bounding boxes) in a uniform grid.
"""

from __future__ import annotations

import math
from typing import Dict, List, Optional, Sequence, Tuple

# (distance, line index, segment index, t along the segment, x, y)
Hit = Tuple[float, int, int, float, float, float]
# (line, its first and last vertex in the chunk, the chunk's box x0, y0, x1, y1)
Chunk = Tuple[int, int, int, float, float, float, float]

_CHUNK = 16
_EPS = 1e-6  # metres: closer than this is the same point


def nearest_on_segment(px: float, py: float, ax: float, ay: float, bx: float, by: float) -> Tuple[float, float, float]:
    """(t, x, y) of the point of segment a-b nearest to p; ``t`` in [0, 1]."""
    dx = bx - ax
    dy = by - ay
    den = dx * dx + dy * dy
    if den == 0.0:
        return 0.0, ax, ay
    t = ((px - ax) * dx + (py - ay) * dy) / den
    if t <= 0.0:
        return 0.0, ax, ay
    if t >= 1.0:
        return 1.0, bx, by
    return t, ax + t * dx, ay + t * dy


def segment_crossing(
    ax: float, ay: float, bx: float, by: float, cx: float, cy: float, dx: float, dy: float
) -> Optional[Tuple[float, float, float, float]]:
    """(t on a-b, u on c-d, x, y) where two segments meet; None when apart or collinear."""
    rx = bx - ax
    ry = by - ay
    sx = dx - cx
    sy = dy - cy
    den = rx * sy - ry * sx
    if den == 0.0:
        return None
    qx = cx - ax
    qy = cy - ay
    t = (qx * sy - qy * sx) / den
    u = (qx * ry - qy * rx) / den
    if t < 0.0 or t > 1.0 or u < 0.0 or u > 1.0:
        return None
    x = ax + t * rx
    y = ay + t * ry
    # Reuse exact vertex coordinates near the ends so that nodes compare equal.
    for ex, ey in ((ax, ay), (bx, by), (cx, cy), (dx, dy)):
        if abs(x - ex) <= _EPS and abs(y - ey) <= _EPS:
            return t, u, ex, ey
    return t, u, x, y


class SegmentGrid:
    """Chunks of up to 16 segments of many lines, bucketed by grid cell.

    ``lines`` are ``(xs, ys)`` pairs of coordinate sequences.  The cell size
    follows the data (the mean chunk extent, at least ``min_cell``), so that a
    chunk usually falls in one to four cells.
    """

    def __init__(self, lines: Sequence[Tuple[Sequence[float], Sequence[float]]], min_cell: float = 1.0) -> None:
        self.lines = lines
        chunks: List[Chunk] = []
        append = chunks.append
        for index, (xs, ys) in enumerate(lines):
            n = len(xs)
            if n <= _CHUNK + 1:  # most lines: one chunk, no slicing
                append((index, 0, n - 1, min(xs), min(ys), max(xs), max(ys)))
                continue
            for a in range(0, n - 1, _CHUNK):
                b = min(a + _CHUNK, n - 1)
                cx = xs[a : b + 1]
                cy = ys[a : b + 1]
                append((index, a, b, min(cx), min(cy), max(cx), max(cy)))
        self.chunks = chunks
        extent = sum(c[5] - c[3] + c[6] - c[4] for c in chunks)
        self.cell = max(extent / (2 * len(chunks)) if chunks else 1.0, min_cell, 1.0)
        cells: Dict[Tuple[int, int], List[int]] = {}
        size = self.cell
        for number, (_, _, _, x0, y0, x1, y1) in enumerate(chunks):
            i0 = int(x0 // size)
            i1 = int(x1 // size)
            j0 = int(y0 // size)
            j1 = int(y1 // size)
            for i in range(i0, i1 + 1):
                for j in range(j0, j1 + 1):
                    bucket = cells.get((i, j))
                    if bucket is None:
                        cells[(i, j)] = [number]
                    else:
                        bucket.append(number)
        self.cells = cells

    def chunks_near(self, x0: float, y0: float, x1: float, y1: float) -> List[int]:
        """Chunks whose boxes meet the box (x0, y0)-(x1, y1)."""
        size = self.cell
        found = set()
        for i in range(math.floor(x0 / size), math.floor(x1 / size) + 1):
            for j in range(math.floor(y0 / size), math.floor(y1 / size) + 1):
                bucket = self.cells.get((i, j))
                if bucket:
                    found.update(bucket)
        chunks = self.chunks
        return sorted(
            c for c in found if chunks[c][3] <= x1 and chunks[c][5] >= x0 and chunks[c][4] <= y1 and chunks[c][6] >= y0
        )

    def hits(self, x: float, y: float, radius: float, per_line: bool = True) -> List[Hit]:
        """Nearest points within ``radius`` of (x, y), nearest first: one per line, or one per segment."""
        best: Dict[Tuple[int, int], Hit] = {}
        for c in self.chunks_near(x - radius, y - radius, x + radius, y + radius):
            line, a, b, *_ = self.chunks[c]
            xs, ys = self.lines[line]
            for k in range(a, b):
                t, nx, ny = nearest_on_segment(x, y, xs[k], ys[k], xs[k + 1], ys[k + 1])
                d = math.hypot(nx - x, ny - y)
                if d <= radius:
                    key = (line, 0 if per_line else k)
                    old = best.get(key)
                    if old is None or d < old[0]:
                        best[key] = (d, line, k, t, nx, ny)
        return sorted(best.values())
