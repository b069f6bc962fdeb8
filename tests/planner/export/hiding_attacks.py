"""What a finder does with the files of a seized unit (or of several): the attacks the hiding must defeat.

Each takes track lines (metres) pooled from any number of files and returns
estimates of where a hidden place lies near ``centre`` (the attacker's rough
idea of the area: anywhere within ``reach``).
"""

from __future__ import annotations

import math
from statistics import median
from typing import List, Sequence, Tuple

from patrol_planner.planner.export import centroid, guesses, ray_meet

XY = Tuple[float, float]


def _ends(lines: Sequence[Sequence[XY]], centre: XY, reach: float) -> List[Tuple[XY, XY, int]]:
    """(end, the point before it, line index) for every line end within ``reach`` of ``centre``."""
    out = []
    for index, line in enumerate(lines):
        if len(line) < 2:
            continue
        for end, before in ((line[0], line[1]), (line[-1], line[-2])):
            if math.dist(end, centre) < reach:
                out.append((end, before, index))
    return out


def _hull(points: Sequence[XY]) -> List[XY]:
    pts = sorted(set(points))
    if len(pts) < 3:
        return list(pts)

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: List[XY] = []
    upper: List[XY] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def estimates(files: Sequence[Sequence[Sequence[XY]]], centre: XY, reach: float) -> dict:
    """Every attack's estimate, by name, from ``files`` (each a list of track lines in metres)."""
    out = {}
    lines = [line for file in files for line in file]
    ends = _ends(lines, centre, reach)
    cuts = [e for e, _, _ in ends]
    if not cuts:
        return out
    for name, guess in zip(("cut mean", "circle fit"), guesses(cuts)):
        out[name] = guess
    hull = _hull(cuts)
    if len(hull) >= 3:
        out["zone intersection"] = centroid(tuple(hull))
    # Gap midpoints: each cut end with the nearest end of another line of the same file, across the gap.
    mids = []
    for file in files:
        mine = _ends(file, centre, reach)
        for end, _, index in mine:
            others = [(math.dist(end, e), e) for e, _, i in mine if i != index]
            if others:
                _, other = min(others)
                mids.append(((end[0] + other[0]) / 2, (end[1] + other[1]) / 2))
    if mids:
        out["gap midpoints"] = (median(m[0] for m in mids), median(m[1] for m in mids))
        for k, mid in enumerate(mids):
            out[f"gap midpoint {k}"] = mid
    # Extensions: the tracks' last directions carried on into the gap, where they meet.
    meets = []
    for i, (a, pa, _) in enumerate(ends):
        for b, pb, _ in ends[i + 1 :]:
            meet = ray_meet(a, (a[0] - pa[0], a[1] - pa[1]), b, (b[0] - pb[0], b[1] - pb[1]))
            if meet is not None and math.dist(meet, centre) < reach:
                meets.append(meet)
    if meets:
        out["extensions"] = (median(m[0] for m in meets), median(m[1] for m in meets))
    return out


def near_misses(
    files: Sequence[Sequence[Sequence[XY]]], centre: XY, reach: float, attacks: Sequence[str], limit: float, every=True
) -> dict:
    """The ``attacks`` whose estimate falls within ``limit`` of ``centre``, with that distance in whole metres;
    with ``every``, each of them must give an estimate."""
    found = estimates(files, centre, reach)
    assert not every or set(attacks) <= set(found), sorted(found)
    return {
        a: round(math.dist(found[a], centre)) for a in attacks if a in found and math.dist(found[a], centre) <= limit
    }
