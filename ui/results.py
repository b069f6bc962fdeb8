"""Result layers of the dock's steps: loaded, styled, grouped, replaced on re-runs."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Dict, Optional

from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..qgis_adapters.base import PLOT_ID, REASON
from ..qgis_adapters.translation import tr

log = logging.getLogger(__name__)


def group_name() -> str:
    return QCoreApplication.translate("PatrolPlanner", "Patrol Planner")


STYLERS = {
    "coverage": "style_plots_status",
    "routes": "style_routes",
    "stops": "style_stops",
    "unplanned": "style_plots_status",
    "tracks": "style_field_tracks",
    "legs": "style_legs",
}


def layer_from_result(value, context=None) -> Optional[QgsVectorLayer]:
    """The layer behind a Processing result: a layer, a layer id in the context, or a path."""
    if isinstance(value, QgsVectorLayer):
        return value
    if context is not None:
        layer = context.getMapLayer(str(value))
        if layer is not None:
            return layer
    layer = QgsVectorLayer(str(value), Path(str(value).split("|")[0]).stem, "ogr")
    return layer if layer.isValid() else None


class ResultLayers:
    """Keeps one layer per result key in the project, inside a "Patrol Planner" group."""

    def __init__(self) -> None:
        self.ids: Dict[str, str] = {}
        self.context = None

    def layer(self, key: str) -> Optional[QgsVectorLayer]:
        layer_id = self.ids.get(key)
        return QgsProject.instance().mapLayer(layer_id) if layer_id else None

    def usable(self, key: str) -> Optional[QgsVectorLayer]:
        """The result layer, unless it is a memory layer that came back empty with a reopened project."""
        layer = self.layer(key)
        if layer is None or not layer.isValid() or (layer.providerType() == "memory" and not layer.featureCount()):
            return None
        return layer

    def forget(self, key: str) -> None:
        """Takes a result that no longer belongs to what is on screen out of the project."""
        layer = self.layer(key)
        if layer is not None:
            QgsProject.instance().removeMapLayer(layer.id())
        self.ids.pop(key, None)

    def fuel_lines(self) -> str:
        """The fuel per team and day, from the legs of the plan on screen ("" for a plan without boats), and the
        forest km a day it keeps within, when one was asked."""
        from ..qgis_adapters.layers import forest_limit_line, fuel_summary

        legs, routes = self.layer("legs"), self.layer("routes")
        fuel = fuel_summary(legs) if legs is not None else ""
        lines = (fuel, forest_limit_line(routes) if routes is not None else "")
        return "\n".join(line for line in lines if line)

    def show(self, value, key: str, name: str) -> Optional[QgsVectorLayer]:
        layer = layer_from_result(value, self.context)
        if layer is None:
            return None
        if self.context is not None and self.context.temporaryLayerStore().mapLayer(layer.id()):
            layer = self.context.takeResultLayer(layer.id())
        layer.setName(name)
        self._style(key, layer)
        project = QgsProject.instance()
        old = self.layer(key)
        if old is not None:
            project.removeMapLayer(old.id())
        self.add_to_group(layer)
        self.ids[key] = layer.id()
        return layer

    @staticmethod
    def add_to_group(layer) -> None:
        """Into the plugin's own group at the top, never into whatever group the user had selected."""
        project = QgsProject.instance()
        project.addMapLayer(layer, False)
        root = project.layerTreeRoot()
        group = root.findGroup(group_name()) or root.insertGroup(0, group_name())
        group.insertLayer(0, layer)

    @staticmethod
    def _style(key: str, layer: QgsVectorLayer) -> None:
        function = STYLERS.get(key)
        if function is None:
            return
        try:
            from ..qgis_adapters import styles

            getattr(styles, function)(layer)
        except Exception:  # a missing style must not lose the result
            log.exception("Could not style the %s layer", key)


def left_out_summary(layer) -> str:
    """'12 plots left out: 9 not enough time, 3 too far from any trail or river' (details in the layer)."""
    reasons: Dict[str, int] = {}
    ids = []
    # on the UI thread, over thousands of plots: the two fields only, no geometry
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([REASON, PLOT_ID], layer.fields())
    for feature in layer.getFeatures(request):
        reason = str(feature[REASON]).split(":")[0]
        reasons[reason] = reasons.get(reason, 0) + 1
        ids.append(str(feature[PLOT_ID]))
    if not ids:
        return tr("Every plot is planned.")
    counts = ", ".join(f"{count} {reason}" for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1]))
    shown = ", ".join(ids[:12]) + ("…" if len(ids) > 12 else "")
    return tr("Plots left out: {} ({}). The reasons are in the layer of plots left out: {}").format(
        len(ids), counts, shown
    )
