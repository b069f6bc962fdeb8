"""Benchmark: the patrol optimizer on the Team Orienteering instances of Chao, Golden and Wasil (1996).

    .venv/bin/python tests/benchmarks/bench_top.py [FILES...] [--time-limit S] [--stall S] [--jobs J] [--routes DIR]
    .venv/bin/python tests/benchmarks/bench_top.py [FILES...] --check DIR

Without files it runs all 387 instances listed in
../shared/data/top_chao1996/bks/top_bks.csv.  Prints ``file score seconds``
per instance, then the gap to the best-known score.  With ``--routes DIR`` it
writes ``DIR/<instance>.routes``: one line per team, the 0-based indices of
the points in file order, start and end included.  Every route is checked
here independently of the solver (``verify``): it starts and ends at the
right points, visits no point twice, keeps within tmax by Euclidean
distance, and its score is the sum of the points' scores.  ``--check DIR``
solves nothing: it reads the ``.routes`` files back from DIR and re-checks
them the same way against the instance files, so a written answer can be
verified on its own.

Figures of 2026-11-29 (``--jobs 1`` on a 2-CPU VM whose other CPU ran another benchmark,
load average 1.0-1.9; default ``--stall 5``, which at 5 s means no stall).  The optimizer of
issue 17 (memo, list-priced moves, route pool) at 5 s, then the one before it at 9 s right after::

    .venv/bin/python tests/benchmarks/bench_top.py --time-limit 5 --jobs 1
    instances 387  average gap 0.146 %  max gap 13.64 %  best-known matched 349/387 (90.2 %)
    seconds per instance: mean 3.72  max 5.18
    (before, at 9 s) --time-limit 9 --jobs 1
    instances 387  average gap 0.192 %  max gap 13.64 %  best-known matched 335/387 (86.6 %)
    seconds per instance: mean 4.39  max 9.02
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import List, Sequence, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling instances.py, when run as a script

from instances import OrienteeringInstance, read_top, top_best_known  # noqa: E402


def solve_instance(
    instance: OrienteeringInstance, time_limit: float, seed: int = 1, stall: float = None
) -> Tuple[List[List[int]], float]:
    from patrol_planner.planner.optimize import Plot, SolverOptions, Team, solve

    teams = [Team(f"team {k + 1}", instance.start, instance.end, 1, instance.tmax) for k in range(instance.vehicles)]
    plots = [Plot(i, s) for i, s in enumerate(instance.scores) if s > 0 and i not in (instance.start, instance.end)]
    from patrol_planner.planner.core import PlanningError

    started = time.perf_counter()
    try:
        plan = solve(instance.matrix(), teams, plots, SolverOptions(seed=seed, time_limit_s=time_limit, stall_s=stall))
    except PlanningError:  # even start -> end is longer than tmax (34 instances, best-known score 0)
        if math.dist(instance.points[instance.start], instance.points[instance.end]) <= instance.tmax:
            raise
        return [], time.perf_counter() - started
    seconds = time.perf_counter() - started
    return [list(r.nodes) for r in plan.routes], seconds


def verify(instance: OrienteeringInstance, routes: Sequence[Sequence[int]]) -> float:
    """The total score of ``routes``, after checking they are a feasible TOP answer (raises otherwise)."""
    if len(routes) > instance.vehicles:
        raise AssertionError(f"{instance.name}: {len(routes)} routes for {instance.vehicles} vehicles")
    seen = set()
    score = 0.0
    for route in routes:
        if not route or any(not 0 <= p < len(instance.points) for p in route):
            raise AssertionError(f"{instance.name}: route {route} is empty or names a point not in the file")
        if route[0] != instance.start or route[-1] != instance.end:
            raise AssertionError(f"{instance.name}: route {route} does not run from start to end")
        length = sum(math.dist(instance.points[a], instance.points[b]) for a, b in zip(route, route[1:]))
        if length > instance.tmax + 1e-6:
            raise AssertionError(f"{instance.name}: route length {length:.4f} exceeds tmax {instance.tmax}")
        for p in route[1:-1]:
            if p in seen:
                raise AssertionError(f"{instance.name}: point {p} visited twice")
            seen.add(p)
            score += instance.scores[p]
    return score


def read_routes(path: Path) -> List[List[int]]:
    """A ``.routes`` file: one route per line, 0-based point indices separated by spaces."""
    return [[int(v) for v in line.split()] for line in Path(path).read_text().splitlines() if line.strip()]


def check_routes(files: Sequence[Path], folder: Path) -> int:
    """Re-verify the routes written by ``--routes`` for ``files``; print ``file score`` (or the failure)."""
    failures = 0
    for f in files:
        instance = read_top(f)
        try:
            score = verify(instance, read_routes(folder / f"{instance.name}.routes"))
        except (AssertionError, OSError, ValueError) as error:
            print(f"{instance.name} FAILED {error}")
            failures += 1
        else:
            print(f"{instance.name} {score:g} ok")
    print(f"checked {len(files)}, failed {failures}")
    return 1 if failures else 0


def run_one(job: Tuple[str, float, float, float]) -> Tuple[str, float, float, float, List[List[int]]]:
    path, best, time_limit, stall = job
    instance = read_top(Path(path))
    routes, seconds = solve_instance(instance, time_limit, stall=stall)
    return instance.name, verify(instance, routes), seconds, best, routes


def main(argv: Sequence[str] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--time-limit", type=float, default=9.0, help="search time per instance (s)")
    parser.add_argument("--stall", type=float, default=5.0, help="stop after this long without a better plan (s)")
    parser.add_argument("--jobs", type=int, default=1, help="instances solved in parallel")
    parser.add_argument("--routes", type=Path, help="write each instance's routes into this folder")
    parser.add_argument("--check", type=Path, metavar="DIR", help="only re-check the routes files in DIR")
    args = parser.parse_args(argv)
    known = top_best_known()
    if args.check:
        return check_routes(args.files or [path for path, _ in known.values()], args.check)
    if args.files:
        jobs = [(str(f), known.get(f.stem, (f, math.nan))[1], args.time_limit, args.stall) for f in args.files]
    else:
        jobs = [(str(path), best, args.time_limit, args.stall) for path, best in known.values()]
    if args.routes:
        args.routes.mkdir(parents=True, exist_ok=True)
    gaps, matched, times = [], 0, []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for name, score, seconds, best, routes in pool.map(run_one, jobs):
            print(f"{name} {score:g} {seconds:.2f}", flush=True)
            times.append(seconds)
            if args.routes:
                (args.routes / f"{name}.routes").write_text("".join(" ".join(map(str, r)) + "\n" for r in routes))
            if not math.isnan(best):
                gaps.append(0.0 if best == 0 else max(0.0, (best - score) / best * 100.0))
                matched += score >= best - 1e-9
    if gaps:
        print(
            f"instances {len(gaps)}  average gap {sum(gaps) / len(gaps):.3f} %  max gap {max(gaps):.2f} %  "
            f"best-known matched {matched}/{len(gaps)} ({100.0 * matched / len(gaps):.1f} %)"
        )
    print(f"seconds per instance: mean {sum(times) / len(times):.2f}  max {max(times):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
