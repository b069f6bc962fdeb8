"""The engine's shortest times agree with QGIS's own shortest path algorithm.

A small trail network with a different walking speed on every trail is given
to ``native:shortestpathpointtolayer`` (fastest path, speed field in km/h) and
to the engine (through ``qgis_adapters.layers.network``).  Start and end
points lie on the trails, so there are no forest legs and the two models are
the same.
"""

from __future__ import annotations

import pytest
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from patrol_planner.planner.network import TravelModel, build_network
from patrol_planner.qgis_adapters.layers.network import rivers_from_layer, terminals_from_layer, trails_from_layer

# QGIS measures edges on the WGS84 ellipsoid, the engine in the plane of the CRS.  180 km east of
# the central meridian of UTM 18S the scale factor is 1 (to 1e-5), so both see the same lengths.
X0, Y0 = 680_000, 9_000_000
NODES = {"A": (0, 0), "B": (1000, 200), "C": (2200, -300), "D": (1500, 1500), "E": (3000, 1000), "F": (400, 1800)}
# (from, to, km/h, a bend in the middle so that the lines are not straight)
TRAILS = [
    ("A", "B", 3.0, (500, 60)),
    ("B", "C", 2.0, (1600, 40)),
    ("B", "D", 4.0, (1150, 900)),
    ("D", "E", 3.0, (2300, 1400)),
    ("C", "E", 5.0, (2700, 300)),
    ("A", "F", 2.5, (100, 900)),
    ("F", "D", 3.0, (900, 1750)),
]


def _xy(point):
    return QgsPointXY(X0 + point[0], Y0 + point[1])


def _layers():
    lines = QgsVectorLayer("LineString?crs=EPSG:32718&field=speed:double", "trails", "memory")
    points = QgsVectorLayer("Point?crs=EPSG:32718&field=name:string", "plots", "memory")
    for a, b, speed, bend in TRAILS:
        f = QgsFeature(lines.fields())
        f.setGeometry(QgsGeometry.fromPolylineXY([_xy(NODES[a]), _xy(bend), _xy(NODES[b])]))
        f.setAttributes([speed])
        lines.dataProvider().addFeature(f)
        p = QgsFeature(points.fields())
        p.setGeometry(QgsGeometry.fromPointXY(_xy(bend)))  # the bend: a point on the trail
        p.setAttributes([f"{a}{b}"])
        points.dataProvider().addFeature(p)
    return lines, points


