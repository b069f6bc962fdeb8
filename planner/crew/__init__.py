"""Step 3b, the boat crew: where the boat is, where the pilot takes it, fuel, seasons and daylight.

``motors`` holds the motor profiles and fuel; ``evaluate`` travels one team's
route with its boat (boards only where the boat is, pilot moves, waits);
``access`` computes the foot and boat times it needs from the network;
``solve`` plans with it (``solve_with_boats``; ``left_out`` says why a plot
is not in that plan); ``daylight`` computes
sunset offline; ``seasons`` closes river reaches out of their months.
"""

from __future__ import annotations

from .access import CrewNetwork, build_access
from .daylight import Daylight, sunset_hour
from .evaluate import Access, LegChoice, PilotMove, RouteResult, evaluate_route
from .left_out import BOAT_TOO_SLOW, NOT_ENOUGH_FUEL, ON_FOOT
from .motor_table import MotorTable, motor_table
from .motors import MOTORS, Crew, Motor, at_speed, split_hours
from .seasons import CLOSED_REACH, cut_off_plots, describe_months, parse_months, patrol_dates, seasonal_rivers
from .solve import BoatPlan, solve_with_boats

__all__ = [
    "Access",
    "CLOSED_REACH",
    "Daylight",
    "BOAT_TOO_SLOW",
    "BoatPlan",
    "CrewNetwork",
    "Crew",
    "LegChoice",
    "MOTORS",
    "Motor",
    "MotorTable",
    "at_speed",
    "motor_table",
    "build_access",
    "cut_off_plots",
    "describe_months",
    "NOT_ENOUGH_FUEL",
    "ON_FOOT",
    "PilotMove",
    "RouteResult",
    "evaluate_route",
    "parse_months",
    "patrol_dates",
    "seasonal_rivers",
    "solve_with_boats",
    "split_hours",
    "sunset_hour",
]
