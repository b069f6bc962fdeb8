# SPDX-License-Identifier: GPL-2.0-or-later
"""The crews' access searches only the landings that can matter, and loses none of them.

``build_access`` walks to a terminal's nearest landings in a straight line first and then to any
landing a walk at the fastest pace could reach sooner than the slowest of those; when trails take as
long both ways it reads the walks from the landings backwards.  Checked here against searching every
landing both ways, on random basins with and without slopes (a DEM makes trails one-sided)."""

from __future__ import annotations

import math
import random

import pytest
from shapely.geometry import Point

from patrol_planner.planner.crew import access as access_module
from patrol_planner.planner.crew import build_access
from patrol_planner.planner.network import (
    BOAT,
    RiverLine,
    Terminal,
    TrailLine,
    build_network,
    foot_symmetric,
    mode_view,
)


def basin(seed: int, slopes: bool):
    rng = random.Random(seed)
    rivers = [RiverLine([(0, y), (12_000, y)], fid=k) for k, y in enumerate((0, 6_000))]
    trails = []  # trails from the banks (each river end a landing), and trails anywhere
    for k in range(rng.randint(20, 40)):
        x, y = rng.uniform(0, 12_000), rng.choice((0, 6_000))
        end = (x + rng.uniform(-800, 800), y + rng.choice((-1, 1)) * rng.uniform(300, 3_000))
        trails.append(TrailLine([(x, y), end], fid=1000 + k, walk_kmh=rng.choice((None, 2.0, 4.5))))
    for k in range(rng.randint(12, 30)):
        x, y = rng.uniform(0, 12_000), rng.uniform(-1_000, 7_000)
        end = (x + rng.uniform(-3_000, 3_000), y + rng.uniform(-3_000, 3_000))
        trails.append(TrailLine([(x, y), end], fid=k, walk_kmh=rng.choice((None, 2.0, 4.5))))
    hills = (lambda x, y: 80.0 * math.sin(x / 900.0) + 0.02 * y) if slopes else None
    net = build_network(rivers, trails, elevation=hills)
    terminals = [
        Terminal(("t", k), Point(rng.uniform(0, 12_000), rng.uniform(-1_500, 7_500))) for k in range(rng.randint(4, 12))
    ]
    return net, terminals


def everything(net, terminals, max_landings):
    """The access by brute force: every landing searched, walks from the landings searched too."""
    found, own = access_module._landings(net, terminals)
    n = len(terminals)
    foot = mode_view(net, "foot")
    sites = list(terminals) + [Terminal(("landing", p), Point(xy)) for p, xy in enumerate(found)]
    out = foot.matrix(sites, sources=range(n))
    nearest = {
        t: [p for _, p in sorted((h, p) for p, h in enumerate(out.hours[t][n:]) if h is not None)] for t in range(n)
    }
    keep = {own[0]} if own[0] is not None else ({nearest[0][0]} if nearest[0] else set())
    for t in range(n):
        keep.update(nearest[t][:max_landings])
    kept = sorted(keep)
    marks = [Terminal(("landing", k), Point(found[p])) for k, p in enumerate(kept)]
    back = foot.matrix(marks + list(terminals), sources=range(len(kept)))
    return (
        found,
        kept,
        [[out.hours[t][n + p] for p in kept] for t in range(n)],
        [row[len(kept) :] for row in back.hours[: len(kept)]],
    )


@pytest.mark.parametrize("max_landings", [1, 3])
@pytest.mark.parametrize("slopes", [False, True])
@pytest.mark.parametrize("seed", range(12))
def test_the_landings_kept_and_their_walks_are_those_of_searching_every_landing(seed, slopes, max_landings) -> None:
    net, terminals = basin(seed, slopes)
    assert foot_symmetric(net) is not slopes
    cn = build_access(net, terminals, bases=[0], max_landings=max_landings)
    found, kept, to_landing, from_landing = everything(net, terminals, max_landings)
    assert [found[p] for p in kept] == cn.landings
    for t in range(len(terminals)):  # the nearest exact (a landing none of its nearest may be left unsearched)
        mine = cn.access.board_candidates(t)
        assert [cn.access.to_landing[t][k] for k in mine] == pytest.approx([to_landing[t][k] for k in mine], rel=1e-9)
        assert sorted(h for h in to_landing[t] if h is not None)[:max_landings] == pytest.approx(
            sorted(cn.access.to_landing[t][k] for k in mine), rel=1e-9
        )
        theirs = cn.access.alight_candidates(t)
        assert [cn.access.from_landing[k][t] for k in theirs] == pytest.approx(
            [from_landing[k][t] for k in theirs], rel=1e-9
        )
        assert sorted(row[t] for row in from_landing if row[t] is not None)[:max_landings] == pytest.approx(
            sorted(cn.access.from_landing[k][t] for k in theirs), rel=1e-9
        )
    for k in range(len(kept)):
        for t in range(len(terminals)):  # and each walk drawn from a landing takes the hours it is given
            leg = cn.from_landing_leg(k, t)
            if cn.access.from_landing[k][t] is None:
                assert leg is None
            else:
                assert sum(p.hours for p in leg.parts) == pytest.approx(cn.access.from_landing[k][t], rel=1e-9)
                assert cn.access.from_landing[k][t] == pytest.approx(from_landing[k][t], rel=1e-9)
                assert leg.parts[-1].coords[-1] == pytest.approx(tuple(terminals[t].geometry.coords[0]), abs=1e-6)
                assert leg.parts[0].coords[0] == pytest.approx(cn.landings[k], abs=1e-6)


