"""Step 3, which plots each team visits and in what order: team orienteering.

``problem`` is the question and the answer as plain dataclasses; ``instance``
the solver's internal lists; ``moves``, ``order``, ``pool`` and ``search``
the iterated local search; ``tsp`` re-orders one route; ``exact`` solves small problems exactly
(and checks the search in the tests); ``schedule`` lays a route out in days,
clock times and camps; ``solver.solve`` is the entry point (``solver.out_of_reach``: the plots
out of reach, for a plan grown from the last one without a search).
"""

from __future__ import annotations

from . import budget
from .exact import exhaustive_solve
from .instance import too_far
from .problem import Camp, LegHours, Matrix, Plan, Plot, SolverOptions, Stop, Team, TeamPlan
from .schedule import schedule_route
from .solver import MANDATORY_MISSING, NOT_ENOUGH_TIME, out_of_reach, solve

__all__ = [
    "too_far",
    "budget",
    "Camp",
    "MANDATORY_MISSING",
    "NOT_ENOUGH_TIME",
    "LegHours",
    "Matrix",
    "Plan",
    "Plot",
    "SolverOptions",
    "Stop",
    "Team",
    "TeamPlan",
    "exhaustive_solve",
    "out_of_reach",
    "schedule_route",
    "solve",
]
