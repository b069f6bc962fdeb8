# SPDX-License-Identifier: GPL-2.0-or-later
"""Benchmark of issue 29's simulated month: four weekly plans on the training data, varied on purpose.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_unpredictable.py

``bench_variation.py`` with four weeks; its last line is the issue's
``month: repeats N, max overlap X.XX, min priority share Y.YY``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_variation import main  # noqa: E402

if __name__ == "__main__":
    main(weeks=4)
