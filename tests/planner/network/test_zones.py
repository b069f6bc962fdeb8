# SPDX-License-Identifier: GPL-2.0-or-later
"""No-go zones are never weakened: repair keeps every lobe, the unrepairable stops the plan."""

from __future__ import annotations

import math

import pytest
from shapely.geometry import GeometryCollection, LineString, MultiPolygon, Point, Polygon, box

from patrol_planner.planner.core import InputError
from patrol_planner.planner.network import Terminal, TrailLine, TravelModel, Zone, build_network, repair_zone

# A bow-tie: two triangles meeting at (1000, 0); buffer(0) keeps only one of them.
BOW_TIE = Polygon([(0, -500), (2000, 500), (2000, -500), (0, 500)])


def test_bow_tie_repair_keeps_both_lobes():
    assert not BOW_TIE.is_valid
    repaired = repair_zone(Zone(BOW_TIE, None, "7")).polygon
    assert repaired.is_valid
    assert repaired.contains(Point(200, 0)) and repaired.contains(Point(1800, 0))
    assert repaired.area == pytest.approx(1_000_000, rel=1e-6)  # both triangles, 500,000 m² each


def test_figure_eight_with_hole_keeps_area_outside_hole():
    outer = [(0, 0), (100, 100), (100, 0), (0, 100)]  # bow-tie ring
    hole = [(80, 40), (90, 40), (90, 60), (80, 60)]
    repaired = repair_zone(Zone(Polygon(outer, [hole]), None, "h")).polygon
    assert repaired.contains(Point(10, 50)) and repaired.contains(Point(95, 50))
    assert not repaired.contains(Point(85, 50))


def test_geometry_collection_keeps_its_polygons():
    collection = GeometryCollection([box(0, 0, 10, 10), LineString([(20, 20), (30, 30)]), box(50, 0, 60, 10)])
    repaired = repair_zone(Zone(collection, None, "gc")).polygon
    assert isinstance(repaired, (Polygon, MultiPolygon))
    assert repaired.area == pytest.approx(200)


@pytest.mark.parametrize(
    "geometry",
    [
        Polygon([(0, 0), (10, 0), (20, 0), (0, 0)]),  # no area at all
        GeometryCollection([LineString([(0, 0), (1, 1)])]),
        Polygon([(0, 0), (math.nan, 0), (10, 10), (0, 10)]),
        Polygon(),
    ],
)
def test_unrepairable_no_go_zone_stops_naming_the_feature(geometry):
    with pytest.raises(InputError, match="feature 42"):
        repair_zone(Zone(geometry, None, "42"))


def test_bow_tie_blocks_the_trail_through_either_lobe():
    # The short trail crosses the lobe buffer(0) dropped (x < 1000): it must be cut.
    trails = [
        TrailLine([(200, -2000), (200, 2000)], 1),
        TrailLine([(200, -2000), (-3000, -2000), (-3000, 2000), (200, 2000)], 2),
    ]
    ends = [Terminal("a", Point(200, -2100)), Terminal("b", Point(200, 2100))]
    free = build_network([], trails).matrix(ends).hours[0][1]
    blocked = build_network([], trails, [Zone(BOW_TIE, None, "7")]).matrix(ends).hours[0][1]
    assert blocked > free + 1.0  # the long way round: 3.2 + 4 + 3.2 km instead of 4


def test_geometry_collection_zone_goes_through_the_engine():
    trail = TrailLine([(0, 5), (100, 5)], 1)
    zone = Zone(GeometryCollection([box(40, 0, 60, 10), Point(0, 0)]), None, "gc")
    network = build_network([], [trail], [zone], TravelModel(max_forest_m=0.0))
    assert network is not None


# -- hostile zones, second round (issue 28) -----------------------------------------------------------------


def _crossing_hours(zone: Zone) -> float:
    trails = [
        TrailLine([(200, -2000), (200, 2000)], 1),
        TrailLine([(200, -2000), (-3000, -2000), (-3000, 2000), (200, 2000)], 2),
    ]
    ends = [Terminal("a", Point(200, -2100)), Terminal("b", Point(200, 2100))]
    return build_network([], trails, [zone]).matrix(ends).hours[0][1]


def test_a_zone_with_z_and_m_values_is_read_as_its_2d_area():
    free = _crossing_hours(Zone(Polygon(), 2.0, "soft-empty"))
    solid = Polygon([(0, -500, 12.5), (400, -500, 13.0), (400, 500, 14.0), (0, 500, 15.0)])
    assert solid.has_z
    repaired = repair_zone(Zone(solid, None, "3")).polygon
    assert not repaired.has_z and repaired.area == pytest.approx(400_000)
    assert _crossing_hours(Zone(solid, None, "3")) > free + 1.0  # the trail through it is cut


def test_a_z_bow_tie_is_repaired_in_2d():
    bow_tie_z = Polygon([(x, y, 5.0) for x, y in BOW_TIE.exterior.coords])
    repaired = repair_zone(Zone(bow_tie_z, None, "7")).polygon
    assert not repaired.has_z and repaired.area == pytest.approx(1_000_000, rel=1e-6)


def test_a_multipolygon_whose_parts_overlap_is_their_union_not_lost_area():
    overlapping = MultiPolygon([box(0, -500, 600, 500), box(300, -500, 900, 500)])
    assert not overlapping.is_valid
    repaired = repair_zone(Zone(overlapping, None, "5")).polygon
    assert repaired.is_valid and repaired.area == pytest.approx(900_000)


@pytest.mark.parametrize("factor", [math.inf, -math.inf, math.nan, 0.0, -2.0])
def test_a_zone_factor_must_be_finite_and_positive(factor):
    with pytest.raises(ValueError):
        Zone(box(0, 0, 10, 10), factor, "9")
