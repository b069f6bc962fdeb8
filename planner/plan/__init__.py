"""Step 4, a patrol plan end to end: from the coordinator's request to days, stops and paths.

``request`` parses teams, start time, locks and drops; ``pipeline`` runs the
matrix and the optimizer and lays out the result (``plan_patrols``);
``leg_split`` cuts a leg where the team camps; ``model`` is the finished plan.
"""

from __future__ import annotations

from .boats import parse_crews
from .leg_split import split_parts
from .legs import LegRow, plan_legs
from .model import BASE, CAMP, PLOT, Crewing, DayPlan, LeftOut, PathPart, PatrolPlan, PlannedStop, TeamPlan
from .overnight import next_morning_minutes
from .pilot import LegLike, check_ins, pilot_instructions
from .pipeline import Assignments, BaseSite, PlotSite, Seasons, plan_patrols
from .request import TeamRequest, parse_assignments, parse_start, parse_teams
from .stability import PreviousPlan, StabilityNote, parse_previous, solve_stably
from .validate import boat_breaks, validate_plan
from .what_if import WhatIf, what_if

__all__ = [
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
    "plan_legs",
    "plan_patrols",
    "solve_stably",
    "split_parts",
    "validate_plan",
    "what_if",
]
