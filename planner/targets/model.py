# SPDX-License-Identifier: GPL-2.0-or-later
"""What an alert and a target plot are, in one metric CRS.

An ``Alert`` is one record of a deforestation alert system (MapBiomas Alerta,
Geobosques, GLAD, RADD): a point (``x``, ``y``, metres) and, for polygon
alerts, its outline.  A ``TargetPlot`` is what a patrol goes to check: a
cluster of alerts (keeping every alert id, their count, total area and first
and last detection dates), a plot the coordinator already had, or an airstrip.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional, Tuple

from shapely.geometry.base import BaseGeometry

KIND_ALERT = "alert"
KIND_AIRSTRIP = "airstrip"

STATUS_NEW = "new"
STATUS_UPDATED = "updated"
STATUS_UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Alert:
    alert_id: str
    x: float
    y: float
    detected: Optional[date] = None
    area_ha: Optional[float] = None
    outline: Optional[BaseGeometry] = None  # polygon alerts; None for points


@dataclass(frozen=True)
class TargetPlot:
    """A place to check.  ``key`` is the feature id of a plot that was already in the plots layer."""

    plot_id: str
    x: float
    y: float
    alert_ids: Tuple[str, ...] = ()
    area_ha: float = 0.0
    first_detected: Optional[date] = None
    last_detected: Optional[date] = None
    kind: str = KIND_ALERT
    length_m: Optional[float] = None
    last_check: Optional[date] = None
    outline: Optional[BaseGeometry] = None
    key: Optional[int] = None
    status: str = STATUS_NEW

    @property
    def count(self) -> int:
        return len(self.alert_ids)


@dataclass(frozen=True)
class ClusterConfig:
    """Alerts at most ``distance_m`` apart (edge to edge for outlines) end in one plot.

    The distance is inclusive: two alerts exactly ``distance_m`` apart are joined,
    and so is an alert exactly ``distance_m`` from an existing plot.
    """

    distance_m: float = 250.0
