# SPDX-License-Identifier: GPL-2.0-or-later
"""Lines and zones far from the area of work are cut away before the network is built (issue 25)."""

from __future__ import annotations

from shapely.geometry import box

from patrol_planner.planner.network import RiverLine, TrailLine, Zone, clip_ground

WINDOW = (0.0, 0.0, 100.0, 100.0)


def test_a_river_leaving_the_window_is_cut_at_its_edge_and_keeps_its_direction() -> None:
    river = RiverLine([(-50.0, 50.0), (50.0, 50.0), (150.0, 50.0)], fid=7, reversed=True, current_kmh=2.0)
    clipped = clip_ground([river], [], [], WINDOW)
    assert [list(r.coords) for r in clipped.rivers] == [[(0.0, 50.0), (50.0, 50.0), (100.0, 50.0)]]
    (kept,) = clipped.rivers
    assert (kept.fid, kept.reversed, kept.current_kmh) == (7, True, 2.0)
    assert (clipped.lines_cut, clipped.lines_dropped) == (1, 0)


def test_a_line_that_leaves_and_comes_back_gives_two_pieces_in_order() -> None:
    trail = TrailLine([(10.0, 10.0), (10.0, 150.0), (90.0, 150.0), (90.0, 10.0)], fid=3, walk_kmh=2.5)
    clipped = clip_ground([], [trail], [], WINDOW)
    assert [list(t.coords) for t in clipped.trails] == [[(10.0, 10.0), (10.0, 100.0)], [(90.0, 100.0), (90.0, 10.0)]]
    assert all(t.walk_kmh == 2.5 and t.fid == 3 for t in clipped.trails)


def test_lines_inside_are_untouched_and_lines_outside_are_counted_and_dropped() -> None:
    inside = RiverLine([(1.0, 1.0), (99.0, 99.0)], fid=1)
    outside = RiverLine([(200.0, 0.0), (300.0, 0.0)], fid=2)
    clipped = clip_ground([inside, outside], [], [], WINDOW)
    assert clipped.rivers == (inside,)
    assert (clipped.lines_cut, clipped.lines_dropped) == (0, 1)


def test_no_go_zones_that_reach_the_window_are_kept_whole() -> None:
    near, far = Zone(box(90, 90, 500, 500), None, "near"), Zone(box(300, 300, 400, 400), None, "far")
    clipped = clip_ground([], [], [near, far], WINDOW)
    assert clipped.zones == (near,) and clipped.zones_dropped == 1
