# SPDX-License-Identifier: GPL-2.0-or-later
"""Which field of the plots layer holds the id, the priority, …: guessed, shown, confirmed.

A plots layer made by someone else names its fields its own way (``codigo``,
``prioridad``).  The dock guesses from common Spanish and English names, shows
every guess next to its role, names the roles it found no field for, and
plans only once the coordinator has confirmed a guess that is not the
project's own field name.
"""

from __future__ import annotations

import unicodedata
from typing import Dict, List, Optional, Tuple

from qgis.core import QgsFieldProxyModel
from qgis.gui import QgsFieldComboBox
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton

from ..qgis_adapters.translation import tr

# role, the project's own field name, the other names it is guessed from (compared without accents or case)
ROLES: Tuple[Tuple[str, str, Tuple[str, ...]], ...] = (
    ("id", "plot_id", ("codigo", "cod", "code", "id_parcela", "parcela", "plot", "id", "nombre", "name")),
    ("priority", "priority", ("prioridad", "prio", "importancia")),
    ("mandatory", "mandatory", ("obligatoria", "obligatorio", "must_visit")),
    ("service", "service_min", ("minutos", "minutes", "tiempo_min", "duracion_min")),
    ("detected", "detected", ("fecha_deteccion", "detectada", "fecha", "detection_date", "date")),
    ("sensitive", "sensitive", ("sensible", "reservada", "secret")),
)
# the plan algorithm's parameter for each role (the detection date feeds the coverage step)
PLAN_PARAMETERS = {
    "id": "PLOT_ID_FIELD",
    "priority": "PRIORITY_FIELD",
    "mandatory": "MANDATORY_FIELD",
    "service": "SERVICE_FIELD",
    "sensitive": "SENSITIVE_FIELD",
}


def role_labels() -> Dict[str, str]:
    return {
        "id": tr("Plot id"),
        "priority": tr("Priority"),
        "mandatory": tr("Must be visited (1/0)"),
        "service": tr("Minutes at the plot"),
        "detected": tr("Detection date"),
        "sensitive": tr("Sensitive (keep off the GPS units)"),
    }


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


def guess_fields(names: List[str]) -> Dict[str, Tuple[Optional[str], bool]]:
    """For each role: (field name or None, whether it is the project's own name rather than a guess)."""
    by_plain = {_plain(name): name for name in names}
    out: Dict[str, Tuple[Optional[str], bool]] = {}
    for role, own, others in ROLES:
        if own in by_plain:
            out[role] = (by_plain[own], True)
            continue
        found = next((by_plain[other] for other in others if other in by_plain), None)
        out[role] = (found, False)
    return out


class PlotFieldMapping(QObject):
    """A group box of field combos, one per role, under the plots picker."""

    changed = pyqtSignal()

    def __init__(self, parent_layout: QGridLayout, row: int) -> None:
        super().__init__()
        self.box = QGroupBox(tr("Fields of the plots layer"))
        self.box.setToolTip(
            tr("Without an id field the plots are numbered; without a priority field every plot counts the same.")
        )
        grid = QGridLayout(self.box)
        self.combos: Dict[str, QgsFieldComboBox] = {}
        for index, (role, label) in enumerate(role_labels().items()):
            grid.addWidget(QLabel(label), index, 0)
            combo = QgsFieldComboBox()
            combo.setAllowEmptyFieldName(True)
            if role == "detected":
                combo.setFilters(
                    QgsFieldProxyModel.Filter.Date
                    | QgsFieldProxyModel.Filter.DateTime
                    | QgsFieldProxyModel.Filter.String
                )
            combo.fieldChanged.connect(self._edited)
            grid.addWidget(combo, index, 1)
            self.combos[role] = combo
        self.note = QLabel()
        self.note.setWordWrap(True)
        grid.addWidget(self.note, len(ROLES), 0, 1, 2)
        self.confirmButton = QPushButton(tr("These fields are right"))
        self.confirmButton.clicked.connect(self.confirm)
        grid.addWidget(self.confirmButton, len(ROLES) + 1, 0, 1, 2)
        parent_layout.addWidget(self.box, row, 0, 1, parent_layout.columnCount() or 2)
        self.confirmed = False
        self._filling = False
        self.set_layer(None)

    def set_layer(self, layer, saved: Optional[Dict[str, str]] = None) -> None:
        """Shows the guesses for ``layer``, or a saved mapping (already confirmed by the coordinator)."""
        self._filling = True
        try:
            names = layer.fields().names() if layer is not None else []
            guesses = guess_fields(names)
            for role, combo in self.combos.items():
                combo.setLayer(layer)
                field = (saved or {}).get(role) if saved else guesses[role][0]
                combo.setField(field if field in names else "")
        finally:
            self._filling = False
        if layer is None:
            self.confirmed = False
            self.note.setText("")
        elif saved:
            self.confirmed = True
            self.note.setText(self._missing_sentence())
        else:
            # the project's own names are not guesses; anything else is shown for confirmation
            guessed = [role for role, (field, own) in guesses.items() if field and not own]
            self.confirmed = not guessed
            labels = role_labels()
            text = ""
            if guessed:
                pairs = ", ".join(f"{labels[role]} = {guesses[role][0]}" for role in guessed)
                text = tr("Guessed from the field names: {}. Check them and press “These fields are right”.").format(
                    pairs
                )
            self.note.setText(" ".join(t for t in (text, self._missing_sentence()) if t))
        self.box.setEnabled(layer is not None)
        self.confirmButton.setEnabled(layer is not None and not self.confirmed)

    def _missing_sentence(self) -> str:
        labels = role_labels()
        missing = [labels[role] for role, combo in self.combos.items() if not combo.currentField()]
        if not missing:
            return ""
        return tr("No field found for: {}.").format(", ".join(missing))

    def _edited(self, *args) -> None:
        if self._filling:
            return
        self.confirm()

    def confirm(self) -> None:
        self.confirmed = True
        self.confirmButton.setEnabled(False)
        self.note.setText(self._missing_sentence())
        self.changed.emit()

    def mapping(self) -> Dict[str, str]:
        """The confirmed mapping (role -> field name); empty until confirmed."""
        if not self.confirmed:
            return {}
        return {role: combo.currentField() for role, combo in self.combos.items() if combo.currentField()}

    def field(self, role: str) -> Optional[str]:
        return self.combos[role].currentField() or None
