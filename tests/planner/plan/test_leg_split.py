"""Camps are placed on the path at the right moment."""

from __future__ import annotations

import pytest

from patrol_planner.planner.plan import PathPart, split_parts


def test_cut_inside_the_second_part_by_time() -> None:
    boat = PathPart("boat", [(0, 0), (15_000, 0)], 1.0, 15.0)  # 15 km in 1 h
    walk = PathPart("trail", [(15_000, 0), (15_000, 3_000), (15_000, 6_000)], 2.0, 6.0)  # 6 km in 2 h
    before, after, point = split_parts([boat, walk], 2.5)  # 1 h boat + 1.5 h of the walk
    assert point == pytest.approx((15_000, 4_500))
    assert [p.mode for p in before] == ["boat", "trail"]
    assert before[1].coords[-1] == pytest.approx((15_000, 4_500))
    assert before[1].hours == pytest.approx(1.5) and before[1].km == pytest.approx(4.5)
    assert [p.mode for p in after] == ["trail"]
    assert after[0].hours == pytest.approx(0.5) and after[0].km == pytest.approx(1.5)
    assert sum(p.hours for p in before + after) == pytest.approx(3.0)


def test_cut_at_a_part_boundary_and_beyond_the_end() -> None:
    parts = [PathPart("boat", [(0, 0), (10, 0)], 1.0, 0.01), PathPart("transfer", [(10, 0)], 0.2, 0.0)]
    before, after, point = split_parts(parts, 1.0)
    assert [p.mode for p in before] == ["boat"] and point == (10, 0)
    before, after, point = split_parts(parts, 5.0)
    assert after == [] and len(before) == 2
