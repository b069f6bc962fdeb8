# SPDX-License-Identifier: GPL-2.0-or-later
"""Re-planning from the review: keep a team's plan whole, and say what changed against the plan before.

The engine keeps the teams the coordinator did not touch on their plots
unless changing them gains more than a stated share of priority
(``planner.plan.stability``); this module gives it the plan on screen, the
teams whose plan is kept, and turns the new plan into a sentence about what
changed.
"""

from __future__ import annotations

from typing import Dict, List, Mapping, Optional, Sequence, Set

from qgis.PyQt.QtWidgets import QGridLayout, QLabel, QPushButton, QTreeWidget

from ..qgis_adapters.base import DAY, KIND, SEQ, TEAM
from ..qgis_adapters.translation import tr

PLOT_KIND = "plot"


def plan_on_screen(stops_layer) -> Dict[str, List[str]]:
    """Team -> plot ids in visiting order, from a stops layer."""
    rows = []
    for feature in stops_layer.getFeatures():
        if str(feature[KIND]) == PLOT_KIND:
            rows.append((str(feature[TEAM]), int(feature[DAY]), int(feature[SEQ]), str(feature["name"])))
    out: Dict[str, List[str]] = {}
    for team, _, _, name in sorted(rows):
        out.setdefault(team, []).append(name)
    return out


def previous_text(plan: Mapping[str, Sequence[str]]) -> str:
    return ";".join(f"{team}={','.join(plots)}" for team, plots in sorted(plan.items()))


def changes_sentence(before: Mapping[str, Sequence[str]], after: Mapping[str, Sequence[str]]) -> str:
    """'Changes against the previous plan: Norte +P3 −P2; Sur unchanged.'"""
    if not before:
        return ""
    parts = []
    for team in sorted(set(before) | set(after)):
        old, new = set(before.get(team, ())), set(after.get(team, ()))
        gained = sorted(new - old)
        lost = sorted(old - new)
        if not gained and not lost:
            parts.append(tr("{} unchanged").format(team))
            continue
        change = " ".join([f"+{p}" for p in gained] + [f"−{p}" for p in lost])
        parts.append(f"{team} {change}")
    return tr("Changes against the previous plan: {}.").format("; ".join(parts))


def selected_team(tree: QTreeWidget) -> Optional[str]:
    """The team of the selected row, whether a team, a day or a stop is selected."""
    items = tree.selectedItems()
    if not items:
        return None
    item = items[0]
    while item.parent() is not None:
        item = item.parent()
    return item.text(0) or None


class ReplanControls:
    """The "keep this team's plan" button and the line saying what the last re-plan changed."""

    def __init__(self, layout: QGridLayout, tree: QTreeWidget) -> None:
        self.tree = tree
        self.kept: Set[str] = set()
        self.keepButton = QPushButton(tr("Keep this team's plan"))
        self.keepButton.setCheckable(True)
        self.keepButton.setToolTip(tr("When you plan again, this team keeps exactly the plots it has now."))
        self.changesLabel = QLabel()
        self.changesLabel.setWordWrap(True)
        row = layout.rowCount()
        layout.addWidget(self.keepButton, row, 0, 1, 3)
        layout.addWidget(self.changesLabel, row + 1, 0, 1, 3)
        tree.itemSelectionChanged.connect(self.sync)

    def sync(self) -> None:
        team = selected_team(self.tree)
        self.keepButton.setEnabled(team is not None)
        self.keepButton.blockSignals(True)
        self.keepButton.setChecked(team in self.kept)
        self.keepButton.blockSignals(False)

    def toggle(self) -> Optional[str]:
        """Keeps or frees the selected team's plan; returns a sentence for the coordinator."""
        team = selected_team(self.tree)
        if team is None:
            self.sync()
            return None
        if team in self.kept:
            self.kept.discard(team)
            message = tr("{} may be given other plots when you plan again.").format(team)
        else:
            self.kept.add(team)
            message = tr("{} keeps exactly its plots when you plan again.").format(team)
        self.sync()
        return message

    def reset(self) -> None:
        self.kept = set()
        self.changesLabel.setText("")
        self.sync()
