# SPDX-License-Identifier: GPL-2.0-or-later
"""Issue 27: the pooled attack with the Garmin custom map's tiles added to the GPX files.

The training data's trails fan out from every community (four to six trail
ends within 50 m of each base).  A finder reads them off the tiles: every
pixel in the trails' brown, joined into pieces, each piece a line whose end
nearest the area of interest is a cut.  Those lines join the 50 pooled exports'
tracks (``tests/planner/export/test_hiding_pooled.py``: the same plans, the
same attacks) and every attack must still miss every team base by more than
half the hiding distance.  The same reading of tiles drawn without hiding
finds the bases, so the attack is a real one.
"""

from __future__ import annotations

import math
import random
import re
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

import numpy
import pytest
from qgis.core import QgsFeatureRequest, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from patrol_planner.planner.export import ExportOptions, device_profile, export_to_unit
from patrol_planner.qgis_adapters.printing.context import TRAIL_COLOUR, BriefingContext, copy_layer
from patrol_planner.qgis_adapters.printing.custom_map import team_custom_map
from patrol_planner.qgis_adapters.printing.field_copy import hidden_context, paper_hiding
from tests.planner.export.hiding_attacks import estimates, near_misses
from tests.planner.export.test_hiding_pooled import ATTACKS, BASES, GPKG, RADIUS, SECRET, TO_UTM, _plan, _tracks

XY = Tuple[float, float]
BROWN = numpy.array([int(TRAIL_COLOUR[i : i + 2], 16) for i in (1, 3, 5)])
TEAMS = (
    ("Equipo Huacamayo", "Nueva Alianza"),
    ("Equipo Lupuna", "Puerto Lupuna"),
    ("Equipo Santa Rosa", "Santa Rosa de Huacamayo"),
)


def _trails_near_the_bases() -> QgsVectorLayer:
    """The training trails within 4 km of the team bases (the tiles' area), in memory."""
    source = QgsVectorLayer(f"{GPKG}|layername=trails", "trails", "ogr")
    assert source.isValid()
    xs, ys = zip(*(TO_UTM(*lonlat) for lonlat in BASES.values()))
    box = QgsRectangle(min(xs) - 4000, min(ys) - 4000, max(xs) + 4000, max(ys) + 4000)
    wanted = {f.id() for f in source.getFeatures(QgsFeatureRequest().setFilterRect(box))}
    return copy_layer(source, "trails", lambda f: f.geometry() if f.id() in wanted else None)


