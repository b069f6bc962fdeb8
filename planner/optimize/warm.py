"""Starting the search from a previous plan (issue 17).

When the coordinator drops a plot from a team or locks one and plans again,
most of the last plan still holds.  Its routes (plots in order, per team) are
made valid for the new question: plots the team may no longer visit, or
visits elsewhere, are taken out, and while a route is over its budget the plot
that costs most time for its score goes too.  The search then starts from
the better of this (after a local search) and its own construction: asked
the same question again, it starts from the answer.
"""

from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from .instance import EPS, Instance, route_length


def warm_routes(inst: Instance, initial: Sequence[Sequence[int]]) -> Optional[Tuple[List[List[int]], List[float]]]:
    """(routes, lengths) from ``initial`` (plot nodes per team, in order), made feasible; None if empty."""
    if not initial:
        return None
    routes: List[List[int]] = []
    seen = set()
    for k in range(inst.n_teams):
        plots = list(initial[k]) if k < len(initial) else []
        kept = []
        for p in plots:
            if p in inst.allowed[k] and p not in seen:
                kept.append(p)
                seen.add(p)
        route = [inst.starts[k], *kept, inst.ends[k]]
        while len(route) > 2 and route_length(inst.dd, route) > inst.budgets[k] + EPS:
            del route[_costliest(inst, route)]
        routes.append(route)
    if not seen:
        return None
    return routes, [route_length(inst.dd, r) for r in routes]


def _costliest(inst: Instance, route: List[int]) -> int:
    """Index of the plot whose removal saves the most time per point of score."""
    dd, best, at = inst.dd, -1.0, 1
    for i in range(1, len(route) - 1):
        a, p, b = route[i - 1], route[i], route[i + 1]
        saved = dd[a][p] + dd[p][b] - dd[a][b]
        ratio = saved / max(inst.score[p], 1e-9)
        if ratio > best:
            best, at = ratio, i
    return at
