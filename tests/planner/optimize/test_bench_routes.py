"""The TOP benchmark's written routes can be checked on their own, and the check catches bad routes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
INSTANCE = (
    Path(__file__).resolve().parents[4]
    / "shared"
    / "data"
    / "top_chao1996"
    / "instances"
    / "Tsiligirides"
    / "Set_21_234"
    / "p2.2.f.txt"
)

pytestmark = pytest.mark.skipif(not INSTANCE.is_file(), reason="needs ../shared/data/top_chao1996")


@pytest.fixture()
def bench_top(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import bench_top

    yield bench_top
    sys.modules.pop("bench_top", None)
    sys.modules.pop("instances", None)


def test_routes_written_by_the_benchmark_read_back_feasible_with_the_same_score(bench_top, tmp_path, capsys) -> None:
    assert bench_top.main([str(INSTANCE), "--time-limit", "1", "--stall", "0.5", "--routes", str(tmp_path)]) == 0
    solved = capsys.readouterr().out.splitlines()[0].split()
    assert solved[0] == "p2.2.f"
    instance = bench_top.read_top(INSTANCE)
    routes = bench_top.read_routes(tmp_path / "p2.2.f.routes")
    assert len(routes) == instance.vehicles
    assert all(r[0] == 0 and r[-1] == len(instance.points) - 1 for r in routes)
    # the routes file says the score the benchmark printed, which is the best-known 200 (a small instance)
    assert bench_top.verify(instance, routes) == float(solved[1]) == 200.0
    assert bench_top.main([str(INSTANCE), "--check", str(tmp_path)]) == 0
    assert "p2.2.f 200 ok" in capsys.readouterr().out


def test_the_check_rejects_routes_that_break_the_rules(bench_top, tmp_path, capsys) -> None:
    instance = bench_top.read_top(INSTANCE)
    end = len(instance.points) - 1
    everything = [0, *range(1, end), end]
    bad = {
        "too long": [everything],
        "twice": [[0, 1, end], [0, 1, end]],
        "wrong start": [[1, 2, end]],
        "not in the file": [[0, end + 5, end]],
    }
    for why, routes in bad.items():
        with pytest.raises(AssertionError):
            bench_top.verify(instance, routes)
        (tmp_path / "p2.2.f.routes").write_text("".join(" ".join(map(str, r)) + "\n" for r in routes))
        assert bench_top.main([str(INSTANCE), "--check", str(tmp_path)]) == 1, why
        assert "FAILED" in capsys.readouterr().out
