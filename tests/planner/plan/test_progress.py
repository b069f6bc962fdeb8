# SPDX-License-Identifier: GPL-2.0-or-later
"""The progress bar moves in every phase of a plan: joins, searches, optimizer, schedule (issue 17)."""

from __future__ import annotations

from datetime import datetime

from shapely.geometry import Point

from patrol_planner.planner.network import RiverLine, TrailLine, build_network
from patrol_planner.planner.optimize import SolverOptions
from patrol_planner.planner.plan import BaseSite, PlotSite, TeamRequest, plan_patrols


class Recorder:
    def __init__(self) -> None:
        self.progress = []

    def set_progress(self, percent: float) -> None:
        self.progress.append(percent)

    def is_canceled(self) -> bool:
        return False


def test_every_phase_reports_progress_in_order() -> None:
    trails = [TrailLine([(0, y * 500), (20_000, y * 500)], y) for y in range(5)]
    trails.append(TrailLine([(0, 0), (0, 2000)], 99))
    net = build_network([RiverLine([(0, 3000), (20_000, 3000)], 100)], trails)
    bases = [BaseSite("Alfa", Point(0, 100))]
    plots = [PlotSite(f"P{k}", Point(500 * k, 250 * (k % 5)), 1.0, 10.0) for k in range(1, 45)]
    teams = [TeamRequest(name, "Alfa", "Alfa", 1, 6) for name in ("A", "B", "C")]
    feedback = Recorder()
    plan_patrols(
        net, bases, plots, teams, datetime(2026, 12, 1, 6), SolverOptions(seed=1, time_limit_s=0.5), feedback=feedback
    )
    seen = feedback.progress
    assert seen == sorted(seen) and seen[-1] == 100
    assert any(0 < p < 4.5 for p in seen)  # joining 45 terminals (the matrix is 0-45 %)
    assert any(4.5 < p < 45 for p in seen)  # the searches
    assert any(45 < p < 85 for p in seen)  # the optimizer
    assert any(85 < p < 95 for p in seen)  # the boats' phase after it (the bar moves with its clock)
    assert any(95 < p < 100 for p in seen)  # the schedule, team by team
