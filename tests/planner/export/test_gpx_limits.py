"""Plans too large for each device: split into routes, tracks or files, or refused; never truncated."""

from __future__ import annotations

import math
import random
from dataclasses import replace
from pathlib import Path
from typing import List, Tuple

import gpxpy
import pytest
from lxml import etree

from patrol_planner.planner.core import ExportError
from patrol_planner.planner.export import (
    PROFILES,
    DeviceProfile,
    ExportOptions,
    ExportStop,
    TeamExport,
    device_profile,
    export_team_gpx,
)

SCHEMA = etree.XMLSchema(
    etree.parse(
        str(Path(__file__).resolve().parents[2] / "data" / "gpx_schemas" / "gpx11_garmin.xsd"),
        etree.XMLParser(no_network=True),
    )
)
ORIGIN = (-74.6, -8.5)


def grid_stops(count: int, days: int) -> Tuple[ExportStop, ...]:
    """``count`` plots spread evenly over ``days`` (about 100 m apart), no base, no camps."""
    per_day = math.ceil(count / days)
    return tuple(
        ExportStop(
            "plot", f"PLT{i:05d}", ORIGIN[0] + (i % 100) * 0.001, ORIGIN[1] + (i // 100) * 0.001, day=i // per_day + 1
        )
        for i in range(count)
    )


def noisy_path(n: int, seed: int = 3) -> List[Tuple[float, float]]:
    """A path no tolerance under ~100 m can simplify: it zigzags 100-200 m either side of a line."""
    rng = random.Random(seed)
    return [(ORIGIN[0] + i * 0.0003, ORIGIN[1] + (1 if i % 2 else -1) * rng.uniform(0.0009, 0.0018)) for i in range(n)]


def parse(path: Path) -> gpxpy.gpx.GPX:
    assert SCHEMA.validate(etree.parse(str(path))), SCHEMA.error_log
    return gpxpy.parse(path.read_text(encoding="utf-8"))


def assert_fits(gpx: gpxpy.gpx.GPX, device: DeviceProfile) -> None:
    assert len(gpx.waypoints) <= device.max_waypoints
    assert len(gpx.routes) <= device.max_routes
    assert all(len(r.points) <= device.max_route_points for r in gpx.routes)
    assert len(gpx.tracks) <= device.max_tracks
    assert all(sum(len(s.points) for s in t.segments) <= device.max_track_points for t in gpx.tracks)
    names = [w.name for w in gpx.waypoints] + [r.name for r in gpx.routes] + [t.name for t in gpx.tracks]
    assert all(len(name) <= device.max_name_length for name in names)


@pytest.mark.parametrize("device", PROFILES, ids=lambda p: p.key)
def test_too_many_waypoints_split_into_files_by_day_or_refused(tmp_path, device):
    count = device.max_waypoints + 40
    team = TeamExport("T", grid_stops(count, days=4))
    with pytest.raises(ExportError, match=f"{count} waypoints, more than the {device.max_waypoints}"):
        export_team_gpx(team, tmp_path, ExportOptions(device=device, split=False, headroom=0))
    assert list(tmp_path.iterdir()) == []  # refused before anything was written
    report = export_team_gpx(team, tmp_path, ExportOptions(device=device, headroom=0))
    assert len(report.parts) == 2
    assert [p.path.name for p in report.parts] == ["plan_1-2.gpx", "plan_2-2.gpx"]
    # Whole days, as many as fit: 3 of the 4 quarters fit every unit.
    assert [p.days for p in report.parts] == [(1, 3), (4, 4)]
    names: List[str] = []
    for part in report.parts:
        gpx = parse(part.path)
        assert_fits(gpx, device)
        names += [w.name for w in gpx.waypoints]
    # Every stop is in exactly one file, and names are unique across the files.
    assert len(names) == len(set(names)) == count


def test_one_day_too_big_for_the_unit_is_refused_naming_the_limit(tmp_path):
    device = device_profile("etrex10")
    team = TeamExport("T", grid_stops(1001, days=1))
    with pytest.raises(ExportError, match="day 1 alone has 1001 waypoints, more than the 800 of a Garmin eTrex 10"):
        export_team_gpx(team, tmp_path, ExportOptions(device=device))


@pytest.mark.parametrize("device", PROFILES, ids=lambda p: p.key)
def test_long_route_split_into_routes_that_join(tmp_path, device):
    count = device.max_route_points + 30
    team = TeamExport("T", grid_stops(count, days=1))
    report = export_team_gpx(team, tmp_path, ExportOptions(device=device, split=False))
    (part,) = report.parts
    gpx = parse(part.path)
    assert_fits(gpx, device)
    assert len(gpx.routes) == 2 == part.routes
    first, second = ([p.name for p in r.points] for r in gpx.routes)
    assert len(first) == device.max_route_points
    assert first[-1] == second[0]  # the second route starts where the first ends
    assert first + second[1:] == [w.name for w in gpx.waypoints]
    assert [r.name for r in gpx.routes] == ["Ruta", "Ruta-2"]


@pytest.mark.parametrize("device", PROFILES, ids=lambda p: p.key)
def test_track_over_the_point_limit_split_into_tracks_within_the_deviation(tmp_path, device):
    n = device.max_track_points + 500
    stops = (ExportStop("plot", "A", *ORIGIN), ExportStop("plot", "B", ORIGIN[0] + 0.01, ORIGIN[1]))
    team = TeamExport("T", stops, (tuple(noisy_path(n)),))
    options = ExportOptions(device=device, max_deviation_m=25.0, split=False)
    report = export_team_gpx(team, tmp_path, options)
    gpx = parse(report.parts[0].path)
    assert_fits(gpx, device)
    assert len(gpx.tracks) == 2
    points = [(p.longitude, p.latitude) for t in gpx.tracks for s in t.segments for p in s.points]
    # Nothing lost: only the shared joining point is repeated, nothing is dropped beyond the tolerance.
    assert len(points) == report.parts[0].track_points + 1
    assert report.tolerance_m == 25.0 and report.max_deviation_m <= 25.0
    end_first = gpx.tracks[0].segments[-1].points[-1]
    start_second = gpx.tracks[1].segments[0].points[0]
    assert (end_first.longitude, end_first.latitude) == (start_second.longitude, start_second.latitude)


def test_too_many_tracks_split_into_files_or_refused(tmp_path):
    tiny = replace(device_profile("etrex10"), key="tiny", label="tiny unit", max_track_points=50, max_tracks=2)
    stops = tuple(ExportStop("plot", f"X{d}", ORIGIN[0] + d * 0.01, ORIGIN[1], day=d) for d in range(1, 4))
    team = TeamExport("T", stops, tuple(tuple(noisy_path(80, seed=d)) for d in range(1, 4)))
    with pytest.raises(ExportError, match="6 tracks of up to 50 points, more than the 2 tracks of a tiny unit's 2"):
        export_team_gpx(team, tmp_path, ExportOptions(device=tiny, split=False, headroom=0))
    report = export_team_gpx(team, tmp_path, ExportOptions(device=tiny, headroom=0))
    assert [p.days for p in report.parts] == [(1, 1), (2, 2), (3, 3)]
    for part in report.parts:
        assert_fits(parse(part.path), tiny)


def test_too_many_routes_split_into_files_or_refused(tmp_path):
    tiny = replace(device_profile("etrex10"), key="tiny", label="tiny unit", max_routes=2, max_route_points=3)
    team = TeamExport("T", grid_stops(12, days=3))  # 4 stops a day: 2 routes of 3 points a day
    with pytest.raises(ExportError, match="6 routes of up to 3 points, more than the 2 routes a tiny unit holds"):
        export_team_gpx(team, tmp_path, ExportOptions(device=tiny, split=False, headroom=0))
    report = export_team_gpx(team, tmp_path, ExportOptions(device=tiny, headroom=0))
    assert [p.days for p in report.parts] == [(1, 1), (2, 2), (3, 3)]
    routed = []
    for part in report.parts:
        gpx = parse(part.path)
        assert_fits(gpx, tiny)
        first, second = ([p.name for p in r.points] for r in gpx.routes)
        routed += first + second[1:]
    assert routed == [f"PLT{i:05d}" for i in range(12)]  # each plot by its id


def test_simplification_meets_the_budget_with_the_smallest_tolerance(tmp_path):
    """A smooth path over the limit is simplified, not split, and only as much as needed."""
    device = replace(device_profile("etrex10"), key="small", max_track_points=300)
    path = tuple((ORIGIN[0] + i * 0.0001, ORIGIN[1] + 0.002 * math.sin(i / 40)) for i in range(3000))
    team = TeamExport("T", (ExportStop("plot", "A", *path[0]), ExportStop("plot", "B", *path[-1])), (path,))
    report = export_team_gpx(team, tmp_path, ExportOptions(device=device, max_deviation_m=25.0))
    gpx = parse(report.parts[0].path)
    assert len(gpx.tracks) == 1 and 250 < report.parts[0].track_points <= 300
    assert 0 < report.max_deviation_m <= report.tolerance_m < 25.0
    assert report.original_track_points == 3000
