"""Roads as a travel mode: route lines noded by the plugin, walked or ridden at their own speed (issue 25)."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from patrol_planner.planner.network import RiverLine, Terminal, TrailLine, TravelModel, build_network


def road(coords, fid) -> TrailLine:
    return TrailLine(coords, fid, road=True)


def hours(rivers, trails, a, b, model=None, elevation=None) -> float:
    net = build_network(rivers, trails, (), model or TravelModel(max_forest_m=100), elevation)
    return net.matrix([Terminal("a", Point(*a)), Terminal("b", Point(*b))]).hours[0][1]


def test_route_lines_ending_near_another_are_noded_within_the_road_tolerance() -> None:
    roads = [
        road([(0, 0), (10000, 0)], 1),
        road([(5000, 40), (5000, 6000)], 2),  # ends 40 m short of road 1: joined at 50 m, not at 10 m
        road([(8000, -3000), (8000, 3000)], 3),  # crosses road 1 with no shared vertex
    ]
    stats = build_network([], roads, (), TravelModel(road_snap_m=50)).stats
    assert stats.road_nodes == 2
    assert stats.trail_crossings == 0  # the roads' own noding did it
    # 5 km along road 1, then 6 km up road 2, walked at 3 km/h (and 2 x 0 m of forest)
    t = hours([], roads, (0, 0), (5000, 6000), TravelModel(max_forest_m=100, road_snap_m=50))
    assert t == pytest.approx(11 / 3, rel=1e-3)


def test_trails_keep_the_trail_tolerance() -> None:
    trails = [TrailLine([(0, 0), (10000, 0)], 1), TrailLine([(5000, 40), (5000, 6000)], 2)]
    assert build_network([], trails, (), TravelModel(road_snap_m=50)).stats.road_nodes == 0
    assert hours([], trails, (0, 0), (5000, 6000), TravelModel(max_forest_m=10)) is None


def test_roads_are_ridden_at_their_own_speed_and_trails_walked() -> None:
    lines = [road([(0, 0), (10000, 0)], 1), TrailLine([(10000, 0), (10000, 3000)], 2)]
    model = TravelModel(max_forest_m=100, road_kmh=25.0)
    assert hours([], lines, (0, 0), (10000, 3000), model) == pytest.approx(10 / 25 + 3 / 3, rel=1e-6)
    walked = TravelModel(max_forest_m=100)
    assert hours([], lines, (0, 0), (10000, 3000), walked) == pytest.approx(13 / 3, rel=1e-6)


def test_a_road_of_its_own_speed_keeps_it() -> None:
    lines = [TrailLine([(0, 0), (10000, 0)], 1, walk_kmh=40.0, road=True)]
    assert hours([], lines, (0, 0), (10000, 0), TravelModel(road_kmh=25.0)) == pytest.approx(0.25, rel=1e-6)


def test_a_motorbike_road_takes_no_slope_factor() -> None:
    def elevation(x: float, y: float) -> float:
        return x / 10.0  # a 10 % climb eastwards

    lines = [road([(0, 0), (10000, 0)], 1)]
    ridden = hours([], lines, (0, 0), (10000, 0), TravelModel(road_kmh=25.0), elevation)
    assert ridden == pytest.approx(0.4, rel=1e-6)
    walked = hours([], lines, (0, 0), (10000, 0), TravelModel(), elevation)
    assert walked > 10 / 3 * 1.3  # on foot the climb still counts


def test_a_road_crossing_a_river_is_a_bridge_and_a_road_ending_at_it_a_landing() -> None:
    river = RiverLine([(0, 0), (20000, 0)], 1)
    bridge = road([(5000, -3000), (5000, 3000)], 2)
    port = road([(15000, 5), (15000, 4000)], 3)
    stats = build_network([river], [bridge, port], (), TravelModel(road_snap_m=50)).stats
    assert stats.transfers == 1
