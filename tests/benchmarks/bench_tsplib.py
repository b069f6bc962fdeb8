"""Benchmark: one team that must visit every plot is the travelling salesman problem (TSPLIB95).

    .venv/bin/python tests/benchmarks/bench_tsplib.py [FILES...] [--time-limit S]

Without files it runs every .tsp/.atsp in ../shared/data/tsplib/ that has a
known optimum.  Node 1 is the team's base, every other node a mandatory plot
with a budget no tour exceeds.  Prints per instance the tour length found,
the optimum, the gap and the seconds; the tour is re-measured here from the
route's node order, independently of the solver.  Target: within 2 % of the
optimum on every instance, under 10 s each.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))

from instances import SHARED, read_tsplib, tour_length, tsplib_optimum  # noqa: E402


def main(argv: Sequence[str] = None) -> int:
    from patrol_planner.planner.optimize import Plot, SolverOptions, Team, solve

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--time-limit", type=float, default=9.0)
    args = parser.parse_args(argv)
    files = args.files or sorted(p for p in (SHARED / "tsplib").iterdir() if p.suffix in (".tsp", ".atsp"))
    gaps, times = [], []
    print(f"{'instance':<12} {'n':>4} {'length':>9} {'optimum':>9} {'gap %':>7} {'seconds':>8}")
    for path in files:
        optimum = tsplib_optimum(path.stem)
        if optimum is None:
            print(f"{path.stem:<12} no known optimum, skipped")
            continue
        instance = read_tsplib(path)
        d = instance.distance
        budget = sum(max(row) for row in d) + 1.0
        teams = [Team("one team", 0, 0, 1, budget)]
        plots = [Plot(i, 1.0, 0.0, True) for i in range(1, instance.dimension)]
        started = time.perf_counter()
        plan = solve(d, teams, plots, SolverOptions(seed=1, time_limit_s=args.time_limit))
        seconds = time.perf_counter() - started
        route = list(plan.routes[0].nodes)
        assert sorted(route[:-1]) == list(range(instance.dimension)) and route[0] == route[-1] == 0, path
        length = tour_length(d, route[:-1])
        gap = (length - optimum) / optimum * 100.0
        gaps.append(gap)
        times.append(seconds)
        print(
            f"{path.stem:<12} {instance.dimension:>4} {length:>9.0f} {optimum:>9.0f} {gap:>7.2f} {seconds:>8.2f}",
            flush=True,
        )
    within = sum(g <= 2.0 for g in gaps)
    print(
        f"instances {len(gaps)}  within 2 %: {within}/{len(gaps)}  average gap {sum(gaps) / len(gaps):.2f} %  "
        f"max gap {max(gaps):.2f} %  max seconds {max(times):.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
