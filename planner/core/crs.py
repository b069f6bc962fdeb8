"""Choosing a metric CRS for data given in longitude/latitude.

The engine measures in metres, so geographic layers are reprojected to the
UTM zone of their centre (Ucayali lies in zones 18S and 19S).
"""

from __future__ import annotations

import math

from .errors import InputError
from .messages import message


def utm_epsg(lon: float, lat: float) -> int:
    """EPSG code of the WGS 84 / UTM zone containing ``(lon, lat)``."""
    if not (math.isfinite(lon) and math.isfinite(lat)) or not (-180 <= lon <= 180 and -80 <= lat <= 84):
        raise InputError(message("utm_no_zone", lon=lon, lat=lat))
    zone = min(int((lon + 180) // 6) + 1, 60)
    return (32700 if lat < 0 else 32600) + zone


def zone_name(epsg: int) -> str:
    """``32718`` -> ``UTM 18S``: how a GPS unit names the zone (its datum, WGS 84, is said beside it)."""
    if not (32601 <= epsg <= 32660 or 32701 <= epsg <= 32760):
        raise ValueError(f"EPSG:{epsg} is not a WGS 84 / UTM zone")
    return f"UTM {epsg % 100}{'S' if epsg > 32700 else 'N'}"
