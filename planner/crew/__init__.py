"""Step 3b, the boat crew: where the boat is, where the pilot takes it, fuel, seasons and daylight.

``motors`` holds the motor profiles and fuel; ``evaluate`` travels one team's
route with its boat (boards only where the boat is, pilot moves, waits);
``access`` computes the foot and boat times it needs from the network;
``solve`` plans with it (``solve_with_boats``).
"""

from __future__ import annotations

from .access import CrewNetwork, build_access
from .evaluate import Access, LegChoice, PilotMove, RouteResult, evaluate_route
from .motors import MOTORS, Crew, Motor, split_hours
from .solve import BOAT_TOO_SLOW, NOT_ENOUGH_FUEL, BoatPlan, solve_with_boats

__all__ = [
    "Access",
    "BOAT_TOO_SLOW",
    "BoatPlan",
    "CrewNetwork",
    "Crew",
    "LegChoice",
    "MOTORS",
    "Motor",
    "build_access",
    "NOT_ENOUGH_FUEL",
    "PilotMove",
    "RouteResult",
    "evaluate_route",
    "solve_with_boats",
    "split_hours",
]
