"""The track geometry behind the export: DP by importance, deviation in metres, trimming."""

from __future__ import annotations

import math
import random
from typing import List, Sequence, Tuple

import pytest
from shapely.geometry import LineString, Point

from patrol_planner.planner.core import utm_projector
from patrol_planner.planner.export import (
    chunks,
    importance,
    max_deviation,
    pack_lines,
    segment_distance,
    simplify_to_budget,
    trim_around,
)

TO_UTM = utm_projector(32718)


def reference_dp(xy: Sequence[Tuple[float, float]], tolerance: float) -> List[int]:
    """Textbook recursive Douglas-Peucker (segment distance), for comparison."""

    def recurse(i: int, j: int) -> List[int]:
        if j - i < 2:
            return [i]
        d, k = max((segment_distance(xy[k], xy[i], xy[j]), k) for k in range(i + 1, j))
        if d > tolerance:
            return recurse(i, k) + recurse(k, j)
        return [i]

    return recurse(0, len(xy) - 1) + [len(xy) - 1]


def wiggle(n: int, seed: int) -> List[Tuple[float, float]]:
    rng = random.Random(seed)
    x = y = 0.0
    out = []
    for _ in range(n):
        out.append((x, y))
        x += rng.uniform(0, 20)
        y += rng.gauss(0, 15)
    return out


@pytest.mark.parametrize("seed", range(5))
def test_importance_threshold_equals_textbook_dp(seed):
    xy = wiggle(400, seed)
    weights = importance(xy)
    for tolerance in (0.5, 3.0, 10.0, 25.0, 80.0):
        kept = [i for i, w in enumerate(weights) if w > tolerance]
        assert kept == reference_dp(xy, tolerance)
        assert max_deviation(xy, kept) <= tolerance


def test_budget_and_measured_deviation_agree_with_shapely():
    rng = random.Random(5)
    line = [(-74.6 + i * 0.0002, -8.5 + 0.003 * math.sin(i / 25) + rng.uniform(-5e-5, 5e-5)) for i in range(2000)]
    result = simplify_to_budget([line], 150, max_tolerance_m=50.0)
    assert result.fits and result.points <= 150 and result.original_points == 2000
    truth = LineString([TO_UTM(*p) for p in line])
    simple = LineString([TO_UTM(*p) for p in result.lines[0]])
    assert truth.hausdorff_distance(simple) == pytest.approx(result.max_deviation_m, abs=0.05)
    # The smallest tolerance: one notch less would need more points.
    finer = simplify_to_budget([line], 151, max_tolerance_m=50.0)
    assert finer.tolerance_m <= result.tolerance_m


def test_budget_not_reachable_within_tolerance_is_reported_not_forced():
    zig = [(-74.6 + i * 0.0003, -8.5 + (0.0015 if i % 2 else -0.0015)) for i in range(300)]
    result = simplify_to_budget([zig], 100, max_tolerance_m=25.0)
    assert not result.fits and result.tolerance_m == 25.0 and result.points == 300
    assert simplify_to_budget([zig[:3], zig[3:6]], 3, 25.0).fits is False  # end points alone exceed it


def test_trim_cuts_exactly_at_the_circle_and_splits_the_line():
    base = (-74.6, -8.5)
    line = [(base[0] + i * 0.001, base[1]) for i in range(-20, 21)]  # ~110 m steps through the base
    pieces = trim_around(line, [base], 500.0)
    assert len(pieces) == 2
    centre = Point(TO_UTM(*base))
    for piece in pieces:
        geometry = LineString([TO_UTM(*p) for p in piece])
        assert geometry.distance(centre) == pytest.approx(500.0, abs=0.5)
    assert pieces[0][0] == line[0] and pieces[1][-1] == line[-1]
    assert trim_around(line, [], 500.0) == [line]
    assert trim_around(line, [base], 1e7) == []


def test_chunks_and_packing_share_joining_points_and_respect_limits():
    items = list(range(10))
    parts = chunks(items, 4)
    assert parts == [[0, 1, 2, 3], [3, 4, 5, 6], [6, 7, 8, 9]]
    assert chunks([1], 4) == [[1]] and chunks([], 4) == []
    lines = [[(float(i), 0.0) for i in range(n)] for n in (3, 9, 2)]
    tracks = pack_lines(lines, 4)
    assert all(sum(len(s) for s in t) <= 4 for t in tracks)
    assert sum(len(s) for t in tracks for s in t) == 3 + 9 + 2 + 2  # two joins inside the 9-point line
