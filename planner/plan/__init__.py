"""Step 4, a patrol plan end to end: from the coordinator's request to days, stops and paths.

``request`` parses teams, start time, locks and drops; ``pipeline`` runs the
matrix and the optimizer and lays out the result (``plan_patrols``);
``leg_split`` cuts a leg where the team camps; ``model`` is the finished plan.
"""

from __future__ import annotations

from .leg_split import split_parts
from .model import BASE, CAMP, PLOT, DayPlan, LeftOut, PathPart, PatrolPlan, PlannedStop, TeamPlan
from .overnight import next_morning_minutes
from .pipeline import Assignments, BaseSite, PlotSite, plan_patrols
from .request import TeamRequest, parse_assignments, parse_start, parse_teams
from .stability import PreviousPlan, StabilityNote, parse_previous, solve_stably

__all__ = [
    "Assignments",
    "BASE",
    "BaseSite",
    "CAMP",
    "DayPlan",
    "LeftOut",
    "PLOT",
    "PathPart",
    "PatrolPlan",
    "PlannedStop",
    "PlotSite",
    "PreviousPlan",
    "StabilityNote",
    "TeamPlan",
    "TeamRequest",
    "next_morning_minutes",
    "parse_assignments",
    "parse_previous",
    "parse_start",
    "parse_teams",
    "plan_patrols",
    "solve_stably",
    "split_parts",
]
