"""Benchmark: a season of track points into the field store, PostGIS beside the GeoPackage; then coverage.

Run by hand (or ``make bench``); it starts its own private PostgreSQL 15 + PostGIS 3 cluster::

    .venv/bin/python tests/benchmarks/bench_store.py [--points 1000000] [--files 300] [--plots 10000]

For each store, in a fresh process (so ``ru_maxrss`` is that run's own peak):

- import: read the GPX files and write them through ``store.write_results`` (what the
  Import field data algorithm does), target under 20 s for 1,000,000 points;
- load: the flown tracks back from the store, in UTM metres (``store.load_tracks``);
- coverage: 10,000 plots against them (``compute_coverage``), target under 2 s.

The PostgreSQL server's own memory is not in the client's peak: the table also gives the
server's resident memory after the run (sum over its processes) and the size on disk, and the
CPU seconds of reading, writing (client) and of the server, which a loaded machine inflates
far less than wall times.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "support"))

from bench_import_coverage import CENTRE, write_season  # noqa: E402


def run_sql(store, text: str) -> list:
    """The benchmark's own SQL text, run the way the store runs its composed ``Sql``."""
    from patrol_planner.planner.store import Sql

    return store.execute(Sql(text))


def child(kind: str, folder: Path, target: str, plots: int) -> dict:
    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem

    app = QgsApplication([], False)
    app.initQgis()
    from shapely.geometry import Point

    from patrol_planner.planner.core import projector_for
    from patrol_planner.planner.field import Plot, compute_coverage, read_gpx
    from patrol_planner.qgis_adapters.stores.field_store import open_store

    store = open_store(connection=target) if kind == "postgis" else open_store(geopackage=target)
    files = sorted(folder.glob("*.gpx"))
    t0, c0 = time.perf_counter(), cpu_s()
    results = [read_gpx(path) for path in files]
    t_read, c_read = time.perf_counter() - t0, cpu_s() - c0
    t0, c0 = time.perf_counter(), cpu_s()
    report = store.write_results(results)
    t_write, c_write = time.perf_counter() - t0, cpu_s() - c0
    points = sum(r.point_count for r in report.written)
    del results, report

    epsg, project = projector_for(*CENTRE)
    t0 = time.perf_counter()
    tracks = store.load_tracks(QgsCoordinateReferenceSystem(f"EPSG:{epsg}"))
    t_load = time.perf_counter() - t0
    rng = random.Random(11)
    cx, cy = project(*CENTRE)
    plot_list = [
        Plot(str(i), Point(cx + rng.uniform(-28_000, 28_000), cy + rng.uniform(-28_000, 28_000))) for i in range(plots)
    ]
    t0 = time.perf_counter()
    coverage = compute_coverage(plot_list, tracks)
    t_cov = time.perf_counter() - t0
    out = {
        "store": kind,
        "files": len(files),
        "points": points,
        "read_s": t_read,
        "write_s": t_write,
        "read_cpu_s": c_read,
        "write_cpu_s": c_write,
        "import_s": t_read + t_write,
        "load_s": t_load,
        "coverage_s": t_cov,
        "covered": sum(c.covered for c in coverage),
        "loaded_points": sum(len(s) for t in tracks for s in t.segments),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    if kind == "postgis":
        out["disk_mb"] = float(
            run_sql(
                store,
                "SELECT sum(pg_total_relation_size(c.oid)) / 1e6 FROM pg_class c JOIN pg_namespace n "
                "ON n.oid = c.relnamespace WHERE n.nspname = 'patrol' AND c.relkind = 'r'",
            )[0][0]
        )
    else:
        out["disk_mb"] = Path(target).stat().st_size / 1e6
    app.exitQgis()
    return out


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def server_cpu_s(cluster) -> float:
    """CPU seconds of the cluster so far: the postmaster, its live processes and those that ended."""
    pid = int((cluster.data / "postmaster.pid").read_text().split()[0])
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid:
            total += sum(int(v) for v in fields[11:15]) / tick  # utime stime cutime cstime
        elif int(fields[1]) == pid:
            total += sum(int(v) for v in fields[11:13]) / tick
    return total


def server_rss_mb(cluster) -> float:
    """Resident memory of the cluster's processes (postmaster and its children), from /proc."""
    pid = int((cluster.data / "postmaster.pid").read_text().split()[0])
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        if int(entry.name) == pid or int(fields.get("PPid", "0").strip()) == pid:
            total += int(fields.get("VmRSS", "0 kB").split()[0])
    return total / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--plots", type=int, default=10_000)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, folder, target = args.child
        print(json.dumps(child(kind, Path(folder), target, args.plots)))
        return
    from postgis_cluster import PostgisCluster

    with tempfile.TemporaryDirectory(prefix="bench_store_") as tmp, PostgisCluster() as cluster:
        folder = Path(tmp) / "gpx"
        folder.mkdir()
        write_season(folder, args.files, args.points)
        print(
            f"generated {args.files} GPX files, {args.points} points; PostgreSQL 15 + PostGIS 3 on port "
            f"{cluster.port}; {os.cpu_count()} CPUs (shared machine: compare the two rows, not absolute times)"
        )
        print(
            f"{'store':>10} {'points':>8} {'read s':>7} {'write s':>7} {'import s':>8} {'load s':>7} "
            f"{'coverage s':>10} {'covered':>7} {'client peak MB':>14} {'server MB':>9} {'disk MB':>8} "
            f"{'CPU s: read':>11} {'write':>6} {'server':>6}"
        )
        for kind, target in (("geopackage", str(Path(tmp) / "field.gpkg")), ("postgis", cluster.url)):
            before = server_cpu_s(cluster)
            out = subprocess.run(
                [sys.executable, __file__, "--plots", str(args.plots), "--child", kind, str(folder), target],
                capture_output=True,
                text=True,
                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            )
            if out.returncode:
                sys.exit(out.stderr)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            time.sleep(1)  # the child's database session ends
            server = f"{server_rss_mb(cluster):9.0f}" if kind == "postgis" else f"{'-':>9}"
            print(
                f"{r['store']:>10} {r['points']:>8} {r['read_s']:>7.1f} {r['write_s']:>7.1f} {r['import_s']:>8.1f} "
                f"{r['load_s']:>7.1f} {r['coverage_s']:>10.2f} {r['covered']:>7} {r['peak_rss_mb']:>14.0f} "
                f"{server} {r['disk_mb']:>8.0f} {r['read_cpu_s']:>11.1f} {r['write_cpu_s']:>6.1f} "
                f"{server_cpu_s(cluster) - before:>6.1f}"
            )
        print("targets: PostGIS import < 20 s, coverage < 2 s (load and coverage listed apart). CPU seconds do not")
        print("grow with the machine's load as wall times do; the server's cover the whole run (import, load).")


if __name__ == "__main__":
    main()
