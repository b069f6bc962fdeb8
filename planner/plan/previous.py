"""The previous plan as a starting point for the optimizer (issue 17), and the order of the kept teams' plots.

Planning again after a drop or a lock asks nearly the same question: the
last plan's routes, as plot nodes of the new matrix, let the search start
where the coordinator left off (``optimize.warm`` makes them valid again).
"""

from __future__ import annotations

from typing import Dict, Mapping, Optional, Sequence, Tuple

from .model import PLOT, PatrolPlan
from .stability import PreviousPlan


def initial_routes(
    previous: Optional[PatrolPlan], team_names: Sequence[str], node_of_plot: Dict[str, int]
) -> Tuple[Tuple[int, ...], ...]:
    """Per team (in ``team_names`` order) the plots it visited last time, as nodes; plots gone are skipped."""
    if previous is None:
        return ()
    by_team = {t.team: t for t in previous.teams}
    routes = []
    for name in team_names:
        plan = by_team.get(name)
        stops = plan.stops if plan is not None else ()
        routes.append(tuple(node_of_plot[s.plot_id] for s in stops if s.kind == PLOT and s.plot_id in node_of_plot))
    return tuple(routes) if any(routes) else ()


def kept_orders(
    previous: PreviousPlan, team_names: Sequence[str], node_of_plot: Mapping[str, int]
) -> Tuple[Tuple[int, Tuple[int, ...]], ...]:
    """Per team whose plan the coordinator kept (by index in ``team_names``), its plots in the order it was
    briefed, as nodes (``SolverOptions.kept_orders``); plots gone are skipped."""
    out = []
    for k, name in enumerate(team_names):
        if name in previous.kept:
            out.append((k, tuple(node_of_plot[p] for p in previous.routes.get(name, ()) if p in node_of_plot)))
    return tuple(out)
