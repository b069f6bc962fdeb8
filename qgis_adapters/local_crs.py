"""The UTM zone a layer lies in: where the plugin measures metres and prints grid coordinates."""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle

from ..planner.core import utm_epsg

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def local_utm(crs: QgsCoordinateReferenceSystem, extent: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """The UTM CRS of the centre of ``extent`` (given in ``crs``)."""
    centre = QgsCoordinateTransform(crs, WGS84, QgsProject.instance()).transform(extent.center())
    return QgsCoordinateReferenceSystem(f"EPSG:{utm_epsg(centre.x(), centre.y())}")


def source_utm(source) -> QgsCoordinateReferenceSystem:
    """The UTM CRS of a Processing feature source (``sourceCrs``/``sourceExtent``)."""
    return local_utm(source.sourceCrs(), source.sourceExtent())
