# SPDX-License-Identifier: GPL-2.0-or-later
"""What if, in the review: one line for the plan as asked, then a row per team with what one more day, a second
team from its base and more fuel would add (the ``what_if`` algorithm's ``ANSWERS``)."""

from __future__ import annotations

import json
from typing import Any, Dict, List

from qgis.PyQt.QtWidgets import QAbstractItemView, QGridLayout, QHeaderView, QTableWidget, QTableWidgetItem

from ..qgis_adapters.translation import tr
from .replan import button_and_answer

CHANGES = ("one more day", "one more team", "more fuel")
NOT_ASKED = "–"  # a team without a fuel budget: more fuel changes nothing, and was not planned


class WhatIfAnswers:
    """The What if button, the line for the plan as asked, and the table of answers per team."""

    def __init__(self, layout: QGridLayout) -> None:
        self.button, self.label = button_and_answer(
            layout,
            tr("What if: one more day, team or fuel"),
            tr(
                "Plans again, team by team, with one more day, a second team from its base and more fuel, and says "
                "what each adds."
            ),
        )
        self.table = QTableWidget(0, 1 + len(CHANGES))
        self.table.setHorizontalHeaderLabels([tr("Team"), tr("One more day"), tr("One more team"), tr("More fuel")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(tr("Plots and priority each change adds to the plan as asked (priority in brackets)."))
        layout.addWidget(self.table, layout.rowCount(), 0, 1, 3)
        self.table.hide()

    def working(self) -> None:
        self.label.setText(tr("Working…"))
        self.table.hide()

    def clear(self) -> None:
        self.label.setText("")
        self.table.setRowCount(0)
        self.table.hide()

    def show(self, answers_json: str) -> None:
        answers: List[Dict[str, Any]] = json.loads(answers_json or "[]")
        self.clear()
        asked = next((a for a in answers if a["label"] == "as planned"), None)
        if asked is None:
            return
        self.label.setText(tr("As planned: {} plots, priority {:.1f}").format(asked["plots"], asked["priority"]))
        rows: Dict[str, Dict[str, Dict[str, Any]]] = {}
        for answer in answers:
            if answer["team"]:
                rows.setdefault(answer["team"], {})[answer["label"]] = answer
        self.table.setRowCount(len(rows))
        for row, (team, changes) in enumerate(rows.items()):
            self.table.setItem(row, 0, QTableWidgetItem(team))
            for column, change in enumerate(CHANGES, start=1):
                answer = changes.get(change)
                text = (
                    tr("{:+d} plots ({:+.1f})").format(answer["extra_plots"], answer["extra_priority"])
                    if answer
                    else NOT_ASKED
                )
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        # as tall as its rows, so the review's tree keeps its room
        frame = 2 * self.table.frameWidth()
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + rows_height + frame)
        self.table.show()
