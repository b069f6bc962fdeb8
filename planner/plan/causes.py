# SPDX-License-Identifier: GPL-2.0-or-later
"""Why plots are left out, by cause: one reason per cause, counted, with the first few plots of each.

Thousands of plots left out are read as a few causes.  A reason is its own cause unless it carries its
own figures (a trip of 44.6 h, another of 51.2 h): those are counted under the cause's code
(``cause_<code>`` in ``core.reasons``).  A plot no base reaches reads the same whichever team is listed
first (``network_reason``): the reason names the network's cause, never one team's base.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from ..core import MESSAGES, Message, message
from ..network import TravelMatrix
from ..optimize import too_far
from .model import LeftOut
from .request import TeamRequest


@dataclass(frozen=True)
class Cause:
    """One cause of plots left out: its words (a ``Message``, or a reason read back as text), how many, the first."""

    cause: str
    count: int
    first: Tuple[str, ...]


def cause_of(reason: str) -> str:
    """The reason, or for a reason with its own figures the cause it counts under."""
    if isinstance(reason, Message) and f"cause_{reason.id}" in MESSAGES:
        return message(f"cause_{reason.id}")
    return reason


def left_out_causes(left_out: Sequence[LeftOut], first: int = 5) -> List[Cause]:
    """The causes, the most plots first, each with its count and its first ``first`` plots."""
    words: Dict[str, str] = {}
    plots: Dict[str, List[str]] = {}
    for item in left_out:
        cause = cause_of(item.reason)
        words.setdefault(str(cause), cause)
        plots.setdefault(str(cause), []).append(item.plot_id)
    ranked = sorted(plots, key=lambda key: (-len(plots[key]), key))
    return [Cause(words[key], len(plots[key]), tuple(plots[key][:first])) for key in ranked]


def network_reason(
    matrix: TravelMatrix,
    node: int,
    reason: str,
    teams: Sequence[TeamRequest],
    node_of_base: Dict[str, int],
    service_h: float,
    horizon: float,
) -> str:
    """For a plot no base can reach or return from, the network's own words (e.g. upstream impossible), the
    same whichever team comes first; for one only beyond the searches' horizon, how long the trip takes."""
    if getattr(reason, "id", None) != "no_travel_path":
        return reason
    trips = []
    for team in teams:
        there = matrix.exact_hours(node_of_base[team.base], node)
        back = matrix.exact_hours(node, node_of_base[team.end_base])
        if there is not None and back is not None:
            trips.append(there + service_h + back)
    if trips:
        return too_far(min(trips), horizon)
    outward = [matrix.reason(node_of_base[b], node) for b in sorted({t.base for t in teams})]
    if all(outward):
        return message("unreachable_from_bases", reason=_first_of(outward))
    homeward = [matrix.reason(node, node_of_base[b]) for b in sorted({t.end_base for t in teams})]
    if all(homeward):
        return message("no_way_back_to_bases", reason=_first_of(homeward))
    return reason


def _first_of(reasons: Sequence[Optional[str]]) -> str:
    """Of each base's reason, the first by code: the same for every plot alike, whatever the teams' order."""
    return min((r for r in reasons if r), key=lambda r: (getattr(r, "id", ""), str(r)))
