# SPDX-License-Identifier: GPL-2.0-or-later
"""Re-planning that keeps what the coordinator did not ask to change.

After the coordinator drops a plot from one team or locks one to another,
re-planning from scratch may hand most plots of the *other* teams around as
well: the teams have already been briefed, so that costs more than it gains.
Here the optimizer runs twice on the same matrix: once with every untouched
team's previous plots pinned to it (and the teams whose plan the coordinator
kept pinned in any case), once free.  The free plan is taken only when it
visits more than ``min_gain`` (a share, 0.10 = 10 %) more priority.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Callable, Dict, FrozenSet, List, Mapping, Optional, Sequence, Tuple

from ..core import PlanningError
from ..core.messages import Message, message
from ..optimize import Plan, Plot, SolverOptions, Team, budget

log = logging.getLogger(__name__)
Solve = Callable[[Sequence[Plot], SolverOptions], Plan]


@dataclass(frozen=True)
class PreviousPlan:
    """The plan on screen before this re-plan: team name -> plot ids in visiting order."""

    routes: Mapping[str, Tuple[str, ...]] = field(default_factory=dict)
    kept: FrozenSet[str] = frozenset()  # teams whose plan the coordinator locked whole
    touched: FrozenSet[str] = frozenset()  # teams the coordinator's drops and locks changed
    min_gain: float = 0.10


@dataclass(frozen=True)
class StabilityNote:
    """What the re-plan did: kept the untouched teams' plots, or changed them for a gain above the threshold."""

    kept_untouched: bool
    gain: float  # share of priority the free plan gains over the stable one (may be <= 0)
    min_gain: float
    pinned_teams: Tuple[str, ...]

    def message(self) -> Optional[Message]:
        """The note for the coordinator (None when there is nothing to say: no team was kept)."""
        gain = max(0.0, self.gain) * 100.0
        if not self.kept_untouched:
            return message("stability_replanned", gain=gain, min_gain=self.min_gain * 100.0)
        if not self.pinned_teams:
            return None
        return message("stability_kept", teams=", ".join(self.pinned_teams), gain=gain, min_gain=self.min_gain * 100.0)


def _pin(
    plots: Sequence[Plot], node_of_plot: Mapping[str, int], routes: Mapping[str, Tuple[str, ...]], teams: Sequence[str]
) -> List[Plot]:
    """``plots`` with the previous plots of ``teams`` locked to them (unless dropped from that team since)."""
    owner: Dict[int, str] = {}
    for team in teams:
        for plot_id in routes.get(team, ()):
            node = node_of_plot.get(plot_id)
            if node is not None:
                owner[node] = team
    out = []
    for plot in plots:
        pinned_to = owner.get(plot.node)
        if pinned_to is not None and (plot.teams is None or pinned_to in plot.teams):
            plot = replace(plot, mandatory=True, teams=frozenset({pinned_to}))
        out.append(plot)
    return out


def _close(
    plots: Sequence[Plot],
    node_of_plot: Mapping[str, int],
    routes: Mapping[str, Tuple[str, ...]],
    kept: Sequence[str],
    names: Sequence[str],
) -> List[Plot]:
    """A kept team takes no plot beyond its own: the others are kept from it."""
    if not kept:
        return list(plots)
    own = {node_of_plot.get(plot_id) for team in kept for plot_id in routes.get(team, ())}
    out = []
    for plot in plots:
        allowed = set(plot.teams) if plot.teams is not None else set(names)
        if plot.node not in own:
            allowed -= set(kept)
        out.append(plot if allowed == set(names) else replace(plot, teams=frozenset(allowed)))
    return out


def _keeps_pins(plan: Plan, pinned: Sequence[Plot], original: Sequence[Plot]) -> bool:
    visited = set(plan.visited())
    was = {p.node: p for p in original}
    return all(p.node in visited for p in pinned if p.mandatory and not was[p.node].mandatory)


def solve_stably(
    solve: Solve,
    teams: Sequence[Team],
    plots: Sequence[Plot],
    node_of_plot: Mapping[str, int],
    options: SolverOptions,
    previous: Optional[PreviousPlan],
) -> Tuple[Plan, Optional[StabilityNote]]:
    """The plan, and what happened to the untouched teams (None without a previous plan)."""
    if previous is None or not previous.routes:
        return solve(plots, options), None
    names = [t.name for t in teams]
    kept = [t for t in names if t in previous.kept]
    untouched = [t for t in names if t not in previous.touched and t in previous.routes]
    stable_teams = sorted(set(kept) | set(untouched))
    base = _close(_pin(plots, node_of_plot, previous.routes, kept), node_of_plot, previous.routes, kept, names)
    if set(stable_teams) == set(kept):
        return solve(base, options), StabilityNote(True, 0.0, previous.min_gain, tuple(stable_teams))
    half = budget.alternative(options)
    stable_plots = _close(
        _pin(plots, node_of_plot, previous.routes, stable_teams), node_of_plot, previous.routes, kept, names
    )
    try:
        solved = solve(stable_plots, half)
        stable: Optional[Plan] = solved if _keeps_pins(solved, stable_plots, base) else None
    except PlanningError:
        stable = None
    free = solve(base, half)
    if stable is None:
        log.debug("the untouched teams' previous plots no longer fit: re-planned all teams")
        return free, StabilityNote(False, 1.0, previous.min_gain, tuple(kept))
    gain = (free.total_priority - stable.total_priority) / max(stable.total_priority, 1e-9)
    if gain > previous.min_gain:
        return free, StabilityNote(False, gain, previous.min_gain, tuple(kept))
    return stable, StabilityNote(True, gain, previous.min_gain, tuple(stable_teams))


def touched_teams(
    routes: Mapping[str, Tuple[str, ...]], locks: Mapping[str, Tuple[str, ...]], drops: Mapping[str, Tuple[str, ...]]
) -> FrozenSet[str]:
    """Teams a drop or lock names, and the teams a locked plot is taken from."""
    owner = {plot_id: team for team, plot_ids in routes.items() for plot_id in plot_ids}
    touched = {team for teams in (*locks.values(), *drops.values()) for team in teams}
    touched |= {owner[plot_id] for plot_id in locks if plot_id in owner}
    return frozenset(touched)


def parse_previous(
    text: str, kept: str, locks: Mapping[str, Tuple[str, ...]], drops: Mapping[str, Tuple[str, ...]], min_gain: float
) -> Optional[PreviousPlan]:
    """``"Team A=P1,P2;Team B=P3"`` and ``"Team A;Team C"`` (kept teams) as a ``PreviousPlan``."""
    routes: Dict[str, Tuple[str, ...]] = {}
    for chunk in filter(None, (c.strip() for c in (text or "").split(";"))):
        team, _, plot_ids = chunk.partition("=")
        routes[team.strip()] = tuple(p.strip() for p in plot_ids.split(",") if p.strip())
    if not routes:
        return None
    kept_teams = frozenset(t.strip() for t in (kept or "").split(";") if t.strip())
    return PreviousPlan(routes, kept_teams, touched_teams(routes, locks, drops), min_gain)
