"""Benchmark: the seeded fuzz of the alerts importer, timed case by case.

Run by hand (or ``make bench``)::

    .venv/bin/python tests/benchmarks/bench_alerts_fuzz.py [--cases 520] [--seed 28]

The same cases as ``tests/qgis/test_alerts_fuzz.py`` (mutations of the
MapBiomas Alerta sample), each read as the Import alerts step reads it; prints
the outcome counts, the total and the five slowest cases.  Aim: every case
under 5 s (the test checks what each case gives, this the time it takes).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the repository root: tests.support
sys.path.insert(0, str(HERE.parent / "qgis"))

AIM_S = 5.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=520)
    parser.add_argument("--seed", type=int, default=28)
    args = parser.parse_args()
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from test_alerts_fuzz import SAMPLE, run_cases

    if not SAMPLE.exists():
        sys.exit(f"missing {SAMPLE}")
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        ok, clear, otherwise, times = run_cases(Path(folder), args.cases, args.seed, time.perf_counter)
        total = time.perf_counter() - started
    times.sort(reverse=True)
    print(
        f"alerts fuzz: {args.cases} cases (seed {args.seed}): {ok} read, {clear} refused by name, "
        f"{len(otherwise)} otherwise; {total:.1f} s in all"
    )
    for seconds, case in times[:5]:
        print(f"  {case}: {seconds:.3f} s")
    for line in otherwise[:10]:
        print("  OTHERWISE", line)
    slow = [case for seconds, case in times if seconds > AIM_S]
    if otherwise or slow:
        sys.exit(f"{len(otherwise)} cases otherwise, {len(slow)} over {AIM_S} s")


if __name__ == "__main__":
    main()
