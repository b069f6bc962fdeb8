"""A spatial index that behaves the same on shapely 1.8 and 2.x.

Debian 12's QGIS runs with shapely 1.8 (``STRtree.query`` returns geometries);
QGIS on Windows ships shapely 2 (``query`` returns indices).  The engine only
ever wants indices into the list it indexed.  Which one is at hand is asked of
``query`` itself, not of ``shapely.__version__``: distributions that build shapely
from a source tree without its release tags report ``0+unknown`` (Debian's
unstable suite, which carries QGIS 3.44).
"""

from __future__ import annotations

import warnings
from typing import List, Sequence

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.strtree import STRtree


def _query_returns_indices() -> bool:
    probe = Point(0, 0)
    with warnings.catch_warnings():
        # shapely 1.8 announces 2.0's STRtree on every tree; this probe is not the caller's
        warnings.simplefilter("ignore")
        return not hasattr(STRtree([probe]).query(probe)[0], "geom_type")


_SHAPELY2 = _query_returns_indices()


def _tree(geometries: List) -> STRtree:
    if _SHAPELY2:
        return STRtree(geometries)
    # shapely 1.8's every STRtree warns that 2.0 changes it (this class already handles both); 1.8 has no
    # other spatial index, so the one known warning is silenced here, where it is handled, and nowhere else.
    from shapely.errors import ShapelyDeprecationWarning

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "STRtree will be changed", ShapelyDeprecationWarning)
        return STRtree(geometries)


class SpatialIndex:
    """Indices of the geometries whose envelopes meet a query geometry."""

    def __init__(self, geometries: Sequence) -> None:
        self._geoms = list(geometries)
        self._tree = _tree(self._geoms) if self._geoms else None
        if not _SHAPELY2:
            self._index_of = {id(g): i for i, g in enumerate(self._geoms)}

    def __len__(self) -> int:
        return len(self._geoms)

    def query(self, geometry: BaseGeometry) -> List[int]:
        """Indices of the indexed geometries whose bounding boxes meet ``geometry``'s."""
        if self._tree is None:
            return []
        hits = self._tree.query(geometry)
        if _SHAPELY2:
            return sorted(int(i) for i in hits)
        return sorted(self._index_of[id(g)] for g in hits)

    def nearest(self, geometry: BaseGeometry) -> int:
        """Index of the indexed geometry nearest to ``geometry`` (-1 when empty)."""
        if self._tree is None:
            return -1
        if _SHAPELY2:
            return int(self._tree.nearest(geometry))
        # shapely 1.8's nearest() compares envelopes only; refine among candidates.
        best = self._tree.nearest(geometry)
        radius = geometry.distance(best)
        candidates = self.query(geometry.buffer(radius + 1e-9)) or [self._index_of[id(best)]]
        return min(candidates, key=lambda i: (self._geoms[i].distance(geometry), i))
