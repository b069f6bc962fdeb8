"""How the plan looks on the map: one source of truth for the result layers' styles.

Briefings are printed in black and white and many coordinators' screens are
poor in sunlight, so nothing relies on colour alone: every team also gets its
own dash pattern, stops differ by shape, and unreachable plots are crosses.
Team colours come from ``planner.export.palette`` (Okabe-Ito without its blues, so no
team vanishes on a river) by team order, the same as on the unit.
``scripts/export_styles.py`` writes the fixed styles to ``resources/styles/``
as .qml files for anyone who wants to apply them by hand.
"""

from __future__ import annotations

from typing import List, Optional, Sequence

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGeometryGeneratorSymbolLayer,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ...planner.export import TEAM_PALETTE
from ..base.compat import geometry_type
from ..base.fields import COVERED, LABEL, PLOT_ID, TEAM
from ..translation.messages import tr

TEAM_COLOURS = tuple(colour.hex for colour in TEAM_PALETTE)
DASHES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)
Shape = QgsSimpleMarkerSymbolLayerBase.Shape
ROUTE_OFFSET_MM = 0.6  # positive: right of the direction of travel
# Each segment of the route on its own: an offset of the whole line (GEOS's offset curve) drops a stretch
# walked out and back along one trail, so the walk to a plot vanished from the map; segment by segment,
# the way in and the way out are each drawn on their own right-hand side.
ROUTE_SEGMENTS = (
    "collect_geometries(array_foreach(generate_series(1, num_points($geometry) - 1), "
    "make_line(point_n($geometry, @element), point_n($geometry, @element + 1))))"
)


def _symbol(kind, layers):
    """A symbol from its layers.  Built by append, which hands each layer to the symbol; the list
    constructor does not, and the layers would die with their Python wrappers."""
    symbol = kind()
    symbol.changeSymbolLayer(0, layers[0])
    for layer in layers[1:]:
        symbol.appendSymbolLayer(layer)
    return symbol


def team_colour(index: int) -> QColor:
    return QColor(TEAM_COLOURS[index % len(TEAM_COLOURS)])


def route_symbol(index: int) -> QgsLineSymbol:
    """The team's line: its colour and dash pattern, with arrows in the direction of travel.

    Each segment sits a little to the right of the path travelled, so the way out and the way back
    along the same river or trail (a spur to a plot included) are two parallel lines; the arrows
    run along the path itself, pointing each way where the team walks in and out.
    """
    colour = team_colour(index)
    halo = QgsSimpleLineSymbolLayer(QColor("white"), 1.6)
    line = QgsSimpleLineSymbolLayer(colour, 0.8)
    line.setPenStyle(DASHES[index % len(DASHES)])
    for layer in (halo, line):
        layer.setOffset(ROUTE_OFFSET_MM)
        layer.setPenCapStyle(Qt.PenCapStyle.RoundCap)  # segments meet without gaps at bends
    legs = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": ROUTE_SEGMENTS, "SymbolType": "Line"})
    legs.setSubSymbol(_symbol(QgsLineSymbol, [halo, line]))
    arrow = QgsSimpleMarkerSymbolLayer(Shape.ArrowHeadFilled, 3.0)
    arrow.setColor(colour)
    arrow.setStrokeColor(QColor("white"))
    arrow.setStrokeWidth(0.2)
    arrows = QgsMarkerLineSymbolLayer(True, 20.0)  # rotate along the line, every 20 mm
    arrows.setSubSymbol(_symbol(QgsMarkerSymbol, [arrow]))
    return _symbol(QgsLineSymbol, [legs, arrows])


def route_line_layer(symbol: QgsLineSymbol) -> QgsSimpleLineSymbolLayer:
    """The coloured, dashed line inside a route symbol (for tests and the legend)."""
    return symbol.symbolLayer(0).subSymbol().symbolLayer(1)


def style_routes(layer: QgsVectorLayer, teams: Optional[Sequence[str]] = None) -> None:
    """One category per team (field ``team``).

    Colours follow ``teams`` when given (a briefing showing one team keeps the colour that team has
    on the whole plan), else the order in which teams first appear in the layer.
    """
    order: List[str] = list(teams or [])
    for feature in layer.getFeatures():
        if feature[TEAM] not in order:
            order.append(feature[TEAM])
    present = {feature[TEAM] for feature in layer.getFeatures()} if teams else set(order)
    categories = [
        QgsRendererCategory(team, route_symbol(i), str(team)) for i, team in enumerate(order) if team in present
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer(TEAM, categories))
    layer.triggerRepaint()


def _marker(shape, size: float, fill: str, stroke: str = "#000000", stroke_width: float = 0.4) -> QgsMarkerSymbol:
    marker = QgsSimpleMarkerSymbolLayer(shape, size)
    marker.setColor(QColor(fill))
    marker.setStrokeColor(QColor(stroke))
    marker.setStrokeWidth(stroke_width)
    return _symbol(QgsMarkerSymbol, [marker])


def _labels(layer: QgsVectorLayer, expression: str, size: float = 8.0) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    if layer.geometryType() == geometry_type("Point"):
        # Cartographic placement measures the distance from the marker's edge, not its centre, so a
        # label (and its white buffer) never covers its own marker.
        settings.placement = QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint
        settings.offsetType = QgsPalLayerSettings.OffsetType.FromSymbolBounds
        settings.dist = 0.5
    text = QgsTextFormat()
    text.setSize(size)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def label_obstacle(layer: QgsVectorLayer) -> None:
    """``layer`` (a route) draws no label but keeps every other layer's labels off its lines: a plot code
    or a community's name printed over the route hid the line where the team needs it most (issue 27)."""
    settings = QgsPalLayerSettings()
    settings.drawLabels = False
    settings.fieldName = "''"
    settings.isExpression = True
    obstacle = settings.obstacleSettings()
    obstacle.setIsObstacle(True)
    obstacle.setFactor(2.0)  # the highest cost: a candidate on the line is taken only when no other is free
    settings.setObstacleSettings(obstacle)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


