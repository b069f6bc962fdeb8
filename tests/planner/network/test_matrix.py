"""The matrix API: reasons for unreachable pairs, legs, progress and cancel."""

from __future__ import annotations

import math
import random

import pytest
from shapely.geometry import Point, box

from patrol_planner.planner.core import Cancelled, NetworkError
from patrol_planner.planner.network import (
    BOAT,
    FOREST,
    INSIDE_NO_GO,
    NO_CONNECTION,
    TOO_FAR,
    TRAIL,
    UPSTREAM_IMPOSSIBLE,
    RiverLine,
    Terminal,
    TrailLine,
    TravelModel,
    Zone,
    build_network,
    tobler_factor,
)


class Recorder:
    def __init__(self, cancel_after: int = -1) -> None:
        self.progress = []
        self.cancel_after = cancel_after
        self.asked = 0

    def set_progress(self, percent: float) -> None:
        self.progress.append(percent)

    def is_canceled(self) -> bool:
        self.asked += 1
        return 0 <= self.cancel_after < self.asked


def mixed_network(zones=()):
    rivers = [
        RiverLine([(0, 0), (10000, 0)], 1, current_kmh=15),  # too strong to go up
        RiverLine([(30000, 0), (40000, 0)], 2),
    ]  # a separate river
    trails = [TrailLine([(5000, 0), (5000, 5000)], 3, walk_kmh=4)]
    return build_network(rivers, trails, zones)


def test_every_unreachable_pair_has_a_reason_and_no_inf_or_nan() -> None:
    net = mixed_network([Zone(box(20000, 20000, 21000, 21000))])
    points = [(0, 100), (10000, 100), (5000, 5100), (35000, 100), (20500, 20500), (70000, 70000)]
    m = net.matrix([Terminal(f"p{i}", Point(p)) for i, p in enumerate(points)])
    for i in range(len(points)):
        for j in range(len(points)):
            h = m.hours[i][j]
            assert (h is None) == (m.reason(i, j) is not None), (i, j)
            assert h is None or math.isfinite(h)
            km = m.km(i, j)
            assert (km is None) == (h is None)
            assert km is None or all(math.isfinite(v) for v in km.values())
    assert m.reason(1, 0) == UPSTREAM_IMPOSSIBLE  # against a 15 km/h current with a 12 km/h boat
    assert m.reason(1, 2) == UPSTREAM_IMPOSSIBLE  # the landing is upstream
    assert m.reason(0, 3) == NO_CONNECTION  # another river
    assert m.reason(0, 4) == INSIDE_NO_GO and m.reason(4, 0) == INSIDE_NO_GO
    assert m.reason(0, 5) == TOO_FAR
    assert m.unreachable_terminals == {"p4": INSIDE_NO_GO, "p5": TOO_FAR}
    # downstream to the landing, then 5 km of trail at the trail's own 4 km/h
    assert m.hours[0][2] == pytest.approx(0.1 + 10 / 60 + 5 / 27 + 10 / 60 + 5 / 4 + 0.1)
    assert m.km(0, 2) == pytest.approx({BOAT: 5.0, TRAIL: 5.0, FOREST: 0.2})


def test_leg_parts_add_up_to_the_matrix_and_join_end_to_end() -> None:
    rng = random.Random(4)
    trails = [TrailLine([(x * 1000, 0), (x * 1000, 6000)], x) for x in range(7)]
    trails += [TrailLine([(0, y * 1000), (6000, y * 1000)], 10 + y) for y in range(7)]
    rivers = [RiverLine([(-500, -500), (7000, -500)], 99)]
    net = build_network(rivers, trails)
    assert net.stats.trail_crossings == 25  # the 5 x 5 inner crossings; the others are line ends
    terminals = [Terminal(i, Point(rng.uniform(0, 6000), rng.uniform(-400, 6000))) for i in range(8)]
    m = net.matrix(terminals)
    for i in range(8):
        for j in range(8):
            if i == j:
                continue
            leg = m.leg(i, j)
            assert leg.hours == pytest.approx(m.hours[i][j])
            assert leg.km() == pytest.approx(m.km(i, j))
            assert leg.parts[0].coords[0] == pytest.approx((terminals[i].geometry.x, terminals[i].geometry.y))
            assert leg.parts[-1].coords[-1] == pytest.approx((terminals[j].geometry.x, terminals[j].geometry.y))
            for a, b in zip(leg.parts, leg.parts[1:]):
                assert a.coords[-1] == pytest.approx(b.coords[0])
                assert a.mode != b.mode or a.mode == "transfer"


def test_rows_only_for_the_sources_asked_for() -> None:
    net = build_network([], [TrailLine([(0, 0), (3000, 0)], 1)])
    m = net.matrix([Terminal(i, Point(i * 1000, 0)) for i in range(4)], sources=[2])
    assert m.hours[2] == pytest.approx([2 / 3, 1 / 3, 0.0, 1 / 3])
    assert m.hours[0] == [None] * 4 and m.reason(0, 1) == "not computed"


def test_progress_and_cancel() -> None:
    trails = [TrailLine([(0, y * 100), (5000, y * 100)], y) for y in range(30)]
    trails.append(TrailLine([(0, 0), (0, 2900)], 99))
    terminals = [Terminal(i, Point(100 * i, 100 * i)) for i in range(20)]
    feedback = Recorder()
    net = build_network([], trails, feedback=feedback)
    assert feedback.progress[-1] == 100 and feedback.progress == sorted(feedback.progress)
    feedback = Recorder()
    net.matrix(terminals, feedback=feedback)
    assert feedback.progress[-1] == 100 and len(feedback.progress) > 10
    with pytest.raises(Cancelled):
        build_network([], trails, feedback=Recorder(cancel_after=0))
    cancel = Recorder(cancel_after=5)
    with pytest.raises(Cancelled):  # the pure-Python search checks before every source
        net.matrix(terminals, feedback=cancel, backend="python")
    assert cancel.asked == 6  # stopped at once (one check for the joins), not after the remaining sources
    cancel = Recorder(cancel_after=2)
    with pytest.raises(Cancelled):  # scipy's checks between its rows
        net.matrix(terminals[1:], feedback=cancel, backend="scipy")


def test_no_usable_line_is_a_network_error() -> None:
    with pytest.raises(NetworkError, match="No usable river or trail"):
        build_network([RiverLine([(0, 0), (1, 1)], 1, navigable=False)], [TrailLine([(5, 5)], 2)])


def test_model_validation_and_tobler() -> None:
    with pytest.raises(ValueError):
        TravelModel(walk_kmh=0)
    with pytest.raises(ValueError):
        Zone(box(0, 0, 1, 1), factor=0)
    assert tobler_factor(-0.05, 1.0) == pytest.approx(math.exp(3.5 * 0.05))  # the fastest slope
    assert tobler_factor(0.0, 1.0) == 1.0
    assert tobler_factor(5.0, 0.0) == 1.0
