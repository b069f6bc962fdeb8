"""Lines and zones cut to the window round the area of work, before the network is built.

A coarse layer (Natural Earth's rivers run on into Brazil) is measured in the area's UTM zone, where its
far parts are both useless and distorted; they are cut at the window's edge, each line's direction and
attributes kept, and counted so the coordinator hears it.  No-go zones are never cut: a zone that reaches
the window is kept whole, one that does not is left out (it can stop no route).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import List, Optional, Sequence, Tuple, TypeVar

from .travel_model import Coord, RiverLine, TrailLine, Zone

Box = Tuple[float, float, float, float]  # xmin, ymin, xmax, ymax
Line = TypeVar("Line", RiverLine, TrailLine)


@dataclass(frozen=True)
class Clipped:
    rivers: Tuple[RiverLine, ...]
    trails: Tuple[TrailLine, ...]
    zones: Tuple[Zone, ...]
    lines_cut: int  # lines with a part outside the window
    lines_dropped: int  # lines wholly outside it
    zones_dropped: int


def _segment(a: Coord, b: Coord, box: Box) -> Optional[Tuple[Coord, Coord]]:
    """The part of a-b inside ``box`` (Liang-Barsky), or None."""
    xmin, ymin, xmax, ymax = box
    dx, dy = b[0] - a[0], b[1] - a[1]
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, a[0] - xmin), (dx, xmax - a[0]), (-dy, a[1] - ymin), (dy, ymax - a[1])):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    start = a if t0 == 0.0 else (a[0] + t0 * dx, a[1] + t0 * dy)
    end = b if t1 == 1.0 else (a[0] + t1 * dx, a[1] + t1 * dy)
    return start, end


def clip_path(coords: Sequence[Coord], box: Box) -> List[List[Coord]]:
    """The runs of ``coords`` inside ``box``, in their order and direction."""
    runs: List[List[Coord]] = []
    current: List[Coord] = []
    for a, b in zip(coords, coords[1:]):
        piece = _segment(a, b, box)
        if piece is None or piece[0] == piece[1]:
            if len(current) > 1:
                runs.append(current)
            current = []
            continue
        if current and current[-1] == piece[0]:
            current.append(piece[1])
        else:
            if len(current) > 1:
                runs.append(current)
            current = [piece[0], piece[1]]
        if piece[1] != b:  # left the box: the run ends here
            runs.append(current)
            current = []
    if len(current) > 1:
        runs.append(current)
    return runs


def _inside(coords: Sequence[Coord], box: Box) -> bool:
    xmin, ymin, xmax, ymax = box
    return all(xmin <= x <= xmax and ymin <= y <= ymax for x, y in coords)


def _lines(lines: Sequence[Line], box: Box) -> Tuple[List[Line], int, int]:
    kept: List[Line] = []
    cut = dropped = 0
    for line in lines:
        if _inside(line.coords, box):
            kept.append(line)
            continue
        runs = clip_path(list(line.coords), box)
        if runs:
            cut += 1
            kept += [replace(line, coords=run) for run in runs]
        else:
            dropped += 1
    return kept, cut, dropped


def _meets(zone: Zone, box: Box) -> bool:
    xmin, ymin, xmax, ymax = zone.polygon.bounds
    return not (xmax < box[0] or xmin > box[2] or ymax < box[1] or ymin > box[3])


def clip_ground(rivers: Sequence[RiverLine], trails: Sequence[TrailLine], zones: Sequence[Zone], box: Box) -> Clipped:
    """Rivers and trails cut to ``box``; zones that reach it kept whole; what was cut or left out counted."""
    kept_rivers, rivers_cut, rivers_dropped = _lines(rivers, box)
    kept_trails, trails_cut, trails_dropped = _lines(trails, box)
    near = tuple(z for z in zones if z.polygon.is_empty or _meets(z, box))
    return Clipped(
        tuple(kept_rivers),
        tuple(kept_trails),
        near,
        rivers_cut + trails_cut,
        rivers_dropped + trails_dropped,
        len(zones) - len(near),
    )
