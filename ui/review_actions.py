# SPDX-License-Identifier: GPL-2.0-or-later
"""The review step's corrections: drop a plot from a team, lock it to one, keep a team's plan (a dock mixin).

They are remembered in the project (``project_state``) so the next morning's "Plan again" still has them.
"""

from __future__ import annotations

from typing import Any, Dict, Optional

from qgis.core import Qgis

from ..qgis_adapters.base import PLOT_ID, TEAM
from ..qgis_adapters.translation import tr
from . import project_state


class ReviewActions:
    """Mixed into the dock, which owns ``locks``, ``drops``, ``review``, ``replan_controls`` and ``_tell``."""

    def _save_assignments(self) -> None:
        project_state.save_json(
            "assignments", {"locks": self.locks, "drops": self.drops, "kept": sorted(self.replan_controls.kept)}
        )
        self.review.mark(self.replan_controls.kept, self.locks, self.drops)

    def keep_selected_team(self) -> None:
        message = self.replan_controls.toggle()
        if message is None:
            self._tell(tr("Select a team, one of its days or stops in the list first."), Qgis.MessageLevel.Warning)
            return
        self._save_assignments()
        self._tell(message)

    def _selected_plot(self) -> Optional[Dict[str, Any]]:
        stop = self.review.selected_stop()
        if stop and stop.get(PLOT_ID):
            return stop
        self._tell(
            tr("Select a plot in the list first (a stop marked as a plot, not a day, base or camp)."),
            Qgis.MessageLevel.Warning,
        )
        return None

    def drop_selected_plot(self) -> None:
        stop = self._selected_plot()
        if stop:
            self.drops[stop[PLOT_ID]] = stop[TEAM]
            self.locks.pop(stop[PLOT_ID], None)
            self._save_assignments()
            self._tell(tr("{} will not be given to {} when you plan again.").format(stop[PLOT_ID], stop[TEAM]))

    def lock_selected_plot(self) -> None:
        stop = self._selected_plot()
        if stop:
            self.locks[stop[PLOT_ID]] = stop[TEAM]
            self.drops.pop(stop[PLOT_ID], None)
            self._save_assignments()
            self._tell(tr("{} stays with {} when you plan again.").format(stop[PLOT_ID], stop[TEAM]))
