# SPDX-License-Identifier: GPL-2.0-or-later
"""scipy's compiled search and the pure-Python one give the same matrix (issue 17).

scipy is installed by ``scripts/setup_system.sh`` (python3-scipy), so these tests
run both searches for real; the fallback is forced with ``backend="python"`` and
with ``PATROL_PLANNER_NO_SCIPY=1``, the way a QGIS without scipy would run.
"""

from __future__ import annotations

import math
import random

import pytest
from shapely.geometry import Point, box

from patrol_planner.planner.network import (
    BEYOND_HORIZON,
    RiverLine,
    Terminal,
    TrailLine,
    TravelMatrix,
    TravelModel,
    Zone,
    build_network,
)


def random_network(seed: int):
    """Rivers (some strong: no way upstream, some digitised upstream) and trails on a jittered grid."""
    rng = random.Random(seed)
    size = rng.randint(3, 7)
    step = 1000.0
    rivers, trails = [], []
    fid = 0
    for j in range(size):
        for i in range(size):
            x0, y0 = i * step, j * step
            for dx, dy in ((1, 0), (0, 1)):
                if i + dx >= size or j + dy >= size or rng.random() < 0.15:
                    continue
                mid = (x0 + dx * step / 2 + rng.uniform(-80, 80), y0 + dy * step / 2 + rng.uniform(-80, 80))
                coords = [(x0, y0), mid, (x0 + dx * step, y0 + dy * step)]
                fid += 1
                if dy == 0 and j % 3 == 0:
                    reverse = rng.random() < 0.3
                    rivers.append(
                        RiverLine(
                            coords[::-1] if reverse else coords,
                            fid,
                            reversed=reverse,
                            current_kmh=rng.choice([None, 2.0, 14.0]),
                        )
                    )
                else:
                    trails.append(TrailLine(coords, fid, walk_kmh=rng.choice([None, 2.0, 4.0])))
    if rng.random() < 0.5:  # two trails between the same junctions, at different speeds
        trails.append(TrailLine([(0, 0), (500, -300), (1000, 0)], fid + 1, walk_kmh=6.0))
    zones = [Zone(box(1300, 1300, 1700, 1700))] if rng.random() < 0.5 else []
    zones += [Zone(box(2200, 200, 2800, 900), factor=2.0)] if rng.random() < 0.5 else []
    extent = (size - 1) * step
    points = [Point(rng.uniform(-300, extent + 300), rng.uniform(-300, extent + 300)) for _ in range(14)]
    points.append(Point(0, 0))  # right on a node
    points.append(Point(500, 0))  # on a line, between nodes
    points.append(box(2900, 2900, 3300, 3300))  # a polygon plot
    points.append(Point(extent + 5000, extent + 5000))  # far from everything
    terminals = [Terminal(k, g) for k, g in enumerate(points)]
    model = TravelModel(max_forest_m=rng.choice([600.0, 1500.0]))
    return build_network(rivers, trails, zones, model), terminals


@pytest.mark.parametrize("seed", range(30))
def test_scipy_and_python_give_the_same_times_reasons_and_legs(seed: int) -> None:
    net, terminals = random_network(seed)
    fast = net.matrix(terminals, backend="scipy")
    slow = net.matrix(terminals, backend="python")
    assert (fast.backend, slow.backend) == ("scipy", "python")
    n = len(terminals)
    for i in range(n):
        for j in range(n):
            a, b = fast.hours[i][j], slow.hours[i][j]
            assert (a is None) == (b is None), (i, j, a, b)
            if a is None:
                assert fast.reason(i, j) == slow.reason(i, j)
                continue
            assert math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12), (i, j, a, b)
            leg_a, leg_b = fast.leg(i, j), slow.leg(i, j)
            assert math.isclose(leg_a.hours, a, rel_tol=1e-9, abs_tol=1e-9)
            assert math.isclose(leg_b.hours, b, rel_tol=1e-9, abs_tol=1e-9)
            km_a, km_b = fast.km(i, j), slow.km(i, j)
            # Equal times may come by different paths: compare the total distance only when the paths agree.
            if [p.mode for p in leg_a.parts] == [p.mode for p in leg_b.parts]:
                assert sum(km_a.values()) == pytest.approx(sum(km_b.values()), abs=1e-9)
            assert sum(km_a.values()) == pytest.approx(sum(p.km for p in leg_a.parts), abs=1e-9)


def test_without_scipy_the_python_search_is_used(monkeypatch) -> None:
    net, terminals = random_network(3)
    monkeypatch.setenv("PATROL_PLANNER_NO_SCIPY", "1")
    fallback = net.matrix(terminals)
    monkeypatch.delenv("PATROL_PLANNER_NO_SCIPY")
    net, terminals = random_network(3)  # a new network: the last one would give its matrix back
    default = net.matrix(terminals)
    assert (fallback.backend, default.backend) == ("python", "scipy")
    assert fallback.hours == default.hours or all(
        (x is None and y is None) or math.isclose(x, y, rel_tol=1e-12)
        for rx, ry in zip(fallback.hours, default.hours)
        for x, y in zip(rx, ry)
    )


