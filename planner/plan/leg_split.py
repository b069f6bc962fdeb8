"""Cutting a travelled path at a moment in time: where the team camps.

The optimizer says a night falls after a given fraction of a leg's travel
time; the network gives the leg as parts (mode, line, hours, km).  Within a
part the speed is taken as constant, so the cut point is found by length
along its line.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import List, Sequence, Tuple

from .model import Coord, PathPart, as_coord

_EPS = 1e-12


def _cut_line(coords: Sequence[Coord], share: float) -> Tuple[List[Coord], List[Coord]]:
    """The line up to ``share`` of its length and the rest; the cut point belongs to both."""
    pts = [as_coord(c) for c in coords]
    if len(pts) < 2:
        return list(pts), list(pts)
    lengths = [math.dist(a, b) for a, b in zip(pts, pts[1:])]
    target = max(0.0, min(1.0, share)) * sum(lengths)
    walked = 0.0
    for k, length in enumerate(lengths):
        if walked + length >= target - _EPS and length > 0:
            t = (target - walked) / length
            a, b = pts[k], pts[k + 1]
            cut = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
            return pts[: k + 1] + [cut], [cut] + pts[k + 1 :]
        walked += length
    return pts, [pts[-1]]


def split_parts(parts: Sequence[PathPart], hours: float) -> Tuple[List[PathPart], List[PathPart], Coord]:
    """Parts travelled in the first ``hours``, the parts after, and the point where it stops."""
    before: List[PathPart] = []
    after: List[PathPart] = []
    left = max(0.0, hours)
    point = as_coord(parts[0].coords[0]) if parts and parts[0].coords else (0.0, 0.0)
    for part in parts:
        if after:
            after.append(part)
            continue
        if part.hours <= left + _EPS:
            before.append(part)
            left -= part.hours
            if part.coords:
                point = as_coord(part.coords[-1])
            continue
        share = left / part.hours if part.hours > 0 else 0.0
        head, tail = _cut_line(part.coords, share)
        if share > 0:
            before.append(
                replace(part, coords=head, hours=part.hours * share, km=part.km * share, fuel_l=part.fuel_l * share)
            )
        after.append(
            replace(
                part,
                coords=tail,
                hours=part.hours * (1 - share),
                km=part.km * (1 - share),
                fuel_l=part.fuel_l * (1 - share),
            )
        )
        point = tail[0] if tail else point
    return before, after, point
