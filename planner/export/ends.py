# SPDX-License-Identifier: GPL-2.0-or-later
"""The ends of a cut track, seen together, must not average onto a hidden place (issue 27).

A finder with one seized unit takes every track end near where they think a
community lies and averages them.  The ends lie on the edge of the hiding
zone, which holds the place well inside it, so two or three ends can average
to anywhere in the zone, the place included: an out-and-back whose arms leave
on opposite sides does exactly that.  So after the cut, for each hidden place
and for every window a finder might draw round it (2.5 to 6 hiding distances),
the mean of the ends inside the window (and the circle through them, and
their hull's centroid) must miss the place by more than ``MIN_MISS`` of the
hiding distance, in each team's files alone and in all of a unit's files
together.  Where one does not, the end whose trimming moves furthest towards
the decoy is trimmed back along its own line, a few tens of metres at a time,
until every estimate misses: the track only ever loses a little
more of its stretch near the community, which the team knows by heart, and
never gains a line it did not walk.
"""

from __future__ import annotations

import math
from typing import List, Optional, Sequence, Tuple

from .hiding import MIN_MISS, centroid, circle_fit, decoy_offset
from .simplify import LonLat, local_projector

XY = Tuple[float, float]
WINDOWS = (2.5, 3.0, 3.5, 4.0, 5.0, 6.0)  # hiding distances round a place a finder might take ends from
BACK_REACH = 0.0  # hiding distances from a place beyond which an end is not trimmed further away from its decoy
STEP_M = 40.0
ALL_ESTIMATES = False  # metres trimmed from an end at a time
_MAX_STEPS = 2000  # 80 km of trimming at most: far beyond any window, so the loop always ends


class _Line:
    """One track line in lon/lat and in metres, trimmed from either end."""

    def __init__(self, lonlat: Sequence[LonLat], xy: Sequence[XY]) -> None:
        self.lonlat = list(lonlat)
        self.xy = list(xy)

    def alive(self) -> bool:
        return len(self.xy) >= 2

    def end(self, first: bool) -> Tuple[XY, XY]:
        """The end and the direction it moves in when trimmed (a unit vector into the line)."""
        a, b = (self.xy[0], self.xy[1]) if first else (self.xy[-1], self.xy[-2])
        length = math.dist(a, b) or 1.0
        return a, ((b[0] - a[0]) / length, (b[1] - a[1]) / length)

    def trim(self, first: bool, metres: float) -> None:
        if not first:
            self.lonlat.reverse()
            self.xy.reverse()
        left = metres
        while len(self.xy) >= 2:
            step = math.dist(self.xy[0], self.xy[1])
            if step > left:
                t = left / step
                (x0, y0), (x1, y1) = self.xy[0], self.xy[1]
                (o0, a0), (o1, a1) = self.lonlat[0], self.lonlat[1]
                self.xy[0] = (x0 + t * (x1 - x0), y0 + t * (y1 - y0))
                self.lonlat[0] = (o0 + t * (o1 - o0), a0 + t * (a1 - a0))
                break
            left -= step
            del self.xy[0], self.lonlat[0]
        if not first:
            self.lonlat.reverse()
            self.xy.reverse()


def _ends(lines: Sequence[_Line]) -> List[Tuple[_Line, bool]]:
    return [(line, first) for line in lines if line.alive() for first in (True, False)]


def _hull(points: Sequence[XY]) -> List[XY]:
    pts = sorted(set(points))
    if len(pts) < 3:
        return list(pts)

    def turn(o: XY, a: XY, b: XY) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    halves: List[List[XY]] = [[], []]
    for half, order in zip(halves, (pts, pts[::-1])):
        for p in order:
            while len(half) >= 2 and turn(half[-2], half[-1], p) <= 0:
                half.pop()
            half.append(p)
    return halves[0][:-1] + halves[1][:-1]


def _estimates(points: Sequence[XY]) -> List[XY]:
    """What a finder makes of ends: their mean, the centre of the circle through them, their hull's centroid."""
    out = [(sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))]
    if len(points) >= 3 and ALL_ESTIMATES:
        fitted = circle_fit(points)
        out += [fitted] if fitted is not None else []
        hull = _hull(points)
        out += [centroid(tuple(hull))] if len(hull) >= 3 else []
    return out


def _failing(groups: Sequence[Sequence[_Line]], places: Sequence[Tuple[XY, XY]], radius: float, stuck: set):
    """(the ends in the window, the place, its decoy direction, the window's key) of the first window whose
    ends give a place away (and that can still be mended), or None."""
    for number, lines in enumerate(groups):
        ends = _ends(lines)
        for index, (place, away) in enumerate(places):
            for window in WINDOWS:
                if (number, index, window) in stuck:
                    continue
                near = [(line, first) for line, first in ends if math.dist(line.end(first)[0], place) < window * radius]
                if near:
                    found = _estimates([line.end(first)[0] for line, first in near])
                    if min(math.dist(e, place) for e in found) <= MIN_MISS * radius:
                        return near, place, away, (number, index, window)
    return None


def _trim_one(near, place: XY, away: XY, reach: float) -> bool:
    """Trim the end whose move goes furthest towards the decoy (``away``: the direction from the place to the
    centre of its zone, where pooled files point already), so that files pooled later agree; an end moving
    the other way only while within ``reach`` of the place: pushed to the edge of a finder's window in every
    direction, pooled ends would fill the window, whose centre is the place.  False when no end may move."""
    gx, gy = away
    scored = []
    for line, first in near:
        (x, y), (vx, vy) = line.end(first)
        gain = vx * gx + vy * gy
        if gain > 0 or math.dist((x, y), place) < reach:
            scored.append((gain, id(line), line, first))
    if not scored:
        return False
    _, _, line, first = max(scored, key=lambda s: s[:2])
    line.trim(first, STEP_M)
    return True


def guard_ends(
    groups: Sequence[Sequence[Sequence[LonLat]]], places: Sequence[LonLat], radius: float, secret: bytes
) -> List[List[List[LonLat]]]:
    """``groups`` (each team's cut lines, lon/lat) trimmed until, alone and together, the mean of their ends in
    any window round any of ``places`` (and the circle through them, and their hull's centroid) misses it by
    more than ``MIN_MISS`` hiding distances; a line trimmed away is left empty, so each keeps its place."""
    every = [p for lines in groups for line in lines for p in line]
    if not places or radius <= 0 or not every:
        return [[list(line) for line in lines] for lines in groups]
    project = local_projector(every + list(places))
    held = [[_Line(line, [project(*p) for p in line]) for line in lines] for lines in groups]
    centres = [(project(*p), decoy_offset(p, radius, secret)) for p in places]
    together = [line for lines in held for line in lines]
    checks = held + [together] if len(held) > 1 else held
    stuck: set = set()
    for _ in range(_MAX_STEPS):
        found: Optional[tuple] = _failing(checks, centres, radius, stuck)
        if found is None:
            break
        near, place, away, key = found
        if not _trim_one(near, place, away, BACK_REACH * radius):
            stuck.add(key)
    return [[line.lonlat if line.alive() else [] for line in lines] for lines in held]
