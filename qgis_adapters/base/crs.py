"""The UTM zone a layer lies in: where the plugin measures metres and prints grid coordinates."""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle

from ...planner.core import InputError, utm_epsg
from ..translation import tr

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def checked_transform(
    source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem
) -> QgsCoordinateTransform:
    """A transform between two valid CRSs that really transforms, never a silent identity.

    The plugin's only way to make a transform (tests/qgis/test_one_transform.py checks it).  A CRS spoiled by
    QGIS 3.22 (see ``provider/pool_threads.py``; a thread other than a pool thread can still spoil one) gives an
    invalid transform: then the CRS caches are cleared and the CRSs made again; a transform that still fails is
    an error.
    """
    transform = _transform(source, target)
    if transform.isValid() or not (source.isValid() and target.isValid()):
        return transform
    _clear_caches()
    transform = _transform(_again(source), _again(target))
    if not transform.isValid():
        raise InputError(
            tr("cannot convert coordinates from {source} to {target}; restart QGIS and try again").format(
                source=source.userFriendlyIdentifier(), target=target.userFriendlyIdentifier()
            )
        )
    return transform


def sound_crs(crs: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    """``crs``, or the same CRS made again when QGIS spoiled it (see ``checked_transform``).

    Outputs are created in the CRS the plan measured in: a spoiled one is written as no CRS at all
    (a GeoPackage without its SRS), and every layer read back from it is in metres of nowhere.  A transform
    cannot tell: one made before the CRS was spoiled stays in QGIS's cache, valid."""
    if not (crs.isValid() and _spoiled(crs)):
        return crs
    _clear_caches()
    again = _again(crs)
    if _spoiled(again):
        raise InputError(
            tr("QGIS lost the definition of {crs}; restart QGIS and try again").format(crs=crs.userFriendlyIdentifier())
        )
    return again


def _spoiled(crs: QgsCoordinateReferenceSystem) -> bool:
    """A spoiled CRS has no PROJ object: no WKT, asked for in a form QGIS does not keep (only the one-line
    preferred WKT is kept)."""
    return not crs.toWkt(multiline=True)


def _clear_caches() -> None:
    QgsCoordinateReferenceSystem.invalidateCache()
    QgsCoordinateTransform.invalidateCache()


def _transform(source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem) -> QgsCoordinateTransform:
    return QgsCoordinateTransform(source, target, QgsProject.instance())


def _again(crs: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem(crs.authid()) if crs.authid() else crs


def local_utm(crs: QgsCoordinateReferenceSystem, extent: QgsRectangle, name: str = "") -> QgsCoordinateReferenceSystem:
    """The UTM CRS of the centre of ``extent`` (given in ``crs``; ``name`` is the layer's, for the error)."""
    if not crs.isValid():  # an identity would take metres for degrees: "no UTM zone covers longitude 507500"
        raise InputError(tr("the layer has no coordinate reference system; set one in its properties"), name or None)
    centre = checked_transform(crs, WGS84).transform(extent.center())
    return QgsCoordinateReferenceSystem(f"EPSG:{utm_epsg(centre.x(), centre.y())}")


def source_utm(source) -> QgsCoordinateReferenceSystem:
    """The UTM CRS of a Processing feature source (``sourceCrs``/``sourceExtent``)."""
    return local_utm(source.sourceCrs(), source.sourceExtent())
