"""Travel times on small hand-made networks, each worked out by hand in the test.

Defaults: boat 12 km/h, current 3 km/h (15 down, 9 up), walk 3 km/h, forest
1 km/h, transfer 10 min, snap 10 m, forest legs up to 2 km.
"""

from __future__ import annotations

import math

import pytest
from shapely.geometry import Point, box

from patrol_planner.planner.network import (
    BOAT,
    FOREST,
    NO_CONNECTION,
    TRAIL,
    TRANSFER,
    UPSTREAM_IMPOSSIBLE,
    RiverLine,
    Terminal,
    TrailLine,
    TravelModel,
    Zone,
    build_network,
)

TRANSFER_H = 10 / 60


def terminals(*points):
    return [Terminal(f"t{i}", Point(p)) for i, p in enumerate(points)]


def test_downstream_is_faster_than_upstream() -> None:
    net = build_network([RiverLine([(0, 0), (6000, 0), (12000, 0)], fid=1)], [])
    m = net.matrix(terminals((0, 100), (12000, 100)))
    forest = 0.1 + 0.1  # 100 m at 1 km/h at each end
    assert m.hours[0][1] == pytest.approx(forest + 2 * TRANSFER_H + 12 / 15)  # 1.1333 h
    assert m.hours[1][0] == pytest.approx(forest + 2 * TRANSFER_H + 12 / 9)  # 1.6667 h
    assert m.km(0, 1) == pytest.approx({BOAT: 12.0, TRAIL: 0.0, FOREST: 0.2})


def test_reversed_river_and_per_feature_current() -> None:
    # Digitised against the flow (west to east while it flows west), current 5 km/h: 17 down, 7 up.
    river = RiverLine([(0, 0), (12000, 0)], fid=1, reversed=True, current_kmh=5)
    m = build_network([river], []).matrix(terminals((0, 0), (12000, 0)))
    assert m.hours[1][0] == pytest.approx(2 * TRANSFER_H + 12 / 17)
    assert m.hours[0][1] == pytest.approx(2 * TRANSFER_H + 12 / 7)


def test_upstream_impossible_when_current_beats_the_boat() -> None:
    m = build_network([RiverLine([(0, 0), (12000, 0)], 1, current_kmh=12)], []).matrix(terminals((0, 0), (12000, 0)))
    assert m.hours[0][1] == pytest.approx(2 * TRANSFER_H + 12 / 24)
    assert m.hours[1][0] is None
    assert m.reason(1, 0) == UPSTREAM_IMPOSSIBLE
    assert m.reason(0, 1) is None


def test_landing_from_the_river_onto_a_trail_costs_a_transfer() -> None:
    rivers = [RiverLine([(0, 0), (10000, 0)], 1)]
    trails = [TrailLine([(5000, 0), (5000, 4000)], 2)]
    net = build_network(rivers, trails)
    assert net.stats.transfers == 1
    m = net.matrix(terminals((0, -100), (5000, 4100)))
    # forest 0.1, transfer onto the boat, 5 km downstream, transfer onto foot, 4 km trail, forest 0.1
    expected = 0.1 + TRANSFER_H + 5 / 15 + TRANSFER_H + 4 / 3 + 0.1
    assert m.hours[0][1] == pytest.approx(expected)  # 2.2 h
    leg = m.leg(0, 1)
    assert [p.mode for p in leg.parts] == [FOREST, TRANSFER, BOAT, TRANSFER, TRAIL, FOREST]
    assert leg.hours == pytest.approx(expected)
    assert leg.parts[0].coords[0] == (0, -100) and leg.parts[-1].coords[-1] == (5000, 4100)
    assert leg.km() == pytest.approx({BOAT: 5.0, TRAIL: 4.0, FOREST: 0.2})


def test_forest_leg_and_its_limit() -> None:
    trails = [TrailLine([(0, 0), (6000, 0)], 1)]
    m = build_network([], trails).matrix(terminals((0, 1500), (6000, 0), (3000, 2500)))
    assert m.hours[0][1] == pytest.approx(1.5 + 6 / 3)  # 1.5 km of forest, then the whole trail
    assert m.km(0, 1)[FOREST] == pytest.approx(1.5)
    assert m.hours[0][2] is None and m.reason(0, 2) == "too far from any trail or river"
    longer = build_network([], trails, model=TravelModel(max_forest_m=3000)).matrix(
        terminals((0, 1500), (6000, 0), (3000, 2500))
    )
    # 2.5 km straight to the trail's middle, then 3 km along it
    assert longer.hours[2][1] == pytest.approx(2.5 + 3 / 3)


def test_direct_forest_leg_between_close_terminals() -> None:
    m = build_network([], [TrailLine([(0, 0), (9000, 0)], 1)]).matrix(terminals((0, 1800), (800, 1800)))
    assert m.hours[0][1] == pytest.approx(0.8)  # 800 m straight through the forest beats 1.8 + walk + 1.8
    assert [p.mode for p in m.leg(0, 1).parts] == [FOREST]


