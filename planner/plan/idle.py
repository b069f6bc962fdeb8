"""Why a team got no plot at all: one line the coordinator can act on (issue 25).

A team with no plot would otherwise get a route from its base back to it, an
empty GPX and no word.  The plots it could visit nearest (by the optimizer's
times) are each tried alone, there and back, with the team's boat, without its
fuel limit and without its time limit: what they need says which limit left
the team idle, and by how much; then with its forest km a day, when it has one.
"""

from __future__ import annotations

import math
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from ..core import message
from ..core.messages import Message
from ..crew import Access, Crew, RouteResult, evaluate_route
from ..network import Terminal, TravelMatrix
from ..optimize import Plot, Team

TRIED = 12  # plots tried alone: the nearest by the optimizer's times (a few evaluations, not thousands)
Hours = Callable[[int, int], Optional[float]]


def why_no_plot(
    access: Access,
    team: Team,
    crew: Crew,
    plots: Sequence[Plot],
    matrix: TravelMatrix,
    terminals: Sequence[Terminal],
) -> Message:
    """The reason ``team`` (with ``crew``) visits no plot; ``matrix`` holds the optimizer's times between
    ``terminals`` (the solver's nodes)."""
    base = terminals[team.start].geometry

    def far(node: int) -> float:
        return float(base.distance(terminals[node].geometry))

    return _why(access, team, crew, plots, lambda a, b: matrix.hours[a][b], matrix.exact_hours, far)


def _why(
    access: Access,
    team: Team,
    crew: Crew,
    plots: Sequence[Plot],
    hours: Hours,
    exact: Hours,
    far: Callable[[int], float],
) -> Message:
    """``hours(a, b)`` is the optimizer's time (None beyond its horizon), ``exact(a, b)`` the same searched
    to the end, ``far(node)`` the straight-line distance from the team's base (to rank the plots beyond
    the horizon)."""
    mine = [p for p in plots if p.teams is None or team.name in p.teams]
    if not mine:
        return message("team_no_plot_allowed")
    nearest = sorted(mine, key=lambda p: (_trip(hours, team, p), far(p.node)))[:TRIED]
    free = Crew(crew.motor, crew.pilot_stays, None)
    service = {p.node: p.service_h for p in nearest}
    alone: List[Tuple[Plot, RouteResult]] = []
    for p in nearest:
        result = evaluate_route(access, free, [team.start, p.node, team.end], service, math.inf)
        if result.feasible:
            alone.append((p, result))
    in_time = [r for _, r in alone if r.total_h <= team.budget_h + 1e-9]
    fitting = [p for p, r in alone if r.total_h <= team.budget_h + 1e-9]
    if in_time:
        if crew.fuel_l is not None and all(r.fuel_l > crew.fuel_l + 1e-9 for r in in_time):
            needed = min(r.fuel_l for r in in_time)
            return message("team_no_plot_fuel", fuel=crew.fuel_l, needed=needed)
        if crew.forest_km_day is not None and not any(_in_forest(access, team, crew, p, service) for p in fitting):
            return message("team_no_plot_forest", km=crew.forest_km_day)
        return message("team_no_plot_taken")
    trips = [r.total_h for _, r in alone] or [t for p in nearest if (t := _trip(exact, team, p)) < math.inf]
    if trips:
        return message("team_no_plot_time", hours=team.budget_h, needed=min(trips))
    return message("team_no_plot_reach")


def _in_forest(access: Access, team: Team, crew: Crew, plot: Plot, service: Dict[int, float]) -> bool:
    """Whether ``plot`` alone, there and back, keeps within the crew's forest km a day (fuel and time aside)."""
    walker = Crew(crew.motor, crew.pilot_stays, None, crew.forest_km_day)
    route = [team.start, plot.node, team.end]
    return evaluate_route(access, walker, route, service, math.inf, day_h=team.hours_per_day).feasible


def _trip(hours: Hours, team: Team, plot: Plot) -> float:
    there, back = hours(team.start, plot.node), hours(plot.node, team.end)
    return math.inf if there is None or back is None else there + plot.service_h + back
