# SPDX-License-Identifier: GPL-2.0-or-later
"""One call for the Import alerts step: merge, add airstrips, rank."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Dict, List, Optional, Sequence

from ..core import Feedback, ensure
from .airstrips import AirstripRecord, merge_airstrips
from .ledger import AlertEntry, LedgerInputs
from .merge import MergeResult, merge_alerts
from .model import Alert, ClusterConfig, TargetPlot
from .priority import Places, Priority, PriorityRule, plot_priority


@dataclass(frozen=True)
class RankedTargets:
    plots: List[TargetPlot]
    priorities: List[Priority]  # one per plot
    merge: MergeResult
    airstrips_added: int


def build_targets(
    alerts: Sequence[Alert],
    today: date,
    existing: Sequence[TargetPlot] = (),
    airstrips: Sequence[AirstripRecord] = (),
    config: Optional[ClusterConfig] = None,
    rule: Optional[PriorityRule] = None,
    places: Optional[Places] = None,
    feedback: Optional[Feedback] = None,
    ledger: Optional[LedgerInputs] = None,
) -> RankedTargets:
    """The plots layer after this import: existing plots (updated), new plots, new airstrips, each ranked.

    The airstrips also count as places for the airstrip share of every plot's priority.  With the
    ``ledger``, a plot holding an overdue alert gets the rule's overdue bonus; this import's alerts the
    register lacks count with no confidence (the deadline for the rest), first seen ``today``.
    """
    feedback = ensure(feedback)
    merged = merge_alerts(existing, alerts, config, feedback)
    feedback.set_progress(60.0)
    plots = merge_airstrips(merged.plots, airstrips)
    if places is None or (airstrips and not places.layers["airstrip"]):
        base = places or Places()
        places = Places(base.layers["community"], base.layers["zone"], [a.geometry for a in airstrips])
    overdue: Dict[str, int] = {}
    if ledger is not None:
        extra = (AlertEntry(a.alert_id, "", a.detected, None, today) for a in alerts)
        overdue = ledger.overdue({p.plot_id: p.alert_ids for p in plots}, extra, today)
    priorities = [plot_priority(p, today, rule, places, overdue.get(p.plot_id)) for p in plots]
    feedback.set_progress(100.0)
    return RankedTargets(plots, priorities, merged, len(plots) - len(merged.plots))
