"""Benchmark: one team, the single-vehicle Orienteering Problem (Tsiligirides 1984; Chao et al. 1996 sets).

    .venv/bin/python tests/benchmarks/bench_op.py [FILES...] [--time-limit S] [--jobs J]

Without files it runs the 89 instances in ../shared/data/op_tsiligirides_chao/
and compares with the best score reported in the literature
(``op_best_reported.csv``).  Routes are re-checked independently (bench_top's
``verify``).  Target: at or above the best reported score on at least 90 %.
"""

from __future__ import annotations

import argparse
import math
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Sequence, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_top import solve_instance, verify  # noqa: E402
from instances import op_best_reported, read_op  # noqa: E402


def run_one(job: Tuple[str, float, float]):
    path, best, time_limit = job
    instance = read_op(Path(path))
    routes, seconds = solve_instance(instance, time_limit, stall=time_limit / 2)
    return instance.name, verify(instance, routes), seconds, best


def main(argv: Sequence[str] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--time-limit", type=float, default=5.0)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    known = op_best_reported()
    if args.files:
        jobs = [(str(f), known.get(f.stem, (f, math.nan))[1], args.time_limit) for f in args.files]
    else:
        jobs = [(str(path), best, args.time_limit) for path, best in known.values()]
    at_least, better, compared, times = 0, 0, 0, []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for name, score, seconds, best in pool.map(run_one, jobs):
            mark = "" if math.isnan(best) else ("=" if abs(score - best) < 1e-9 else ("+" if score > best else "-"))
            print(f"{name} {score:g} {seconds:.2f} best-reported {best:g} {mark}", flush=True)
            times.append(seconds)
            if not math.isnan(best):
                compared += 1
                at_least += score >= best - 1e-9
                better += score > best + 1e-9
    print(
        f"instances {compared}  at or above the best reported: {at_least}/{compared} "
        f"({100.0 * at_least / max(compared, 1):.1f} %), above: {better}  max seconds {max(times):.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
