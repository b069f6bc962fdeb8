# SPDX-License-Identifier: GPL-2.0-or-later
"""Re-planning from the review: keep a team's plan whole, and say what changed against the plan before.

The engine keeps the teams the coordinator did not touch on their plots
unless changing them gains more than a stated share of priority
(``planner.plan.stability``); this module gives it the plan on screen, the
teams whose plan is kept, and turns the new plan into a sentence about what
changed.
"""

from __future__ import annotations

from typing import Dict, List, Mapping, Optional, Sequence, Set, Tuple

from qgis.core import QgsFeature
from qgis.PyQt.QtWidgets import QGridLayout, QLabel, QPushButton, QTreeWidget

from ..qgis_adapters.base import DAY, KIND, SEQ, TEAM
from ..qgis_adapters.translation import tr

PLOT_KIND = "plot"
KEPT_LAYERS = ("routes", "stops", "legs")


def schedule_on_screen(stops_layer) -> Dict[str, List[Tuple[int, str]]]:
    """Team -> (day, plot id) in visiting order, from a stops layer."""
    rows = []
    for feature in stops_layer.getFeatures():
        if str(feature[KIND]) == PLOT_KIND:
            rows.append((str(feature[TEAM]), int(feature[DAY]), int(feature[SEQ]), str(feature["name"])))
    out: Dict[str, List[Tuple[int, str]]] = {}
    for team, day, _, name in sorted(rows):
        out.setdefault(team, []).append((day, name))
    return out


def plan_on_screen(stops_layer) -> Dict[str, List[str]]:
    """Team -> plot ids in visiting order, from a stops layer."""
    return {team: [name for _, name in visits] for team, visits in schedule_on_screen(stops_layer).items()}


def previous_text(schedule: Mapping[str, Sequence[Tuple[int, str]]]) -> str:
    return ";".join(f"{team}={','.join(p for _, p in visits)}" for team, visits in sorted(schedule.items()))


def changes_sentence(
    before: Mapping[str, Sequence[Tuple[int, str]]], after: Mapping[str, Sequence[Tuple[int, str]]]
) -> str:
    """'Changes against the previous plan: Norte +P3 −P2; Sur unchanged.'

    "Unchanged" only for the same plots on the same days in the same order: a plot moved to another
    day changes the file already on the team's unit.
    """
    if not before:
        return ""
    parts = []
    for team in sorted(set(before) | set(after)):
        old_visits, new_visits = list(before.get(team, ())), list(after.get(team, ()))
        old, new = {p for _, p in old_visits}, {p for _, p in new_visits}
        gained = sorted(new - old)
        lost = sorted(old - new)
        if gained or lost:
            parts.append(f"{team} " + " ".join([f"+{p}" for p in gained] + [f"−{p}" for p in lost]))
        elif old_visits == new_visits:
            parts.append(tr("{} unchanged").format(team))
        else:
            parts.append(tr("{} same plots, on other days or in another order").format(team))
    return tr("Changes against the previous plan: {}.").format("; ".join(parts))


def still_fits(
    team: str, visits: Sequence[Tuple[int, str]], locks: Mapping[str, str], drops: Mapping[str, str]
) -> bool:
    """Whether a kept team's plan still obeys the drops and locks (one made since changes that plan)."""
    plots = {p for _, p in visits}
    if any((owner == team) != (plot in plots) for plot, owner in locks.items() if owner == team or plot in plots):
        return False
    return not any(owner == team and plot in plots for plot, owner in drops.items())


def kept_features(results, teams: Set[str]) -> Dict[str, List[QgsFeature]]:
    """The kept teams' days, stops and legs as they are on screen (and on their units)."""
    saved: Dict[str, List[QgsFeature]] = {}
    for key in KEPT_LAYERS:
        layer = results.layer(key)
        if layer is not None and teams:
            saved[key] = [QgsFeature(f) for f in layer.getFeatures() if str(f[TEAM]) in teams]
    return saved


def put_back(results, saved: Mapping[str, Sequence[QgsFeature]]) -> None:
    """Replaces the kept teams' part of the new plan by the plan they already carry, unchanged.

    The engine keeps a kept team's plots, but times and days follow from today's speeds and the
    other teams' plans; a team already briefed must get the very same file again.
    """
    teams = {str(f[TEAM]) for features in saved.values() for f in features}
    for key, features in saved.items():
        layer = results.layer(key)
        if layer is None:
            continue
        provider = layer.dataProvider()
        provider.deleteFeatures([f.id() for f in layer.getFeatures() if str(f[TEAM]) in teams])
        names = [n for n in layer.fields().names() if n != "fid"]
        copies = []
        for old in features:
            copy = QgsFeature(layer.fields())
            copy.setGeometry(old.geometry())
            for name in names:
                if old.fields().indexOf(name) >= 0:
                    copy[name] = old[name]
            copies.append(copy)
        provider.addFeatures(copies)
        layer.updateExtents()
        layer.triggerRepaint()
    # the tables share one GeoPackage: a write to one leaves the others' feature counts unknown (-1)
    for key in (*KEPT_LAYERS, "unplanned"):
        layer = results.layer(key) if saved else None
        if layer is not None:
            layer.dataProvider().reloadData()


def selected_team(tree: QTreeWidget) -> Optional[str]:
    """The team of the selected row, whether a team, a day or a stop is selected."""
    items = tree.selectedItems()
    if not items:
        return None
    item = items[0]
    while item.parent() is not None:
        item = item.parent()
    return item.text(0) or None


def button_and_answer(layout: QGridLayout, text: str, tip: str) -> Tuple[QPushButton, QLabel]:
    """A full-width button and, under it, the label for what it answers."""
    button = QPushButton(text)
    button.setToolTip(tip)
    label = QLabel()
    label.setWordWrap(True)
    row = layout.rowCount()
    layout.addWidget(button, row, 0, 1, 3)
    layout.addWidget(label, row + 1, 0, 1, 3)
    return button, label


class ReplanControls:
    """The "keep this team's plan" button and the line saying what the last re-plan changed."""

    def __init__(self, layout: QGridLayout, tree: QTreeWidget) -> None:
        self.tree = tree
        self.kept: Set[str] = set()
        self.keepButton, self.changesLabel = button_and_answer(
            layout,
            tr("Keep this team's plan"),
            tr("When you plan again, this team keeps exactly the plan it has now: its plots, days, order and times."),
        )
        self.keepButton.setCheckable(True)
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
            message = tr("{} keeps exactly its plan when you plan again.").format(team)
        self.sync()
        return message

    def reset(self) -> None:
        self.kept = set()
        self.changesLabel.setText("")
        self.sync()
