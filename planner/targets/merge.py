# SPDX-License-Identifier: GPL-2.0-or-later
"""New alerts into an existing plots layer, without doubling a plot.

Every alert of the file is clustered (``cluster``), the ones already known
included, so a known alert still links its new neighbours to its plot.  Then,
for each group:

* an alert whose id a plot already holds is known: it changes nothing;
* a group holding known alerts gives its new alerts to the plot that holds
  the most of them (the first such plot on a tie);
* otherwise the group's new alerts go to the nearest existing plot within
  the distance of any of them (the plot's point or outline);
* otherwise they become a new plot.

An updated plot keeps its id, position, outline and the coordinator's
attributes; it gains the new ids, their area and the dates they widen.
Importing the same file twice therefore changes nothing the second time.
Existing plots are never merged with each other, even when a group of new
alerts touches two of them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Dict, List, Optional, Sequence, Tuple

from ..core import Feedback, ensure
from .checks import distinct_ids
from .cluster import alert_area, cluster_groups, plot_from_alerts
from .model import STATUS_UNCHANGED, STATUS_UPDATED, Alert, ClusterConfig, TargetPlot
from .nearby import Nearby


@dataclass(frozen=True)
class MergeResult:
    plots: List[TargetPlot]  # the existing plots in their order, then the new ones
    added: int  # new plots
    updated: int  # existing plots that gained alerts
    new_alerts: int
    known_alerts: int  # already held by a plot
    repeated_alerts: int  # the same id twice at the same place in the input: only the first counts
    renamed_ids: Tuple[str, ...] = ()  # ids found at more than one place: the later ones became id#2, id#3...


def _nearest_within(alerts: Sequence[Alert], near: Nearby, distance: float) -> Optional[int]:
    best: Optional[Tuple[int, float]] = None
    for alert in alerts:
        found = near.nearest(alert.x, alert.y, distance, alert.outline)
        if found is not None and (best is None or found[1] < best[1] or (found[1] == best[1] and found[0] < best[0])):
            best = found
    return best[0] if best is not None else None


def _grow(plot: TargetPlot, alerts: Sequence[Alert]) -> TargetPlot:
    dates = [a.detected for a in alerts if a.detected is not None]
    dates += [d for d in (plot.first_detected, plot.last_detected) if d is not None]
    return replace(
        plot,
        alert_ids=tuple(sorted(set(plot.alert_ids) | {a.alert_id for a in alerts})),
        area_ha=plot.area_ha + sum(alert_area(a) for a in alerts),
        first_detected=min(dates) if dates else None,
        last_detected=max(dates) if dates else None,
        status=STATUS_UPDATED,
    )


def merge_alerts(
    existing: Sequence[TargetPlot],
    alerts: Sequence[Alert],
    config: Optional[ClusterConfig] = None,
    feedback: Optional[Feedback] = None,
) -> MergeResult:
    """The plots after adding ``alerts`` to ``existing`` (see the module's rules)."""
    config = config or ClusterConfig()
    feedback = ensure(feedback)
    owner: Dict[str, int] = {}
    for number, plot in enumerate(existing):
        for alert_id in plot.alert_ids:
            owner.setdefault(alert_id, number)
    unique, repeated, renamed = distinct_ids(alerts)
    plots = [replace(p, status=STATUS_UNCHANGED) for p in existing]
    near = Nearby([(p.x, p.y, p.outline) for p in existing], config.distance_m)
    gains: Dict[int, List[Alert]] = {}
    new_plots: List[TargetPlot] = []
    known = 0
    for group in cluster_groups(unique, config, feedback):
        members = [unique[i] for i in group]
        fresh = [a for a in members if a.alert_id not in owner]
        known += len(members) - len(fresh)
        if not fresh:
            continue
        owners = [owner[a.alert_id] for a in members if a.alert_id in owner]
        if owners:
            target: Optional[int] = max(sorted(set(owners)), key=owners.count)
        else:
            target = _nearest_within(fresh, near, config.distance_m)
        if target is None:
            new_plots.append(plot_from_alerts(fresh))
        else:
            gains.setdefault(target, []).extend(fresh)
    for number, gained in gains.items():
        plots[number] = _grow(plots[number], gained)
    return MergeResult(plots + new_plots, len(new_plots), len(gains), len(unique) - known, known, repeated, renamed)
