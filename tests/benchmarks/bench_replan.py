# SPDX-License-Identifier: GPL-2.0-or-later
"""Benchmark: the whole plan, first and again, beside QGIS's own shortest path (issue 17).

Run by hand (or ``make bench``)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_replan.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_replan.py --sizes 50 100 200 400

Every measurement runs in a fresh child process, so its peak RSS is its own:

* ``qgis``: ``native:shortestpathpointtolayer`` from the base to 200 plots on the
  size-N grid of ``bench_network`` (the reference of issue 17);
* ``plan``: the whole plan on that grid, 200 plots of priority 1-3 and 30 min
  each, 4 teams x 3 days x 8 h from the base: network build, terminal joins,
  201 x 201 matrix, optimizer (``--time-limit``) and schedule (days, camps and
  the legs' paths), with scipy and, in a second child, without
  (``PATROL_PLANNER_NO_SCIPY=1``);
* ``training``: the Processing algorithm on the training data (58 plots, 3
  teams x 3 days, as ``make demo``): a cold plan at 20 s and at 5 s (the
  optimizer's quality early), then "plan again" after one drop, which reuses
  the session's network and matrix and starts from the last plan.

Targets (issue 17): whole plan under 5 s with scipy; 201 x 201 at least 10x
faster than QGIS's one-to-200 with scipy and 2x without; planning again under
2 s.  The machine is shared: compare the ratios, measured in one run.

Figures of 2026-11-29, 17:45 UTC (QGIS 3.22.16, Debian 12, Python 3.11, scipy 1.10.1, a 2-CPU VM,
idle: load average 0.2 at the start; wall seconds, CPU seconds of the process in brackets)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_replan.py --sizes 50 100 200 400

    N=200: 79600 lines, 955200 vertices, graph 47998 nodes 87598 edges
      QGIS one-to-200:  35.29 ( 35.28)  peak   538 MB (200 reached)
      whole plan with scipy (scipy):    build  2.32  plan_matrix  0.43  access  1.12  optimizer  1.38
                                        schedule  0.25  total  5.50  peak  442 MB  (12 plots, priority 22)
      whole plan without scipy (python): build  2.70  plan_matrix  1.05  access  1.30  optimizer  1.98
                                        schedule  0.33  total  7.37  peak  434 MB  (12 plots, priority 22)
      matrix with scipy:    201x201   3.40, of which joins  0.09  peak  404 MB
      matrix without scipy: 201x201  14.04, of which joins  0.06  peak  390 MB
      wall: 201x201 with scipy 10.4x, without 2.5x faster than QGIS 1->200 (targets 10x, 2x)
    N=50 total 2.77, N=100 total 3.26, N=400 total 16.03 (build 10.95, peak 1474 MB); growth per 4x lines (CPU):
      50->100: build x2.6, plan_matrix x1.0, access x1.8, total x1.2, matrix x2.9, memory x1.5
      100->200: build x4.1, plan_matrix x1.4, access x1.3, total x1.7, matrix x4.9, memory x2.2
      200->400: build x4.7, plan_matrix x2.7, access x1.6, total x2.9, matrix x4.2, memory x3.3
    Training data (58 plots, Processing algorithm, scipy):
      first plan, 20 s search:  7.20 s, priority 68.5;  5 s search:  4.36 s, priority 68.5
      plan again after one drop:  1.29 s, priority 66.5 (network reused, drop respected)

The whole plan (5.50 s) is 0.16 of QGIS's one-to-200 in the same run; the issue's "under 5 s" was set
beside a QGIS one-to-200 of 18.4 s (0.27 of it) on a machine about twice as fast as this one.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling bench_network.py

from bench_network import child_qgis, grid_lines, terminals_xy  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TEAMS, DAYS, HOURS = 4, 3, 8.0


class Clock:
    """Feedback that notes when the pipeline passes its phases (matrix 0-45 %, optimizer 45-95 %, schedule).

    Each mark is (wall, CPU) seconds: on a shared machine the CPU time of the
    process says what the code costs, the wall time what the user waited."""

    def __init__(self, marks=(45.0, 95.0, 100.0)) -> None:
        self.started = now()
        self.marks = {}
        self.wanted = marks

    def set_progress(self, percent: float) -> None:
        for mark in self.wanted:
            if percent >= mark and mark not in self.marks:
                self.marks[mark] = since(self.started)

    def is_canceled(self) -> bool:
        return False


def now():
    return time.perf_counter(), time.process_time()


def since(start):
    wall, cpu = now()
    return wall - start[0], cpu - start[1]


def grid_inputs(n: int):
    from shapely.geometry import Point

    from patrol_planner.planner.network import RiverLine, Terminal, TrailLine
    from patrol_planner.planner.plan import BaseSite, PlotSite, TeamRequest

    rivers, trails = [], []
    for fid, (river, coords) in enumerate(grid_lines(n)):
        (rivers.append(RiverLine(coords, fid)) if river else trails.append(TrailLine(coords, fid)))
    xy = terminals_xy(n)
    rng = random.Random(11)
    bases = [BaseSite("base", Point(xy[0]))]
    plots = [PlotSite(f"P{k:03d}", Point(p), float(rng.choice((1, 2, 3))), 30.0) for k, p in enumerate(xy[1:])]
    teams = [TeamRequest(f"team {k + 1}", "base", "base", DAYS, HOURS) for k in range(TEAMS)]
    terminals = [Terminal(("base", "base"), bases[0].geometry)]
    terminals += [Terminal(("plot", p.plot_id), p.geometry) for p in plots]
    return rivers, trails, bases, plots, teams, terminals


def child_plan(n: int, time_limit: float) -> dict:
    """The whole plan as a coordinator runs it: build the network, then ``plan_patrols`` (its own matrix,
    searched only as far as a team travels, the boats' access, optimizer, schedule)."""
    from patrol_planner.planner.network import build_network
    from patrol_planner.planner.optimize import SolverOptions
    from patrol_planner.planner.plan import plan_patrols

    rivers, trails, bases, plots, teams, _ = grid_inputs(n)
    out = {"lines": len(rivers) + len(trails), "vertices": sum(len(r.coords) for r in rivers + trails)}
    t0 = now()
    net = build_network(rivers, trails)
    out["build"] = since(t0)
    clock = Clock(marks=(35.0, 45.0, 95.0, 100.0))
    options = SolverOptions(seed=1, time_limit_s=time_limit)
    plan = plan_patrols(net, bases, plots, teams, datetime(2026, 12, 1, 6, 0), options, feedback=clock)
    done = since(clock.started)
    marks = [(0.0, 0.0)] + [clock.marks[m] for m in (35.0, 45.0, 95.0)] + [done]
    for name, k in (("plan_matrix", 0), ("access", 1), ("optimizer", 2), ("schedule", 3)):
        out[name] = [marks[k + 1][c] - marks[k][c] for c in (0, 1)]
    out["total"] = [out["build"][c] + done[c] for c in (0, 1)]
    out["planned"] = sum(1 for t in plan.teams for s in t.stops if s.kind == "plot")
    out["priority"] = sum(t.priority for t in plan.teams)
    out["nodes"], out["edges"] = net.stats.nodes, net.stats.edges
    return out


def child_matrix(n: int) -> dict:
    """The full 201 x 201 matrix (no horizon: every time, as QGIS's one-to-200 gives), on a fresh network."""
    from patrol_planner.planner.network import build_network

    rivers, trails, _, _, _, terminals = grid_inputs(n)
    net = build_network(rivers, trails)
    t0 = now()
    joined = Clock(marks=(10.0,))  # the matrix reports 10 % once the terminals are joined
    matrix = net.matrix(terminals, feedback=joined)
    return {"matrix": since(t0), "joins": joined.marks[10.0], "backend": matrix.backend}


def child_training(quality: bool) -> dict:
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    from patrol_planner.provider.provider import PatrolPlannerProvider
    from patrol_planner.qgis_adapters.base import session

    Processing.initialize()
    provider = PatrolPlannerProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    sys.path.insert(0, str(ROOT / "scripts"))
    from demo import GPKG, TRAINING  # the demo's teams
    from demo import TEAMS as DEMO_TEAMS

    def layer(name):
        return QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")

    params = {
        "RIVERS": layer("rivers"),
        "TRAILS": layer("trails"),
        "BASES": layer("bases"),
        "PLOTS": layer("plots"),
        "NOGO": layer("nogo"),
        "NOGO_FACTOR_FIELD": "factor",
        "DEM": str(TRAINING / "dem.tif"),
        "TEAMS": [v for team in DEMO_TEAMS for v in team],
        "START": "2026-12-01T06:00",
        "SKIP_COVERED": False,
        "SEED": 1,
        "ROUTES": "memory:",
        "STOPS": "memory:",
        "UNPLANNED": "memory:",
    }

    def run(**extra):
        began = now()
        result = processing.run(
            "patrol_planner:plan_patrols",
            dict(params, **extra),
            context=QgsProcessingContext(),
            feedback=QgsProcessingFeedback(),
        )
        seconds = since(began)
        stops = [f for f in result["STOPS"].getFeatures() if f["kind"] == "plot"]
        return seconds, sum(f["priority"] for f in stops), stops

    out = {}
    if quality:
        session.clear()
        out["cold20_s"], out["cold20_priority"], _ = run(TIME_LIMIT=20)
    session.clear()
    out["cold5_s"], out["cold5_priority"], stops = run(TIME_LIMIT=5)
    first_team = DEMO_TEAMS[0][0]
    dropped = next(f["plot_id"] for f in stops if f["team"] == first_team)
    out["replan_s"], out["replan_priority"], after = run(TIME_LIMIT=5, DROPS=f"{dropped}={first_team}")
    out["drop_respected"] = all(f["plot_id"] != dropped for f in after if f["team"] == first_team)
    out["network_reused"] = session.NETWORKS.hits
    out["plots"] = layer("plots").featureCount()
    return out


def run_child(*args: str, scipy: bool = True) -> dict:
    env = dict(os.environ)
    if not scipy:
        env["PATROL_PLANNER_NO_SCIPY"] = "1"
    out = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise SystemExit(f"child {args} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


PHASES = ("build", "plan_matrix", "access", "optimizer", "schedule", "total")


def phases(r: dict) -> str:
    """The phases of the whole plan: build, the plan's own matrix (to the horizon), the boats' access,
    optimizer (with the boats), schedule (days, camps, each leg's path)."""
    return (
        "  ".join(f"{k} {r[k][0]:5.2f} ({r[k][1]:5.2f})" for k in PHASES)
        + f"  peak {r['rss_mb']:4.0f} MB  ({r['planned']} plots, priority {r['priority']:.0f})"
    )


def matrix_line(r: dict) -> str:
    return (
        f"201x201 {r['matrix'][0]:6.2f} ({r['matrix'][1]:5.2f}), of which joins {r['joins'][0]:5.2f} "
        f"({r['joins'][1]:5.2f})  peak {r['matrix_rss_mb']:4.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[200])
    parser.add_argument("--time-limit", type=float, default=1.5, help="optimizer's search time on the grid (s)")
    parser.add_argument("--qgis-max", type=int, default=200, help="largest size also run with QGIS")
    parser.add_argument("--python-max", type=int, default=200, help="largest size also run without scipy")
    parser.add_argument("--no-training", action="store_true", help="skip the training-data runs")
    parser.add_argument("--no-quality", action="store_true", help="skip the 20 s reference plan on training data")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        what = args.child[0]
        if what == "qgis":
            result = child_qgis(int(args.child[1]))
        elif what == "plan":
            result = child_plan(int(args.child[1]), float(args.child[2]))
        elif what == "matrix":
            result = child_matrix(int(args.child[1]))
        else:
            result = child_training(args.child[1] == "1")
        result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    print(
        f"Whole plan: 200 plots, {TEAMS} teams x {DAYS} days x {HOURS:g} h, optimizer {args.time_limit:g} s; "
        f"load average at start {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    print(
        "Times: wall seconds (CPU seconds of the process); the targets are read on wall time on an idle "
        "machine, so on a loaded one compare the CPU figures and the ratios"
    )
    previous = None
    for n in args.sizes:
        fast = run_child("plan", str(n), str(args.time_limit))
        slow = run_child("plan", str(n), str(args.time_limit), scipy=False) if n <= args.python_max else None
        fast.update({f"matrix_{k}" if k == "rss_mb" else k: v for k, v in run_child("matrix", str(n)).items()})
        if slow:
            slow.update(
                {f"matrix_{k}" if k == "rss_mb" else k: v for k, v in run_child("matrix", str(n), scipy=False).items()}
            )
        q = run_child("qgis", str(n)) if n <= args.qgis_max else None
        print(
            f"N={n}: {fast['lines']} lines, {fast['vertices']} vertices, graph {fast['nodes']} nodes "
            f"{fast['edges']} edges"
        )
        if q:
            print(
                f"  QGIS one-to-200: {q['seconds']:6.2f} ({q['cpu']:6.2f})  peak {q['rss_mb']:5.0f} MB "
                f"({q['reached']} reached)"
            )
        print(f"  whole plan with scipy ({fast['backend']}):    {phases(fast)}")
        if slow:
            print(f"  whole plan without scipy ({slow['backend']}): {phases(slow)}")
        print(f"  matrix with scipy:    {matrix_line(fast)}")
        if slow:
            print(f"  matrix without scipy: {matrix_line(slow)}")
        if q:
            for k, label in ((0, "wall"), (1, "CPU")):
                ratios = [f"201x201 with scipy {q[('seconds', 'cpu')[k]] / fast['matrix'][k]:.1f}x"]
                if slow:
                    ratios.append(f"without {q[('seconds', 'cpu')[k]] / slow['matrix'][k]:.1f}x")
                print(f"  {label}: " + ", ".join(ratios) + " faster than QGIS 1->200 (targets 10x, 2x)")
        print(
            f"  whole plan with scipy {fast['total'][0]:.2f} s wall, {fast['total'][1]:.2f} s CPU (target < 5 s)"
            + (f"; without {slow['total'][0]:.2f} s wall, {slow['total'][1]:.2f} s CPU" if slow else ""),
            flush=True,
        )
        if previous:
            pn, p = previous
            growth = (n / pn) ** 2
            print(
                f"  growth x{growth:.0f} lines from N={pn} (CPU): "
                + ", ".join(f"{k} x{fast[k][1] / max(p[k][1], 1e-9):.1f}" for k in PHASES + ("matrix",))
                + f", memory x{fast['rss_mb'] / p['rss_mb']:.1f}"
            )
        previous = (n, fast)
    if not args.no_training:
        t = run_child("training", "0" if args.no_quality else "1")
        print(f"Training data ({t['plots']} plots, Processing algorithm, scipy):")
        if "cold20_s" in t:
            print(
                f"  first plan, 20 s search: {t['cold20_s'][0]:5.2f} s ({t['cold20_s'][1]:5.2f} CPU), "
                f"priority {t['cold20_priority']:.1f}"
            )
        print(
            f"  first plan,  5 s search: {t['cold5_s'][0]:5.2f} s ({t['cold5_s'][1]:5.2f} CPU), "
            f"priority {t['cold5_priority']:.1f}"
        )
        print(
            f"  plan again after one drop: {t['replan_s'][0]:5.2f} s ({t['replan_s'][1]:5.2f} CPU), "
            f"priority {t['replan_priority']:.1f} (network reused {t['network_reused']}x, drop respected: "
            f"{t['drop_respected']}; target < 2 s)"
        )


if __name__ == "__main__":
    main()
