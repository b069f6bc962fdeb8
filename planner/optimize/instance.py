"""The solver's internal view of a patrol problem: plain lists, no objects.

Service time is folded into the arrival edge (``dd[i][j] = hours[i][j] +
service[j]``) so a route's working time is a plain sum of ``dd`` along it,
which lets every move check feasibility from cached route lengths.
Mandatory plots get a score bonus larger than all priorities together: the
search then maximises (mandatory plots visited, priority) lexicographically
without a second objective.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple

from ..core import PlanningError, message
from ..core.messages import Message
from ..core.third_party import optional_scipy
from .problem import Matrix, Plot, Team

INF = math.inf
EPS = 1e-9


@dataclass
class Instance:
    dd: List[List[float]]  # travel + service at the arrival node; no path = a time beyond every budget
    score: List[float]  # internal score per node (0 for bases)
    starts: List[int]
    ends: List[int]
    budgets: List[float]
    plots: List[int]  # plots that at least one team can visit alone
    allowed: List[frozenset]  # per team: the plots it can visit alone
    mandatory_bonus: float

    @property
    def n_teams(self) -> int:
        return len(self.starts)

    def upper_bound(self) -> float:
        return sum(self.score[p] for p in self.plots)


def too_far(trip_h: float, budget_h: float) -> Message:
    """Why a plot is left out when even the shortest trip there and on to the end base is too long."""
    return message("trip_too_long", trip_h=trip_h, budget_h=budget_h)


def route_length(dd: List[List[float]], route: Sequence[int]) -> float:
    return sum(dd[a][b] for a, b in zip(route, route[1:]))


def _dijkstra(
    dd: List[List[float]], source: int, reverse: bool, table: Optional[Tuple[Any, Any]] = None
) -> List[float]:
    """Least time from ``source`` to every node (to ``source`` when ``reverse``), dense O(n^2).

    Needed because a matrix with gaps (None) or without the triangle inequality
    can make a plot reachable only through other plots.  ``table``: numpy and ``dd`` as its array, when numpy
    is there; the same steps then run as array operations (a what-if with hundreds of plots spent seconds
    here, issue 25) and give the same times to the last bit: the same node is settled first (the lowest
    index on a tie, as ``argmin``) and each time is the same sum."""
    if table is not None:
        np, array = table
        return _dense(np, array.T if reverse else array, source)
    n = len(dd)
    dist = [INF] * n
    dist[source] = 0.0
    done = [False] * n
    for _ in range(n):
        u, best = -1, INF
        for v in range(n):
            if not done[v] and dist[v] < best:
                u, best = v, dist[v]
        if u < 0:
            break
        done[u] = True
        for v in range(n):
            w = dd[v][u] if reverse else dd[u][v]
            if best + w < dist[v]:
                dist[v] = best + w
    return dist


def _dense(np: Any, table: Any, source: int) -> List[float]:
    """``_dijkstra`` over a numpy array: row u holds the times from node u."""
    n = len(table)
    dist = np.full(n, INF)
    dist[source] = 0.0
    open_ = np.ones(n, dtype=bool)
    for _ in range(n):
        waiting = np.where(open_, dist, INF)
        u = int(waiting.argmin())
        best = float(waiting[u])
        if best == INF:
            break
        open_[u] = False
        np.minimum(dist, best + table[u], out=dist)
    return [float(x) for x in dist.tolist()]


def _check(matrix: Matrix, teams: Sequence[Team], plots: Sequence[Plot]) -> int:
    n = len(matrix)
    if any(len(row) != n for row in matrix):
        raise PlanningError(message("matrix_not_square", rows=n))
    if not teams:
        raise PlanningError(message("solver_no_teams"))
    for team in teams:
        for node in (team.start, team.end):
            if not 0 <= node < n:
                raise PlanningError(message("solver_base_node", team=team.name, node=node))
        if team.days < 1 or not team.hours_per_day > 0:
            raise PlanningError(message("solver_team_time", team=team.name))
    bases = {t.start for t in teams} | {t.end for t in teams}
    seen = set()
    for plot in plots:
        if not 0 <= plot.node < n:
            raise PlanningError(message("solver_plot_node", node=plot.node))
        if plot.node in bases:
            raise PlanningError(message("solver_plot_is_base", node=plot.node))
        if plot.node in seen:
            raise PlanningError(message("solver_plot_twice", node=plot.node))
        if plot.priority < 0 or plot.service_h < 0:
            raise PlanningError(message("solver_plot_negative", node=plot.node))
        seen.add(plot.node)
    return n


def _times(matrix: Matrix, service: List[float]) -> List[List[float]]:
    """Travel plus service at the arrival node; no path (None, inf) is ``INF``; to itself 0."""
    dd: List[List[float]] = []
    for i, row in enumerate(matrix):
        out = []
        for j, value in enumerate(row):
            if i == j:
                out.append(0.0)
            elif value is None or not math.isfinite(float(value)):
                out.append(INF)
            elif value < 0:
                raise PlanningError(message("solver_negative_time", origin=i, destination=j))
            else:
                out.append(float(value) + service[j])
        dd.append(out)
    return dd


def _array(np: Any, matrix: Matrix, service: List[float]) -> Any:
    """``_times`` as a numpy array (None reads as NaN, then as no path)."""
    array = np.array(matrix, dtype=float)
    np.fill_diagonal(array, 0.0)
    gap = ~np.isfinite(array)
    negative = np.argwhere((array < 0) & ~gap)
    if len(negative):
        i, j = (int(x) for x in negative[0])  # the first in the rows' order, as the loops find it
        raise PlanningError(message("solver_negative_time", origin=i, destination=j))
    array += np.array(service, dtype=float)
    np.fill_diagonal(array, 0.0)
    array[gap] = INF
    return array


def build_instance(matrix: Matrix, teams: Sequence[Team], plots: Sequence[Plot]) -> Tuple[Instance, Dict[int, str]]:
    """The internal instance and the plots no team can visit even alone, with reasons."""
    n = _check(matrix, teams, plots)
    service = [0.0] * n
    for plot in plots:
        service[plot.node] = plot.service_h
    scipy = optional_scipy()
    # With numpy (beside scipy) the n x n times are worked out as arrays, the same numbers as the loops
    # (a what-if's ten plans of hundreds of plots each spent a second or more in them, issue 25).
    table = (scipy[0], _array(scipy[0], matrix, service)) if scipy is not None else None
    dd = _times(matrix, service) if table is None else []
    bonus = sum(p.priority for p in plots) + 1.0
    score = [0.0] * n
    for plot in plots:
        score[plot.node] = plot.priority + (bonus if plot.mandatory else 0.0)
    starts = [t.start for t in teams]
    ends = [t.end for t in teams]
    budgets = [t.budget_h for t in teams]
    unplanned: Dict[int, str] = {}
    allowed_sets: List[set] = [set() for _ in teams]
    usable: List[int] = []
    from_start = {s: _dijkstra(dd, s, False, table) for s in set(starts)}
    to_end = {e: _dijkstra(dd, e, True, table) for e in set(ends)}
    for plot in plots:
        p = plot.node
        best = INF
        permitted = [plot.teams is None or team.name in plot.teams for team in teams]
        for k, team in enumerate(teams):
            need = from_start[team.start][p] + to_end[team.end][p]
            if not permitted[k]:
                continue
            if need <= budgets[k] + EPS:
                allowed_sets[k].add(p)
            best = min(best, need)
        if any(p in s for s in allowed_sets):
            usable.append(p)
        elif not any(permitted):
            unplanned[p] = message("kept_from_every_team")
        elif best == INF:
            unplanned[p] = message("no_travel_path")
        else:
            unplanned[p] = too_far(best, max(budgets))
    # "No path" becomes a finite time longer than any budget.  With math.inf the moves' deltas turn
    # into inf - inf = nan or -inf, which made the local search relocate plots back and forth forever.
    if table is not None:
        np, array = table
        finite = array[array != INF]
        big = 1000.0 * (max(budgets) + (float(finite.max()) if finite.size else 0.0) + 1.0)
        dd = np.where(array == INF, big, array).tolist()
    else:
        finite = [v for row in dd for v in row if v != INF]
        big = 1000.0 * (max(budgets) + (max(finite) if finite else 0.0) + 1.0)
        for row in dd:
            for j, value in enumerate(row):
                if value == INF:
                    row[j] = big
    inst = Instance(dd, score, starts, ends, budgets, usable, [frozenset(s) for s in allowed_sets], bonus)
    return inst, unplanned
