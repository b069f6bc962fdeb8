"""What if: the plots and priority one more day, one more team or more fuel would add (issue 12)."""

from __future__ import annotations

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
            "Plans the patrol as asked, then again with one more day for every team, with one more team (from "
            "the first team's base, with the same boat) and, when fuel is limited, with half as much fuel again, "
            "and says how many plots and how much priority each change would add. Same inputs as Plan patrols; "
            "runs in the background."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        super().initAlgorithm(config)
        for key in OUTPUTS:
            self.removeParameter(key)
        self.addOutput(QgsProcessingOutputString("SUMMARY", tr("What each change adds")))

    def _run(self, setup: PlanSetup, parameters, context, crs, feedback, progress, variation=None) -> Dict[str, Any]:
        labels = {
            "as planned": tr("as planned"),
            "one more day": tr("one more day"),
            "one more team": tr("one more team"),
            "more fuel": tr("more fuel"),
        }
        lines = []
        for option in setup.what_if(progress):
            lines.append(
                tr("{}: {} plots, priority {:.1f} ({:+d} plots, {:+.1f} priority)").format(
                    labels[option.label], option.plots, option.priority, option.extra_plots, option.extra_priority
                )
            )
            feedback.pushInfo(lines[-1])
        return {"SUMMARY": "\n".join(lines)}


ALGORITHMS = [WhatIfPatrols]
