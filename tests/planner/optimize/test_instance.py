"""The solver's instance: the least times from the start bases and to the end bases (``_dijkstra``)."""

from __future__ import annotations

import random

import pytest

from patrol_planner.planner.core.third_party import optional_scipy
from patrol_planner.planner.optimize import instance

INF = float("inf")


def _matrix(n: int, seed: int):
    """Gaps (no path), ties (whole hours) and odd fractions whose sums round differently by path."""
    rng = random.Random(seed)
    return [
        [0.0 if i == j else rng.choice([INF, INF, 1.0, 2.0, 3.0, 0.1, 0.2, 0.3, rng.random() * 5]) for j in range(n)]
        for i in range(n)
    ]


def test_the_compiled_search_gives_the_python_searchs_times_bit_for_bit() -> None:
    """With numpy (QGIS ships it beside scipy) the dense search runs as array operations: its times are the
    pure-Python search's to the last bit, in both directions (the same node settled first on a tie)."""
    scipy = optional_scipy()
    if scipy is None:
        pytest.fail("numpy and scipy are installed by make setup (python3-scipy)")
    np = scipy[0]
    for seed in range(30):
        dd = _matrix(25, seed)
        for source in (0, 7):
            for reverse in (False, True):
                plain = instance._dijkstra(dd, source, reverse)
                fast = instance._dijkstra(dd, source, reverse, (np, np.array(dd)))
                assert fast == plain and all(type(x) is float for x in fast)


def test_the_instance_asks_the_compiled_search_once_per_base_when_numpy_is_there(monkeypatch) -> None:
    from patrol_planner.planner.optimize import Plot, Team

    tables = []
    real = instance._dijkstra
    monkeypatch.setattr(
        instance, "_dijkstra", lambda dd, s, r, table=None: tables.append(table) or real(dd, s, r, table)
    )
    dd = _matrix(12, 3)
    teams = [Team("A", 0, 1, 1, 8.0), Team("B", 0, 0, 1, 8.0)]
    plots = [Plot(k, 1.0, 0.5) for k in range(2, 12)]
    instance.build_instance(dd, teams, plots)
    assert len(tables) == 3 and all(t is not None for t in tables)  # from 0; to 1 and to 0


def test_the_instance_is_the_same_with_numpy_and_without(monkeypatch) -> None:
    """The instance's times (travel plus service, no path as a time beyond every budget) and the plots left out
    are worked out as array operations when numpy is there: the same instance as without, to the last bit."""
    from patrol_planner.planner.optimize import Plot, Team

    rng = random.Random(5)
    n = 40
    matrix = [
        [None if rng.random() < 0.2 else rng.choice([1, 2.0, 0.1, 0.7, rng.random() * 9]) for _ in range(n)]
        for _ in range(n)
    ]
    matrix[3][4] = INF
    teams = [Team("A", 0, 1, 1, 6.0), Team("B", 2, 2, 2, 5.0)]
    plots = [Plot(k, 1.0 + k % 3, 0.1 * (k % 4), k == 7, None if k % 5 else frozenset({"B"})) for k in range(3, n)]
    fast = instance.build_instance(matrix, teams, plots)
    monkeypatch.setenv("PATROL_PLANNER_NO_SCIPY", "1")
    plain = instance.build_instance(matrix, teams, plots)
    assert fast == plain
    assert all(type(x) is float for row in fast[0].dd for x in row)
