# SPDX-License-Identifier: GPL-2.0-or-later
"""Step 4b, plans the watchers cannot learn: history, predictability score, variation, risk places (issue 29).

The history
-----------
``History`` holds ``Outing`` records, oldest first: one per team and patrol,
from past plans (``outings_of_plan``) and walked tracks (``outing_of_track``):
landings and their clock hours, the departure, camps, the cells walked, the
legs between stops and the order of the plots.

The score
---------
``predictability(outings, history, ScoreSettings)`` counts what repeats the
last ``recent`` patrol days and the entropy of the choices over the period;
``history_scores`` gives the same score for every past patrol day
(``score``'s docstring has the formula; ``docs/variation.md`` explains it).

The variation
-------------
``plan_varied(setup, history, Variation)`` makes the plan as usual, then more
candidates through the optimizer's own options (seed, departure, the plots'
weights for the search), and draws one that keeps ``1 - accepted_loss`` of the
best priority, breaks no ``HardRules`` and is among the least predictable.
``VariedPlan`` records the seed, the best and the chosen plan's figures.
The request's stability (kept and untouched teams) holds in every candidate.

Risk places
-----------
``apply_risk(ground, request, places, team_sizes)`` keeps the plan away from
``RiskPlace`` circles or lets only large enough teams in;
``with_left_out`` adds the plots it left out to the plan; ``risk_notes``
tells of a team that still passes too near.
"""

from __future__ import annotations

from .choose import Candidate, Variant, Variation, VariedPlan, choose_plan, new_seed, plan_varied
from .history import (
    PLAN,
    TRACK,
    History,
    Landing,
    Outing,
    PastLeg,
    PastStop,
    cells_of,
    outing_of_track,
    outings_of_plan,
    outings_of_rows,
)
from .risk import RiskNote, RiskOutcome, RiskPlace, apply_risk, parse_team_sizes, risk_notes, with_left_out
from .rules import Broken, HardRules, broken_rules
from .score import CATEGORIES, Predictability, Repeat, ScoreSettings, history_scores, predictability

__all__ = [
    "CATEGORIES",
    "PLAN",
    "TRACK",
    "Broken",
    "Candidate",
    "HardRules",
    "History",
    "Landing",
    "PastLeg",
    "PastStop",
    "outings_of_rows",
    "Outing",
    "Predictability",
    "Repeat",
    "RiskNote",
    "RiskOutcome",
    "RiskPlace",
    "ScoreSettings",
    "Variant",
    "VariedPlan",
    "Variation",
    "apply_risk",
    "broken_rules",
    "cells_of",
    "choose_plan",
    "history_scores",
    "new_seed",
    "outing_of_track",
    "outings_of_plan",
    "parse_team_sizes",
    "plan_varied",
    "predictability",
    "risk_notes",
    "with_left_out",
]
