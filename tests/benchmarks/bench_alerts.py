"""Benchmark: import deforestation alerts, cluster them into plots, merge, rank.

Run by hand (or ``make bench``)::

    .venv/bin/python tests/benchmarks/bench_alerts.py [--synthetic 100000] [--alerts PATH]

1. The real MapBiomas Alerta Perú file (7,455 points, Padre Abad and Puerto
   Inca; ``../shared/data/alerts_mapbiomas_peru/``): read and projected to UTM
   18S, clustered at 250 m, 500 m and 1 km, and the whole import step
   (``build_targets``: cluster, merge into an empty layer, priorities against
   200 communities, 10 zones and 100 runways), then the
   same file merged a second time into the result (must add nothing).
2. ``--synthetic`` alerts (default 100,000) in clumps like the real ones over
   a 300 x 300 km square, same steps.

Times are the best of ``--repeat`` runs without tracing; peak memory is the
``tracemalloc`` peak of one more traced run of the whole step (Python
allocations), and the process's ``ru_maxrss`` at the end.  Aims: real file
under 2 s, 100,000 alerts under 10 s.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path
from typing import Callable, List, Tuple

from shapely.geometry import LineString, Point, box

from patrol_planner.planner.core import utm_projector
from patrol_planner.planner.targets import Alert, ClusterConfig, Places, build_targets, cluster_alerts

ROOT = Path(__file__).resolve().parents[2]
REAL = (
    ROOT.parent.parent / "shared" / "data" / "alerts_mapbiomas_peru" / "mapbiomas_alerta_padre_abad_puerto_inca.geojson"
)
TODAY = date(2026, 7, 20)


def read_real(path: Path) -> List[Alert]:
    project = utm_projector(32718)
    alerts = []
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        p = feature["properties"]
        x, y = project(*feature["geometry"]["coordinates"][:2])
        alerts.append(Alert(str(p["alert_code"]), x, y, date.fromisoformat(p["detected_at"]), p["area_ha"]))
    return alerts


def synthetic(count: int, seed: int = 14) -> List[Alert]:
    """Clumps of 1-9 alerts (spread 150 m) around random centres: about 20 % isolated alerts, as in the real file."""
    rng = random.Random(seed)
    alerts: List[Alert] = []
    start = date(2021, 1, 1)
    while len(alerts) < count:
        cx, cy = rng.uniform(300_000, 600_000), rng.uniform(8_900_000, 9_200_000)
        for _ in range(min(rng.randint(1, 9), count - len(alerts))):
            alerts.append(
                Alert(
                    str(10_000_000 + len(alerts)),
                    rng.gauss(cx, 150),
                    rng.gauss(cy, 150),
                    start + timedelta(days=rng.randrange(1800)),
                    round(rng.lognormvariate(1.0, 0.8), 3),
                )
            )
    return alerts


def places_for(alerts: List[Alert], seed: int = 3) -> Places:
    """200 community points, 10 zones of interest (10 km squares) and 100 runways of 600 m over the alerts' extent."""
    rng = random.Random(seed)
    xs, ys = [a.x for a in alerts], [a.y for a in alerts]

    def spot() -> Tuple[float, float]:
        return rng.uniform(min(xs), max(xs)), rng.uniform(min(ys), max(ys))

    communities = [Point(*spot()) for _ in range(200)]
    zones = [box(x, y, x + 10_000, y + 10_000) for x, y in (spot() for _ in range(10))]
    runways = [LineString([(x, y), (x + 600, y + 100)]) for x, y in (spot() for _ in range(100))]
    return Places(communities, zones, runways)


CPU: List[float] = []  # CPU seconds of the last ``best`` (less sensitive to a loaded machine than wall time)


def best(step: Callable[[], object], repeat: int) -> Tuple[float, object]:
    """Best wall-clock time of ``repeat`` runs (the matching CPU time goes to ``CPU``)."""
    times, cpu, result = [], [], None
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = step()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    CPU[:] = [cpu[times.index(min(times))]]
    return min(times), result


def peak_mib(step: Callable[[], object]) -> float:
    tracemalloc.start()
    step()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def run(label: str, alerts: List[Alert], repeat: int, limit_s: float) -> bool:
    print(f"\n== {label}: {len(alerts):,} alerts")
    for distance in (250, 500, 1000):
        seconds, plots = best(lambda d=distance: cluster_alerts(alerts, ClusterConfig(d)), repeat)
        print(f"  cluster at {distance:>4} m: {len(plots):>7,} plots  {seconds:6.3f} s (CPU {CPU[0]:.3f} s)")
    places = places_for(alerts)
    seconds, first = best(lambda: build_targets(alerts, TODAY, config=ClusterConfig(250), places=places), repeat)
    first_cpu = CPU[0]
    again_s, again = best(
        lambda: build_targets(alerts, TODAY, existing=first.plots, config=ClusterConfig(250), places=places), 1
    )
    memory = peak_mib(lambda: build_targets(alerts, TODAY, config=ClusterConfig(250), places=places))
    ok = seconds < limit_s and again.merge.added == 0 and again.merge.new_alerts == 0
    print(
        f"  import step (cluster 250 m + merge + priority): {len(first.plots):,} plots  "
        f"{seconds:6.3f} s (CPU {first_cpu:.3f} s) "
        f"(aim < {limit_s:g} s)  peak traced memory {memory:.1f} MiB"
    )
    print(
        f"  same alerts merged again: {again.merge.added} added, {again.merge.updated} updated, "
        f"{again.merge.known_alerts:,} known  {again_s:6.3f} s (CPU {CPU[0]:.3f} s)"
    )
    print(f"  {'PASS' if ok else 'FAIL'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--alerts", type=Path, default=REAL)
    parser.add_argument("--synthetic", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    ok = True
    if args.alerts.exists():
        started = time.perf_counter()
        real = read_real(args.alerts)
        print(f"read and projected {args.alerts.name}: {len(real):,} alerts in {time.perf_counter() - started:.3f} s")
        ok &= run("real MapBiomas Alerta Perú", real, args.repeat, 2.0)
    else:
        print(f"(no {args.alerts}: real-file benchmark skipped)")
    ok &= run("synthetic", synthetic(args.synthetic), args.repeat, 10.0)
    print(
        f"\nprocess peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB "
        "(machine shared with other engineers: times are loaded-machine figures)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
