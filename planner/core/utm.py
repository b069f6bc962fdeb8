"""Longitude/latitude to WGS 84 / UTM metres in pure Python (Krüger series).

Coverage needs metres.  Inside QGIS the layers are reprojected with
``QgsCoordinateTransform``; this is for plain-Python callers (tests,
benchmarks, scripts) and agrees with PROJ to well under a millimetre inside
the zone, which is far below GPS noise.
"""

from __future__ import annotations

import math
from typing import Callable, Tuple

from .crs import utm_epsg, zone_name
from .errors import InputError
from .messages import message

_A = 6378137.0
_F = 1 / 298.257223563
_K0 = 0.9996
_N = _F / (2 - _F)
_A_RECT = _A / (1 + _N) * (1 + _N**2 / 4 + _N**4 / 64)
_ALPHA = (
    _N / 2 - 2 * _N**2 / 3 + 5 * _N**3 / 16,
    13 * _N**2 / 48 - 3 * _N**3 / 5,
    61 * _N**3 / 240,
)
_E = math.sqrt(_F * (2 - _F))


def utm_projector(epsg: int) -> Callable[[float, float], Tuple[float, float]]:
    """A function ``(lon, lat) -> (easting, northing)`` for EPSG 326zz/327zz."""
    if not (32601 <= epsg <= 32660 or 32701 <= epsg <= 32760):
        raise ValueError(f"EPSG:{epsg} is not a WGS 84 / UTM zone")
    zone = epsg % 100
    south = epsg > 32700
    lon0 = math.radians(zone * 6 - 183)
    false_northing = 10_000_000.0 if south else 0.0
    e, (a1, a2, a3) = _E, _ALPHA
    k = _K0 * _A_RECT
    sin, cos, atanh, sinh, cosh, atan, sqrt = math.sin, math.cos, math.atanh, math.sinh, math.cosh, math.atan, math.sqrt

    def project(lon: float, lat: float) -> Tuple[float, float]:
        phi, dl = math.radians(lat), math.radians(lon) - lon0
        s = sin(phi)
        t = sinh(atanh(s) - e * atanh(e * s))
        xi = atan(t / cos(dl))
        eta = atanh(sin(dl) / sqrt(1 + t * t))
        x = eta + a1 * cos(2 * xi) * sinh(2 * eta) + a2 * cos(4 * xi) * sinh(4 * eta) + a3 * cos(6 * xi) * sinh(6 * eta)
        y = xi + a1 * sin(2 * xi) * cosh(2 * eta) + a2 * sin(4 * xi) * cosh(4 * eta) + a3 * sin(6 * xi) * cosh(6 * eta)
        return 500_000.0 + k * x, false_northing + k * y

    return project


def projector_for(lon: float, lat: float) -> Tuple[int, Callable[[float, float], Tuple[float, float]]]:
    """The UTM zone containing ``(lon, lat)`` and its projection function."""
    epsg = utm_epsg(lon, lat)
    return epsg, utm_projector(epsg)


# A zone's eastings stay between 0 and 1,000 km (500 km either side of its meridian) in everything written.
_EAST_LIMIT_M = 1_000_000.0
# The window round the area of work: a quarter of its longer side on every side, at least this.
WINDOW_MARGIN_M = 25_000.0


def work_zone(west: float, south: float, east: float, north: float) -> int:
    """EPSG code of the UTM zone of the area of work (bases and plots), given by its box in degrees.

    The zone of the box's centre; refused when a corner would lie outside 0..1,000 km east in it, so that no
    output ever holds a negative easting.  Only the area of work chooses: a rivers layer reaching another
    country would choose a zone the guards' GPS units do not use."""
    epsg = utm_epsg((west + east) / 2, (south + north) / 2)
    project = utm_projector(epsg)
    for lon, lat in ((west, south), (west, north), (east, south), (east, north)):
        x = project(lon, lat)[0]
        if not (0.0 < x < _EAST_LIMIT_M):
            raise InputError(
                message(
                    "area_too_wide",
                    west=round(west, 2),
                    east=round(east, 2),
                    zone=zone_name(epsg),
                )
            )
    return epsg


def work_window(xmin: float, ymin: float, xmax: float, ymax: float) -> Tuple[float, float, float, float]:
    """The box (metres, in the area's zone) that rivers, trails and zones are cut to, round the area's box.

    Wide enough for a river that bends out of the area between two of its plots; never west of the zone's
    false origin (a negative easting) nor east of its eastern limit."""
    margin = max(WINDOW_MARGIN_M, (max(xmax - xmin, ymax - ymin)) / 4)
    return (
        max(xmin - margin, 0.0),
        ymin - margin,
        min(xmax + margin, _EAST_LIMIT_M),
        ymax + margin,
    )
