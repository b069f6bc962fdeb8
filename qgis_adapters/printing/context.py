# SPDX-License-Identifier: GPL-2.0-or-later
"""What the briefing map shows besides the route: rivers with their flow, trails, communities, no-go zones.

The coordinator's layers are cloned into the briefing's private project and
styled there for paper (the project's own styles are left alone): rivers as
a mid-blue line with small dark arrows pointing downstream (rivers are
digitised downstream; a ``reversed`` field set to 1 flips a reach), trails
as a dark brown dashed line, communities as labelled squares, no-go zones
hatched.  Every distinction survives a black-and-white copier: arrows,
dashes, hatching and shapes, not colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Collection, List, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsFeature,
    QgsGeometry,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsProperty,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..base.crs import local_utm
from ..base.fields import TEAM
from ..styles import layer_styles as styles
from ..translation.messages import tr

RIVER_COLOUR = "#8dbbe8"  # light: in black and white every team line (and trail) prints darker or wider
TRAIL_COLOUR = "#6b3d12"


@dataclass(frozen=True)
class BriefingContext:
    """The project's layers to draw under the route; ``others`` keep their own style."""

    rivers: Optional[QgsVectorLayer] = None
    trails: Optional[QgsVectorLayer] = None
    bases: Optional[QgsVectorLayer] = None
    nogo: Optional[QgsVectorLayer] = None
    others: Sequence[QgsVectorLayer] = field(default_factory=tuple)

    def empty(self) -> bool:
        return not any((self.rivers, self.trails, self.bases, self.nogo, *self.others))


def _arrows(colour: str, flip_field: Optional[str]) -> QgsMarkerLineSymbolLayer:
    arrow = QgsSimpleMarkerSymbolLayer(styles.Shape.ArrowHeadFilled, 2.2)
    arrow.setColor(QColor(colour))
    arrow.setStrokeColor(QColor(colour))
    if flip_field:
        arrow.setDataDefinedProperty(
            QgsSymbolLayer.Property.PropertyAngle,
            QgsProperty.fromExpression(f'if(coalesce("{flip_field}", 0) <> 0, 180, 0)'),
        )
    line = QgsMarkerLineSymbolLayer(True, 30.0)  # along the line, every 30 mm
    line.setOffsetAlongLine(15.0)
    line.setSubSymbol(styles._symbol(QgsMarkerSymbol, [arrow]))
    return line


def river_symbol(flip_field: Optional[str] = None) -> QgsLineSymbol:
    water = QgsSimpleLineSymbolLayer(QColor(RIVER_COLOUR), 0.55)
    return styles._symbol(QgsLineSymbol, [water, _arrows("#1b3f66", flip_field)])


def style_rivers(layer: QgsVectorLayer) -> None:
    """Blue with arrows downstream; reaches whose ``reversed`` is 1 flow against their digitising."""
    flip = "reversed" if "reversed" in layer.fields().names() else None
    layer.setRenderer(QgsSingleSymbolRenderer(river_symbol(flip)))
    layer.setName(tr("River (arrow: downstream)"))


def style_nogo(layer: QgsVectorLayer) -> None:
    styles.style_nogo(layer)
    # Its legend lists a slow zone beside the no-go zone when the layer has a "factor": not under "No-go".
    slow = "factor" in layer.fields().names()
    layer.setName(tr("No-go and slow zones") if slow else tr("No-go zones"))


def style_trails(layer: QgsVectorLayer) -> None:
    line = QgsSimpleLineSymbolLayer(QColor(TRAIL_COLOUR), 0.45)
    line.setPenStyle(Qt.PenStyle.DashLine)
    layer.setRenderer(QgsSingleSymbolRenderer(styles._symbol(QgsLineSymbol, [line])))
    layer.setName(tr("Trail"))


def style_bases(layer: QgsVectorLayer, named_by_route: Collection[str] = ()) -> None:
    """White squares labelled with their names, except the bases the route's stops already name."""
    symbol = styles._marker(styles.Shape.Square, 3.2, "#ffffff", stroke_width=0.6)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    names = layer.fields().names()
    label = next((f for f in ("name", "nombre", "NAME") if f in names), None)
    if label:
        column = QgsExpression.quotedColumnRef(label)
        if named_by_route:
            listed = ", ".join(QgsExpression.quotedString(name) for name in sorted(named_by_route))
            styles._labels(layer, f"CASE WHEN {column} IN ({listed}) THEN NULL ELSE {column} END", 7.0)
        else:
            styles._labels(layer, column, 7.0)
    layer.setName(tr("Community"))


def context_layers(context: BriefingContext, named_by_route: Collection[str] = ()) -> List[QgsVectorLayer]:
    """Styled clones, bottom to top: no-go zones, rivers, trails, communities, then the others as they are.

    ``named_by_route``: base names the route's stops print already (not printed again beside them)."""
    out: List[QgsVectorLayer] = []
    for layer, style in (
        (context.nogo, style_nogo),
        (context.rivers, style_rivers),
        (context.trails, style_trails),
        (context.bases, lambda clone: style_bases(clone, named_by_route)),
    ):
        if layer is None or not layer.isValid():
            continue
        clone = layer.clone()
        style(clone)
        out.append(clone)
    out.extend(layer.clone() for layer in context.others if layer is not None and layer.isValid())
    return out


def copy_layer(
    source: QgsVectorLayer,
    name: str,
    geometry_of: Callable[[QgsFeature], Optional[QgsGeometry]],
    kind: str = "",
) -> QgsVectorLayer:
    """A new memory layer of ``source``'s fields holding each feature with the geometry ``geometry_of`` gives
    it (none: left out); ``kind`` defaults to ``source``'s Point, LineString or Polygon."""
    kind = kind or {0: "Point", 1: "LineString", 2: "Polygon"}[int(source.geometryType())]
    layer = QgsVectorLayer(f"{kind}?crs={source.crs().authid()}", name, "memory")
    layer.setCrs(source.crs())
    layer.dataProvider().addAttributes(source.fields().toList())
    layer.updateFields()
    features = []
    for feature in source.getFeatures():
        geometry = geometry_of(feature)
        if geometry is not None:
            copy = QgsFeature(layer.fields())
            copy.setGeometry(geometry)
            copy.setAttributes(feature.attributes())
            features.append(copy)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def team_layer(source: QgsVectorLayer, team: str, name: str) -> QgsVectorLayer:
    """The team's own features in a new memory layer (the source layer keeps its filter and style)."""
    return copy_layer(source, name, lambda feature: feature.geometry() if feature[TEAM] == team else None)


def drop_absent_categories(layer: QgsVectorLayer, field: str) -> None:
    present = {feature[field] for feature in layer.getFeatures()}
    renderer = layer.renderer()
    for index in reversed(range(len(renderer.categories()))):
        if renderer.categories()[index].value() not in present:
            renderer.deleteCategory(index)


def teams_in(routes: QgsVectorLayer) -> List[str]:
    teams: List[str] = []
    for feature in routes.getFeatures():
        if feature[TEAM] not in teams:
            teams.append(feature[TEAM])
    return teams


def grid_crs(layer: QgsVectorLayer) -> QgsCoordinateReferenceSystem:
    """Coordinates on paper are UTM metres on WGS 84, which guards read on their GPS units: the zone where the
    team goes, whatever the layer's own CRS (a project in the next zone would print negative eastings)."""
    return local_utm(layer.crs(), layer.extent(), layer.name())