def test_fastest_times_match_native_shortest_path(qgis_processing) -> None:
    import processing

    lines, points = _layers()
    start = TRAILS[0][3]  # on trail A-B
    result = processing.run(
        "native:shortestpathpointtolayer",
        {
            "INPUT": lines,
            "STRATEGY": 1,
            "SPEED_FIELD": "speed",
            "DEFAULT_SPEED": 3.0,
            "DEFAULT_DIRECTION": 2,
            "TOLERANCE": 0,
            "START_POINT": f"{X0 + start[0]},{Y0 + start[1]} [EPSG:32718]",
            "END_POINTS": points,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    qgis_hours = {f["name"]: f["cost"] for f in result["OUTPUT"].getFeatures()}
    assert len(qgis_hours) == len(TRAILS)
    assert qgis_hours.pop("AB") == NULL  # the start itself: QGIS gives no cost, the engine 0 h

    terminals = terminals_from_layer(points, id_field="name")
    net = build_network([], trails_from_layer(lines, speed_field="speed"))
    matrix = net.matrix(terminals, sources=[0])  # terminal 0 is the bend of A-B, the start
    engine_hours = {terminals[j].id: matrix.hours[0][j] for j in range(len(terminals))}
    assert engine_hours.pop("AB") == 0.0
    assert engine_hours == pytest.approx(qgis_hours, rel=1e-4)
    assert max(qgis_hours.values()) > 0.9  # the comparison covers routes over several trails


# A river flowing east through F (a vertex in its middle, where two trails end) to E.  With a boat of
# 5 km/h against a current of 5 km/h it goes one way only, at 10 km/h: QGIS's forward-only
# direction.  Transfers cost nothing and forest legs are at most 0.5 m, so the models coincide.
RIVER = [(-500, 2300), NODES["F"], (1500, 2600), NODES["E"]]
RIVER_MODEL = TravelModel(boat_kmh=5.0, current_kmh=5.0, transfer_min=0.0, max_forest_m=0.5)


def _river_layers():
    trails, points = _layers()
    rivers = QgsVectorLayer("LineString?crs=EPSG:32718&field=current:double", "rivers", "memory")
    f = QgsFeature(rivers.fields())
    f.setGeometry(QgsGeometry.fromPolylineXY([_xy(p) for p in RIVER]))
    f.setAttributes([None])
    rivers.dataProvider().addFeature(f)
    p = QgsFeature(points.fields())
    p.setGeometry(QgsGeometry.fromPointXY(_xy(RIVER[2])))  # a plot on the river's bend
    p.setAttributes(["river"])
    points.dataProvider().addFeature(p)
    # QGIS takes one layer: trails both ways at their speed, the river forward only at 10 km/h.
    merged = QgsVectorLayer("LineString?crs=EPSG:32718&field=speed:double&field=dir:string", "net", "memory")
    for feature, direction in [(f, "F")] + [(t, "B") for t in trails.getFeatures()]:
        g = QgsFeature(merged.fields())
        g.setGeometry(feature.geometry())
        g.setAttributes([10.0 if direction == "F" else feature["speed"], direction])
        merged.dataProvider().addFeature(g)
    return trails, rivers, points, merged


@pytest.mark.parametrize("start", ["AB", "CE"])
def test_one_way_river_matches_native_shortest_path(qgis_processing, start) -> None:
    import processing

    trails, rivers, points, merged = _river_layers()
    xy = {f["name"]: f.geometry().asPoint() for f in points.getFeatures()}
    result = processing.run(
        "native:shortestpathpointtolayer",
        {
            "INPUT": merged,
            "STRATEGY": 1,
            "SPEED_FIELD": "speed",
            "DEFAULT_SPEED": 3.0,
            "DIRECTION_FIELD": "dir",
            "VALUE_FORWARD": "F",
            "VALUE_BACKWARD": "R",
            "VALUE_BOTH": "B",
            "DEFAULT_DIRECTION": 2,
            "TOLERANCE": 0,
            "START_POINT": f"{xy[start].x()},{xy[start].y()} [EPSG:32718]",
            "END_POINTS": points,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    qgis_hours = {f["name"]: f["cost"] for f in result["OUTPUT"].getFeatures() if f["name"] != start}

    terminals = terminals_from_layer(points, id_field="name")
    net = build_network(
        rivers_from_layer(rivers, current_field="current"),
        trails_from_layer(trails, speed_field="speed"),
        model=RIVER_MODEL,
    )
    assert net.stats.transfers == 2  # at F and at E
    source = [t.id for t in terminals].index(start)
    matrix = net.matrix(terminals, sources=[source])
    engine_hours = {t.id: matrix.hours[source][j] for j, t in enumerate(terminals) if t.id != start}
    assert engine_hours == pytest.approx(qgis_hours, rel=1e-4)
    # Either way the river's bend is reached by walking to F and floating down (never up from E).
    leg = matrix.leg(source, [t.id for t in terminals].index("river"))
    assert [p.mode for p in leg.parts] == ["trail", "transfer", "boat", "transfer"]
    assert leg.parts[1].coords[0] == pytest.approx((X0 + NODES["F"][0], Y0 + NODES["F"][1]))


def test_adapters_read_rivers_zones_and_dem(tmp_path) -> None:
    from osgeo import gdal
    from qgis.core import QgsRasterLayer

    from patrol_planner.qgis_adapters.layers.network import dem_elevation, rivers_from_layer, zones_from_layer

    rivers = QgsVectorLayer(
        "LineString?crs=EPSG:32718&field=rev:integer&field=cur:double&field=nav:string", "rivers", "memory"
    )
    for coords, attrs in ((((0, 0), (100, 0)), [1, 2.5, "yes"]), (((100, 0), (200, 0)), [0, None, "no"])):
        f = QgsFeature(rivers.fields())
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(*c) for c in coords]))
        f.setAttributes(attrs)
        rivers.dataProvider().addFeature(f)
    first, second = rivers_from_layer(rivers, reversed_field="rev", current_field="cur", navigable_field="nav")
    assert (first.reversed, first.current_kmh, first.navigable) == (True, 2.5, True)
    assert (second.reversed, second.current_kmh, second.navigable) == (False, None, False)
    assert first.coords == [(0.0, 0.0), (100.0, 0.0)]

    zones = QgsVectorLayer("Polygon?crs=EPSG:32718&field=factor:double", "zones", "memory")
    for factor in (None, 2.0):
        f = QgsFeature(zones.fields())
        f.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"))
        f.setAttributes([factor])
        zones.dataProvider().addFeature(f)
    hard, soft = zones_from_layer(zones, factor_field="factor")
    assert (hard.factor, soft.factor, hard.polygon.area) == (None, 2.0, 100.0)

    path = str(tmp_path / "dem.tif")
    dem = gdal.GetDriverByName("GTiff").Create(path, 10, 10, 1, gdal.GDT_Float32)
    dem.SetGeoTransform((0, 10, 0, 100, 0, -10))  # 10 m pixels, top-left at (0, 100)
    band = dem.GetRasterBand(1)
    band.WriteArray(__import__("numpy").fromfunction(lambda r, c: c * 10.0, (10, 10), dtype="float32"))
    band.SetNoDataValue(-9999)
    dem = None  # noqa: F841  (closes the file)
    elevation = dem_elevation(QgsRasterLayer(path, "dem"))
    assert elevation(55.0, 50.0) == 50.0  # column 5
    assert elevation(500.0, 50.0) is None  # outside the raster
