"""What if: the plots and priority one more day, one more team or more fuel would add, team by team (issue 12)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any, Dict

from qgis.core import QgsProcessingOutputString

from ...planner.plan import PlanSetup
from ._base import tr
from .plan_patrols import PlanPatrols

OUTPUTS = ("ROUTES", "STOPS", "UNPLANNED", "LEGS")


class WhatIfPatrols(PlanPatrols):
    def name(self) -> str:
        return "what_if"

    def displayName(self) -> str:  # noqa: N802
        return tr("What if: one more day, team or fuel")

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Plans the patrol as asked, then, for each team, again with one more day for that team, with a second "
            "team from its base (with the same boat) and, when its fuel is limited, with half as much fuel again, "
            "and says how many plots and how much priority each change would add. Same inputs as Plan patrols; "
            "runs in the background."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        super().initAlgorithm(config)
        for key in OUTPUTS:
            self.removeParameter(key)
        self.addOutput(QgsProcessingOutputString("SUMMARY", tr("What each change adds")))
        # the same answers for a program (the dock's table): label, team, plots, priority, extra_plots, extra_priority
        self.addOutput(QgsProcessingOutputString("ANSWERS", tr("What each change adds, as JSON")))

    def _run(self, setup: PlanSetup, parameters, context, crs, feedback, progress, variation=None) -> Dict[str, Any]:
        labels = {
            "as planned": tr("as planned"),
            "one more day": tr("one more day"),
            "one more team": tr("one more team"),
            "more fuel": tr("more fuel"),
        }
        lines = []
        options = setup.what_if(progress)
        for option in options:
            change = labels[option.label]
            if option.team:
                change = tr("{change} for {team}").format(change=change, team=option.team)
            lines.append(
                tr("{}: {} plots, priority {:.1f} ({:+d} plots, {:+.1f} priority)").format(
                    change, option.plots, option.priority, option.extra_plots, option.extra_priority
                )
            )
            feedback.pushInfo(lines[-1])
        return {"SUMMARY": "\n".join(lines), "ANSWERS": json.dumps([asdict(option) for option in options])}


ALGORITHMS = [WhatIfPatrols]