def test_unknown_backend_is_refused() -> None:
    net, terminals = random_network(1)
    with pytest.raises(ValueError):
        net.matrix(terminals, backend="fortran")


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("mode", ["boat", "foot"])
def test_a_mode_view_after_a_scipy_matrix_searches_its_own_arcs(seed: int, mode: str) -> None:
    """The boat/foot views (issue 12) copy the graph: they must not reuse the whole graph's compiled arcs (issue 17),
    or a path runs over an arc the view does not have (``min() arg is an empty sequence`` on the training data)."""
    from patrol_planner.planner.network import mode_view

    net, terminals = random_network(seed)
    net.matrix(terminals, backend="scipy")  # compiles the whole graph's arcs
    view = mode_view(net, mode)
    fast = view.matrix(terminals, backend="scipy")
    slow = mode_view(net, mode).matrix(terminals, backend="python")
    n = len(terminals)
    for i in range(n):
        for j in range(n):
            a, b = fast.hours[i][j], slow.hours[i][j]
            assert (a is None) == (b is None), (i, j, a, b)
            if a is not None:
                assert math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12), (i, j, a, b)
                fast.km(i, j)


@pytest.mark.parametrize("seed", range(12))
def test_a_horizon_keeps_every_leg_within_it_and_tells_the_longer_ones_apart(seed: int) -> None:
    # The searches stop at the longest any team travels: each leg within it is exact, a longer one
    # may be left out, and then ``exact_hours`` and ``reason`` still know it from no way at all.
    net, terminals = random_network(seed)
    full = net.matrix(terminals, backend="python")
    horizon = sorted(h for row in full.hours for h in row if h)[len(terminals)]  # cuts many legs
    for backend in ("scipy", "python"):
        cut = TravelMatrix(net, terminals, None, backend=backend, horizon_h=horizon)
        for i in range(len(terminals)):
            for j in range(len(terminals)):
                exact, got = full.hours[i][j], cut.hours[i][j]
                if exact is not None and exact <= horizon:
                    assert got == pytest.approx(exact, rel=1e-12)
                elif got is not None:
                    assert got == pytest.approx(exact, rel=1e-12)
                else:
                    assert cut.exact_hours(i, j) == (None if exact is None else pytest.approx(exact, rel=1e-12))
                    if exact is None:
                        assert cut.reason(i, j) == full.reason(i, j)
                    else:
                        assert cut.reason(i, j) == BEYOND_HORIZON
        assert any(
            cut.hours[i][j] is None and full.hours[i][j] is not None
            for i in range(len(terminals))
            for j in range(len(terminals))
        )


def chains(full, start: int):
    """Hours of the quickest chain of legs from ``start`` to each terminal (a route may pass other plots)."""
    n = len(full.terminals)
    best = [math.inf] * n
    best[start] = 0.0
    for _ in range(n):
        for i in range(n):
            for j in range(n):
                h = full.hours[i][j]
                if h is not None and best[i] + h < best[j]:
                    best[j] = best[i] + h
    return best


@pytest.mark.parametrize("seed", range(16))
def test_reach_limits_each_row_to_what_a_team_has_left_there(seed: int) -> None:
    # A team starts at terminal 0 with H hours: at a terminal its quickest chain of legs reaches after t
    # hours (through other plots if that is quicker: a forest leg between two plots can join networks no
    # path joins) it has H - t left, so that row needs searching only that far.  Every leg a team could
    # use is exact, on both backends.
    net, terminals = random_network(seed)
    full = net.matrix(terminals, backend="python")
    horizon = sorted(h for h in full.hours[0] if h)[len(terminals) // 2] * 1.5
    chain = chains(full, 0)
    for backend in ("scipy", "python"):
        cut = TravelMatrix(net, terminals, None, backend=backend, horizon_h=horizon, reach=[(0, horizon)])
        for i in range(len(terminals)):
            left = horizon - chain[i]
            assert cut.limit_of(i) == pytest.approx(horizon if i == 0 else max(0.0, left), abs=1e-9)
            for j in range(len(terminals)):
                exact, got = full.hours[i][j], cut.hours[i][j]
                if exact is not None and exact <= left:
                    assert got == pytest.approx(exact, rel=1e-12)
                else:
                    assert got is None or got == pytest.approx(exact, rel=1e-12)
                    assert cut.exact_hours(i, j) == (None if exact is None else pytest.approx(exact, rel=1e-12))


def test_a_plot_reached_only_through_another_plot_keeps_its_legs() -> None:
    # Two trail networks no path joins; a straight forest leg of 600 m joins plot X (on the first) to
    # plot Y (on the second).  A team from the base reaches Y only through X, and back the same way:
    # Y's row must not be cut as if no team could get there.
    trails = [TrailLine([(0, 0), (3_000, 0)], 1), TrailLine([(3_000, 800), (6_000, 800)], 2)]
    net = build_network([], trails, model=TravelModel(max_forest_m=700.0))
    terminals = [
        Terminal("base", Point(0, 50)),
        Terminal("X", Point(3_000, 150)),
        Terminal("Y", Point(3_000, 700)),
        Terminal("Z", Point(6_000, 750)),
    ]
    for backend in ("scipy", "python"):
        cut = TravelMatrix(net, terminals, None, backend=backend, horizon_h=8.0, reach=[(0, 8.0)])
        assert cut.hours[0][2] is None and cut.hours[1][2] is not None  # the base's own legs do not reach Y
        assert cut.limit_of(2) > 0 and cut.hours[2][1] is not None and cut.hours[2][3] is not None
        assert cut.hours[3][2] is not None  # and Z, beyond Y, gets back to it
