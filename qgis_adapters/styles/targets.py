# SPDX-License-Identifier: GPL-2.0-or-later
"""How the plots made from alerts look: size and colour by priority, airstrips apart, current checks ringed.

As in ``styles``, nothing relies on colour alone: priority also sets the
marker's size, airstrips are diamonds, and a plot whose check is still
current gets a green ring (its shape, not just its colour, says so).  Plots
of priority 7 or more are labelled with their priority.
"""

from __future__ import annotations

from qgis.core import QgsRuleBasedRenderer, QgsVectorLayer

from ..translation.messages import tr
from .layer_styles import Shape, _labels, _marker

PRIORITY_LABEL = 'CASE WHEN "priority" >= 7 THEN format_number("priority", 1) END'


def style_target_plots(layer: QgsVectorLayer) -> None:
    """Plots from Import alerts: three priority classes, airstrips, a ring where the check is current."""
    not_airstrip = "coalesce(\"kind\", '') <> 'airstrip'"
    rules = [
        (tr("Priority 7 to 10"), f'{not_airstrip} AND "priority" >= 7', _marker(Shape.Circle, 4.8, "#d7191c")),
        (
            tr("Priority 4 to 7"),
            f'{not_airstrip} AND "priority" >= 4 AND "priority" < 7',
            _marker(Shape.Circle, 3.6, "#fdae61"),
        ),
        (
            tr("Priority 1 to 4"),
            f'{not_airstrip} AND ("priority" < 4 OR "priority" IS NULL)',
            _marker(Shape.Circle, 2.6, "#ffffbf"),
        ),
        (tr("Airstrip"), "\"kind\" = 'airstrip'", _marker(Shape.Diamond, 4.4, "#ffffff", "#000000", 0.8)),
        (tr("Check still current"), '"check_due" = 0', _marker(Shape.Circle, 6.4, "#00000000", "#1a9641", 0.9)),
    ]
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, symbol in rules:
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    _labels(layer, PRIORITY_LABEL, 7.0)
    layer.triggerRepaint()
