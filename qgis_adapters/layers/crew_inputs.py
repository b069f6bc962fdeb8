"""Layers -> the boat model's inputs: navigable months of river reaches, where the bases are (for sunset)."""

from __future__ import annotations

from dataclasses import replace
from typing import List, Optional, Sequence, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY

from ...planner.core import InputError
from ...planner.crew import parse_months
from ...planner.network import RiverLine
from ..base.crs import checked_transform


def with_months(rivers: Sequence[RiverLine], source, field: Optional[str]) -> List[RiverLine]:
    """The rivers with the navigable months of their feature (a text like ``nov-may``), when the field is set."""
    if not field:
        return list(rivers)
    months = {}
    for feature in source.getFeatures():
        value = feature[field]
        text = "" if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value)
        try:
            months[feature.id()] = parse_months(text)
        except InputError as error:
            raise InputError(error.reason, source.name(), feature=feature.id()) from None
    return [replace(r, months=months.get(r.fid)) for r in rivers]


def bases_lat_lon(bases: Sequence, crs) -> Tuple[float, float]:
    """The middle of the bases (their CRS ``crs``) in degrees, latitude and longitude: where the sun sets."""
    xs = [b.geometry.centroid.x for b in bases]
    ys = [b.geometry.centroid.y for b in bases]
    to_wgs84 = checked_transform(crs, QgsCoordinateReferenceSystem("EPSG:4326"))
    point = to_wgs84.transform(QgsPointXY(sum(xs) / len(xs), sum(ys) / len(ys)))
    return point.y(), point.x()
