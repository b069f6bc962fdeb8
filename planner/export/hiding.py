# SPDX-License-Identifier: GPL-2.0-or-later
"""Cutting the track away round places a lost unit must not reveal.

A track cut exactly on a circle round a base gives the base away: three cut
points fix the circle's centre.  So each hidden place gets a zone that
contains every point within the hiding distance of it, but is centred
somewhere else (0.6-0.9 of the distance away, in a random direction) and has
an irregular edge; the randomness is the operating system's (seeded only in tests).  The zone is then
checked against the obvious ways to find the place again from the cut
points (the centre of a circle fitted through them, their mean) and drawn
again when either comes within ``MIN_MISS`` of the hiding distance.
Coordinates here are metres in one local projection.
"""

from __future__ import annotations

import math
import random
from typing import List, Optional, Sequence, Tuple

from .simplify import keep_outside, merge_spans, outside_spans

XY = Tuple[float, float]
Ring = Tuple[XY, ...]
MIN_MISS = 0.6  # estimates must miss the hidden place by more than this share of the hiding distance
_TRIES = 60


def _inside(point: XY, ring: Ring) -> bool:
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def _edge_distance(point: XY, ring: Ring) -> float:
    from .simplify import segment_distance

    return min(segment_distance(point, a, b) for a, b in zip(ring, ring[1:] + ring[:1]))


def _zone(centre: XY, radius: float, rng: random.Random) -> Ring:
    offset = radius * rng.uniform(0.6, 0.9)
    angle = rng.uniform(0.0, 2 * math.pi)
    cx, cy = centre[0] + offset * math.cos(angle), centre[1] + offset * math.sin(angle)
    reach = offset + radius  # every point within ``radius`` of the place is within ``reach`` of (cx, cy)
    count = rng.randint(11, 17)
    # Jittered, not free, angles: no gap near 180 degrees, so growing the ring always ends up holding the disc.
    start = rng.uniform(0.0, 2 * math.pi)
    angles = [start + (i + rng.uniform(-0.35, 0.35)) * 2 * math.pi / count for i in range(count)]
    ring = tuple((cx + r * math.cos(a), cy + r * math.sin(a))
                 for a, r in zip(angles, (reach * rng.uniform(1.05, 1.3) for _ in angles)))
    for _ in range(100):  # a few steps at most: the chords between vertices ~35 degrees apart cut the disc
        if _inside(centre, ring) and _edge_distance(centre, ring) >= radius:
            return ring
        ring = tuple((cx + (x - cx) * 1.1, cy + (y - cy) * 1.1) for x, y in ring)
    raise AssertionError("hiding zone did not grow round its place")  # unreachable with these angles


def circle_fit(points: Sequence[XY]) -> Optional[XY]:
    """Centre of the least-squares circle through ``points`` (Kasa fit); None for fewer than 3 or a line."""
    if len(points) < 3:
        return None
    mx = sum(p[0] for p in points) / len(points)
    my = sum(p[1] for p in points) / len(points)
    suu = suv = svv = suuu = svvv = suvv = svuu = 0.0
    for x, y in points:
        u, v = x - mx, y - my
        suu += u * u
        suv += u * v
        svv += v * v
        suuu += u * u * u
        svvv += v * v * v
        suvv += u * v * v
        svuu += v * u * u
    det = suu * svv - suv * suv
    if abs(det) < 1e-9:
        return None
    a, b = (suuu + suvv) / 2, (svvv + svuu) / 2
    return (mx + (a * svv - b * suv) / det, my + (b * suu - a * suv) / det)


def guesses(cuts: Sequence[XY]) -> List[XY]:
    """Where a finder would look for a hidden place given the track's cut points round it."""
    out: List[XY] = []
    if cuts:
        out.append((sum(p[0] for p in cuts) / len(cuts), sum(p[1] for p in cuts) / len(cuts)))
    fitted = circle_fit(cuts)
    if fitted is not None:
        out.append(fitted)
    return out


