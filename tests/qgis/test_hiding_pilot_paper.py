# SPDX-License-Identifier: GPL-2.0-or-later
"""Issue 27: the pooled attack with the pilot's files and the field briefing's route added to the GPX files.

Each export is a re-plan of the three training teams (``test_hiding_pooled._plan``: arms out of and back
to the base, a pass by another team's base) whose pilot, while the team walks, takes the boat alone down
a river running through the team's base.  A finder holds every carried file of every export: the unit's
GPX, each team's pilot GPX (routes and landings) and pilot sheet, and the route the field briefing draws
(the briefing's own copy of the route layer, after ``field_copy.hide_on_paper``).  Pooled, every attack
must miss every team base by more than half the hiding distance; and nothing of any file lies within the
hiding distance, nor does a sheet name a base.
"""

from __future__ import annotations

import math
import random
from datetime import timedelta
from pathlib import Path
from typing import List, Sequence, Tuple

import gpxpy
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from patrol_planner.planner.export import ExportOptions, TeamExport, device_profile, export_to_unit
from patrol_planner.qgis_adapters.layers.legs import LEG_FIELDS
from patrol_planner.qgis_adapters.layers.plan_outputs import ROUTE_FIELDS, STOP_FIELDS
from patrol_planner.qgis_adapters.printing.context import team_layer
from patrol_planner.qgis_adapters.printing.field_copy import hide_on_paper, with_routes, zone_geometries
from patrol_planner.qgis_adapters.printing.pilot import write_pilot_files
from tests.planner.export.hiding_attacks import near_misses
from tests.planner.export.test_hiding_pooled import (
    ATTACKS,
    BASES,
    ONE_FILE_ATTACKS,
    RADIUS,
    SECRET,
    TO_UTM,
    _lonlat,
    _plan,
    _tracks,
)

XY = Tuple[float, float]
UTM = QgsCoordinateReferenceSystem("EPSG:32718")
TEAMS = (
    ("Equipo Huacamayo", "Nueva Alianza"),
    ("Equipo Lupuna", "Puerto Lupuna"),
    ("Equipo Santa Rosa", "Santa Rosa de Huacamayo"),
)
EXPORTS = 50


