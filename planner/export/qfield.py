# SPDX-License-Identifier: GPL-2.0-or-later
"""What a team's QField package holds, decided without QGIS (issue 30).

QField opens a QGIS project offline on a phone: the guards navigate to a
plot, fill its verdict form and record their track.  The QGIS side writes
the project; this module fixes what must not drift between the export and
the import of the returned package: the verdict codes, the layers' names,
the basemap's zoom range and the tracking session QField starts by itself
(``QFieldSync/...`` layer properties, read by QField's tracking model).
"""

from __future__ import annotations

import math
from typing import Dict, Tuple, Union

from ..core import ExportError, message

# The package's GeoPackage and its layers: the import reads them back by these names.
PACKAGE_GPKG = "patrol.gpkg"
PLOTS_LAYER, ROUTE_LAYER, CAMPS_LAYER, TRACKS_LAYER = "plots", "route", "camps", "tracks"
BASEMAP_FILE = "basemap.mbtiles"
PHOTO_FOLDER = "DCIM"
# QField's tracking model starts a session on project load for a layer with these properties; a fix
# every 10 m, and one more than 250 m from the last taken for a GNSS error and skipped.
QFIELD_TRACKING: Dict[str, Union[bool, int]] = {
    "QFieldSync/tracking_session_active": True,
    "QFieldSync/tracking_distance_requirement_active": True,
    "QFieldSync/tracking_distance_requirement_minimum_meters": 10,
    "QFieldSync/tracking_time_requirement_active": False,
    "QFieldSync/tracking_erroneous_distance_safeguard_active": True,
    "QFieldSync/tracking_erroneous_distance_safeguard_maximum_meters": 250,
}
MAX_TILES = 4000  # a few tens of MB of PNG tiles: the phone's storage and a copy over USB stay quick
BASEMAP_MAX_TILES = MAX_TILES  # the name the package exports (``custom_map.MAX_TILES`` is the Garmin map's)
MAX_ZOOM = 15  # about 5 m a pixel at the equator: trails and rivers, no more detail is drawn

LonLatBox = Tuple[float, float, float, float]  # west, south, east, north


def _tile(lon: float, lat: float, zoom: int) -> Tuple[int, int]:
    """The web-mercator tile holding (lon, lat) at ``zoom``."""
    n = 2**zoom
    lat = max(min(lat, 85.0511), -85.0511)
    x = int((lon + 180.0) / 360.0 * n)
    y = int((1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n)
    return min(max(x, 0), n - 1), min(max(y, 0), n - 1)


def tile_count(box: LonLatBox, min_zoom: int, max_zoom: int) -> int:
    """How many tiles cover ``box`` at every zoom from ``min_zoom`` to ``max_zoom``."""
    west, south, east, north = box
    total = 0
    for zoom in range(min_zoom, max_zoom + 1):
        x0, y0 = _tile(west, north, zoom)
        x1, y1 = _tile(east, south, zoom)
        total += (x1 - x0 + 1) * (y1 - y0 + 1)
    return total


def basemap_zooms(
    box: LonLatBox, max_tiles: int = MAX_TILES, min_zoom: int = 8, max_zoom: int = MAX_ZOOM
) -> Tuple[int, int]:
    """The zoom range of the team's offline basemap: from ``min_zoom`` (the whole area on a phone's screen)
    as far in as ``max_tiles`` allows, at most ``max_zoom``."""
    if tile_count(box, min_zoom, min_zoom) > max_tiles:
        raise ExportError(message("qfield_basemap_too_wide", tiles=max_tiles, zoom=min_zoom))
    top = min_zoom
    while top < max_zoom and tile_count(box, min_zoom, top + 1) <= max_tiles:
        top += 1
    return min_zoom, top
