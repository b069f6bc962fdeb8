# SPDX-License-Identifier: GPL-2.0-or-later
"""How far the obvious estimates of a hidden base land from it, over many exports.

Two teams (the planner tests' synthetic plans) are exported onto a simulated
eTrex 10 with hiding on, once per seed; for each team's base the centre of a
circle fitted through the track ends near it and their mean are computed, as
a finder holding the unit would.  Prints the smallest and median miss as a
multiple of the hiding distance (the tests require more than 0.5).

    .venv/bin/python tests/benchmarks/bench_hiding.py [SEEDS]
"""

from __future__ import annotations

import math
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "planner" / "export"))

from test_unit_findings import BASES, ETREX10, RADIUS, metres, plan_team, read_unit  # noqa: E402

from patrol_planner.planner.export import ExportOptions, export_to_unit, guesses  # noqa: E402


def main(seeds: int = 30) -> None:
    misses = []
    for seed in range(seeds):
        with tempfile.TemporaryDirectory() as folder:
            teams = [plan_team("Equipo Huacamayo", "A", 1 + seed), plan_team("Equipo Lupuna", "B", 7 + seed)]
            options = ExportOptions(device=ETREX10, hide_radius_m=RADIUS, hide_secret=str(seed).encode())
            export_to_unit(teams, Path(folder), options)
            files = read_unit(Path(folder))
        tracks = [
            [metres(p.longitude, p.latitude) for s in t.segments for p in s.points]
            for g in files.values()
            for t in g.tracks
        ]
        ends = [t[0] for t in tracks] + [t[-1] for t in tracks]
        for key in "AB":
            centre = metres(*BASES[key])
            cuts = list({p for p in ends if math.dist(p, centre) < 3 * RADIUS})
            misses += [math.dist(g, centre) / RADIUS for g in guesses(cuts)]
    misses.sort()
    print(
        f"exports: {seeds}, estimates: {len(misses)}, smallest miss {misses[0]:.2f} x the hiding distance, "
        f"median {misses[len(misses) // 2]:.2f}"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
