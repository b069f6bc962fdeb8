"""Garmin custom map: tiles within Garmin's limits, a KMZ a unit reads."""

from __future__ import annotations

import zipfile
from io import BytesIO

import pytest

from patrol_planner.planner.core import ExportError
from patrol_planner.planner.export import MAX_TILES, pack_kmz, plan_tiles

JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 100


def test_tiles_cover_the_area_each_at_most_a_megapixel():
    tiles = plan_tiles(-75.3, -8.95, -75.05, -8.75)  # about 27 x 22 km
    assert 1 < len(tiles) <= MAX_TILES
    assert all(t.width_px * t.height_px <= 1_000_000 for t in tiles)
    assert min(t.west for t in tiles) == -75.3 and max(t.north for t in tiles) == -8.75
    assert max(t.east for t in tiles) == pytest.approx(-75.05) and min(t.south for t in tiles) == pytest.approx(-8.95)


def test_a_large_area_gets_coarser_not_more_than_100_tiles():
    tiles = plan_tiles(-76.0, -10.0, -74.0, -8.0)  # 220 km square
    assert len(tiles) <= MAX_TILES and all(t.width_px <= 1000 and t.height_px <= 1000 for t in tiles)


def test_kmz_holds_the_kml_and_every_tile_and_refuses_oversized_tiles():
    tiles = plan_tiles(-75.2, -8.9, -75.1, -8.8)
    data = pack_kmz([(t, JPEG) for t in tiles], "Equipo A")
    with zipfile.ZipFile(BytesIO(data)) as kmz:
        names = kmz.namelist()
        assert names[0] == "doc.kml" and len(names) == len(tiles) + 1
        kml = kmz.read("doc.kml").decode()
        assert kml.count("<GroundOverlay>") == len(tiles) and "<drawOrder>50</drawOrder>" in kml
    with pytest.raises(ExportError, match="3 MB"):
        pack_kmz([(tiles[0], JPEG + b"\0" * (3 * 1024 * 1024))], "x")
    with pytest.raises(ExportError, match="more than the 100"):
        pack_kmz([(tiles[0], JPEG)] * 101, "x")
