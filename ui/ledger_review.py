# SPDX-License-Identifier: GPL-2.0-or-later
"""The alert ledger's summary in the review step (issue 30), when the project holds an Alert ledger layer.

The review is where the coordinator decides what to plan again; how many alerts wait for a verdict and
which sources give false alarms belong beside it.  The layer is the one Alert ledger wrote (found by its
fields, whatever it is called); with several, the top-most in the Layers panel, usually the newest.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QGridLayout, QLabel

from ..planner.core import InputError
from ..qgis_adapters.layers import is_ledger_layer, ledger_layer_summary
from ..qgis_adapters.printing import summary_lines
from ..qgis_adapters.translation import tr, translate_error


def ledger_layer(project: QgsProject) -> Optional[QgsVectorLayer]:
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        if isinstance(layer, QgsVectorLayer) and layer.isValid() and is_ledger_layer(layer):
            return layer
    return None


def ledger_text(project: QgsProject) -> str:
    """The summary of the project's alert ledger in the user's language; "" without one."""
    layer = ledger_layer(project)
    if layer is None:
        return ""
    try:
        counts, sources = summary_lines(ledger_layer_summary(layer))
    except InputError as error:  # a ledger layer edited by hand: said, never a crash of the dock
        return translate_error(error)
    heading = tr("Alert ledger (layer “{layer}”)").format(layer=layer.name())
    return "\n".join([heading, *counts, tr("Verdicts by source"), *sources])


class LedgerReview:
    """A label under the review's other controls, filled from the project's ledger layer."""

    def __init__(self, layout: QGridLayout) -> None:
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("ledgerSummary")
        layout.addWidget(self.label, layout.rowCount(), 0, 1, 3)

    def refresh(self, project: Optional[QgsProject] = None) -> None:
        text = ledger_text(project or QgsProject.instance())
        self.label.setText(text)
        self.label.setVisible(bool(text))
