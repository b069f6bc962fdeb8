"""Step 4, a patrol plan end to end: from the coordinator's request to days, stops and paths.

The request
-----------
``PlanRequest`` (``setup``) is what the coordinator asks for, frozen and typed,
built once by the QGIS side from the algorithm's parameters (the Processing
ids stay there: each parser takes ``source``, the name of the input to correct):

- ``teams``: ``TeamRequest`` (name, start base, end base, days, hours a day),
  parsed by ``parse_teams``; ``start``: the departure (``parse_start``);
- ``boats``: ``Boats``, each team's motor (None: on foot) or the default one,
  fuel budgets in litres, whether pilots stay at the landing (``parse_motors``,
  ``parse_fuel``; ``parse_crews`` does all three from the texts);
- ``day_end``: ``DayEnd``, travel ends each day some minutes before sunset or at
  a set hour; None: each team's hours a day only;
- ``time_limit_s`` and ``seed``: the whole search (``optimize.budget`` shares the
  time out) and its random seed;
- ``assignments``: ``Assignments``, the coordinator's locks and drops
  (``parse_assignments``); ``stability``: the plan on screen, to keep what was not
  asked to change (``parse_previous``).

The ground (``Ground``: every river reach with its navigable months, trails,
zones, travel model, bases, plots, where the bases are in degrees) comes from
the layers.  ``prepare_plan(request, ground, networks)`` closes the reaches
out of season on the patrol's dates, builds the network (or takes the
session's), sets daylight and gives each team its crew; the ``PlanSetup`` it
returns plans (``plan``) or compares more days, teams or fuel (``what_if``).

The modules
-----------
``request`` parses teams, start time, locks and drops; ``boats`` the boats;
``setup`` is the entry point above; ``pipeline`` runs the matrix and the
optimizer and lays out the result (``plan_patrols``); ``leg_split`` cuts a leg
where the team camps; ``model`` is the finished plan.
"""

from __future__ import annotations

from .boats import MOTOR_KEYS, Boats, motor_of, parse_crews, parse_fuel, parse_motors
from .causes import Cause, left_out_causes
from .leg_split import split_parts
from .legs import LegRow, layer_legs, plan_legs
from .model import BASE, CAMP, PLOT, Crewing, DayPlan, LeftOut, PathPart, PatrolPlan, PlannedStop, TeamPlan, as_coord
from .overnight import next_morning_minutes
from .pilot import LegLike, check_ins, pilot_instructions
from .pipeline import Assignments, BaseSite, PlotSite, Seasons, plan_patrols
from .request import TeamRequest, parse_assignments, parse_start, parse_teams
from .setup import DayEnd, Ground, PlanRequest, PlanSetup, SetupCode, SetupNote, prepare_plan
from .stability import PreviousPlan, StabilityNote, parse_previous, solve_stably
from .validate import boat_breaks, validate_plan
from .what_if import WhatIf, what_if

__all__ = [
    "Boats",
    "Cause",
    "left_out_causes",
    "MOTOR_KEYS",
    "DayEnd",
    "Ground",
    "PlanRequest",
    "PlanSetup",
    "SetupCode",
    "SetupNote",
    "motor_of",
    "parse_fuel",
    "parse_motors",
    "prepare_plan",
    "Assignments",
    "BASE",
    "BaseSite",
    "CAMP",
    "Crewing",
    "DayPlan",
    "LegLike",
    "LegRow",
    "LeftOut",
    "PLOT",
    "PathPart",
    "PatrolPlan",
    "PlannedStop",
    "PlotSite",
    "PreviousPlan",
    "Seasons",
    "as_coord",
    "StabilityNote",
    "TeamPlan",
    "TeamRequest",
    "WhatIf",
    "boat_breaks",
    "check_ins",
    "next_morning_minutes",
    "parse_assignments",
    "parse_crews",
    "parse_previous",
    "parse_start",
    "parse_teams",
    "pilot_instructions",
    "layer_legs",
    "plan_legs",
    "plan_patrols",
    "solve_stably",
    "split_parts",
    "validate_plan",
    "what_if",
]
