"""Benchmark: how long the window froze while the dock planned, imported and checked coverage (issue 19).

Run by hand (or ``make bench``)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_responsiveness.py

With ``--alerts`` the plan of thousands of plots plans the 6,589 MapBiomas alert plots of ``../shared/data``
(imported by Import alerts, as ``bench_real_alerts.py`` does) instead of the test's 6,000 plots spread over the
training basin and around it (issue 25: the results of a whole alert file load without freezing the window).

Runs ``tests/qgis/test_responsiveness.py``, which checks what keeps the window responsive (the step in a
background thread, the UI thread handling events meanwhile, no automatic garbage collection during the step)
and prints the longest gap between ticks of a 20 ms timer on the UI thread; this script reports those figures
against the aim.  Aim: no freeze over 200 ms on an idle machine (a full garbage collection started by the worker
froze it for 0.12-0.32 s before the collector was paused).  On a loaded machine the gaps grow with the load.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AIM_MS = 200


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--alerts", action="store_true", help="plan the real alert plots of ../shared/data")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        if args.alerts:
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            from bench_real_alerts import in_child

            plots = Path(folder) / "alert_plots.gpkg"
            print(f"{in_child('import', str(plots))['plots']} alert plots imported")
            env["PATROL_PLANNER_PLOTS"] = str(plots)
        run = subprocess.run(
            [sys.executable, "-m", "pytest", str(ROOT / "tests" / "qgis" / "test_responsiveness.py"), "-q", "-s"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env=env,
        )
    figures = re.findall(
        r"while (planning|importing|checking coverage|planning thousands of plots): (\d+) ms", run.stdout
    )
    if run.returncode != 0 or len(figures) != 4:
        print(run.stdout[-3000:], run.stderr[-3000:], sep="\n")
        return 1
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} on {os.cpu_count()} cores")
    for step, ms in figures:
        print(
            f"{step:<28} longest UI freeze {int(ms):>5} ms  ({'within' if int(ms) < AIM_MS else 'over'} "
            f"the {AIM_MS} ms aim)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
