# SPDX-License-Identifier: GPL-2.0-or-later
"""Coverage is not invented by a stale fix or a recording gap, and only finite values are kept (issue 28)."""

from __future__ import annotations

import math
from datetime import timedelta

import pytest
from shapely.geometry import Point

from patrol_planner.planner.core import projector_for
from patrol_planner.planner.field import (
    CoverageConfig,
    ImportConfig,
    Plot,
    compute_coverage,
    metric_track,
    read_field_file,
)
from tests.planner.field.test_outliers import LAT0, LON0, M_PER_DEG, T0, _gpx, _walk, srt_record

M_PER_DEG_LON = M_PER_DEG * math.cos(math.radians(LAT0))


def _covered(result, *offsets_m) -> list:
    _, project = projector_for(LON0, LAT0)
    tracks = [metric_track(t, project, f"t{i}") for i, t in enumerate(result.tracks)]
    plots = [
        Plot(f"P{i}", Point(*project(LON0 + dx / M_PER_DEG_LON, LAT0 + dy / M_PER_DEG)))
        for i, (dx, dy) in enumerate(offsets_m)
    ]
    return [c.covered for c in compute_coverage(plots, tracks, CoverageConfig(radius_m=50))]


def test_speed_limits_depend_on_the_mode():
    foot, boat, drone = (ImportConfig(kind=k).speed_limit_mps for k in ("foot", "boat", "drone"))
    assert foot <= 5 < boat <= drone < 70
    assert ImportConfig(kind="foot", mode_speed_mps=12.0).speed_limit_mps == 12.0


def test_a_fix_a_walker_could_not_reach_is_dropped_on_foot_but_a_boat_ride_is_kept(tmp_path):
    walk = _walk(40)
    lat, lon, when = walk[20]
    walk[20] = (lat, lon + 300 / M_PER_DEG_LON, when)  # 300 m sideways in 10 s: 30 m/s, no one walks that
    result = read_field_file(_gpx(walk, tmp_path), ImportConfig(kind="foot"))
    assert result.point_count == 39 and [s.line for s in result.skipped] == [23]
    ride = [(LAT0 + 120 * i / M_PER_DEG, LON0, T0 + timedelta(seconds=10 * i)) for i in range(40)]  # 12 m/s
    boat = read_field_file(_gpx(ride, tmp_path, "boat.gpx"), ImportConfig(kind="boat"))
    assert boat.point_count == 40 and not boat.skipped


def test_a_stale_first_fix_is_judged_by_its_time_gap(tmp_path):
    # Switched on with last week's position 1.5 km east; the real walk starts 20 minutes later.
    ghost = (LAT0, LON0 + 1500 / M_PER_DEG_LON, T0 - timedelta(minutes=20))
    result = read_field_file(_gpx([ghost] + _walk(75), tmp_path))
    assert result.point_count == 75 and [s.line for s in result.skipped] == [3]
    assert "stale" in result.skipped[0].reason
    assert _covered(result, (1500, 0), (750, 0), (0, 300)) == [False, False, True]


def test_no_straight_line_over_a_recording_gap(tmp_path):
    # The recording stops for 30 minutes and resumes 1.5 km east: nobody saw the ground in between.
    first = _walk(30)
    later = [(lat, lon + 1500 / M_PER_DEG_LON, when + timedelta(minutes=30)) for lat, lon, when in _walk(30, 30)]
    result = read_field_file(_gpx(first + later, tmp_path))
    assert result.point_count == 60
    assert [len(s) for t in result.tracks for s in t.segments] == [30, 30]
    middle = (750, 10 * 30)  # on the straight line between the two walks
    assert _covered(result, middle, (0, 100), (1500, 400)) == [False, True, True]


@pytest.mark.parametrize("value", ["1e400", "-1e400", "inf", "nan"])
def test_srt_numbers_are_finite_or_nothing(tmp_path, value):
    records = []
    for i in range(10):
        odd = value if i == 4 else "50.0"
        records.append(srt_record(i, f"{LAT0 + i * 1e-5:.6f}", f"[rel_alt: {odd} abs_alt: {odd}] H.S {odd} m/s"))
    path = tmp_path / "flight.srt"
    path.write_text("\n".join(records))
    points = read_field_file(path).tracks[0].points
    assert len(points) == 10
    for p in points:
        for v in (p.ele, p.speed, p.rel_height):
            assert v is None or math.isfinite(v), p


