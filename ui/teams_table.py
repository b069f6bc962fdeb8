"""The teams table of the dock: one row per patrol team."""

from __future__ import annotations

from typing import Any, Dict, List, Sequence

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

NAME, BASE, END_BASE, DAYS, HOURS, PEOPLE = range(6)
SAME_AS_START = ""


class TeamsTable:
    """Reads and writes the rows of a ``QTableWidget`` as plain dicts."""

    def __init__(self, table: QTableWidget) -> None:
        self.table = table
        self.base_names: List[str] = []
        # team names and numbers take what they need, the bases share the rest: no column falls off the edge
        header = table.horizontalHeader()
        for column in (BASE, END_BASE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (NAME, DAYS, HOURS, PEOPLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)

    def set_base_names(self, names: Sequence[str]) -> None:
        rows = self.rows()
        self.base_names = list(names)
        self.set_rows(rows)

    def add_team(self, row: Dict[str, Any] = None) -> None:
        index = self.table.rowCount()
        row = row or {}
        default_name = QCoreApplication.translate("PatrolPlanner", "Team {}").format(index + 1)
        self.table.insertRow(index)
        name = QTableWidgetItem(str(row.get("name") or default_name))
        name.setToolTip(name.text())
        self.table.setItem(index, NAME, name)
        self.table.setCellWidget(index, BASE, self._base_combo(row.get("base", ""), allow_same=False))
        self.table.setCellWidget(index, END_BASE, self._base_combo(row.get("end_base", ""), allow_same=True))
        days = QSpinBox()
        days.setRange(1, 30)
        days.setValue(int(row.get("days", 3)))
        self.table.setCellWidget(index, DAYS, days)
        hours = QDoubleSpinBox()
        hours.setRange(1.0, 16.0)
        hours.setSingleStep(0.5)
        hours.setValue(float(row.get("hours_per_day", 8.0)))
        hours.setDecimals(1)
        self.table.setCellWidget(index, HOURS, hours)
        people = QSpinBox()
        people.setRange(1, 50)
        people.setValue(int(row.get("people", 4)))
        self.table.setCellWidget(index, PEOPLE, people)
        for spin in (days, hours, people):
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)  # arrows ate half of a narrow column

    def remove_selected(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)

    def rows(self) -> List[Dict[str, Any]]:
        out = []
        for index in range(self.table.rowCount()):
            item = self.table.item(index, NAME)
            out.append(
                {
                    "name": item.text().strip() if item else "",
                    "base": self.table.cellWidget(index, BASE).currentData() or "",
                    "end_base": self.table.cellWidget(index, END_BASE).currentData() or "",
                    "days": self.table.cellWidget(index, DAYS).value(),
                    "hours_per_day": self.table.cellWidget(index, HOURS).value(),
                    "people": self.table.cellWidget(index, PEOPLE).value(),
                }
            )
        return out

    def set_rows(self, rows: Sequence[Dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self.add_team(row)

    def _base_combo(self, current: str, allow_same: bool) -> QComboBox:
        combo = QComboBox()
        combo.setMinimumContentsLength(6)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        if allow_same:
            combo.addItem(QCoreApplication.translate("PatrolPlanner", "Same as start"), SAME_AS_START)
        for name in self.base_names:
            combo.addItem(name, name)
        found = combo.findData(current)
        combo.setCurrentIndex(found if found >= 0 else 0)
        combo.setToolTip(combo.currentText())
        combo.currentTextChanged.connect(combo.setToolTip)
        return combo
