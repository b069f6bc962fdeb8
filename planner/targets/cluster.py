# SPDX-License-Identifier: GPL-2.0-or-later
"""Alerts closer than a distance become one plot.

Two alerts are neighbours when they are at most ``distance_m`` apart (the
boundary counts: exactly ``distance_m`` joins them); a plot is a connected
group of neighbours, so a chain of alerts each 200 m from the next is one plot
at 250 m even when its ends are kilometres apart.

Points go into a grid of ``distance_m`` cells (a spatial hash): an alert only
looks at the alerts in its own and the eight surrounding cells, so the work
grows with the number of alerts, not with its square.  Alerts with outlines
(polygon alerts) are compared edge to edge through the spatial index.
Groups are kept by union-find.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Dict, List, Optional, Sequence, Tuple

from shapely.geometry import box
from shapely.ops import unary_union

from ..core import Feedback, InputError, SpatialIndex, check_cancel, ensure, message
from .model import Alert, ClusterConfig, TargetPlot

# Rounding noise must not split two alerts measured exactly on the boundary.
_BOUNDARY_SLACK = 1e-9


class _Groups:
    """Union-find with path halving."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if ra < rb:
                ra, rb = rb, ra
            self.parent[ra] = rb  # the smaller index leads: groups come out in input order


def _join_points(alerts: Sequence[Alert], distance: float, groups: _Groups, feedback: Feedback) -> None:
    limit = distance * distance * (1 + _BOUNDARY_SLACK) + _BOUNDARY_SLACK
    cells: Dict[Tuple[int, int], List[int]] = defaultdict(list)
    xs = [a.x for a in alerts]
    ys = [a.y for a in alerts]
    for i in range(len(alerts)):
        if i % 20000 == 0:
            check_cancel(feedback)
        x, y = xs[i], ys[i]
        cx, cy = math.floor(x / distance), math.floor(y / distance)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for j in cells.get((cx + dx, cy + dy), ()):
                    ex, ey = xs[j] - x, ys[j] - y
                    if ex * ex + ey * ey <= limit:
                        groups.join(i, j)
        cells[(cx, cy)].append(i)


def _join_outlines(alerts: Sequence[Alert], distance: float, groups: _Groups, feedback: Feedback) -> None:
    shapes = [a.outline if a.outline is not None else box(a.x, a.y, a.x, a.y) for a in alerts]
    index = SpatialIndex(shapes)
    limit = distance * (1 + _BOUNDARY_SLACK) + _BOUNDARY_SLACK
    for i, shape in enumerate(shapes):
        if i % 2000 == 0:
            check_cancel(feedback)
        minx, miny, maxx, maxy = shape.bounds
        for j in index.query(box(minx - distance, miny - distance, maxx + distance, maxy + distance)):
            if j < i and shapes[j].distance(shape) <= limit:
                groups.join(i, j)


def cluster_groups(
    alerts: Sequence[Alert], config: Optional[ClusterConfig] = None, feedback: Optional[Feedback] = None
) -> List[List[int]]:
    """Indices of the alerts in each group, groups in the order of their first alert."""
    config = config or ClusterConfig()
    if not (config.distance_m > 0 and math.isfinite(config.distance_m)):
        raise InputError(message("cluster_distance", distance=config.distance_m))
    feedback = ensure(feedback)
    groups = _Groups(len(alerts))
    if any(a.outline is not None for a in alerts):
        _join_outlines(alerts, config.distance_m, groups, feedback)
    else:
        _join_points(alerts, config.distance_m, groups, feedback)
    members: Dict[int, List[int]] = {}
    for i in range(len(alerts)):
        members.setdefault(groups.find(i), []).append(i)
    return list(members.values())


def plot_from_alerts(alerts: Sequence[Alert], plot_id: str = "") -> TargetPlot:
    """One plot for a group of alerts: their mean position, ids, total area, first and last dates.

    An alert without an area adds the area of its outline when it has one, else nothing.
    """
    ids = sorted({a.alert_id for a in alerts})
    dates = [a.detected for a in alerts if a.detected is not None]
    outlines = [a.outline for a in alerts if a.outline is not None]
    return TargetPlot(
        plot_id=plot_id or f"A-{ids[0]}",
        x=sum(a.x for a in alerts) / len(alerts),
        y=sum(a.y for a in alerts) / len(alerts),
        alert_ids=tuple(ids),
        area_ha=sum(alert_area(a) for a in alerts),
        first_detected=min(dates) if dates else None,
        last_detected=max(dates) if dates else None,
        outline=unary_union(outlines) if outlines else None,
    )


def alert_area(alert: Alert) -> float:
    if alert.area_ha is not None:
        return alert.area_ha
    return alert.outline.area / 10_000.0 if alert.outline is not None else 0.0


def cluster_alerts(
    alerts: Sequence[Alert], config: Optional[ClusterConfig] = None, feedback: Optional[Feedback] = None
) -> List[TargetPlot]:
    """One ``TargetPlot`` per group of alerts at most ``config.distance_m`` apart."""
    return [plot_from_alerts([alerts[i] for i in group]) for group in cluster_groups(alerts, config, feedback)]
