# SPDX-License-Identifier: GPL-2.0-or-later
"""A day page's map: the day's route and stops as on the overview, the other days' in grey (issue 27).

A day page that drew the other days' plots and route like the day's own
sent a guard to tomorrow's plot; greyed, they still show where the patrol
comes from and goes next.
"""

from __future__ import annotations

from typing import List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProject,
    QgsRectangle,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ...planner.core import InputError
from ..base.compat import empty_extent
from ..base.crs import checked_transform
from ..base.fields import DAY, SEQ
from ..styles import layer_styles as styles
from ..translation.messages import tr
from .context import copy_layer

OTHER_DAYS = "#9a9a9a"  # the other days' route and stops on a day page: there, but plainly not today's


def day_layers(route: QgsVectorLayer, stops: QgsVectorLayer, day: int, project: QgsProject) -> List[QgsVectorLayer]:
    """A day page's own copies, top to bottom: the day's stops and route styled as on the overview, then the
    other days' stops and route in grey without labels; added to ``project``."""

    def copy(layer: QgsVectorLayer, name: str, today: bool) -> QgsVectorLayer:
        out = copy_layer(layer, name, lambda f: f.geometry() if (int(f[DAY]) == day) == today else None)
        if today:
            out.setRenderer(layer.renderer().clone())
            if layer.labeling() is not None:
                out.setLabeling(layer.labeling().clone())
                out.setLabelsEnabled(layer.labelsEnabled())
        elif int(out.geometryType()) == 0:  # a point layer (an int on QGIS 3.22, an enum on QGIS 4)
            marker = QgsSimpleMarkerSymbolLayer(size=2.0, color=QColor(OTHER_DAYS), strokeColor=QColor(OTHER_DAYS))
            out.setRenderer(QgsSingleSymbolRenderer(styles._symbol(QgsMarkerSymbol, [marker])))
        else:
            line = QgsSimpleLineSymbolLayer(QColor(OTHER_DAYS), 0.6)
            out.setRenderer(QgsSingleSymbolRenderer(styles._symbol(QgsLineSymbol, [line])))
            styles.label_obstacle(out)  # today's labels stay off the other days' route too
        return out

    layers = [
        copy(stops, stops.name(), True),
        copy(route, route.name(), True),
        copy(stops, tr("Other days: stops"), False),
        copy(route, tr("Other days: route"), False),
    ]
    project.addMapLayers(layers, False)
    return layers


def day_date(route: QgsVectorLayer, day: int, fallback: str) -> str:
    """The day's own date, day first (a day page must not carry the first day's date)."""
    start = next((str(f["start_time"] or "") for f in route.getFeatures() if int(f[DAY]) == day), "")
    return f"{start[8:10]}/{start[5:7]}/{start[:4]}" if len(start) >= 10 and start[4] == "-" else fallback


def drawn_extent(
    route: QgsVectorLayer,
    stops: QgsVectorLayer,
    crs: QgsCoordinateReferenceSystem,
    day: Optional[int] = None,
    seqs: Optional[set] = None,
) -> QgsRectangle:
    """What the map of ``day`` (all days: None; only the stops ``seqs``) draws, in ``crs``: empty when nothing.

    A field copy's route of a day spent wholly within hiding zones is an empty line: such a day draws nothing,
    and an empty extent grown into a map frame lies round (0, 0), longitude -165, latitude -85."""
    transform = checked_transform(route.crs(), crs)
    extent = empty_extent()
    for layer in (stops,) if seqs else (route, stops):
        for feature in layer.getFeatures():
            geometry = feature.geometry()
            if geometry.isEmpty() or (day is not None and int(feature[DAY]) != day):
                continue
            if not seqs or int(feature[SEQ]) in seqs:
                extent.combineExtentWith(transform.transformBoundingBox(geometry.boundingBox()))
    return extent


def refuse_nothing_shown(
    route: QgsVectorLayer, stops: QgsVectorLayer, crs: QgsCoordinateReferenceSystem, team: str
) -> None:
    """A field copy of a plan that lies wholly within hiding zones would be a blank map: refused."""
    if drawn_extent(route, stops, crs).isEmpty():
        raise InputError(
            tr(
                "all of team {team!r}'s plan lies within the hiding distance: print the office copy or hide less"
            ).format(team=team),
            source="HIDE_RADIUS_M",
        )