# Every stop is labelled with its code, the one name it has on the unit and in the briefing; a team that
# returns to its base has the base twice, at the same spot, and only its first visit is labelled.  The
# stops layer carries that label (``layers.plan_outputs``): no aggregate here, which QGIS would evaluate
# in the canvas's render thread through the project's scope while a project clear or read changes it.
STOP_LABEL = f'"{LABEL}"'
OLD_STOP_LABEL = 'coalesce("code", "plot_id", "name")'  # a stops layer from before the label field


def style_stops(layer: QgsVectorLayer) -> None:
    """Bases are squares, plots diamonds, night camps triangles; labelled with the plot id or base name."""
    categories = [
        QgsRendererCategory("base", _marker(Shape.Square, 4.2, "#ffffff", stroke_width=0.8), tr("Base")),
        QgsRendererCategory("plot", _marker(Shape.Diamond, 4.0, "#d7191c"), tr("Suspected plot")),
        QgsRendererCategory("camp", _marker(Shape.Triangle, 3.6, "#ffd700"), tr("Night camp")),
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("kind", categories))
    # A stops layer from before codes existed has no "code" field: its plots by id, camps by name.
    names = layer.fields().names()
    old = OLD_STOP_LABEL if "code" in names else OLD_STOP_LABEL.replace('"code", ', "")
    _labels(layer, STOP_LABEL if LABEL in names else old)
    layer.triggerRepaint()


def _status_rules(field_names: Sequence[str]):
    """(label, filter, symbol) for each status the layer's fields can tell."""
    rules = []
    if "status" in field_names:  # the plan's left-out layer
        rules += [
            (tr("Unreachable"), "\"status\" = 'unreachable'", _marker(Shape.Cross2, 3.6, "#000000", "#000000", 0.8)),
            (tr("Not planned (no time left)"), "\"status\" = 'unplanned'", _marker(Shape.Circle, 3.2, "#fdae61")),
        ]
    if "covered" in field_names:  # the coverage layer
        rules += [
            (tr("Checked by a patrol or drone"), '"covered" = 1', _marker(Shape.Circle, 3.0, "#1a9641")),
            (tr("Not checked yet"), '"covered" = 0 OR "covered" IS NULL', _marker(Shape.Star, 4.2, "#d7191c")),
        ]
    return rules


def style_plots_status(layer: QgsVectorLayer) -> None:
    """Plots by status: covered, not checked (coverage layer); unplanned, unreachable (left-out layer)."""
    names = layer.fields().names()
    polygons = layer.geometryType() == geometry_type("Polygon")  # polygon plots: a fill in the status colour
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, symbol in _status_rules(names):
        if polygons:
            colour = symbol.color()
            fill = QgsSimpleFillSymbolLayer(
                QColor(colour.red(), colour.green(), colour.blue(), 120), Qt.BrushStyle.SolidPattern, QColor("#000000")
            )
            symbol = _symbol(QgsFillSymbol, [fill])
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    # Only the coverage layer (every plot) is labelled: the left-out layer lies on top of it and
    # would print each left-out plot's id twice.
    if PLOT_ID in names and COVERED in names:
        _labels(layer, f'"{PLOT_ID}"', 7.0)
    layer.triggerRepaint()


def style_nogo(layer: QgsVectorLayer) -> None:
    """No-go zones hatched in red with a solid red edge; soft zones (a factor) hatched lighter."""

    def symbol(colour: str, spacing: float) -> QgsFillSymbol:
        hatch = QgsLinePatternFillSymbolLayer()
        hatch.setLineAngle(45)
        hatch.setDistance(spacing)
        hatch.setSubSymbol(_symbol(QgsLineSymbol, [QgsSimpleLineSymbolLayer(QColor(colour), 0.35)]))
        edge = QgsSimpleFillSymbolLayer(
            QColor(0, 0, 0, 0), Qt.BrushStyle.NoBrush, QColor(colour), Qt.PenStyle.SolidLine, 0.8
        )
        return _symbol(QgsFillSymbol, [hatch, edge])

    root = QgsRuleBasedRenderer.Rule(None)
    if "factor" in layer.fields().names():
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol("#c00000", 2.0), 0, 0, '"factor" IS NULL', tr("No-go zone")))
        root.appendChild(
            QgsRuleBasedRenderer.Rule(symbol("#e08000", 4.0), 0, 0, '"factor" IS NOT NULL', tr("Slow zone"))
        )
    else:
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol("#c00000", 2.0), 0, 0, "", tr("No-go zone")))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.triggerRepaint()


def style_field_tracks(layer: QgsVectorLayer) -> None:
    """Imported tracks: thin purple lines, dashed for boats, so they read as "where people went", not as plans."""
    if layer.fields().indexOf("kind") < 0:
        layer.setRenderer(
            QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({"line_color": "#7b3294", "line_width": "0.5"}))
        )
        return
    categories = [
        QgsRendererCategory(
            kind, QgsLineSymbol.createSimple({"line_color": colour, "line_width": "0.5", "line_style": style}), label
        )
        for kind, colour, style, label in (
            ("foot", "#7b3294", "solid", tr("on foot")),
            ("boat", "#7b3294", "dash", tr("by boat")),
            ("drone", "#c2a5cf", "dot", tr("drone")),
        )
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("kind", categories))
