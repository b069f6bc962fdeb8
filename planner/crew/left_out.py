"""Why a plot the lower bound could reach is not in the plan with the boats (``solve_with_boats``).

Each plot left out is tried in the routes: lifting the fuel or the forest km per day, alone or where the
lower bound would put it; a plot that fits alone in the time keeps the search's reason.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Dict, List, Optional, Protocol, Sequence

from ..core import message
from ..optimize import MANDATORY_MISSING, NOT_ENOUGH_TIME, Plot, Team
from .evaluate import RouteResult
from .motors import Crew


class Planner(Protocol):
    """What is asked here of the boats' planner in ``solve`` (which calls here)."""

    teams: List[Team]
    crews: List[Crew]
    by_node: Dict[int, Plot]

    def allowed(self, k: int, node: int) -> bool: ...

    def evaluate(self, k: int, route: Sequence[int], crew: Optional[Crew] = None) -> RouteResult: ...

    def bound(self, a: int, b: int) -> float: ...


NOT_ENOUGH_FUEL = message("not_enough_fuel")
BOAT_TOO_SLOW = message("boat_too_slow")
ON_FOOT = message("on_foot_out_of_reach")


def why_left_out(pl: Planner, routes: List[List[int]], p: int, first: Optional[str]) -> str:
    """Why a plot the lower bound could reach is not in the plan with the boats."""
    teams = [k for k in range(len(pl.teams)) if pl.allowed(k, p)]
    alone = [k for k in teams if _may_fit(pl, k, [pl.teams[k].start, p, pl.teams[k].end])]
    if _fits_without(pl, routes, p, "fuel_l"):
        return NOT_ENOUGH_FUEL
    if _fits_without(pl, routes, p, "forest_km_day"):
        km = next(c.forest_km_day for c in pl.crews if c.forest_km_day is not None)
        return message("forest_per_day", km=km)
    if alone:
        return first or (MANDATORY_MISSING if pl.by_node[p].mandatory else NOT_ENOUGH_TIME)
    if teams and all(not pl.crews[k].has_boat for k in teams):
        return ON_FOOT
    return BOAT_TOO_SLOW


def _fits_without(pl: Planner, routes: List[List[int]], p: int, limit: str) -> bool:
    """Whether ``p`` fits with one of the crew's limits lifted (``limit``: ``fuel_l``, ``forest_km_day``) and
    not with it: that limit left it out."""
    for k, route in enumerate(routes):
        if not pl.allowed(k, p) or getattr(pl.crews[k], limit) is None:
            continue
        free = replace(pl.crews[k], fuel_l=None) if limit == "fuel_l" else replace(pl.crews[k], forest_km_day=None)
        if _may_fit(pl, k, [route[0], p, route[-1]], free) and not pl.evaluate(k, [route[0], p, route[-1]]).feasible:
            return True  # alone it would fit in the time, not within the limit
        # where the lower bound would put it: fits in the time there without the limit?
        i = min(
            range(1, len(route)),
            key=lambda i: pl.bound(route[i - 1], p) + pl.bound(p, route[i]) - pl.bound(route[i - 1], route[i]),
        )
        trial = route[:i] + [p] + route[i:]
        if _may_fit(pl, k, trial, free) and not pl.evaluate(k, trial).feasible:
            return True
    return False


def _may_fit(pl: Planner, k: int, route: List[int], crew: Optional[Crew] = None) -> bool:
    """Whether ``route`` fits team k's time (with ``crew``): the free-switching matrix is a lower bound of every
    leg, so a route over the time by it is not evaluated (hundreds of plots left out are tried in full routes)."""
    if sum(pl.bound(a, b) for a, b in zip(route, route[1:])) > pl.teams[k].budget_h + 1e-9:
        return False
    return pl.evaluate(k, route, crew).feasible
