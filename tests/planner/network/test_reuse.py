# SPDX-License-Identifier: GPL-2.0-or-later
"""The session keeps the network and the matrix between runs, keyed by their inputs (issue 17)."""

from __future__ import annotations

from shapely.geometry import Point, box

from patrol_planner.planner.network import (
    NetworkCache,
    RiverLine,
    Terminal,
    TrailLine,
    TravelModel,
    Zone,
    fingerprint,
)


def lines(shift: float = 0.0):
    rivers = [RiverLine([(0, 0), (5000, 0), (10_000, 0)], 1)]
    trails = [TrailLine([(5000, 0), (5000 + shift, 4000)], 2, walk_kmh=3.0)]
    return rivers, trails


def test_same_inputs_reuse_the_network_and_any_change_builds_again() -> None:
    cache = NetworkCache()
    rivers, trails = lines()
    first, reused = cache.network(rivers, trails)
    assert not reused
    again, reused = cache.network(*lines())  # equal content, new objects (a layer read again)
    assert reused and again is first
    changed = [
        (lines(shift=1.0), (), TravelModel()),  # one vertex moved
        (([RiverLine([(0, 0), (5000, 0), (10_000, 0)], 1, current_kmh=5.0)], lines()[1]), (), TravelModel()),
        (lines(), (Zone(box(100, 100, 200, 200)),), TravelModel()),
        (lines(), (), TravelModel(walk_kmh=2.0)),
    ]
    for (r, t), zones, model in changed:
        net, reused = cache.network(r, t, zones, model)
        assert not reused and net is not first
        first = net
    assert cache.builds == 5 and cache.hits == 1


def test_an_elevation_without_a_key_is_never_reused_and_with_one_only_for_that_key() -> None:
    cache = NetworkCache()
    rivers, trails = lines()

    def flat(x, y):
        return 100.0

    assert not cache.network(rivers, trails, elevation=flat)[1]
    assert not cache.network(rivers, trails, elevation=flat)[1]
    assert not cache.network(rivers, trails, elevation=flat, elevation_key=("dem.tif", 1))[1]
    assert cache.network(rivers, trails, elevation=flat, elevation_key=("dem.tif", 1))[1]
    assert not cache.network(rivers, trails, elevation=flat, elevation_key=("dem.tif", 2))[1]


def test_fingerprint_sees_attributes_and_order() -> None:
    rivers, trails = lines()
    base = fingerprint(rivers, trails, (), TravelModel())
    assert base == fingerprint(*lines(), (), TravelModel())
    assert base != fingerprint([RiverLine(rivers[0].coords, 1, reversed=True)], trails, (), TravelModel())
    assert base != fingerprint(rivers, [TrailLine(trails[0].coords, 2, walk_kmh=4.0)], (), TravelModel())
    assert base != fingerprint(rivers, trails, (Zone(box(0, 0, 1, 1), factor=2.0),), TravelModel())
    assert fingerprint(rivers, trails, (Zone(box(0, 0, 1, 1), factor=2.0),), TravelModel()) != fingerprint(
        rivers, trails, (Zone(box(0, 0, 1, 1), factor=3.0),), TravelModel()
    )


def test_the_matrix_is_kept_for_the_same_terminals() -> None:
    net, _ = NetworkCache().network(*lines())
    terminals = [Terminal("base", Point(0, 50)), Terminal("p1", Point(5100, 3000)), Terminal("p2", Point(9000, 50))]
    first = net.matrix(terminals)
    same = net.matrix([Terminal(t.id, Point(t.geometry.x, t.geometry.y)) for t in terminals])
    assert same is first
    moved = net.matrix(terminals[:2] + [Terminal("p2", Point(8000, 50))])
    assert moved is not first and moved.hours[0][2] != first.hours[0][2]
    assert net.matrix(terminals, backend="python") is not moved