def test_no_go_zone_forces_a_detour() -> None:
    trails = [
        TrailLine([(0, 0), (4000, 0)], 1),  # the short way
        TrailLine([(0, 0), (0, 3000), (4000, 3000), (4000, 0)], 2),  # the long way round
    ]
    points = ((-100, 0), (4100, 0))
    free = build_network([], trails).matrix(terminals(*points))
    assert free.hours[0][1] == pytest.approx(0.2 + 4 / 3)
    blocked = build_network([], trails, [Zone(box(1500, -500, 2500, 500))]).matrix(terminals(*points))
    assert blocked.hours[0][1] == pytest.approx(0.2 + 10 / 3)  # 3 + 4 + 3 km
    assert blocked.km(0, 1)[TRAIL] == pytest.approx(10.0)


def test_forest_leg_may_not_cross_a_no_go_zone() -> None:
    trail = TrailLine([(x, 0) for x in range(0, 4001, 500)], 1)
    zone = Zone(box(1850, 200, 2150, 800))
    m = build_network([], [trail], [zone]).matrix(terminals((2000, 1000), (-100, 0)))
    # Straight down (and to 1500/2500) crosses the zone: the first clear point is (1000, 0).
    assert m.hours[0][1] == pytest.approx(math.hypot(1000, 1000) / 1000 + 1 / 3 + 0.1)


def test_unnavigable_reach_cuts_the_river() -> None:
    reaches = [((0, 0), (5000, 0)), ((5000, 0), (10000, 0)), ((10000, 0), (15000, 0))]
    points = ((0, 100), (15000, 100))
    ok = build_network([RiverLine(list(r), i) for i, r in enumerate(reaches)], []).matrix(terminals(*points))
    assert ok.hours[0][1] == pytest.approx(0.2 + 2 * TRANSFER_H + 15 / 15)
    rivers = [RiverLine(list(r), i, navigable=(i != 1)) for i, r in enumerate(reaches)]
    net = build_network(rivers, [])
    assert net.stats.unnavigable == 1
    m = net.matrix(terminals(*points))
    assert m.hours[0][1] is None and m.hours[1][0] is None
    assert m.reason(0, 1) == NO_CONNECTION


def test_gap_closed_by_snapping() -> None:
    trails = [TrailLine([(0, 0), (3000, 0)], 1), TrailLine([(3005, 0), (6000, 0)], 2)]
    points = ((-100, 0), (6100, 0))
    net = build_network([], trails)
    assert net.stats.ends_snapped == 1
    assert net.matrix(terminals(*points)).hours[0][1] == pytest.approx(0.2 + 6 / 3)
    strict = build_network([], trails, model=TravelModel(snap_m=1))
    assert strict.stats.ends_snapped == 0
    m = strict.matrix(terminals(*points))
    assert m.hours[0][1] is None and m.reason(0, 1) == NO_CONNECTION


def test_tributary_ending_on_the_middle_of_a_river_splits_it() -> None:
    rivers = [RiverLine([(0, 0), (10000, 0)], 1), RiverLine([(5000, 5000), (5000, 3)], 2)]
    net = build_network(rivers, [])
    assert net.stats.tributaries_split == 1
    m = net.matrix(terminals((5000, 5100), (10000, 100)))
    assert m.hours[0][1] == pytest.approx(0.2 + 2 * TRANSFER_H + 10 / 15)  # 5 km down each river


def test_crossing_trails_are_joined() -> None:
    trails = [TrailLine([(-2000, 0), (2000, 0)], 1), TrailLine([(0, -2000), (0, 2000)], 2)]
    net = build_network([], trails)
    assert net.stats.trail_crossings == 1
    m = net.matrix(terminals((-2100, 0), (0, 2100)))
    assert m.hours[0][1] == pytest.approx(0.2 + 4 / 3)
    assert m.leg(0, 1).parts[1].coords == [(-2000, 0), (0, 0), (0, 2000)]


def test_soft_zone_multiplies_time_inside() -> None:
    trails = [TrailLine([(0, 0), (6000, 0)], 1)]
    zone = Zone(box(2000, -100, 4000, 100), factor=2.0)
    m = build_network([], trails, [zone]).matrix(terminals((-100, 0), (6100, 0)))
    assert m.hours[0][1] == pytest.approx(0.2 + 2 / 3 + 2 * 2 / 3 + 2 / 3)
    assert m.km(0, 1)[TRAIL] == pytest.approx(6.0)


def test_soft_zone_on_a_forest_leg() -> None:
    zone = Zone(box(500, -100, 1500, 100), factor=3.0)
    # the trail 1.5 km away: the forest leg between the two stays within the forest limit of it (issue 25)
    m = build_network([], [TrailLine([(0, 1500), (1000, 1500)], 1)], [zone]).matrix(terminals((0, 0), (1000, 0)))
    assert m.hours[0][1] == pytest.approx(0.5 + 3 * 0.5)


