"""The UTM zone a layer lies in: where the plugin measures metres and prints grid coordinates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle

from ...planner.core import InputError, utm_epsg, utm_projector, work_window, work_zone, zone_name
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


def local_utm(
    crs: QgsCoordinateReferenceSystem, extent: QgsRectangle, name: str = "", wide: bool = False
) -> QgsCoordinateReferenceSystem:
    """The UTM CRS of ``extent`` (given in ``crs``; ``name`` is the layer's, for the error).

    The zone of the extent's centre, refused when the extent is too wide for one zone (negative eastings),
    unless ``wide``: measuring only, for a caller that writes nothing in the zone (alerts keep their own CRS)."""
    if not crs.isValid():  # an identity would take metres for degrees: "no UTM zone covers longitude 507500"
        raise InputError(tr("the layer has no coordinate reference system; set one in its properties"), name or None)
    box = checked_transform(crs, WGS84).transformBoundingBox(extent)
    if wide:
        return QgsCoordinateReferenceSystem(f"EPSG:{utm_epsg(box.center().x(), box.center().y())}")
    try:
        epsg = work_zone(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
    except InputError as error:
        raise InputError(error.reason, name or None) from None
    return QgsCoordinateReferenceSystem(f"EPSG:{epsg}")


def source_utm(source, wide: bool = False) -> QgsCoordinateReferenceSystem:
    """The UTM CRS of a Processing feature source (``sourceCrs``/``sourceExtent``); the caller names it."""
    return local_utm(source.sourceCrs(), source.sourceExtent(), wide=wide)


def utm_label(crs: QgsCoordinateReferenceSystem) -> str:
    """``UTM 18S, WGS 84``: what a GPS unit must be set to for the printed coordinates."""
    epsg = int(crs.authid().split(":")[1]) if crs.authid().startswith("EPSG:") else 0
    try:
        return f"{zone_name(epsg)}, WGS 84"
    except ValueError:  # not a WGS 84 / UTM zone: its own name
        return crs.userFriendlyIdentifier()


@dataclass(frozen=True)
class WorkArea:
    """The UTM zone of the area of work and the window, in its metres, that the other layers are cut to."""

    crs: QgsCoordinateReferenceSystem
    window: Tuple[float, float, float, float]

    @property
    def label(self) -> str:
        return utm_label(self.crs)


def work_area(sources: Sequence[Tuple[object, str]]) -> WorkArea:
    """The area of work of ``(source, name)`` pairs (Processing sources or layers: the bases and plots).

    Only these choose the zone: a rivers layer that runs on into another country would choose one the
    guards' GPS units do not use, and print negative eastings."""
    box: Optional[QgsRectangle] = None
    for source, name in sources:
        crs = source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()
        if not crs.isValid():
            raise InputError(tr("the layer has no coordinate reference system; set one in its properties"), name)
        extent = source.sourceExtent() if hasattr(source, "sourceExtent") else source.extent()
        if extent.isNull() or (extent.isEmpty() and source.featureCount() == 0):
            continue  # an empty layer: its own reader says so, naming it
        degrees = checked_transform(crs, WGS84).transformBoundingBox(extent)
        if box is None:
            box = QgsRectangle(degrees)
        else:
            box.combineExtentWith(degrees)
    if box is None:
        raise InputError(tr("the bases and plots layers are empty: there is no area to plan"))
    west, south, east, north = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
    try:
        epsg = work_zone(west, south, east, north)
    except InputError as error:  # named by the layers that choose the zone
        raise InputError(error.reason, ", ".join(name for _, name in sources)) from None
    # metres by the engine's own projection: a QGIS transform into the zone made here would stay cached, and
    # hide from tests/qgis/spoil_crs.py a zone QGIS spoils later
    project = utm_projector(epsg)
    middle_lon, middle_lat = (west + east) / 2, (south + north) / 2
    points = [project(lon, lat) for lon in (west, middle_lon, east) for lat in (south, middle_lat, north)]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return WorkArea(QgsCoordinateReferenceSystem(f"EPSG:{epsg}"), work_window(min(xs), min(ys), max(xs), max(ys)))
