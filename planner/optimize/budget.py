"""The search time: the coordinator gives one figure, and it is shared out here and nowhere else.

``SolverOptions.time_limit_s`` is the whole search of one plan.  Two callers
run more than one search inside it and used to halve it each on its own:

- a stable re-plan (``plan.stability``) searches two plans, one with the untouched
  teams' plots pinned and one free: each gets ``alternative`` (half, at least
  ``MIN_SEARCH_S``), with no stall limit of its own;
- a plan with boats (``crew.solve``) first searches the matrix where boat and foot
  mix freely (``lower_bound``: half of what it was given), then fits the boats in
  two short phases (``boat_phases``: a twentieth and a fortieth, with a floor, half
  the floor when it starts from the last plan since the coordinator is waiting).

- a what-if (``plan.what_if``) plans as asked, then for each team with one more day, one more team and
  (with a fuel budget) more fuel: ten plans for the demo's three teams.  Each plan gets ``what_if`` (its
  share, at least ``MIN_SEARCH_S``), so the coordinator's search time is the whole what-if's, which
  searches about as long as one plan (issue 25: a 10 s search per plan was most of its minutes with a
  whole alert file).  The plan as asked is searched as any plan (its boat phases keep their floors below);
  each change only adds a day, a team or fuel, so the plan as asked is still possible with it and the change
  grows from it (``SolverOptions.grow``) with no search from scratch: all its share goes to ``grow_phases``.

Each search also ends when it has found no better plan for ``stall`` (a third of
its time).  So a stable re-plan with boats spends a quarter of the search time on each
lower-bound search.  Changing a share means changing it here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Tuple

from .problem import SolverOptions

MIN_SEARCH_S = 0.5  # a search shorter than this finds little beyond the greedy start
BOAT_FLOOR_S = (0.5, 0.3)  # growing the routes with the boats, then re-ordering them


def stall(options: SolverOptions) -> float:
    """How long a search goes on without a better plan: ``stall_s``, or a third of the time (at least 1 s)."""
    if options.stall_s is not None:
        return options.stall_s
    return max(1.0, options.time_limit_s / 3.0)


def alternative(options: SolverOptions) -> SolverOptions:
    """The options of each of a stable re-plan's two searches."""
    return replace(options, time_limit_s=max(MIN_SEARCH_S, options.time_limit_s / 2.0), stall_s=None)


def what_if(options: SolverOptions, runs: int) -> SolverOptions:
    """The options of each of a what-if's ``runs`` plans."""
    return replace(options, time_limit_s=max(MIN_SEARCH_S, options.time_limit_s / max(1, runs)))


def grow_phases(options: SolverOptions) -> Tuple[float, float, float]:
    """Seconds for growing a plan from the last one (``SolverOptions.grow``), for re-ordering its routes, and
    how long the growing goes on without a better plan: its whole time, three quarters and a quarter, then a
    tenth (the last plan was searched already: a change seldom gains after its first insertions)."""
    seconds = options.time_limit_s
    return 0.75 * seconds, 0.25 * seconds, max(0.05, 0.1 * seconds)


def lower_bound(options: SolverOptions) -> SolverOptions:
    """The options of the search on the boat-and-foot matrix, before the boats are fitted.

    ``replace()``, not new options: the warm start (``initial_routes``) must reach the search."""
    return replace(options, time_limit_s=options.time_limit_s / 2)


def boat_phases(options: SolverOptions) -> Tuple[float, float]:
    """Seconds for growing the routes with the boats, and for re-ordering them."""
    floor = 0.5 if options.initial_routes else 1.0
    grow, reorder = BOAT_FLOOR_S
    return max(grow * floor, options.time_limit_s / 20), max(reorder * floor, options.time_limit_s / 40)
