"""A small river with eight plots for one team: more than a day holds, so a plan has choices to make."""

from __future__ import annotations

from datetime import datetime

import pytest
from shapely.geometry import Point

from patrol_planner.planner.network import NetworkCache, RiverLine
from patrol_planner.planner.plan import BaseSite, Ground, PlanRequest, PlanSetup, PlotSite, TeamRequest, prepare_plan

MAIN = RiverLine([(0, 0), (10_000, 0), (20_000, 0), (30_000, 0)], fid="Ucayalito")
PUCALLPA = (-8.38, -74.55)
PLOTS = [
    PlotSite("P1", Point(4_000, 600), 3, 30),
    PlotSite("P2", Point(7_000, -700), 2, 30),
    PlotSite("P3", Point(11_000, 500), 3, 30),
    PlotSite("P4", Point(14_000, -600), 2, 30),
    PlotSite("P5", Point(17_000, 700), 3, 30),
    PlotSite("P6", Point(21_000, -500), 2, 30),
    PlotSite("P7", Point(24_000, 600), 3, 30),
    PlotSite("P8", Point(27_000, -800), 2, 30),
]
NETWORKS = NetworkCache()


def ground(**changes) -> Ground:
    values = dict(rivers=[MAIN], bases=[BaseSite("Alfa", Point(0, 100))], plots=PLOTS, lat_lon=PUCALLPA)
    return Ground(**{**values, **changes})


def request(start: datetime = datetime(2026, 12, 1, 7), **changes) -> PlanRequest:
    values = dict(teams=(TeamRequest("Norte", "Alfa", "Alfa", 1, 9),), start=start, time_limit_s=1.0, seed=1)
    return PlanRequest(**{**values, **changes})


@pytest.fixture
def setup() -> PlanSetup:
    return prepare_plan(request(), ground(), NETWORKS)