def test_a_stale_first_fix_minutes_before_is_dropped_though_a_car_could_make_the_jump(tmp_path):
    # 1.5 km east, 4 minutes before the walk (6 m/s: under the old 70 m/s, and not a 10-minute gap): a
    # unit's stale position, not a place the guard stood; it must not cover the plot under it.
    ghost = (LAT0, LON0 + 1500 / M_PER_DEG_LON, T0 - timedelta(minutes=4))
    result = read_field_file(_gpx([ghost] + _walk(75), tmp_path))
    assert result.point_count == 75 and [s.line for s in result.skipped] == [3], result.skipped
    assert "impossible jump of 1500 m in 240 s" in result.skipped[0].reason  # too fast for a walker
    assert _covered(result, (1500, 0), (0, 300)) == [False, True]


def test_a_stale_first_fix_a_runner_could_reach_is_judged_by_its_time_gap(tmp_path):
    # 450 m away, two and a half minutes before a walk recorded every 10 s (3 m/s: no one walks that
    # through the forest, and the unit's interval says it was not recording meanwhile).
    ghost = (LAT0, LON0 + 450 / M_PER_DEG_LON, T0 - timedelta(seconds=150))
    result = read_field_file(_gpx([ghost] + _walk(75), tmp_path))
    assert [s.line for s in result.skipped] == [3] and "stale" in result.skipped[0].reason
    assert _covered(result, (225, 0), (450, 0), (0, 300)) == [False, False, True]


def test_a_first_fix_on_the_way_with_the_usual_interval_is_kept(tmp_path):
    first = (LAT0 - 10 / M_PER_DEG, LON0, T0 - timedelta(seconds=10))
    result = read_field_file(_gpx([first] + _walk(75), tmp_path))
    assert result.point_count == 76 and not result.skipped


def test_no_straight_line_over_a_gap_nobody_could_walk_in_the_time(tmp_path):
    # 1.2 km in 8 minutes (2.5 m/s sustained: faster than a guard walks through the forest, slower than
    # the 5 m/s burst limit, under the 10-minute gap and the 2 km segment): not walked in a straight line.
    first = _walk(30)
    later = [(lat, lon + 1200 / M_PER_DEG_LON, when + timedelta(minutes=8)) for lat, lon, when in _walk(30, 30)]
    result = read_field_file(_gpx(first + later, tmp_path))
    assert result.point_count == 60
    assert [len(s) for t in result.tracks for s in t.segments] == [30, 30]
    assert _covered(result, (600, 10 * 30), (0, 100), (1200, 400)) == [False, True, True]


def test_a_boat_gap_a_boat_could_make_is_still_drawn(tmp_path):
    # The same 1.2 km in 8 minutes by boat (2.5 m/s, a slow peque-peque): the river between was travelled.
    ride = [(LAT0, LON0 + 5 * i / M_PER_DEG_LON, T0 + timedelta(seconds=2 * i)) for i in range(30)]
    last = ride[-1]
    later = [
        (LAT0, last[1] + (1200 + 5 * i) / M_PER_DEG_LON, last[2] + timedelta(minutes=8, seconds=2 * i))
        for i in range(30)
    ]
    result = read_field_file(_gpx(ride + later, tmp_path, "boat.gpx"), ImportConfig(kind="boat"))
    assert [len(s) for t in result.tracks for s in t.segments] == [60]


def test_a_run_of_glitches_a_car_could_reach_is_dropped_on_foot(tmp_path):
    # Five fixes in a row 600 m sideways, 10 s apart (60 m/s in and out: under the old 70 m/s limit, far
    # over what a guard on foot does): the glitch loses against the walk, and covers nothing.
    walk = _walk(60)
    for k in range(30, 35):
        lat, lon, when = walk[k]
        walk[k] = (lat, lon + 600 / M_PER_DEG_LON, when)
    result = read_field_file(_gpx(walk, tmp_path), ImportConfig(kind="foot"))
    assert result.point_count == 55 and sorted(s.line for s in result.skipped) == list(range(33, 38))
    assert _covered(result, (600, 10 * 32)) == [False]