def test_tobler_with_a_synthetic_elevation() -> None:
    def rising_east(x: float, y: float):
        return 0.1 * x  # 10 % slope up to the east

    trails = [TrailLine([(0, 0), (500, 0), (1000, 0)], 1)]
    m = build_network([], trails, elevation=rising_east).matrix(terminals((0, 0), (1000, 0)))
    up = 3 * math.exp(-3.5 * abs(0.1 + 0.05)) / math.exp(-3.5 * 0.05)  # 2.11 km/h
    down = 3 * math.exp(-3.5 * abs(-0.1 + 0.05)) / math.exp(-3.5 * 0.05)  # 3 km/h: Tobler's best slope
    assert m.hours[0][1] == pytest.approx(1 / up)
    assert m.hours[1][0] == pytest.approx(1 / down)
    flat = build_network([], trails, elevation=lambda x, y: None).matrix(terminals((0, 0), (1000, 0)))
    assert flat.hours[0][1] == pytest.approx(1 / 3)


def test_polygon_terminal_is_reached_at_its_edge() -> None:
    plot = Terminal("plot", box(-600, -500, -100, 500))
    m = build_network([], [TrailLine([(0, 0), (3000, 0)], 1)]).matrix([plot, Terminal("b", Point(3000, 0))])
    assert m.hours[0][1] == pytest.approx(0.1 + 1.0)
    assert m.leg(0, 1).parts[0].coords[0] == (-100, 0)


def test_every_speed_and_the_transfer_come_from_the_model() -> None:
    model = TravelModel(boat_kmh=20, current_kmh=4, walk_kmh=5, forest_kmh=2, transfer_min=30)
    rivers = [RiverLine([(0, 0), (10000, 0)], 1)]
    trails = [TrailLine([(5000, 0), (5000, 4000)], 2)]
    m = build_network(rivers, trails, model=model).matrix(terminals((0, -100), (5000, 4100)))
    # 100 m of forest at 2 km/h, half an hour to board, 5 km at 20 + 4, half an hour to land, 4 km at 5
    assert m.hours[0][1] == pytest.approx(0.05 + 0.5 + 5 / 24 + 0.5 + 4 / 5 + 0.05)  # 2.1083 h
    assert m.hours[1][0] == pytest.approx(0.05 + 4 / 5 + 0.5 + 5 / 16 + 0.5 + 0.05)  # 2.2125 h upstream


def test_rivers_that_cross_are_not_joined() -> None:
    # Two rivers crossing without a shared vertex (a bridge, or a digitising error): no junction.
    rivers = [RiverLine([(0, 0), (10000, 0)], 1), RiverLine([(5000, -5000), (5000, 5000)], 2)]
    net = build_network(rivers, [])
    assert (net.stats.tributaries_split, net.stats.trail_crossings) == (0, 0)
    m = net.matrix(terminals((0, 100), (5000, 5100)))
    assert m.hours[0][1] is None and m.reason(0, 1) == NO_CONNECTION


def test_a_trail_crossing_a_river_is_no_landing() -> None:
    # Only a trail end within snap_m of a river gives a transfer; a trail crossing it (a bridge) does not.
    rivers = [RiverLine([(0, 0), (10000, 0)], 1)]
    trails = [TrailLine([(3000, -3000), (3000, 3000)], 2)]
    net = build_network(rivers, trails)
    assert net.stats.transfers == 0
    m = net.matrix(terminals((3000, 3100), (10000, 100)))
    assert m.hours[0][1] is None and m.reason(0, 1) == NO_CONNECTION
    ending = build_network(rivers, [TrailLine([(3000, 3000), (3000, 8)], 2)])  # ends 8 m short of the bank
    assert ending.stats.transfers == 1
    # 100 m of forest, 2.992 km on foot, a transfer (the 8 m gap costs nothing more), 7 km downstream,
    # a transfer, 100 m of forest
    assert ending.matrix(terminals((3000, 3100), (10000, 100))).hours[0][1] == pytest.approx(
        0.1 + 2.992 / 3 + TRANSFER_H + 7 / 15 + TRANSFER_H + 0.1
    )


def test_the_dem_changes_trails_only() -> None:
    def rising_east(x: float, y: float):
        return 0.1 * x

    rivers = [RiverLine([(0, 0), (12000, 0)], 1)]
    m = build_network(rivers, [], elevation=rising_east).matrix(terminals((0, 0), (12000, 0)))
    assert m.hours[0][1] == pytest.approx(2 * TRANSFER_H + 12 / 15)  # the river climbs 1200 m: no matter
    assert m.hours[1][0] == pytest.approx(2 * TRANSFER_H + 12 / 9)