def _tile_pixels(kmz: bytes) -> List[XY]:
    """UTM metres of every trail-brown pixel on the map's tiles (lon/lat boxes from the KML)."""
    out: List[XY] = []
    with zipfile.ZipFile(BytesIO(kmz)) as archive:
        kml = archive.read("doc.kml").decode()
        for name, north, south, east, west in re.findall(
            r"<name>(tile_\d+_\d+\.jpg)</name>.*?<north>([-\d.]+)</north><south>([-\d.]+)</south>"
            r"<east>([-\d.]+)</east><west>([-\d.]+)</west>",
            kml,
        ):
            image = QImage.fromData(archive.read(f"files/{name}")).convertToFormat(QImage.Format.Format_RGB32)
            width, height = image.width(), image.height()
            pointer = image.constBits()
            pointer.setsize(image.sizeInBytes())
            rgb = numpy.frombuffer(pointer, numpy.uint8).reshape(height, image.bytesPerLine() // 4, 4)[:, :width, 2::-1]
            rows, cols = numpy.nonzero(numpy.abs(rgb.astype(int) - BROWN).sum(axis=2) < 90)
            n, s, e, w = (float(v) for v in (north, south, east, west))
            for row, col in zip(rows.tolist(), cols.tolist()):
                out.append(TO_UTM(w + (col + 0.5) / width * (e - w), n - (row + 0.5) / height * (n - s)))
    return out


def _pieces(pixels: Sequence[XY], cell: float = 10.0) -> List[List[XY]]:
    """The pixels joined into pieces of trail (pixels within two cells: over the dashes' gaps)."""
    cells: Dict[Tuple[int, int], List[XY]] = {}
    for p in pixels:
        cells.setdefault((int(p[0] // cell), int(p[1] // cell)), []).append(p)
    parent = {key: key for key in cells}

    def root(key):
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for cx, cy in cells:
        for dx in range(-2, 3):
            for dy in range(-2, 3):
                other = (cx + dx, cy + dy)
                if other in cells:
                    parent[root((cx, cy))] = root(other)
    groups: Dict[Tuple[int, int], List[XY]] = {}
    for key, points in cells.items():
        groups.setdefault(root(key), []).extend(points)
    return [points for points in groups.values() if len(points) >= 10]


def _tile_lines(pixels: Sequence[XY], centre: XY, reach: float) -> List[List[XY]]:
    """Each piece near ``centre`` as a track-like line: its far end, a point 60-120 m in, its nearest end."""
    near = [p for p in pixels if math.dist(p, centre) < reach + 500]
    lines = []
    for piece in _pieces(near):
        end = min(piece, key=lambda p: math.dist(p, centre))
        before = [p for p in piece if 60 <= math.dist(p, end) <= 120]
        far = max(piece, key=lambda p: math.dist(p, end))
        line = (
            [far]
            + ([(sum(p[0] for p in before) / len(before), sum(p[1] for p in before) / len(before))] if before else [])
            + [end]
        )
        lines.append(line)
    return lines


def _maps(units: Sequence[Path], reports: Sequence, context: BriefingContext) -> List[bytes]:
    maps = []
    for unit_reports in reports:
        for report in unit_reports:
            texts = [Path(part.path).read_text(encoding="utf-8") for part in report.parts]
            data = team_custom_map(texts, "#d55e00", context, report.team)
            if data:
                maps.append(data)
    return maps


@pytest.fixture(scope="module")
def trails():
    return _trails_near_the_bases()


def test_fifty_pooled_exports_with_the_custom_maps_tiles_miss_every_base(tmp_path, trails):
    rng = random.Random(SECRET)
    options = ExportOptions(device=device_profile("gpsmap66"), hide_radius_m=RADIUS, hide_secret=SECRET)
    files, units, reports = [], [], []
    for export in range(50):
        unit = tmp_path / f"unit{export}"
        unit.mkdir()
        made = export_to_unit([_plan(team, base, rng) for team, base in TEAMS], unit, options)
        files.append(_tracks(unit))
        if export < 2:  # the tiles' trails are the same in every export (stable zones): two exports' maps
            units.append(unit)
            reports.append(made)
    hiding = paper_hiding(list(BASES.values()), trails.crs(), SECRET, RADIUS)
    maps = _maps(units, reports, hidden_context(BriefingContext(trails=trails), hiding))
    pixels = [p for kmz in maps for p in _tile_pixels(kmz)]
    assert len(pixels) > 10_000, "the tiles show the trails"
    close = {}
    for name, base in BASES.items():
        centre = TO_UTM(*base)
        nearest = min(math.dist(p, centre) for p in pixels)
        assert nearest > RADIUS - 25.0, (name, nearest)
        pooled = files + [_tile_lines(pixels, centre, 4 * RADIUS)]
        close.update(
            {(name, a): miss for a, miss in near_misses(pooled, centre, 4 * RADIUS, ATTACKS, RADIUS / 2).items()}
        )
    assert not close, close


def test_the_same_reading_of_tiles_without_hiding_finds_the_bases(tmp_path, trails):
    rng = random.Random(SECRET)
    options = ExportOptions(device=device_profile("gpsmap66"), hide_radius_m=RADIUS, hide_secret=SECRET)
    unit = tmp_path / "unit"
    unit.mkdir()
    made = export_to_unit([_plan(team, base, rng) for team, base in TEAMS], unit, options)
    pixels = [p for kmz in _maps([unit], [made], BriefingContext(trails=trails)) for p in _tile_pixels(kmz)]
    for name, base in BASES.items():
        centre = TO_UTM(*base)
        assert min(math.dist(p, centre) for p in pixels) < 30.0, name  # the trails run into the community
        found = estimates([_tile_lines(pixels, centre, 4 * RADIUS)], centre, 4 * RADIUS)
        best = min(math.dist(guess, centre) for guess in found.values())
        assert best < RADIUS / 4, (name, round(best), {k: round(math.dist(v, centre)) for k, v in found.items()})
