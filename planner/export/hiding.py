# SPDX-License-Identifier: GPL-2.0-or-later
"""Cutting the track away round places a lost unit must not reveal.

A track cut exactly on a circle round a base gives the base away: three cut
points fix the circle's centre.  So each hidden place gets a zone that
contains every point within the hiding distance of it, but is centred
somewhere else (1.1-1.4 times the distance away, in a random direction) and has
an irregular edge.  The zone is drawn again until its own centre, centroid
and the circle through its corners all miss the place by more than
``MIN_MISS`` of the hiding distance: everything a finder can learn about the
zone, by pooling any number of files, points there and not at the place.

The zone depends only on the place, the hiding distance and a secret kept
with the project (never written to a file the patrol carries), not on the
export nor the paths: a zone drawn anew per export would let pooled files
(re-plans, several units) intersect their zones down to the place itself.
Zones are made in lon/lat (metres round their own place), then projected
with the rest of an export.

The zone alone cannot hide where the tracks lead: a track running straight
at its base points at it however it is cut, and the ends of many pooled
tracks average out round it.  So before the cut, the ground round each
hidden place is slid onto the zone's centre (``shift_lines``): the tracks'
directions, ends and gaps then all point at that decoy.  Kept small enough
(the zone reaches at most about 3.5 hiding distances from its place) that
an attacker's window round the place holds the whole zone, so the ends
round it average to the decoy, not to the near side of the zone.

"""

from __future__ import annotations

import hashlib
import hmac
import math
import random
from functools import lru_cache
from typing import Callable, List, Optional, Sequence, Tuple

from .simplify import LonLat, keep_outside, merge_spans, outside_spans

XY = Tuple[float, float]
Ring = Tuple[XY, ...]
MIN_MISS = 0.6  # estimates must miss the hidden place by more than this share of the hiding distance
_TRIES = 200
SHIFT_CORE = 2.0  # hiding distances round a place within which the ground moves by the whole decoy offset
SHIFT_REACH = 5.0  # hiding distances from the place where the move has faded to nothing
PIN_REACH = 1.0  # hiding distances round a shown stop within which the move fades to nothing at the stop
_M_PER_DEG_LAT = 110_574.0
_M_PER_DEG_LON = 111_320.0


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


def _zone(centre: XY, radius: float, rng: random.Random) -> Tuple[Ring, XY]:
    offset = radius * rng.uniform(0.85, 1.0)
    angle = rng.uniform(0.0, 2 * math.pi)
    cx, cy = centre[0] + offset * math.cos(angle), centre[1] + offset * math.sin(angle)
    reach = offset + radius  # every point within ``radius`` of the place is within ``reach`` of (cx, cy)
    count = rng.randint(11, 17)
    # Jittered, not free, angles: no gap near 180 degrees, so growing the ring always ends up holding the disc.
    start = rng.uniform(0.0, 2 * math.pi)
    angles = [start + (i + rng.uniform(-0.35, 0.35)) * 2 * math.pi / count for i in range(count)]
    ring = tuple(
        (cx + r * math.cos(a), cy + r * math.sin(a))
        for a, r in zip(angles, (reach * rng.uniform(1.05, 1.25) for _ in angles))
    )
    for _ in range(100):  # a few steps at most: the chords between vertices ~35 degrees apart cut the disc
        if _inside(centre, ring) and _edge_distance(centre, ring) >= radius:
            return ring, (cx, cy)
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


def ray_meet(a: XY, da: XY, b: XY, db: XY) -> Optional[XY]:
    """Where the rays from ``a`` along ``da`` and from ``b`` along ``db`` cross, if they do."""
    den = da[0] * db[1] - da[1] * db[0]
    if abs(den) < 1e-9:
        return None
    t = ((b[0] - a[0]) * db[1] - (b[1] - a[1]) * db[0]) / den
    s = ((b[0] - a[0]) * da[1] - (b[1] - a[1]) * da[0]) / den
    return (a[0] + t * da[0], a[1] + t * da[1]) if t > 0 and s > 0 else None


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