def _layer(kind: str, fields, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:32718", name, "memory")
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    return layer


def _add(layer: QgsVectorLayer, geometry: QgsGeometry, values: dict) -> None:
    feature = QgsFeature(layer.fields())
    feature.setGeometry(geometry)
    for key, value in values.items():
        feature[key] = value
    assert layer.dataProvider().addFeatures([feature])


def _line(lonlats: Sequence[XY]) -> QgsGeometry:
    return QgsGeometry.fromPolylineXY([QgsPointXY(*TO_UTM(*p)) for p in lonlats])


def _river_through(base: XY, rng: random.Random) -> List[XY]:
    """A river (lon/lat) running through ``base``: 3 km either side, gently bending, a point every 20 m."""
    x, y = TO_UTM(*base)
    heading, bend = rng.uniform(0, 2 * math.pi), rng.uniform(-3e-4, 3e-4)
    points = []
    for k in range(-150, 151):
        a = heading + bend * k
        points.append(_lonlat(x + 20 * k * math.cos(a), y + 20 * k * math.sin(a)))
    return points


def _layers(teams: Sequence[TeamExport], rivers: Sequence[List[XY]]):
    """The plan's routes, stops and legs layers (UTM 18S) for ``teams``, each pilot down its ``river``."""
    routes = _layer("LineString", ROUTE_FIELDS, "routes")
    stops = _layer("Point", STOP_FIELDS, "stops")
    legs = _layer("LineString", LEG_FIELDS, "legs")
    for team, river in zip(teams, rivers):
        for day, path in enumerate(team.day_paths, 1):
            _add(routes, _line(path), {"team": team.team, "day": day})
        for seq, stop in enumerate(team.stops, 1):
            values = {"team": team.team, "seq": seq, "day": stop.day, "kind": stop.kind, "name": stop.name}
            values.update(arrival=stop.arrival.isoformat(), sensitive=int(stop.sensitive), code=stop.name)
            _add(stops, QgsGeometry.fromPointXY(QgsPointXY(*TO_UTM(stop.lon, stop.lat))), values)
        start = team.stops[0].arrival + timedelta(hours=3)
        end = start + timedelta(hours=1)
        _add(
            legs,
            _line(river),
            {
                "team": team.team,
                "day": 1,
                "seq": 1,
                "mode": "boat_empty",
                "start": start.isoformat(),
                "end": end.isoformat(),
                "hours": 1.0,
                "km": 6.0,
                "fuel_l": 4.0,
                "who": "pilot",
            },
        )
    for layer in (routes, stops, legs):
        layer.updateExtents()
    return routes, stops, legs


def _metres(geometry: QgsGeometry) -> List[List[XY]]:
    parts = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
    return [[(p.x(), p.y()) for p in part] for part in parts if len(part) >= 2]


def _carried(tmp: Path, export: int, rng: random.Random) -> Tuple[List[List[List[XY]]], List[str]]:
    """One export's carried files as line sets in metres (the unit's GPX, each pilot GPX, each paper route)
    and the pilot sheets' text."""
    teams = [_plan(team, base, rng) for team, base in TEAMS]
    rivers = [_river_through(BASES[base], rng) for _, base in TEAMS]
    unit = tmp / f"unit{export}"
    unit.mkdir()
    options = ExportOptions(device=device_profile("gpsmap66"), hide_radius_m=RADIUS, hide_secret=SECRET)
    export_to_unit(teams, unit, options)
    files = [_tracks(unit)]
    routes, stops, legs = _layers(teams, rivers)
    folder = tmp / f"briefing{export}"
    folder.mkdir()
    written = write_pilot_files(legs, stops, folder, [t.team for t in teams], SECRET, RADIUS, routes=routes)
    sheets = [p.read_text(encoding="utf-8") for p in written if p.suffix == ".txt"]
    for path in (p for p in written if p.suffix == ".gpx"):
        doc = gpxpy.parse(path.read_text(encoding="utf-8"))
        files.append([[TO_UTM(p.longitude, p.latitude) for p in r.points] for r in doc.routes])
    hiding = with_routes(zone_geometries(stops, UTM, SECRET, RADIUS), routes, stops)  # as write_briefings
    for team in teams:
        route, team_stops = team_layer(routes, team.team, "Route"), team_layer(stops, team.team, "Stops")
        hide_on_paper(route, team_stops, hiding)  # what the field briefing draws
        files.append([line for f in route.getFeatures() for line in _metres(f.geometry())])
    return files, sheets


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    rng = random.Random(SECRET + b"pilot")
    tmp = tmp_path_factory.mktemp("carried")
    return [_carried(tmp, export, rng) for export in range(EXPORTS)]


def test_every_carried_line_stays_out_of_the_hiding_distance_and_no_sheet_names_a_base(exports):
    pilot_lines = 0
    for files, sheets in exports:
        assert len(files) == 1 + 2 * len(TEAMS)
        pilot_lines += sum(len(file) for file in files[1 : 1 + len(TEAMS)])
        for name, base in BASES.items():
            centre = TO_UTM(*base)
            nearest = min(math.dist(p, centre) for file in files for line in file for p in line)
            assert nearest > RADIUS - 25.0, (name, nearest)
            assert not [sheet for sheet in sheets if name in sheet], name
    assert pilot_lines >= EXPORTS * len(TEAMS), "the pilots' routes are in the attack"


def test_each_export_alone_misses_every_base_with_the_pilot_files_and_the_paper_route(exports):
    """One export's files together (unit GPX, pilot GPX, field briefing's route): the circle through the
    cut ends, their hull's centroid, their mean and their extensions miss each base by more than R/2."""
    close = {}
    for export, (files, _) in enumerate(exports):
        for name, base in BASES.items():
            found = near_misses(files, TO_UTM(*base), 4 * RADIUS, ("cut mean", *ONE_FILE_ATTACKS), RADIUS / 2, False)
            close.update({(name, attack, export): miss for attack, miss in found.items()})
    assert not close, close


def test_fifty_pooled_exports_with_the_pilot_files_and_the_paper_route_miss_every_base(exports):
    pooled = [file for files, _ in exports for file in files]
    close = {name: near_misses(pooled, TO_UTM(*base), 4 * RADIUS, ATTACKS, RADIUS / 2) for name, base in BASES.items()}
    assert not any(close.values()), close


def test_the_field_briefing_draws_the_ends_the_units_gpx_shows(exports):
    """One cut for the whole plan (planner.export.plan_cut): every end of the paper's route is an end of a
    track on the unit, so pooling paper and unit gives a finder no end the check did not see."""
    for files, _ in exports[:10]:
        unit = [end for line in files[0] for end in (line[0], line[-1])]
        paper = [end for file in files[1 + len(TEAMS) :] for line in file for end in (line[0], line[-1])]
        assert paper
        assert max(min(math.dist(end, other) for other in unit) for end in paper) < 1.0
