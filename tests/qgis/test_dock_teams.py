# SPDX-License-Identifier: GPL-2.0-or-later
"""The Teams table shows whole team and base names at the dock's default width (issue 26, finding 6).

"Equipo Huacamayo" and "Equipo Lupuna" both read "Equipo …" at 616 px, and "Santa Rosa de Huacamayo"
was cut to "Santa Ros": the names wrap onto a second line instead, and a base is still chosen from a list.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication, QModelIndex, QRect, Qt
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import QComboBox, QStyle

from . import test_dock_project

dock = test_dock_project.dock

BASES = ["Nueva Alianza", "Puerto Lupuna", "Santa Rosa de Huacamayo"]
TEAMS = [  # the Spanish tutorial's teams (tests/e2e/desktop_reopen.py)
    {"name": "Equipo Huacamayo", "base": "Nueva Alianza", "days": 3, "motor": "40hp", "fuel_l": 80},
    {"name": "Equipo Lupuna", "base": "Puerto Lupuna", "days": 2, "motor": "15hp"},
    {"name": "Equipo Santa Rosa", "base": "Santa Rosa de Huacamayo", "end_base": "Puerto Lupuna", "motor": "peque"},
]
DEFAULT_WIDTH = 616  # the dock's width in the real desktop (tests/artifacts/reopen_es_2_teams.png)


def text_room(table, index: QModelIndex) -> QRect:
    """Where the cell's text goes: its rectangle less the item margins and, for a base, the list's arrow."""
    from patrol_planner.ui.teams_table import BASE, END_BASE, arrow_width

    rect = table.visualRect(index)
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    right = arrow_width(table) if index.column() in (BASE, END_BASE) else 0
    return rect.adjusted(margin, 0, -margin - right, 0)


def shown_whole(table, index: QModelIndex, text: str) -> bool:
    """Every word fits the column and the row is tall enough for the lines the text wraps onto."""
    metrics = table.fontMetrics()
    room = text_room(table, index)
    words_fit = all(metrics.horizontalAdvance(word) <= room.width() for word in text.split())
    wrapped = metrics.boundingRect(QRect(0, 0, room.width(), 10_000), Qt.TextFlag.TextWordWrap, text)
    return words_fit and wrapped.height() <= room.height()


def show_teams(dock):
    # the desktop's interface font (QGIS's default, 9 pt), not the offscreen platform's 12 pt
    dock.setFont(QFont(dock.font().family(), 9))
    dock.teams.set_base_names(BASES)
    dock.teams.set_rows(TEAMS)
    dock.resize(DEFAULT_WIDTH, 660)
    dock.show()
    dock.form.stepTabs.setCurrentWidget(dock.form.teamsTab)
    QCoreApplication.processEvents()
    return dock.form.teamsTable


def test_whole_team_and_base_names_at_the_docks_default_width(dock) -> None:
    from patrol_planner.ui.teams_table import BASE, END_BASE, NAME

    table = show_teams(dock)
    same = QCoreApplication.translate("PatrolPlanner", "Same as start")
    for row, team in enumerate(TEAMS):
        for column, text in ((NAME, team["name"]), (BASE, team["base"]), (END_BASE, team.get("end_base") or same)):
            index = table.model().index(row, column)
            assert index.data() == text, (row, column, index.data())
            assert shown_whole(table, index, text), (text, table.visualRect(index), text_room(table, index))
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width(), "the table scrolls sideways"
    dock.hide()


def test_a_base_is_chosen_from_the_bases_layer_in_the_table(dock) -> None:
    from patrol_planner.ui.teams_table import BASE, END_BASE

    table = show_teams(dock)
    index = table.model().index(0, END_BASE)
    table.setCurrentIndex(index)
    table.edit(index)
    combo = table.indexWidget(index)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Same as start", *BASES]
    combo.setCurrentIndex(combo.findText("Santa Rosa de Huacamayo"))
    combo.activated.emit(combo.currentIndex())  # the coordinator picks it from the list
    QCoreApplication.processEvents()
    assert table.indexWidget(index) is None, "the list closes once a base is picked"
    assert dock.teams.rows()[0]["end_base"] == "Santa Rosa de Huacamayo"
    assert table.model().index(0, END_BASE).data() == "Santa Rosa de Huacamayo"
    base = table.model().index(1, BASE)
    table.edit(base)
    assert [table.indexWidget(base).itemText(i) for i in range(3)] == BASES, "no 'same as start' for the start"
    dock.hide()