def centroid(ring: Ring) -> XY:
    """The area centroid of a polygon (its vertex mean when it has no area)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        return (sum(x for x, _ in ring) / len(ring), sum(y for _, y in ring) / len(ring))
    return (cx / (3 * area), cy / (3 * area))


def _misses(ring: Ring, place: XY, radius: float) -> bool:
    """Whether every estimate a finder can make from the zone alone lies far from the place."""
    estimates = [centroid(ring), *guesses(ring)]
    return min(math.dist(e, place) for e in estimates) > MIN_MISS * radius


def _place_key(place: LonLat, radius: float) -> bytes:
    # Rounded to about a metre: the same community read again from a layer gets the same zone.
    return f"{place[0]:.5f} {place[1]:.5f} {radius:.1f}".encode("ascii")


@lru_cache(maxsize=256)
def _draw(place: LonLat, radius: float, secret: bytes) -> Tuple[Ring, XY]:
    """The zone of ``place`` and its decoy (the zone's own centre), in metres round the place."""
    if not secret:
        raise ValueError("a hiding zone needs the project's secret")
    digest = hmac.new(secret, _place_key(place, radius), hashlib.sha256).digest()
    # Seeded from an HMAC of the project's secret: a finder without the secret cannot reproduce the draws.
    rng = random.Random(int.from_bytes(digest, "big"))  # nosec B311 - keyed by the secret above, not guessable
    ring: Ring = ()
    decoy: XY = (0.0, 0.0)
    for _ in range(_TRIES):
        ring, decoy = _zone((0.0, 0.0), radius, rng)
        if _misses(ring, (0.0, 0.0), radius):
            break
    return ring, decoy


def _degrees(place: LonLat) -> Tuple[float, float]:
    """Degrees per metre east and north round ``place``; 5 % more, which covers the small difference
    between this local scale and an export's UTM (the zone is then a little wider, never narrower)."""
    return 1.05 / (_M_PER_DEG_LON * math.cos(math.radians(place[1]))), 1.05 / _M_PER_DEG_LAT


def stable_zone(place: LonLat, radius: float, secret: bytes) -> Tuple[LonLat, ...]:
    """The hiding zone (lon/lat ring) of ``place``: the same for the same place, distance and secret, always."""
    ring, _ = _draw(place, radius, secret)
    ex, ny = _degrees(place)
    return tuple((place[0] + x * ex, place[1] + y * ny) for x, y in ring)


def shift_lines(
    lines: Sequence[Sequence[LonLat]],
    places: Sequence[LonLat],
    radius: float,
    secret: bytes,
    pins: Sequence[LonLat] = (),
) -> List[List[LonLat]]:
    """``lines`` with the ground round each hidden place slid onto its decoy, before the zones cut them.

    However a track is cut, its last stretch still points at the place it
    came from, and pooled files show where the arms meet.  So everything
    within ``SHIFT_CORE`` hiding distances of a place moves by the place's
    decoy offset (the centre of its zone, 1.1-1.4 hiding distances away in a
    direction only the secret tells), and the move fades linearly to nothing
    at ``SHIFT_REACH``: a straight arm then points at the decoy near the
    zone, and on the fading stretch at a point beyond it, never at the place.
    The fade is slow enough (core to reach longer than the offset) that no
    two points swap sides.  The price: a track near a hidden place is drawn
    up to the offset beside the real trail, which the team knows anyway.

    ``pins`` (the stops the file shows, at their true places) do not move,
    and the move fades to nothing within ``PIN_REACH`` hiding distances of
    each: a guard follows the line to the flag, so the line must reach it."""
    if not places or radius <= 0:
        return [list(line) for line in lines]
    moves = []
    for place in places:
        _, (dx, dy) = _draw(place, radius, secret)
        ex, ny = _degrees(place)
        moves.append((place, ex, ny, dx * ex, dy * ny))
    core, reach, pinned = SHIFT_CORE * radius, SHIFT_REACH * radius, PIN_REACH * radius

    def moved(point: LonLat) -> LonLat:
        lon, lat = point
        for (plon, plat), ex, ny, mlon, mlat in moves:
            d = math.hypot((lon - plon) / ex, (lat - plat) / ny)
            if d < reach:
                w = 1.0 if d <= core else (reach - d) / (reach - core)
                for qlon, qlat in pins:
                    w *= min(1.0, math.hypot((lon - qlon) / ex, (lat - qlat) / ny) / pinned)
                point = (point[0] + w * mlon, point[1] + w * mlat)
        return point

    return [[moved(p) for p in line] for line in lines]


def hiding_zones(
    places: Sequence[LonLat], radius: float, secret: bytes, project: Callable[[float, float], XY]
) -> List[Ring]:
    """Each place's stable zone in the metres of ``project`` (an export's local projection)."""
    return [tuple(project(lon, lat) for lon, lat in stable_zone(place, radius, secret)) for place in places]


def inside_any(point: XY, zones: Sequence[Ring]) -> bool:
    return any(_inside(point, zone) for zone in zones)


def trim_outside(
    line: Sequence[Tuple[float, float]], xy: Sequence[XY], zones: Sequence[Ring]
) -> List[List[Tuple[float, float]]]:
    """The parts of ``line`` (lon/lat, with ``xy`` its metres) outside every zone, cut on the zones' edges."""
    if not zones:
        return [list(line)] if line else []
    if len(line) == 1:
        return [] if any(_inside(xy[0], z) for z in zones) else [list(line)]
    boxes = [(min(x for x, _ in z), min(y for _, y in z), max(x for x, _ in z), max(y for _, y in z)) for z in zones]

    def outs_of(k: int) -> List[Tuple[float, float]]:
        (x0, y0), (x1, y1) = xy[k], xy[k + 1]
        near = [
            z
            for z, (a, b, c, d) in zip(zones, boxes)  # only zones whose box the segment's box meets
            if min(x0, x1) <= c and max(x0, x1) >= a and min(y0, y1) <= d and max(y0, y1) >= b
        ]
        return outside_spans(merge_spans([s for zone in near for s in segment_spans(xy[k], xy[k + 1], zone)]))

    return keep_outside(line, outs_of)
