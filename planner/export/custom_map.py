# SPDX-License-Identifier: GPL-2.0-or-later
"""A Garmin custom map: a KMZ of JPEG tiles a unit shows under its own basemap.

Garmin's limits for custom maps, as Garmin's custom-maps help pages state
them (transcribed, not re-checked against the live pages: no network here):
each tile a JPEG of at most one megapixel and 3 MB; at most 100 tiles on
most handhelds (a few high-end models take more, not assumed here); files go
in ``Garmin/CustomMaps``.  The eTrex 10 shows no custom maps at all.  We keep each tile at 1000 x 1000
pixels at most, below the megapixel whatever Garmin counts as one.  Tiles
are laid out here in WGS 84 (the KML GroundOverlay's own system); the QGIS
side renders them and this module packs them.
"""

from __future__ import annotations

import io
import math
import zipfile
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import List, Sequence, Tuple

from ..core import ExportError, message
from .unit import own_files

MAX_TILES = 100
MAX_TILE_PIXELS = 1_000_000
MAX_TILE_BYTES = 3 * 1024 * 1024
TILE_PX = 1000


@dataclass(frozen=True)
class Tile:
    row: int
    col: int
    west: float
    south: float
    east: float
    north: float
    width_px: int
    height_px: int

    @property
    def name(self) -> str:
        return f"tile_{self.row:02d}_{self.col:02d}.jpg"


def plan_tiles(
    west: float, south: float, east: float, north: float, metres_per_px: float = 4.0, max_tiles: int = MAX_TILES
) -> List[Tile]:
    """Tiles covering the box at ``metres_per_px`` (coarser when more than ``max_tiles`` would be needed)."""
    if not (west < east and south < north):
        raise ExportError(message("map_area_empty"))
    mid = math.radians((south + north) / 2)
    width_m = (east - west) * 111_320.0 * math.cos(mid)
    height_m = (north - south) * 110_574.0
    resolution = metres_per_px
    while True:
        cols = max(1, math.ceil(width_m / resolution / TILE_PX))
        rows = max(1, math.ceil(height_m / resolution / TILE_PX))
        if cols * rows <= max_tiles:
            break
        resolution *= 1.25
    tiles = []
    dx, dy = (east - west) / cols, (north - south) / rows
    px_w = min(TILE_PX, max(1, round(width_m / cols / resolution)))
    px_h = min(TILE_PX, max(1, round(height_m / rows / resolution)))
    for row in range(rows):
        for col in range(cols):
            tiles.append(
                Tile(
                    row,
                    col,
                    west + col * dx,
                    north - (row + 1) * dy,
                    west + (col + 1) * dx,
                    north - row * dy,
                    px_w,
                    px_h,
                )
            )
    return tiles


def kml(tiles: Sequence[Tile], name: str) -> str:
    overlays = []
    for tile in tiles:
        overlays.append(
            f"<GroundOverlay><name>{tile.name}</name><drawOrder>50</drawOrder>"
            f"<Icon><href>files/{tile.name}</href></Icon><LatLonBox><north>{tile.north:.7f}</north>"
            f"<south>{tile.south:.7f}</south><east>{tile.east:.7f}</east><west>{tile.west:.7f}</west>"
            "</LatLonBox></GroundOverlay>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Folder>'
        f"<name>{escape(name, quote=False)}</name>" + "".join(overlays) + "</Folder></kml>\n"
    )


def pack_kmz(tiles: Sequence[Tuple[Tile, bytes]], name: str) -> bytes:
    """The KMZ (doc.kml and files/tile_*.jpg), refused if any tile breaks Garmin's limits."""
    if not tiles:
        raise ExportError(message("map_no_tiles"))
    if len(tiles) > MAX_TILES:
        raise ExportError(message("map_too_many_tiles", count=len(tiles), limit=MAX_TILES))
    for tile, data in tiles:
        if tile.width_px * tile.height_px > MAX_TILE_PIXELS:
            raise ExportError(message("map_tile_too_big", tile=tile.name, width=tile.width_px, height=tile.height_px))
        if len(data) > MAX_TILE_BYTES or not data.startswith(b"\xff\xd8"):
            raise ExportError(message("map_tile_not_jpeg", tile=tile.name))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as kmz:
        kmz.writestr("doc.kml", kml([t for t, _ in tiles], name))  # first: some readers expect it there
        for tile, data in tiles:
            kmz.writestr(f"files/{tile.name}", data, compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()


def maps_folder(garmin: Path) -> Path:
    return next((p for p in garmin.iterdir() if p.is_dir() and p.name.lower() == "custommaps"), garmin / "CustomMaps")


def tiles_per_map(garmin: Path, maps: int) -> int:
    """Tiles each of ``maps`` new maps may use; refuses (before anything is written) when too few are free.

    The unit's 100 tiles are shared by every map on it, the user's own KMZ files included."""
    folder = maps_folder(garmin)
    free = MAX_TILES - (foreign_tiles(folder) if folder.is_dir() else 0)
    if free < maps:
        raise ExportError(message("map_tiles_taken", folder=str(folder), used=MAX_TILES - free, limit=MAX_TILES))
    return free // max(1, maps)


def foreign_tiles(folder: Path) -> int:
    """Tiles in the KMZ files in ``folder`` that an earlier export of ours did not write."""
    mine = {p.name.lower() for p in own_files(folder)}
    count = 0
    for path in folder.glob("*.kmz"):
        if path.name.lower() in mine:
            continue
        try:
            with zipfile.ZipFile(path) as kmz:
                count += sum(1 for n in kmz.namelist() if n.lower().endswith((".jpg", ".jpeg")))
        except (OSError, zipfile.BadZipFile):
            continue  # the unit cannot show it either
    return count
