"""Topology repair counts and graph contraction."""

from __future__ import annotations

import pytest
from shapely.geometry import Point, box

from patrol_planner.planner.network import (
    RiverLine,
    SegmentGrid,
    Terminal,
    TrailLine,
    Zone,
    build_network,
    segment_crossing,
)


def test_stats_count_each_kind_of_join() -> None:
    rivers = [
        RiverLine([(0, 0), (10000, 0)], 1),
        RiverLine([(10004, 3), (20000, 0)], 2),  # 5 m gap: snapped
        RiverLine([(5000, 4000), (5000, 6)], 3),  # tributary 6 m short of the main river
    ]
    trails = [
        TrailLine([(15000, 2), (15000, 5000)], 4),  # starts 2 m from the river: a transfer
        TrailLine([(14000, 3000), (16000, 3000)], 5),  # crosses trail 4
        TrailLine([(15000, 4000), (17000, 4000)], 6),  # starts on trail 4's middle
        TrailLine([(17000, 4008), (17000, 6000)], 7),  # ends 8 m from trail 6's end: snapped
        TrailLine([(16000, 5003), (14000, 5003)], 8),  # passes 3 m from trail 4's end: split there
    ]
    stats = build_network(rivers, trails).stats
    assert stats.ends_snapped == 2
    assert stats.tributaries_split == 1
    assert stats.trail_crossings == 1
    assert stats.trail_ends_joined == 2
    assert stats.transfers == 1
    assert (stats.rivers, stats.trails) == (3, 5)


def test_chains_of_short_reaches_become_one_edge() -> None:
    reaches = [RiverLine([(i * 100, 0), ((i + 1) * 100, 0)], i) for i in range(100)]
    net = build_network(reaches, [])
    assert net.stats.edges == 1 and net.stats.nodes == 2
    m = net.matrix([Terminal("a", Point(0, 0)), Terminal("b", Point(10000, 0)), Terminal("c", Point(5050, 0))])
    assert m.hours[0][1] == pytest.approx(2 * 10 / 60 + 10 / 15)
    assert m.hours[2][1] == pytest.approx(2 * 10 / 60 + 4.95 / 15)  # joins in the middle of the edge
    assert m.hours[2][0] == pytest.approx(2 * 10 / 60 + 5.05 / 9)
    boat = [p for p in m.leg(0, 1).parts if p.mode == "boat"]
    assert len(boat) == 1 and len(boat[0].coords) == 101  # every vertex is kept for drawing


def test_reaches_of_different_speed_are_kept_apart() -> None:
    rivers = [RiverLine([(0, 0), (5000, 0)], 1), RiverLine([(5000, 0), (10000, 0)], 2, current_kmh=20)]
    net = build_network(rivers, [])
    assert net.stats.edges == 2  # one can be travelled upstream, the other not
    m = net.matrix([Terminal("a", Point(0, 0)), Terminal("b", Point(10000, 0)), Terminal("c", Point(2000, 0))])
    assert m.hours[0][1] == pytest.approx(2 * 10 / 60 + 5 / 15 + 5 / 32)
    assert m.hours[1][0] is None
    assert m.hours[2][0] == pytest.approx(2 * 10 / 60 + 2 / 9)


def test_bad_lines_are_skipped_and_counted() -> None:
    trails = [
        TrailLine([(0, 0), (0, 0)], 1),
        TrailLine([(0, 0), (float("nan"), 5)], 2),
        TrailLine([(0, 0), (0, 0), (1000, 0), (1000, 0)], 3),
    ]
    net = build_network([], trails)
    assert net.stats.degenerate == 2 and net.stats.trails == 1
    m = net.matrix([Terminal("a", Point(0, 0)), Terminal("b", Point(1000, 0))])
    assert m.hours[0][1] == pytest.approx(1 / 3)


def test_no_go_zone_cuts_and_removes_transfers() -> None:
    rivers = [RiverLine([(0, 0), (10000, 0)], 1)]
    trails = [TrailLine([(5000, 0), (5000, 3000)], 2)]
    net = build_network(rivers, trails, [Zone(box(4000, -100, 6000, 100))])
    # the transfer is found (splitting the river in two), then cut away with both halves and the trail
    assert net.stats.zone_cuts == 3 and net.stats.transfers == 1
    m = net.matrix([Terminal("a", Point(0, 0)), Terminal("b", Point(5000, 3000)), Terminal("c", Point(10000, 0))])
    assert m.hours[0][1] is None
    assert m.hours[0][2] is None  # the river is cut in two


def test_segment_helpers() -> None:
    assert segment_crossing(0, 0, 2, 2, 0, 2, 2, 0) == (0.5, 0.5, 1.0, 1.0)
    assert segment_crossing(0, 0, 1, 0, 0, 1, 1, 1) is None  # parallel
    assert segment_crossing(0, 0, 1, 0, 2, -1, 2, 1) is None  # apart
    grid = SegmentGrid([([0.0, 100.0], [0.0, 0.0]), ([0.0, 100.0], [50.0, 50.0])])
    hits = grid.hits(50.0, 10.0, 45.0)
    assert [(round(h[0], 6), h[1]) for h in hits] == [(10.0, 0), (40.0, 1)]