def segment_spans(p: XY, q: XY, ring: Ring) -> List[Tuple[float, float]]:
    """Parameter intervals of segment p-q inside the polygon ``ring``."""
    dx, dy = q[0] - p[0], q[1] - p[1]
    ts = [0.0, 1.0]
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        ex, ey = x1 - x0, y1 - y0
        den = dx * ey - dy * ex
        if abs(den) < 1e-12:
            continue
        t = ((x0 - p[0]) * ey - (y0 - p[1]) * ex) / den
        s = ((x0 - p[0]) * dy - (y0 - p[1]) * dx) / den
        if 0.0 < t < 1.0 and 0.0 <= s <= 1.0:
            ts.append(t)
    ts.sort()
    spans: List[Tuple[float, float]] = []
    for a, b in zip(ts, ts[1:]):
        if b - a < 1e-12:
            continue
        mid = (a + b) / 2
        if _inside((p[0] + mid * dx, p[1] + mid * dy), ring):
            if spans and abs(spans[-1][1] - a) < 1e-12:
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
    return spans


def cut_points(lines: Sequence[Sequence[XY]], ring: Ring) -> List[XY]:
    """Where ``lines`` cross the edge of ``ring``."""
    out = []
    for line in lines:
        for p, q in zip(line, line[1:]):
            for a, b in segment_spans(p, q, ring):
                for t in (a, b):
                    if 0.0 < t < 1.0:
                        out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return out


def hiding_zones(places: Sequence[XY], radius: float, lines: Sequence[Sequence[XY]],
                 seed: Optional[int] = None) -> List[Ring]:
    """One zone per place (metres), none of them giving its place away through ``lines``' cut points.

    The zones are drawn from the operating system's randomness; ``seed`` (tests) draws the same zones again.
    """
    from .simplify import segment_distance

    # A finder must not be able to predict the zones: the seeded generator is for tests only.
    rng = random.Random(seed) if seed is not None else random.SystemRandom()  # nosec B311
    zones = []
    for place in places:
        # Only the segments a zone can reach (zones grow by 10 % steps; 6 radii is far beyond).
        local = [(p, q) for line in lines for p, q in zip(line, line[1:])
                 if segment_distance(place, p, q) < 6 * radius]
        best: Optional[Ring] = None
        best_miss = -1.0
        for _ in range(_TRIES):
            ring = _zone(place, radius, rng)
            miss = min((math.dist(g, place) for g in guesses(cut_points(local, ring))), default=math.inf)
            if miss > best_miss:
                best, best_miss = ring, miss
            if miss > MIN_MISS * radius:
                break
        if best is None:  # cannot happen: the first try is always the best so far
            raise RuntimeError("no zone could be drawn round a hidden place")
        zones.append(best)
    return zones


def trim_outside(line: Sequence[Tuple[float, float]], xy: Sequence[XY], zones: Sequence[Ring]
                 ) -> List[List[Tuple[float, float]]]:
    """The parts of ``line`` (lon/lat, with ``xy`` its metres) outside every zone, cut on the zones' edges."""
    if not zones:
        return [list(line)] if line else []
    if len(line) == 1:
        return [] if any(_inside(xy[0], z) for z in zones) else [list(line)]
    boxes = [(min(x for x, _ in z), min(y for _, y in z), max(x for x, _ in z), max(y for _, y in z)) for z in zones]

    def outs_of(k: int) -> List[Tuple[float, float]]:
        (x0, y0), (x1, y1) = xy[k], xy[k + 1]
        near = [z for z, (a, b, c, d) in zip(zones, boxes)  # only zones whose box the segment's box meets
                if min(x0, x1) <= c and max(x0, x1) >= a and min(y0, y1) <= d and max(y0, y1) >= b]
        return outside_spans(merge_spans([s for zone in near for s in segment_spans(xy[k], xy[k + 1], zone)]))

    return keep_outside(line, outs_of)