def test_the_rides_split_up_and_down_river_when_first_asked_are_the_boat_kilometres() -> None:
    net, terminals = basin(3, False)
    cn = build_access(net, terminals, bases=[0], max_landings=3)
    model = net.model
    for p in range(len(cn.landings)):
        for m in range(len(cn.landings)):
            h = cn.access.boat[p][m]
            if h is None or p == m:
                assert cn.access.boat_up[p][m] is None or p == m
                continue
            up, down = cn.access.boat_up[p][m], cn.access.boat_down[p][m]
            assert up + down == pytest.approx(h - 2 * model.transfer_h, abs=1e-9)
            km = cn.boat.km(p, m)[BOAT]
            assert up * (model.boat_kmh - model.current_kmh) + down * (
                model.boat_kmh + model.current_kmh
            ) == pytest.approx(km, abs=1e-6)


def test_planning_again_on_the_same_network_reuses_the_access() -> None:
    net, terminals = basin(5, False)
    first = build_access(net, terminals, bases=[0])
    assert build_access(net, terminals, bases=[0]) is first
    moved = terminals[:-1] + [Terminal(terminals[-1].id, Point(100, 100))]
    assert build_access(net, moved, bases=[0]) is not first


@pytest.mark.parametrize("detour", [False, True])
def test_a_landing_near_in_a_straight_line_but_far_on_foot_does_not_hide_the_nearest_on_foot(detour) -> None:
    # A terminal at the origin; across a wall (a no-go zone, 400 m north) a river with twenty trail ends,
    # the nearest landings in a straight line; 3 km south, along a trail, a single landing on another river.
    # Without the detour the north bank cannot be walked to at all; with it, it takes hours.
    from shapely.geometry import box

    from patrol_planner.planner.network import Zone

    rivers = [
        RiverLine([(-5_000, 1_000), (5_000, 1_000)], fid=1),
        RiverLine([(-5_000, -3_000), (5_000, -3_000)], fid=2),
    ]
    trails = [TrailLine([(x, 1_000), (x, 2_000)], fid=10 + k) for k, x in enumerate(range(-1_000, 1_000, 100))]
    trails.append(TrailLine([(0, 0), (0, -3_000)], fid=1, walk_kmh=4.5))
    if detour:
        trails.append(TrailLine([(-1_000, 2_000), (900, 2_000), (4_800, 2_000), (4_800, 0), (0, 0)], fid=2))
    net = build_network(rivers, trails, zones=[Zone(box(-4_500, 400, 4_500, 450))])
    terminals = [Terminal("base", Point(0, 0))]
    cn = build_access(net, terminals, bases=[0], max_landings=1)
    found, kept, to_landing, _ = everything(net, terminals, 1)
    assert cn.landings == [found[p] for p in kept] == [pytest.approx((0, -3_000), abs=1)]
    assert cn.access.to_landing[0][0] == pytest.approx(3 / 4.5, abs=1e-6)


@pytest.mark.parametrize("slopes", [False, True])
@pytest.mark.parametrize("seed", range(10))
def test_walks_searched_farther_give_the_access_of_a_search_to_the_horizon(seed, slopes) -> None:
    """A what-if's plans share one search of the walks, as far as the widest of their horizons
    (``search_h``); each keeps the walks within its own horizon, so its access is the one it would
    have searched alone: the same landings, walks, rides and boat homes, to the last bit."""
    rng = random.Random(seed)
    net, terminals = basin(seed, slopes)
    horizon = {t: rng.uniform(0.3, 2.5) for t in range(len(terminals))}
    wider = {t: h + rng.choice((0.0, rng.uniform(0.5, 4.0))) for t, h in horizon.items()}
    alone = build_access(net, terminals, [0], max_landings=3, horizon_h=horizon)
    shared = build_access(basin(seed, slopes)[0], terminals, [0], max_landings=3, horizon_h=horizon, search_h=wider)
    assert shared.landings == alone.landings and shared.kept == alone.kept
    a, b = alone.access, shared.access
    assert (b.foot, b.to_landing, b.from_landing, b.boat, b.home) == (
        a.foot,
        a.to_landing,
        a.from_landing,
        a.boat,
        a.home,
    )
    assert list(b.boat_up) == list(a.boat_up) and list(b.boat_down) == list(a.boat_down)
