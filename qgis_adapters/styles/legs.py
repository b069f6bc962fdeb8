"""The look of the plan's ``legs`` layer: by mode, in colour and dash, so it reads in black and white too.

The boat blue, the pilot alone dashed blue, trails brown, forest green dots, waits and transfers as
points where they happen.
"""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
)

from ..translation.messages import tr

MODE_STYLES = (
    ("boat", "#0072B2", "solid", 0.9),
    ("boat_empty", "#56B4E9", "dash", 0.7),
    ("trail", "#8B4513", "solid", 0.6),
    ("forest", "#009E73", "dot", 0.6),
    ("transfer", "#000000", "solid", 1.2),
    ("wait", "#D55E00", "solid", 1.6),
)


def style_legs(layer: QgsVectorLayer) -> None:
    """Categories by mode (colour and dash, so it reads in black and white too)."""
    labels = {
        "boat": tr("boat with the team"),
        "boat_empty": tr("pilot alone with the boat"),
        "trail": tr("trail"),
        "forest": tr("forest"),
        "transfer": tr("getting on or off"),
        "wait": tr("waiting for the boat"),
    }
    categories = []
    for mode, colour, dash, width in MODE_STYLES:
        symbol = QgsLineSymbol.createSimple({"line_color": colour, "line_style": dash, "line_width": str(width)})
        if mode in ("transfer", "wait"):  # a point in time more than a stretch: a dot where it happens
            dot = QgsMarkerLineSymbolLayer.create({"placements": "FirstVertex", "placement": "firstvertex"})
            dot.setSubSymbol(QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": str(2 * width)}))
            symbol.appendSymbolLayer(dot)
        categories.append(QgsRendererCategory(mode, symbol, labels[mode]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("mode", categories))
