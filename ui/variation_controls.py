# SPDX-License-Identifier: GPL-2.0-or-later
"""The Plan tab's variation controls (issue 29) as the Plan patrols algorithm's parameters.

The history is what the project already holds: every past plan's stops and legs layers in the layer tree
(the plan on screen included: it is the most recent one) and, when chosen, the field store's track points.
"""

from __future__ import annotations

from typing import Any, Dict, List

from qgis.core import QgsMapLayer

from .plan_outputs import PLAN_FIELDS

HISTORY_KINDS = ("stops", "legs")


def past_plan_layers(project) -> List[QgsMapLayer]:
    """Every layer of the project that is a plan's stops or legs, in layer-tree order."""
    found = []
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        if layer is None or layer.type() != QgsMapLayer.LayerType.VectorLayer:
            continue
        names = set(layer.fields().names())
        if any(PLAN_FIELDS[kind] <= names for kind in HISTORY_KINDS):
            found.append(layer)
    return found


def variation_parameters(form, project) -> Dict[str, Any]:
    """The variation's parameters of ``patrol_planner:plan_patrols`` from the dock's form."""
    return {
        "VARY": form.varyCheck.isChecked(),
        "HISTORY_PLANS": past_plan_layers(project) if form.historyPlansCheck.isChecked() else [],
        "HISTORY_TRACKS": form.historyTracksCombo.currentLayer(),
        "ACCEPTED_LOSS": form.acceptedLossSpin.value(),
        "VARY_SEED": int(form.varySeedSpin.value()),
        "LANDING_HOUR_DAYS": int(form.landingHourDaysSpin.value()),
        "CAMP_DAYS": int(form.campDaysSpin.value()),
        "RISK": form.riskCombo.currentLayer(),
        "RISK_DISTANCE_M": form.riskDistanceMSpin.value(),
    }
