"""Benchmark: how long regenerating the training dataset from its seed takes.

Run by hand (or ``make bench``)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_training_data.py

Aim: under 60 s (``tests/qgis/test_training_data.py`` checks the data itself, not how fast it is made).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AIM_S = 60


def main() -> int:
    with tempfile.TemporaryDirectory() as out:
        run = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "make_training_data.py"), "--out", out],
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")},
        )
    found = re.search(r"generated in ([0-9.]+) s", run.stdout)
    if run.returncode != 0 or not found:
        print(run.stdout[-3000:], run.stderr[-3000:], sep="\n")
        return 1
    seconds = float(found.group(1))
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"training data generated in {seconds:.1f} s ({'within' if seconds < AIM_S else 'over'} the {AIM_S} s aim)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
