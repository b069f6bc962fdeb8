# SPDX-License-Identifier: GPL-2.0-or-later
"""Airstrips from a list become targets.

A runway given as a line (its centre-line) becomes a target at the middle of
the line, keeping the line as its outline and its length in metres; a runway
given as a point keeps the length the list gives, if any.  Airstrips are
matched to the plots layer by id only (``AS-<id>``): an airstrip listed again
updates nothing and is not doubled.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence

from shapely.geometry.base import BaseGeometry

from ..core import InputError, message
from .model import KIND_AIRSTRIP, TargetPlot


@dataclass(frozen=True)
class AirstripRecord:
    airstrip_id: str
    geometry: BaseGeometry  # point or (multi)line, metric CRS
    length_m: Optional[float] = None


def airstrip_target(record: AirstripRecord) -> TargetPlot:
    shape = record.geometry
    if shape.is_empty:
        raise InputError(message("airstrip_no_geometry", airstrip=record.airstrip_id))
    if shape.geom_type in ("LineString", "MultiLineString"):
        middle = (
            shape.interpolate(0.5, normalized=True) if shape.geom_type == "LineString" else shape.representative_point()
        )
        return TargetPlot(
            f"AS-{record.airstrip_id}", middle.x, middle.y, kind=KIND_AIRSTRIP, length_m=shape.length, outline=shape
        )
    if shape.geom_type == "Point":
        return TargetPlot(f"AS-{record.airstrip_id}", shape.x, shape.y, kind=KIND_AIRSTRIP, length_m=record.length_m)
    raise InputError(message("airstrip_shape", airstrip=record.airstrip_id, shape=shape.geom_type))


def merge_airstrips(plots: Sequence[TargetPlot], records: Sequence[AirstripRecord]) -> List[TargetPlot]:
    """``plots`` followed by the airstrips whose id is not there yet."""
    known = {p.plot_id for p in plots}
    out = list(plots)
    for record in records:
        target = airstrip_target(record)
        if target.plot_id not in known:
            known.add(target.plot_id)
            out.append(target)
    return out
