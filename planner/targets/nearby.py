# SPDX-License-Identifier: GPL-2.0-or-later
"""The nearest thing within a distance, through a grid of cells (a spatial hash).

Built for many cheap questions ("is a plot within 250 m of this alert?",
"how far is the nearest community?"): a point's candidates come from a dict
lookup, and point-to-point distances are plain arithmetic, so shapely is only
called for lines and polygons that are actually near.  Each thing sits in
every cell its bounding box touches; a thing larger than ``_MANY_CELLS``
cells (a huge zone) is checked for every question instead.
"""

from __future__ import annotations

import math
from typing import Dict, List, Optional, Sequence, Tuple

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

_MANY_CELLS = 10_000
_SLACK = 1e-9


class Nearby:
    """Things given as ``(x, y, shape)``: ``shape`` None for a point, else a line or polygon."""

    def __init__(self, things: Sequence[Tuple[float, float, Optional[BaseGeometry]]], cell: float) -> None:
        self.things = list(things)
        self.cell = cell
        self.cells: Dict[Tuple[int, int], List[int]] = {}
        self.everywhere: List[int] = []
        for number, (x, y, shape) in enumerate(self.things):
            if shape is None or shape.geom_type == "Point":
                if shape is not None:
                    self.things[number] = (shape.x, shape.y, None)
                    x, y = shape.x, shape.y
                self.cells.setdefault(self._key(x, y), []).append(number)
                continue
            minx, miny, maxx, maxy = shape.bounds
            (ax, ay), (bx, by) = self._key(minx, miny), self._key(maxx, maxy)
            if (bx - ax + 1) * (by - ay + 1) > _MANY_CELLS:
                self.everywhere.append(number)
                continue
            for i in range(ax, bx + 1):
                for j in range(ay, by + 1):
                    self.cells.setdefault((i, j), []).append(number)

    def _key(self, x: float, y: float) -> Tuple[int, int]:
        return math.floor(x / self.cell), math.floor(y / self.cell)

    def __len__(self) -> int:
        return len(self.things)

    def nearest(
        self, x: float, y: float, limit: float, shape: Optional[BaseGeometry] = None
    ) -> Optional[Tuple[int, float]]:
        """``(index, distance)`` of the nearest thing at most ``limit`` from the point or ``shape``; else None.

        Ties go to the lower index.
        """
        if not self.things:
            return None
        if shape is not None:
            minx, miny, maxx, maxy = shape.bounds
        else:
            minx = maxx = x
            miny = maxy = y
        (ax, ay), (bx, by) = self._key(minx - limit, miny - limit), self._key(maxx + limit, maxy + limit)
        candidates = set(self.everywhere)
        for i in range(ax, bx + 1):
            for j in range(ay, by + 1):
                candidates.update(self.cells.get((i, j), ()))
        best: Optional[Tuple[int, float]] = None
        here: Optional[BaseGeometry] = shape
        cutoff = limit * (1 + _SLACK) + _SLACK
        for number in sorted(candidates):
            tx, ty, thing = self.things[number]
            if thing is None and shape is None:
                d = math.hypot(tx - x, ty - y)
            else:
                if here is None:
                    here = Point(x, y)
                d = (thing if thing is not None else Point(tx, ty)).distance(here)
            if d <= cutoff and (best is None or d < best[1]):
                best = (number, d)
        return best
