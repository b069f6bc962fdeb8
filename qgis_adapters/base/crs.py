"""The UTM zone a layer lies in: where the plugin measures metres and prints grid coordinates."""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle

from ...planner.core import InputError, utm_epsg
from ..translation import tr

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def checked_transform(source: QgsCoordinateReferenceSystem,
                      target: QgsCoordinateReferenceSystem) -> QgsCoordinateTransform:
    """A transform between two valid CRSs that really transforms, never a silent identity.

    QGIS 3.22 spoils a cached CRS first made in a thread that has ended (a Processing task's pool thread,
    idle 30 s) while another thread still used it: the CRS stays "valid" but has no PROJ object, and every
    transform with it is invalid and leaves coordinates unchanged (degrees taken as metres). Then the CRS
    caches are cleared and the CRSs made again; a transform that still fails is an error.
    """
    transform = QgsCoordinateTransform(source, target, QgsProject.instance())
    if transform.isValid() or not (source.isValid() and target.isValid()):
        return transform
    QgsCoordinateReferenceSystem.invalidateCache()
    QgsCoordinateTransform.invalidateCache()
    transform = QgsCoordinateTransform(_again(source), _again(target), QgsProject.instance())
    if not transform.isValid():
        raise InputError(tr("cannot convert coordinates from {source} to {target}; restart QGIS and try again").format(
            source=source.userFriendlyIdentifier(), target=target.userFriendlyIdentifier()))
    return transform


def sound_crs(crs: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    """``crs``, or the same CRS made again when QGIS spoiled it (see ``checked_transform``).

    Outputs are created in the CRS the plan measured in: a spoiled one is written as no CRS at all
    (a GeoPackage without its SRS), and every layer read back from it is in metres of nowhere."""
    if not crs.isValid() or QgsCoordinateTransform(crs, WGS84, QgsProject.instance()).isValid():
        return crs
    checked_transform(crs, WGS84)  # clears QGIS's caches; an error if the CRS cannot be made again
    return _again(crs)


def _again(crs: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem(crs.authid()) if crs.authid() else crs


def local_utm(crs: QgsCoordinateReferenceSystem, extent: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """The UTM CRS of the centre of ``extent`` (given in ``crs``)."""
    centre = checked_transform(crs, WGS84).transform(extent.center())
    return QgsCoordinateReferenceSystem(f"EPSG:{utm_epsg(centre.x(), centre.y())}")


def source_utm(source) -> QgsCoordinateReferenceSystem:
    """The UTM CRS of a Processing feature source (``sourceCrs``/``sourceExtent``)."""
    return local_utm(source.sourceCrs(), source.sourceExtent())
