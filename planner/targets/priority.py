# SPDX-License-Identifier: GPL-2.0-or-later
"""How urgent a plot is, by a rule the coordinator can read and change.

Each plot gets six shares between 0 and 1:

==========  ===========================================================================
area        total alert area / ``area_full_ha`` (capped at 1): 10 ha or more counts fully
recency     1 - days since the last detection / ``recent_days``: a fresh alert 1, a year-old one 0
community   1 - distance to the nearest community / ``community_m``: at the community 1, 5 km away 0
zone        1 inside a zone of interest, then 1 - distance / ``zone_m`` outside it
airstrip    1 - distance to the nearest airstrip / ``airstrip_m`` (an airstrip itself: 1)
unchecked   0 while the last check is current, up to 1 at twice the limit; never checked 1
==========  ===========================================================================

The score is the weighted mean of the shares, ``sum(w * share) / sum(w)``,
and the priority the planner uses is ``1 + 9 * score`` rounded to one decimal:
1 (nothing urgent) to 10 (everything at once).  Weights are zero or more; a
weight of 0 drops that share.  A layer not given (no communities, no zones, no
airstrips) drops its share too, so it does not pull every plot down; a plot
without a detection date has a recency of 0.

A plot holding an alert past its deadline (the ledger's deadlines by
confidence, ``ledger.Deadlines``) gets ``overdue_bonus`` added: with the
default 9 it scores 10 or more, above every plot without an overdue alert
(at most 10), so the plan goes there first; its ``why`` ends with
"overdue 13 d (+9)".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Dict, Optional, Sequence, Tuple

from shapely.geometry.base import BaseGeometry

from ..core import InputError, message
from ..core.wording import Joined
from .expiry import CheckRule, days_since, unchecked_share
from .model import KIND_AIRSTRIP, TargetPlot
from .nearby import Nearby

SHARES = ("area", "recency", "community", "zone", "airstrip", "unchecked")


@dataclass(frozen=True)
class PriorityRule:
    area_weight: float = 1.0
    recency_weight: float = 1.0
    community_weight: float = 1.0
    zone_weight: float = 1.0
    airstrip_weight: float = 1.0
    unchecked_weight: float = 1.0
    area_full_ha: float = 10.0
    recent_days: float = 365.0
    community_m: float = 5000.0
    zone_m: float = 2000.0
    airstrip_m: float = 5000.0
    check: CheckRule = CheckRule()
    overdue_bonus: float = 9.0

    def __post_init__(self) -> None:
        for name in SHARES:
            if getattr(self, f"{name}_weight") < 0:
                raise InputError(message("priority_weight", name=name))
        if self.overdue_bonus < 0:
            raise InputError(message("priority_weight", name="overdue_bonus"))
        for name in ("area_full_ha", "recent_days", "community_m", "zone_m", "airstrip_m"):
            if not getattr(self, name) > 0:
                raise InputError(message("priority_not_positive", name=name))

    def weights(self) -> Dict[str, float]:
        return {name: getattr(self, f"{name}_weight") for name in SHARES}


class Places:
    """Communities, zones of interest and airstrips (shapely geometries, metric CRS)."""

    def __init__(
        self,
        communities: Sequence[BaseGeometry] = (),
        zones: Sequence[BaseGeometry] = (),
        airstrips: Sequence[BaseGeometry] = (),
    ) -> None:
        self.layers = {"community": list(communities), "zone": list(zones), "airstrip": list(airstrips)}
        self._grids: Dict[Tuple[str, float], Nearby] = {}

    def distance(
        self, name: str, x: float, y: float, within: float, shape: Optional[BaseGeometry] = None
    ) -> Optional[float]:
        """Distance from the point (or ``shape``) to the nearest ``name`` if within ``within`` metres, else None."""
        if not self.layers[name]:
            return None
        grid = self._grids.get((name, within))
        if grid is None:
            grid = self._grids[(name, within)] = Nearby([(0.0, 0.0, g) for g in self.layers[name]], within)
        found = grid.nearest(x, y, within, shape)
        return found[1] if found is not None else None


@dataclass(frozen=True)
class Priority:
    value: float  # 1 to 10
    shares: Dict[str, float]
    days_unchecked: Optional[int]
    why: str  # each share as a message, "area 1.00; recency 0.00" (``Joined``); "" when every weight is 0
    overdue_days: Optional[int] = None  # days its most overdue alert is past its deadline; None: none overdue


def _falloff(distance: Optional[float], scale: float) -> float:
    return 0.0 if distance is None else max(0.0, 1.0 - distance / scale)


def plot_priority(
    plot: TargetPlot,
    today: date,
    rule: Optional[PriorityRule] = None,
    places: Optional[Places] = None,
    overdue_days: Optional[int] = None,
) -> Priority:
    rule = rule or PriorityRule()
    places = places or Places()
    shape = plot.outline
    age = days_since(plot.last_detected, today)
    community = places.distance("community", plot.x, plot.y, rule.community_m, shape)
    zone = places.distance("zone", plot.x, plot.y, rule.zone_m, shape)
    airstrip = (
        0.0 if plot.kind == KIND_AIRSTRIP else places.distance("airstrip", plot.x, plot.y, rule.airstrip_m, shape)
    )
    shares = {
        "area": min(1.0, plot.area_ha / rule.area_full_ha),
        "recency": 0.0 if age is None else max(0.0, 1.0 - age / rule.recent_days),
        "community": _falloff(community, rule.community_m),
        "zone": _falloff(zone, rule.zone_m),
        "airstrip": _falloff(airstrip, rule.airstrip_m),
        "unchecked": unchecked_share(plot.last_check, today, rule.check),
    }
    weights = rule.weights()
    for name in ("community", "zone", "airstrip"):
        if not places.layers[name] and not (name == "airstrip" and plot.kind == KIND_AIRSTRIP):
            weights[name] = 0.0
    total = sum(weights.values())
    score = sum(weights[n] * shares[n] for n in SHARES) / total if total > 0 else 0.0
    unchecked = days_since(plot.last_check, today)
    parts = [message(f"share_{n}", share=shares[n]) for n in SHARES if weights[n] > 0]
    bonus = rule.overdue_bonus if overdue_days is not None else 0.0
    if overdue_days is not None:
        parts.append(message("share_overdue", days=overdue_days, bonus=bonus))
    return Priority(round(1.0 + 9.0 * score + bonus, 1), shares, unchecked, Joined(parts), overdue_days)
