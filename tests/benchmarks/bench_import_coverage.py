"""Benchmark: import a season of GPX tracks and compute coverage for 10,000 plots.

Run by hand (or ``make bench``)::

    .venv/bin/python tests/benchmarks/bench_import_coverage.py [--points 1000000] [--files 300]

Each size (1/4, 1/2 and all of the season) runs in a fresh process so its
peak memory (``ru_maxrss``) is its own; the table shows memory growing
linearly with the number of points.  Aims: import < 10 s, coverage < 2 s for
the full season.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

CENTRE = (-74.55, -8.38)  # near Pucallpa, Ucayali


def write_season(folder: Path, files: int, points: int, seed: int = 5) -> None:
    """``files`` GPX tracks of about ``points / files`` points each: random walks at ~1 m/s."""
    rng = random.Random(seed)
    per_file = points // files
    start = datetime(2024, 3, 1, 12, tzinfo=timezone.utc)
    for number in range(files):
        lon = CENTRE[0] + rng.uniform(-0.25, 0.25)
        lat = CENTRE[1] + rng.uniform(-0.25, 0.25)
        heading = rng.uniform(0, 2 * math.pi)
        t = start + timedelta(days=number % 180, hours=rng.uniform(0, 4))
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<gpx version="1.1" creator="eTrex 30x" xmlns="http://www.topografix.com/GPX/1/1">',
            f"<trk><name>patrol {number}</name><trkseg>",
        ]
        for _ in range(per_file):
            heading += rng.gauss(0, 0.3)
            lon += 10 * math.sin(heading) / 110_000
            lat += 10 * math.cos(heading) / 110_000
            t += timedelta(seconds=10)
            lines.append(
                f'<trkpt lat="{lat:.7f}" lon="{lon:.7f}"><ele>{150 + rng.random() * 30:.1f}</ele>'
                f"<time>{t:%Y-%m-%dT%H:%M:%SZ}</time></trkpt>"
            )
        lines.append("</trkseg></trk></gpx>")
        (folder / f"patrol_{number:04d}.gpx").write_text("\n".join(lines), encoding="utf-8")


def child(folder: Path, fraction: float, plots: int) -> dict:
    from shapely.geometry import Point

    from patrol_planner.planner.core import projector_for
    from patrol_planner.planner.field import Plot, compute_coverage, metric_track, read_gpx

    files = sorted(folder.glob("*.gpx"))
    files = files[: max(1, round(len(files) * fraction))]
    t0 = time.perf_counter()
    results = [read_gpx(path) for path in files]
    t_import = time.perf_counter() - t0
    rss_import = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n_points = sum(r.point_count for r in results)

    t0 = time.perf_counter()
    _, project = projector_for(*CENTRE)
    tracks = [metric_track(t, project, f"{i}") for i, r in enumerate(results) for t in r.tracks]
    t_project = time.perf_counter() - t0

    rng = random.Random(11)
    cx, cy = project(*CENTRE)
    plot_list = [
        Plot(str(i), Point(cx + rng.uniform(-28_000, 28_000), cy + rng.uniform(-28_000, 28_000))) for i in range(plots)
    ]
    t0 = time.perf_counter()
    coverage = compute_coverage(plot_list, tracks)
    t_cov = time.perf_counter() - t0
    return {
        "fraction": fraction,
        "files": len(files),
        "points": n_points,
        "import_s": round(t_import, 2),
        "project_s": round(t_project, 2),
        "coverage_s": round(t_cov, 2),
        "covered": sum(c.covered for c in coverage),
        "plots": plots,
        "rss_after_import_mb": round(rss_import),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--plots", type=int, default=10_000)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--fraction", type=float, default=1.0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(Path(args.child), args.fraction, args.plots)))
        return
    with tempfile.TemporaryDirectory(prefix="bench_field_") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        write_season(folder, args.files, args.points)
        size = sum(p.stat().st_size for p in folder.glob("*.gpx")) / 1e6
        print(
            f"generated {args.files} GPX files, {args.points} points, {size:.0f} MB "
            f"in {time.perf_counter() - t0:.1f} s"
        )
        print(
            f"{'size':>5} {'files':>5} {'points':>8} {'import s':>8} {'project s':>9} {'coverage s':>10} "
            f"{'covered':>7} {'RSS after import MB':>19} {'peak RSS MB':>11}"
        )
        for fraction in (0.25, 0.5, 1.0):
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    str(folder),
                    "--fraction",
                    str(fraction),
                    "--plots",
                    str(args.plots),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(
                f"{r['fraction']:>5} {r['files']:>5} {r['points']:>8} {r['import_s']:>8} {r['project_s']:>9} "
                f"{r['coverage_s']:>10} {r['covered']:>7} {r['rss_after_import_mb']:>19} {r['peak_rss_mb']:>11}"
            )


if __name__ == "__main__":
    main()
