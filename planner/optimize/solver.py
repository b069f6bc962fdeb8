"""``solve``: the patrol optimizer's entry point (issue 4).

Chooses, for each team, an ordered list of plots maximising the total
priority visited (mandatory plots first, ties: least total time) within each
team's working time, then lays each route out in days and night camps.
One team that must visit every plot is a travelling-salesman problem and
gets the dedicated tour search first; everything else goes to the iterated
local search of ``top_search``.
"""

from __future__ import annotations

import logging
import random
import time
from typing import Dict, List, Optional, Sequence, Tuple

from ..core import Feedback, PlanningError, check_cancel, ensure, message
from . import budget
from .exact import best_path_order, exact_routes
from .instance import EPS, Instance, build_instance, route_length
from .problem import Matrix, Plan, Plot, SolverOptions, Team, TeamPlan
from .schedule import schedule_route
from .search import Solution, local_search, search
from .tsp import solve_tsp

log = logging.getLogger(__name__)

# Up to this many plots that a team can reach, the plan is found exactly (Held-Karp per team and
# every split of the plots between teams): under a second, and certainly the best.
EXACT_MAX_PLOTS = {1: 11, 2: 10, 3: 9}

NOT_ENOUGH_TIME = message("not_enough_time")
MANDATORY_MISSING = message("mandatory_missing")


def _tsp_first(inst: Instance, options: SolverOptions, deadline: float, feedback: Feedback) -> Optional[Solution]:
    """One team visiting every plot: a tour over a depot that merges start and end."""
    start, end = inst.starts[0], inst.ends[0]
    plots = list(inst.plots)
    n = len(plots)
    # Row/column 0 is the merged depot: leaving it means leaving the start
    # base, entering it means reaching the end base.
    nodes = [start] + plots
    d = [[0.0] * (n + 1) for _ in range(n + 1)]
    for i, a in enumerate(nodes):
        for j, b in enumerate(nodes):
            if i != j:
                d[i][j] = inst.dd[a][end if j == 0 else b]
    # Nearest-neighbour start; the tour search does the rest.
    order, left = [0], set(range(1, n + 1))
    while left:
        row = d[order[-1]]
        nxt = min(left, key=row.__getitem__)
        order.append(nxt)
        left.remove(nxt)
    tour = solve_tsp(
        d,
        order,
        random.Random(options.seed),  # nosec B311 - seeded search noise: the same plan again, nothing secret
        deadline,
        stall_s=budget.stall(options),
        check=lambda: check_cancel(feedback),
    )
    route = [start] + [nodes[i] for i in tour[1:]] + [end]
    length = route_length(inst.dd, route)
    if length > inst.budgets[0] + EPS:
        return None
    return Solution([route], [length])


def _polish(inst: Instance, sol: Solution, options: SolverOptions) -> None:
    """Exact order for short routes so equal-priority plans are also the quickest."""
    for k, r in enumerate(sol.routes):
        if 2 < len(r) and len(r) - 2 <= options.exact_order_max:
            length, order = best_path_order(inst.dd, r[0], r[-1], r[1:-1])
            if length < sol.lengths[k] - 1e-9:
                r[1:-1] = order
                sol.lengths[k] = length


def out_of_reach(matrix: Matrix, teams: Sequence[Team], plots: Sequence[Plot]) -> Tuple[Dict[int, str], float]:
    """The plots no team can visit even alone, with reasons, and the priority of the others: what a plan grown
    from the last one (``SolverOptions.grow``) needs of the search it does not run."""
    inst, unplanned = build_instance(matrix, teams, plots)
    priority = {p.node: p.priority for p in plots}
    return unplanned, sum(priority[p] for p in inst.plots)


def solve(
    matrix: Matrix,
    teams: Sequence[Team],
    plots: Sequence[Plot],
    options: Optional[SolverOptions] = None,
    feedback: Optional[Feedback] = None,
) -> Plan:
    """Routes for ``teams`` over ``plots`` given travel hours ``matrix[i][j]`` (None: no path)."""
    fb = ensure(feedback)
    options = options or SolverOptions()
    started = time.monotonic()
    deadline = started + options.time_limit_s
    inst, unplanned = build_instance(matrix, teams, plots)
    for k, team in enumerate(teams):
        if inst.dd[team.start][team.end] > inst.budgets[k] + EPS:
            raise PlanningError(message("solver_cannot_reach_end", team=team.name, hours=inst.budgets[k]))
    check_cancel(fb)
    sol: Optional[Solution] = None
    iterations = 0
    by_node: Dict[int, Plot] = {p.node: p for p in plots}
    if len(inst.plots) <= EXACT_MAX_PLOTS.get(len(teams), 0):
        _, orders = exact_routes(inst, {p.node for p in plots if p.mandatory}, {p.node: p.priority for p in plots})
        exact = [[s, *order, e] for s, order, e in zip(inst.starts, orders, inst.ends)]
        sol = Solution(exact, [route_length(inst.dd, r) for r in exact])
    elif len(teams) == 1 and inst.plots and all(by_node[p].mandatory for p in inst.plots):
        sol = _tsp_first(inst, options, deadline, fb)
    if sol is None:
        remaining = max(0.0, deadline - time.monotonic())
        sol, iterations = search(
            inst, options.seed, remaining, budget.stall(options), fb, initial=options.initial_routes
        )
    elif len(inst.plots) > EXACT_MAX_PLOTS.get(len(teams), 0):
        local_search(inst, sol)
    _polish(inst, sol, options)
    fb.set_progress(100.0)
    visited = {p for r in sol.routes for p in r[1:-1]}
    for p in inst.plots:
        if p not in visited:
            unplanned[p] = MANDATORY_MISSING if by_node[p].mandatory else NOT_ENOUGH_TIME
    routes: List[TeamPlan] = []
    service = {p.node: p.service_h for p in plots}
    priority = {p.node: p.priority for p in plots}
    for team, r in zip(teams, sol.routes):
        stops, camps, days_used = schedule_route(team, r, matrix, service, priority)
        served = sum(service[p] for p in r[1:-1])
        legs = (0.0 if a == b else matrix[a][b] for a, b in zip(r, r[1:]))
        travel = sum(float(h) for h in legs if h is not None)  # a route takes only legs that exist
        routes.append(
            TeamPlan(
                team, tuple(r), tuple(stops), tuple(camps), sum(priority[p] for p in r[1:-1]), travel, served, days_used
            )
        )
    upper = sum(by_node[p].priority for p in inst.plots)
    seconds = time.monotonic() - started
    log.debug(
        "plan: priority %.1f of %.1f reachable, %d iterations, %.1f s",
        sum(r.priority for r in routes),
        upper,
        iterations,
        seconds,
    )
    return Plan(tuple(routes), unplanned, upper, seconds, iterations)
