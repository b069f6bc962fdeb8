# SPDX-License-Identifier: GPL-2.0-or-later
"""Invalid polygons repaired without losing area, for no-go zones and alert outlines alike.

``buffer(0)`` keeps one lobe of a bow-tie and drops the other; ``every_face``
instead nodes each ring and keeps every face it encloses (shapely 1.8 and 2.x
alike), holes taken out.  A third ordinate is dropped: the engine is 2D.
"""

from __future__ import annotations

import math
from typing import Any, List, Sequence, Tuple

from shapely.geometry import LineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import polygonize, transform, unary_union


def flat(geometry: BaseGeometry) -> Any:
    """``geometry`` without its Z values."""
    return transform(lambda x, y, z=None: (x, y), geometry) if geometry.has_z else geometry


def polygon_parts(geometry: BaseGeometry) -> List[Polygon]:
    if isinstance(geometry, Polygon):
        return [] if geometry.is_empty else [geometry]
    return [p for part in getattr(geometry, "geoms", []) for p in polygon_parts(part)]


def _ring_faces(coords: Sequence[Tuple[float, ...]]) -> Any:
    """Every face a (possibly self-crossing) ring encloses, as one polygonal geometry."""
    noded = unary_union(LineString(coords))  # splits the ring at each self-crossing
    return unary_union(list(polygonize(noded)))


def _usable(coords: Sequence[Tuple[float, ...]]) -> bool:
    return len(coords) >= 4 and all(math.isfinite(c) for xy in coords for c in xy)


def _repaired(polygon: Polygon) -> Any:
    ring = list(polygon.exterior.coords)
    if not _usable(ring):
        return Polygon()
    area = _ring_faces(ring)
    for hole in polygon.interiors:
        if _usable(list(hole.coords)):
            area = area.difference(_ring_faces(list(hole.coords)))
    return area


def every_face(geometry: BaseGeometry) -> Any:
    """A valid (Multi)Polygon covering every face of ``geometry``'s polygons (empty when none has area)."""
    kept = [p if p.is_valid else _repaired(p) for p in polygon_parts(flat(geometry))]
    merged = unary_union([k for k in kept if not k.is_empty]) if kept else Polygon()
    polygons = polygon_parts(merged)
    return polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)
