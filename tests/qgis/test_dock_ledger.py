# SPDX-License-Identifier: GPL-2.0-or-later
"""Issue 30: the alert ledger's summary in the dock's review when the project holds a ledger layer."""

from __future__ import annotations

from qgis.core import QgsProject

from . import test_dock_project
from .briefing_support import ledger_layer

dock = test_dock_project.dock


def test_the_review_shows_the_ledger_s_summary_while_the_project_has_one(dock) -> None:
    form = dock.form
    label = dock.ledger_review.label
    form.stepTabs.setCurrentWidget(form.reviewTab)
    assert label.text() == "" and label.isHidden()  # no ledger: nothing said
    form.stepTabs.setCurrentWidget(form.layersTab)
    layer = ledger_layer()
    QgsProject.instance().addMapLayer(layer)
    form.stepTabs.setCurrentWidget(form.reviewTab)
    text = label.text()
    assert "Alert ledger (layer “Alert ledger”)" in text and "6 alerts; 1 overdue" in text
    assert "Median time from detection to verdict: 36 days" in text
    assert "GFW: Nothing found: 1 (1 false alarms)" in text and not label.isHidden()
    form.stepTabs.setCurrentWidget(form.layersTab)
    QgsProject.instance().removeMapLayer(layer.id())
    form.stepTabs.setCurrentWidget(form.reviewTab)
    assert label.text() == "" and label.isHidden()


def test_a_ledger_layer_edited_by_hand_is_said_not_a_crash(dock) -> None:
    layer = ledger_layer()
    with_bad_state = next(layer.getFeatures())
    layer.dataProvider().changeAttributeValues({with_bad_state.id(): {layer.fields().indexOf("state"): "lost"}})
    QgsProject.instance().addMapLayer(layer)
    dock.form.stepTabs.setCurrentWidget(dock.form.reviewTab)
    assert "unknown ledger state 'lost'" in dock.ledger_review.label.text()
    assert "feature" in dock.ledger_review.label.text()
