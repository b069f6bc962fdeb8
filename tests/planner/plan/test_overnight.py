# SPDX-License-Identifier: GPL-2.0-or-later
"""Work that runs past the day's end is said to go on the next morning (issue 19, finding 7)."""

from __future__ import annotations

from datetime import datetime

import pytest
from shapely.geometry import Point

from patrol_planner.planner.network import RiverLine, build_network
from patrol_planner.planner.optimize import SolverOptions
from patrol_planner.planner.plan import BaseSite, PlotSite, TeamRequest, next_morning_minutes, plan_patrols


def test_an_inspection_past_the_end_of_the_day_goes_on_next_morning() -> None:
    # Out to P1 takes 1.53 h (see test_pipeline); 120 min of work; 3 h days end at 09:00.
    network = build_network([RiverLine([(0, 0), (10_000, 0), (20_000, 0)], fid=1)], [], [])
    plan = plan_patrols(
        network,
        [BaseSite("Alfa", Point(0, 100))],
        [PlotSite("P1", Point(15_000, 100), 1.0, 120.0, False, False)],
        [TeamRequest("Norte", "Alfa", "Alfa", 3, 3)],
        datetime(2026, 12, 1, 6, 0),
        SolverOptions(seed=1, time_limit_s=1.0),
    )
    stops = plan.teams[0].stops
    plot, camp = stops[1], stops[2]
    assert (plot.kind, camp.kind) == ("plot", "camp") and camp.arrival == datetime(2026, 12, 1, 9, 0)
    arrived_min = (plot.arrival - datetime(2026, 12, 1, 6, 0)).total_seconds() / 60
    assert next_morning_minutes(stops) == {plot.seq: pytest.approx(round(120 - (180 - arrived_min)), abs=1)}


def test_a_camp_on_the_way_is_not_work_left_over() -> None:
    network = build_network([RiverLine([(0, 0), (10_000, 0), (20_000, 0)], fid=1)], [], [])
    plan = plan_patrols(
        network,
        [BaseSite("Alfa", Point(0, 100))],
        [PlotSite("P1", Point(15_000, 100), 1.0, 10.0, False, False)],
        [TeamRequest("Norte", "Alfa", "Alfa", 3, 2)],
        datetime(2026, 12, 1, 6, 0),
        SolverOptions(seed=1, time_limit_s=1.0),
    )
    assert next_morning_minutes(plan.teams[0].stops) == {}
