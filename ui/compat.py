"""Names that moved between QGIS 3.22 and QGIS 4 (Qt 6), in one place."""

from __future__ import annotations

from qgis.core import Qgis, QgsMapLayerProxyModel


def layer_filter(name: str):
    """A layer-combo filter such as ``"LineLayer"``: ``Qgis.LayerFilter`` (3.34+) or the old enum."""
    modern = getattr(Qgis, "LayerFilter", None)
    if modern is not None and hasattr(modern, name):
        return getattr(modern, name)
    old = getattr(QgsMapLayerProxyModel, "Filter", QgsMapLayerProxyModel)
    return getattr(old, name)
