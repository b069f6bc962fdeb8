"""The teams table of the dock: one row per patrol team."""

from __future__ import annotations

from typing import Any, Dict, List, Sequence, Tuple

from qgis.PyQt.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QRect, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..planner.crew import MOTORS
from ..planner.plan import MOTOR_KEYS

NAME, BASE, END_BASE, DAYS, HOURS, PEOPLE, MOTOR, FUEL = range(8)
NUMBERS = (DAYS, HOURS, PEOPLE, MOTOR, FUEL)
TEXTS = (NAME, BASE, END_BASE)
SAME_AS_START = ""
OWN = "own"  # the list's "own consumption" entry: the coordinator types litres per hour up/down


class TeamsTable:
    """Reads and writes the rows of a ``QTableWidget`` as plain dicts."""

    def __init__(self, table: QTableWidget) -> None:
        self.table = table
        self.base_names: List[str] = []
        # the numbers and the boat take what they need, the names and bases share the rest (fit_columns): no column
        # falls off the edge, and none is narrower than its longest word while another has room to spare
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.resized = ResizeWatch(table.viewport(), self.fit_columns)
        table.verticalHeader().setVisible(False)
        # at the dock's width "Equipo Huacamayo" and "Equipo Lupuna" both read "Equipo …" and a base in a combo
        # "Santa Ros": the names and bases are items that wrap onto more lines, and a base is picked from a list
        # that opens on the cell (BaseDelegate); the rows grow to the lines their names take
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.bases_delegate = BaseDelegate(self)
        for column in (BASE, END_BASE):
            table.setItemDelegateForColumn(column, self.bases_delegate)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )

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
        self.table.setItem(index, BASE, self._base_item(row.get("base", ""), allow_same=False))
        self.table.setItem(index, END_BASE, self._base_item(row.get("end_base", ""), allow_same=True))
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
        self.fit_columns()

    def fit_columns(self) -> None:
        """Numbers and boat as narrow as their header and widgets allow; the rest to the names and bases, each at
        least as wide as its longest word, the room left over shared evenly; then rows as tall as their lines."""
        table, header = self.table, self.table.horizontalHeader()
        metrics = header.fontMetrics()
        pad = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 4
        widths = {}
        for column in range(table.columnCount()):
            title = table.horizontalHeaderItem(column)
            widths[column] = metrics.horizontalAdvance(title.text() if title else "") + pad
        for row in range(table.rowCount()):
            for column in NUMBERS:
                widget = table.cellWidget(row, column)
                if widget is not None:
                    widths[column] = max(widths[column], widget.minimumSizeHint().width())
        cell = table.fontMetrics()
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
        for column in TEXTS:
            extra = margin + (arrow_width(table) if column in (BASE, END_BASE) else 0)
            for row in range(table.rowCount()):
                item = table.item(row, column)
                words = item.text().split() if item else []
                widths[column] = max([widths[column]] + [cell.horizontalAdvance(w) + extra for w in words])
        room = table.viewport().width() - sum(widths[c] for c in NUMBERS)
        need = sum(widths[c] for c in TEXTS)
        for column in TEXTS:  # less room than the words need: they break inside a word rather than hide
            share = widths[column] + (room - need) // len(TEXTS)
            widths[column] = share if room >= need else widths[column] * room // need
        for column, width in widths.items():
            header.resizeSection(column, max(width, 1))
        table.resizeRowsToContents()

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
                    "base": self._base_of(index, BASE),
                    "end_base": self._base_of(index, END_BASE),
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

    def _base_of(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return str(item.data(Qt.ItemDataRole.UserRole) or "") if item else ""

    def base_choices(self, allow_same: bool) -> List[Tuple[str, str]]:
        """(text, base) for the list of a base cell; the end base may be "Same as start" ("")."""
        same = [(QCoreApplication.translate("PatrolPlanner", "Same as start"), SAME_AS_START)] if allow_same else []
        return same + [(name, name) for name in self.base_names]

    def _base_item(self, current: str, allow_same: bool) -> QTableWidgetItem:
        choices = self.base_choices(allow_same)
        text, value = next(((t, v) for t, v in choices if v == current), choices[0] if choices else ("", ""))
        item = QTableWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setToolTip(text)
        return item


def arrow_width(view: QWidget) -> int:
    """The room on a base cell's right for the arrow that says it opens a list."""
    return max(10, view.fontMetrics().height() * 2 // 3)


class ResizeWatch(QObject):
    """Calls ``then`` after ``widget`` changed size (the table's viewport: the dock was made wider or narrower)."""

    def __init__(self, widget: QWidget, then) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.then()
        return False


class BaseDelegate(QStyledItemDelegate):
    """A base cell: its name on as many lines as it takes, an arrow, and the list of bases when it is edited."""

    def __init__(self, teams: TeamsTable) -> None:
        super().__init__(teams.table)
        self.teams = teams

    def _text_option(self, option: QStyleOptionViewItem) -> QStyleOptionViewItem:
        shrunk = QStyleOptionViewItem(option)
        shrunk.rect = option.rect.adjusted(0, 0, -arrow_width(option.widget or self.teams.table), 0)
        return shrunk

    def paint(self, painter, option, index: QModelIndex) -> None:
        super().paint(painter, self._text_option(option), index)
        view = option.widget or self.teams.table
        arrow = QStyleOptionViewItem(option)
        width = arrow_width(view)
        arrow.rect = QRect(option.rect.right() - width + 1, option.rect.top(), width, option.rect.height())
        view.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorArrowDown, arrow, painter, view)

    def sizeHint(self, option, index: QModelIndex):  # noqa: N802
        hint = super().sizeHint(self._text_option(option), index)
        hint.setWidth(hint.width() + arrow_width(option.widget or self.teams.table))
        return hint

    def createEditor(self, parent, option, index: QModelIndex) -> QComboBox:  # noqa: N802
        combo = QComboBox(parent)
        for text, value in self.teams.base_choices(allow_same=index.column() == END_BASE):
            combo.addItem(text, value)
        combo.activated.connect(lambda *args: self._picked(combo))
        QTimer.singleShot(0, combo.showPopup)  # one click on the cell opens the list
        return combo

    def _picked(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:  # noqa: N802
        found = editor.findData(index.data(Qt.ItemDataRole.UserRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.ToolTipRole)
        self.teams.fit_columns()

    def updateEditorGeometry(self, editor: QComboBox, option, index: QModelIndex) -> None:  # noqa: N802
        editor.setGeometry(option.rect)


DEFAULT_MOTOR = "peque"
ON_FOOT = MOTOR_KEYS[-1]


def motor_combo(current: str) -> QComboBox:
    """The motors of the list, on foot, and the team's own litres per hour (typed: ``9/6.5`` up/down)."""
    translate = QCoreApplication.translate
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumContentsLength(4)
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
