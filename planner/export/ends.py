# SPDX-License-Identifier: GPL-2.0-or-later
"""The ends of a cut track, seen together, must not average onto a hidden place (issue 27).

A finder with one seized unit takes every track end near where they think a
community lies and averages them (or fits a circle through them, takes
their hull's centroid, or carries the tracks on past their ends to where
they meet).  The ends lie on the edge of the hiding zone, which
holds the place well inside it, and any closed edge round a place has pairs
of points whose midpoint is the place: an out-and-back whose arms leave on
opposite sides can average onto the community itself.  No zone shape avoids
that, so each export is checked: for each hidden place and each window a
finder might draw round it (2.5 to 4.5 hiding distances), those estimates
from the ends inside the window must miss the place by more than
``MIN_MISS`` of the hiding distance, in each team's files alone and in all
of a unit's files together.  Where one does not, the end whose leaving takes
the others' mean furthest from the place is trimmed back along its own line
until it is out of every window.  Out, not a little way: ends pushed a short
way outwards in some exports would, pooled over many, fill a finder's window
round the place, whose centre is the place.  The price: in some exports an
arm's track starts up to 2.3 km from the community (about one team file in
ten near its base), on ground the team walks every day; no line is ever
added.
"""

from __future__ import annotations

import math
import statistics
from typing import List, Optional, Sequence, Set, Tuple

from .hiding import MIN_MISS, centroid, circle_fit, ray_meet
from .simplify import LonLat, local_projector

XY = Tuple[float, float]
Key = Tuple[int, int, float]  # (group, place, window)
WINDOWS = (2.5, 3.0, 3.5, 4.0, 4.5)  # hiding distances round a place a finder might take ends from
STEP_M = 40.0  # metres trimmed from an end at a time
LEAD_M = 60.0  # metres of a line behind its end that give the direction it points in
_MAX_STEPS = 10_000  # each step takes an end out of every window or gives a window up: ends are fewer


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

    def outward(self, first: bool) -> Tuple[XY, XY]:
        """The end and the direction the line points in past it, read over its last ``LEAD_M``: the
        stretch a finder (or a unit's simplified track) carries on."""
        points = self.xy if first else self.xy[::-1]
        end, back = points[0], points[-1]
        for point in points[1:]:
            back = point
            if math.dist(point, end) >= LEAD_M:
                break
        return end, (end[0] - back[0], end[1] - back[1])

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


End = Tuple[_Line, bool]  # a line and whether its first end (else its last)


def _ends(lines: Sequence[_Line]) -> List[End]:
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
    if len(points) >= 3:
        fitted = circle_fit(points)
        out += [fitted] if fitted is not None else []
        hull = _hull(points)
        out += [centroid(tuple(hull))] if len(hull) >= 3 else []
    return out


def _extensions(near: Sequence[End], place: XY, reach: float) -> List[XY]:
    """Where the ends' last stretches, carried on past the cut, meet (the median of their crossings within
    ``reach`` of ``place``): a finder draws the tracks on into the gap."""
    rays = [line.outward(first) for line, first in near]
    meets = []
    for k, (a, da) in enumerate(rays):
        for b, db in rays[k + 1 :]:
            meet = ray_meet(a, da, b, db)
            if meet is not None and math.dist(meet, place) < reach:
                meets.append(meet)
    return [(statistics.median(m[0] for m in meets), statistics.median(m[1] for m in meets))] if meets else []


def _failing(
    groups: Sequence[Sequence[_Line]], places: Sequence[XY], radius: float, stuck: Set[Key]
) -> Optional[Tuple[List[End], XY, Key]]:
    """(the ends in the window, the place, the window's key) of the first window whose ends give a place
    away (and that can still be mended), or None."""
    for number, lines in enumerate(groups):
        ends = _ends(lines)
        for index, place in enumerate(places):
            for window in WINDOWS:
                if (number, index, window) in stuck:
                    continue
                near = [(line, first) for line, first in ends if math.dist(line.end(first)[0], place) < window * radius]
                if near:
                    found = _estimates([line.end(first)[0] for line, first in near])
                    found += _extensions(near, place, window * radius)
                    if min(math.dist(e, place) for e in found) <= MIN_MISS * radius:
                        return near, place, (number, index, window)
    return None


def _trim_one(near: Sequence[End], place: XY, reach: float, fixed: Set[int]) -> bool:
    """Trim back, until it lies ``reach`` from ``place`` (out of every window), the end whose leaving takes
    the others' mean furthest from the place.  Moved only out of the windows, never a short way: ends pushed
    a little outwards in some exports would, pooled, fill a finder's window round the place.  False when no
    end is left to trim (the lines whose ``id`` is in ``fixed`` are another file's: never trimmed)."""
    points = [line.end(first)[0] for line, first in near]
    if len(points) < 2:
        return False
    total = (sum(p[0] for p in points), sum(p[1] for p in points))
    scores = []
    for (line, first), (x, y) in zip(near, points):
        if id(line) in fixed:
            continue
        mean = ((total[0] - x) / (len(points) - 1), (total[1] - y) / (len(points) - 1))
        scores.append((math.dist(mean, place), id(line), first, line))
    if not scores:
        return False
    _, _, first, line = max(scores, key=lambda score: score[:3])
    while line.alive() and math.dist(line.end(first)[0], place) < reach:
        line.trim(first, STEP_M)
    return True


Check = Tuple[Sequence[int], Sequence[int]]  # (groups, fixed groups) a finder may hold together


def guard_ends(
    groups: Sequence[Sequence[Sequence[LonLat]]],
    places: Sequence[LonLat],
    radius: float,
    fixed: Sequence[Sequence[Sequence[LonLat]]] = (),
    checks: Optional[Sequence[Check]] = None,
) -> List[List[List[LonLat]]]:
    """``groups`` (each team's cut lines, lon/lat) trimmed until, alone and together, the mean of their ends in
    any window round any of ``places`` (and the circle through them, and their hull's centroid) misses it by
    more than ``MIN_MISS`` hiding distances; a line trimmed away is left empty, so each keeps its place.

    ``fixed``: groups of lines other carried files already show (the teams' routes, for the pilots'): their
    ends count and are never trimmed.  ``checks``: the sets a finder may pool, as (groups, fixed groups)
    indices; by default each group alone, and every group with every fixed one."""
    every = [p for lines in groups for line in lines for p in line]
    if not places or radius <= 0 or not every:
        return [[list(line) for line in lines] for lines in groups]
    project = local_projector(every + [p for lines in fixed for line in lines for p in line] + list(places))
    held = [[_Line(line, [project(*p) for p in line]) for line in lines] for lines in groups]
    shown = [[_Line(line, [project(*p) for p in line]) for line in lines] for lines in fixed]
    kept = {id(line) for lines in shown for line in lines}
    centres = [project(*p) for p in places]
    if checks is None:
        checks = [([g], []) for g in range(len(held))]
        if len(held) > 1 or shown:
            checks.append((range(len(held)), range(len(shown))))
    sets = [
        [line for g in mine for line in held[g]] + [line for f in theirs for line in shown[f]]
        for mine, theirs in checks
    ]
    stuck: Set[Key] = set()
    for _ in range(_MAX_STEPS):
        found = _failing(sets, centres, radius, stuck)
        if found is None:
            break
        near, place, key = found
        if not _trim_one(near, place, (WINDOWS[-1] + 0.1) * radius, kept):
            stuck.add(key)
    return [[line.lonlat if line.alive() else [] for line in lines] for lines in held]
