"""Enum names that moved between QGIS 3.22 and QGIS 4 (Qt 6), and API renamed by 3.44, in one place.

QGIS 3.30 moved ``QgsWkbTypes.Type``/``GeometryType`` to ``Qgis.WkbType``/
``Qgis.GeometryType`` (``LineGeometry`` became ``Line``); QGIS 4 drops the old
names.  Scoped access to the old enums works on 3.22.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsMapLayerProxyModel, QgsRectangle, QgsWkbTypes


def wkb_type(name: str):
    """``"PointZ"`` -> the WKB type enum value of this QGIS."""
    modern = getattr(Qgis, "WkbType", None)
    if modern is not None and hasattr(modern, name):
        return getattr(modern, name)
    return getattr(QgsWkbTypes.Type, name)


def geometry_type(name: str):
    """``"Line"``, ``"Polygon"``, ``"Point"`` -> the geometry type enum value of this QGIS."""
    modern = getattr(Qgis, "GeometryType", None)
    if modern is not None and hasattr(modern, name):
        return getattr(modern, name)
    return getattr(QgsWkbTypes.GeometryType, f"{name}Geometry")


def layer_filter(name: str):
    """A layer-combo filter such as ``"LineLayer"``: ``Qgis.LayerFilter`` (3.34+) or the old enum."""
    modern = getattr(Qgis, "LayerFilter", None)
    if modern is not None and hasattr(modern, name):
        return getattr(modern, name)
    old = getattr(QgsMapLayerProxyModel, "Filter", QgsMapLayerProxyModel)
    return getattr(old, name)


def empty_extent() -> QgsRectangle:
    """A rectangle with nothing in it (``xMinimum() > xMaximum()``) that ``combineExtentWith`` grows.

    QGIS 3.34 renamed ``setMinimal()`` to ``setNull()`` and deprecates the old name (a warning on 3.44)."""
    extent = QgsRectangle()
    (extent.setNull if hasattr(extent, "setNull") else extent.setMinimal)()
    return extent


def form_suppressed():
    """The "hide the form when a feature is added" value: ``Qgis.AttributeFormSuppression.On`` (3.32+) or
    ``QgsEditFormConfig.FeatureFormSuppress.SuppressOn``."""
    modern = getattr(Qgis, "AttributeFormSuppression", None)
    if modern is not None:
        return modern.On
    from qgis.core import QgsEditFormConfig

    return QgsEditFormConfig.FeatureFormSuppress.SuppressOn
