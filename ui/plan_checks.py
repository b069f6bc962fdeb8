# SPDX-License-Identifier: GPL-2.0-or-later
"""Before the plan runs: the layers, fields, teams and network it needs; and What if (a dock mixin).

What if runs the same plan again with one more day, one more team and more
fuel, and its answer stays in the review, beside the plan it is about.
"""

from __future__ import annotations

from typing import Any, Dict

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QGridLayout

from ..qgis_adapters.translation import tr
from .network_check import NetworkVerdict, network_problem
from .plan_outputs import TABLES, wrong_layers
from .what_if import WhatIfAnswers


class PlanChecks:
    """Mixed into the dock: uses its form, teams, field mapping, ``plan_parameters``, ``_start`` and ``_tell``."""

    def _add_what_if(self, layout: QGridLayout) -> None:
        self.what_if_answers = WhatIfAnswers(layout)
        self.what_if_button, self.what_if_label = self.what_if_answers.button, self.what_if_answers.label
        self.what_if_table = self.what_if_answers.table

    def ready_to_plan(self) -> bool:
        f = self.form
        problem = wrong_layers(
            {
                "rivers": f.riversCombo.currentLayer(),
                "plots": f.plotsCombo.currentLayer(),
                "bases": f.basesCombo.currentLayer(),
                "trails": f.trailsCombo.currentLayer(),
                "nogo": f.nogoCombo.currentLayer(),
            }
        )
        if problem:
            self._tell(problem, Qgis.MessageLevel.Warning)
            f.stepTabs.setCurrentWidget(f.layersTab)
            return False
        if not self._fields_confirmed():
            return False
        if not self.teams.rows():
            self._tell(tr("Add at least one team before planning."), Qgis.MessageLevel.Warning)
            return False
        problem, warning = self.network_problem()
        if problem:
            self._tell(problem, Qgis.MessageLevel.Warning)
            return False
        if warning:
            self._tell(warning, Qgis.MessageLevel.Warning)
        return True

    def what_if(self) -> None:
        if not self.ready_to_plan():
            return
        params = {k: v for k, v in self.plan_parameters().items() if k not in TABLES}
        self.what_if_answers.working()
        self._start("patrol_planner:what_if", params, self._what_if_done)

    def _what_if_done(self, ok: bool, results: Dict[str, Any]) -> None:
        if ok:
            self.what_if_answers.show(str(results.get("ANSWERS") or ""))
        else:
            self.what_if_answers.clear()
        self.form.stepTabs.setCurrentWidget(self.form.reviewTab)

    def network_problem(self) -> NetworkVerdict:
        f, rows = self.form, self.teams.rows()
        names = [row["base"] for row in rows] + [row["end_base"] for row in rows if row["end_base"]]
        layers = (f.riversCombo, f.trailsCombo, f.basesCombo, f.plotsCombo)
        return network_problem(*(c.currentLayer() for c in layers), names, f.maxForestMSpin.value())

    def _fields_confirmed(self) -> bool:
        if self.field_mapping.confirmed:
            return True
        self._tell(
            tr(
                "Check the fields of the plots layer on the Layers tab and press “These fields are "
                "right” before planning."
            ),
            Qgis.MessageLevel.Warning,
        )
        self.form.stepTabs.setCurrentWidget(self.form.layersTab)
        return False
