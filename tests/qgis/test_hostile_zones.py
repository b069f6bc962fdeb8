# SPDX-License-Identifier: GPL-2.0-or-later
"""No-go and slow zones of every QGIS polygon type are read as their 2D area, or refused by name (issue 28)."""

from __future__ import annotations

import math

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
from shapely.geometry import LineString, Point

from patrol_planner.planner.core import InputError
from patrol_planner.planner.network import Terminal, TrailLine, build_network
from patrol_planner.qgis_adapters.layers.network import zones_from_layer

SQUARE = "((0 -500 1 2, 400 -500 1 2, 400 500 1 2, 0 500 1 2, 0 -500 1 2))"


def layer_of(kind: str, *features) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:32718&field=factor:double", "reserves", "memory")
    for wkt, factor in features:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes([factor])
        assert layer.dataProvider().addFeature(f)
    return layer


@pytest.mark.parametrize(
    "kind, wkt",
    [
        ("PolygonZ", "POLYGON Z ((0 -500 1, 400 -500 1, 400 500 1, 0 500 1, 0 -500 1))"),
        ("PolygonM", "POLYGON M ((0 -500 2, 400 -500 2, 400 500 2, 0 500 2, 0 -500 2))"),
        ("PolygonZM", "POLYGON ZM " + SQUARE),
        ("MultiPolygonZM", "MULTIPOLYGON ZM (" + SQUARE + ")"),
    ],
)
def test_zones_with_z_and_m_are_their_2d_area_and_cut_the_trail(kind, wkt) -> None:
    (zone,) = zones_from_layer(layer_of(kind, (wkt, None)), factor_field="factor")
    assert not zone.polygon.has_z and zone.polygon.area == pytest.approx(400_000)
    trails = [
        TrailLine([(200, -2000), (200, 2000)], 1),
        TrailLine([(200, -2000), (-3000, -2000), (-3000, 2000), (200, 2000)], 2),
    ]
    ends = [Terminal("a", Point(200, -2100)), Terminal("b", Point(200, 2100))]
    assert build_network([], trails, [zone]).matrix(ends).hours[0][1] > 2.0  # the long way round


CIRCLE = "CIRCULARSTRING(-1000 0, 0 1000, 1000 0, 0 -1000, -1000 0)"


@pytest.mark.parametrize(
    "kind, wkt",
    [
        ("CurvePolygon", f"CURVEPOLYGON({CIRCLE})"),
        ("MultiSurface", f"MULTISURFACE(CURVEPOLYGON({CIRCLE}), ((3000 0, 3100 0, 3100 100, 3000 0)))"),
        ("CurvePolygonZ", "CURVEPOLYGON Z(CIRCULARSTRING Z(-1000 0 5, 0 1000 5, 1000 0 5, 0 -1000 5, -1000 0 5))"),
    ],
)
def test_curved_no_go_zones_cover_the_whole_drawn_curve(kind, wkt) -> None:
    (zone,) = zones_from_layer(layer_of(kind, (wkt, None)), factor_field="factor")
    on_the_arc = [Point(1000 * math.cos(a / 100), 1000 * math.sin(a / 100)) for a in range(629)]
    assert all(zone.polygon.intersects(p) for p in on_the_arc)
    # A trail grazing the arc from outside, between two chords of a coarse segmentisation, is cut.
    graze = LineString([(-200, 999.9), (200, 999.9)])
    assert zone.polygon.intersects(graze)
    assert zone.polygon.area < math.pi * 1000**2 * 1.01 + (5000 if kind == "MultiSurface" else 0)


@pytest.mark.parametrize("factor", ["inf", "-inf", "nan", "1e400"])
def test_a_zone_factor_that_is_not_finite_is_refused_naming_the_feature(factor) -> None:
    layer = QgsVectorLayer("Polygon?crs=EPSG:32718&field=factor:string", "slow", "memory")
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"))
    f.setAttributes([factor])
    layer.dataProvider().addFeature(f)
    with pytest.raises(InputError, match="slow") as error:
        zones_from_layer(layer, factor_field="factor")
    assert error.value.feature == 1
