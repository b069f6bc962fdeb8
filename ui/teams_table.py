"""The teams table of the dock: one row per patrol team."""

from __future__ import annotations

from typing import Any, Dict, List, Sequence

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from ..planner.crew import MOTORS
from ..planner.plan import MOTOR_KEYS

NAME, BASE, END_BASE, DAYS, HOURS, PEOPLE, MOTOR, FUEL = range(8)
SAME_AS_START = ""
OWN = "own"  # the list's "own consumption" entry: the coordinator types litres per hour up/down


class TeamsTable:
    """Reads and writes the rows of a ``QTableWidget`` as plain dicts."""

    def __init__(self, table: QTableWidget) -> None:
        self.table = table
        self.base_names: List[str] = []
        # the numbers and the boat take what they need, the names and bases share the rest: no column falls off the edge
        header = table.horizontalHeader()
        for column in (NAME, BASE, END_BASE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (DAYS, HOURS, PEOPLE, MOTOR, FUEL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        # "Equipo Huacamayo" and "Equipo Lupuna" both elide to "Equipo …": keep the end, which tells them apart
        table.setTextElideMode(Qt.TextElideMode.ElideLeft)

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
        self.table.setCellWidget(index, MOTOR, motor_combo(str(row.get("motor") or DEFAULT_MOTOR)))
        fuel = QDoubleSpinBox()
        fuel.setRange(0.0, 9999.0)
        fuel.setDecimals(0)
        fuel.setSpecialValueText("–")  # no budget; the header's tooltip says so

        fuel.setValue(float(row.get("fuel_l") or 0))
        self.table.setCellWidget(index, FUEL, fuel)
        for spin in (days, hours, people, fuel):
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
                    "motor": motor_key(self.table.cellWidget(index, MOTOR)),
                    "fuel_l": int(self.table.cellWidget(index, FUEL).value()),
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


DEFAULT_MOTOR = "peque"
ON_FOOT = MOTOR_KEYS[-1]


def motor_combo(current: str) -> QComboBox:
    """The motors of the list, on foot, and the team's own litres per hour (typed: ``9/6.5`` up/down)."""
    translate = QCoreApplication.translate
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumContentsLength(5)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    for key, motor in MOTORS.items():
        # short names for a narrow column (the same in Spanish); the litres per hour in the item's tooltip
        combo.addItem(key.replace("hp", " hp"), key)
        tip = translate("PatrolPlanner", "{:.1f} L/h upstream, {:.1f} L/h downstream")
        combo.setItemData(combo.count() - 1, tip.format(motor.lph_up, motor.lph_down), Qt.ItemDataRole.ToolTipRole)
    combo.addItem(translate("PatrolPlanner", "on foot (no boat)"), ON_FOOT)
    combo.addItem(translate("PatrolPlanner", "own consumption: type L/h upstream/downstream"), OWN)
    combo.setToolTip(
        translate("PatrolPlanner", "The team's boat motor; for another motor type its litres per hour, e.g. 9/6.5")
    )
    combo.lineEdit().setPlaceholderText("9/6.5")
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)  # the list wider than the narrow column
    found = combo.findData(current)
    if found >= 0:
        combo.setCurrentIndex(found)
    else:
        combo.setEditText(current)

    def chosen(index: int) -> None:
        if combo.itemData(index) == OWN:
            combo.setEditText("")

    combo.activated.connect(chosen)
    return combo


def motor_key(combo: QComboBox) -> str:
    """The key the plan reads: a motor of the list, ``none``, or the typed litres per hour."""
    text = combo.currentText().strip()
    found = combo.findText(text)
    if found >= 0 and combo.itemData(found) != OWN:
        return combo.itemData(found)
    return text.replace(" ", "") if "/" in text else DEFAULT_MOTOR


def boats_text(rows: Sequence[Dict[str, Any]]) -> str:
    """The plan's ``BOATS``: ``Norte=40hp;Sur=none`` (rows saved before the column had none: the default)."""
    return ";".join(f"{row['name']}={row.get('motor') or DEFAULT_MOTOR}" for row in rows)


def fuel_text(rows: Sequence[Dict[str, Any]]) -> str:
    """The plan's ``FUEL``: ``Norte=30`` for the teams with a budget."""
    return ";".join(f"{row['name']}={row['fuel_l']}" for row in rows if row.get("fuel_l"))
