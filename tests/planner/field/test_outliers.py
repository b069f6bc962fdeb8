# SPDX-License-Identifier: GPL-2.0-or-later
"""Coverage is never invented: no single fix is trusted, no segment longer than allowed, strict numbers."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from shapely.geometry import Point

from patrol_planner.planner.core import projector_for
from patrol_planner.planner.field import (
    CoverageConfig,
    ImportConfig,
    Plot,
    compute_coverage,
    haversine_m,
    metric_track,
    read_field_file,
)

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
LAT0, LON0 = -8.40, -74.50
M_PER_DEG = 111_195.0


def _gpx(points, tmp_path: Path, name="walk.gpx") -> Path:
    rows = "\n".join(
        f'<trkpt lat="{lat}" lon="{lon}"><time>{when:%Y-%m-%dT%H:%M:%SZ}</time></trkpt>' for lat, lon, when in points
    )
    path = tmp_path / name
    path.write_text(
        '<?xml version="1.0"?>\n<gpx version="1.1" creator="test" '
        f'xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>\n{rows}\n</trkseg></trk></gpx>\n'
    )
    return path


def _walk(n: int, start: int = 0):
    """A walk north at 1 m/s, one fix every 10 s."""
    return [(LAT0 + 10 * (start + i) / M_PER_DEG, LON0, T0 + timedelta(seconds=10 * (start + i))) for i in range(n)]


def srt_record(i: int, lat: str, tail: str) -> str:
    """Record ``i`` of a DJI subtitle file, one a second, at ``lat`` and ``LON0``, then ``tail``."""
    return (
        f"{i + 1}\n00:00:{i:02d},000 --> 00:00:{i + 1:02d},000\n"
        f"2026-03-01 07:00:{i:02d}.000\n[latitude: {lat}] [longitude: {LON0}] {tail}\n"
    )


def _assert_no_segment_too_fast(result):
    config = ImportConfig()
    for track in result.tracks:
        for segment in track.segments:
            for a, b in zip(segment, segment[1:]):
                dist = haversine_m(a.lon, a.lat, b.lon, b.lat)
                dt = (b.time - a.time).total_seconds()
                assert dist <= 50 or dist <= config.max_speed_mps * dt, (a, b)
                assert dist <= config.max_segment_m


def test_unit_switched_on_60_km_away_keeps_the_real_walk(tmp_path):
    ghost = (LAT0 + 60_000 / M_PER_DEG, LON0, T0 - timedelta(seconds=10))
    result = read_field_file(_gpx([ghost] + _walk(75), tmp_path))
    assert result.point_count == 75
    assert [s.line for s in result.skipped] == [3]
    _assert_no_segment_too_fast(result)


def test_a_glitch_in_the_middle_is_dropped_alone(tmp_path):
    walk = _walk(40)
    walk.insert(20, (LAT0 + 0.5, LON0 + 0.5, walk[19][2] + timedelta(seconds=5)))
    result = read_field_file(_gpx(walk, tmp_path))
    assert result.point_count == 40 and len(result.skipped) == 1
    _assert_no_segment_too_fast(result)


def test_a_plot_far_from_every_real_point_is_not_covered_by_a_phantom_segment(tmp_path):
    # Before, the walk was dropped until 60 km in ~860 s looked possible, then a 60 km line was drawn.
    ghost = (LAT0 + 60_000 / M_PER_DEG, LON0, T0 - timedelta(seconds=10))
    result = read_field_file(_gpx([ghost] + _walk(150), tmp_path))
    assert result.point_count == 150
    _, project = projector_for(LON0, LAT0)
    track = metric_track(result.tracks[0], project)
    plot = Plot("P30km", Point(*project(LON0, LAT0 + 30_000 / M_PER_DEG)))
    (coverage,) = compute_coverage([plot], [track], CoverageConfig())
    assert not coverage.covered


def test_a_long_gap_splits_the_segment_instead_of_drawing_a_line(tmp_path):
    # GPS off for 3 hours on the river: 40 km at a believable 3.7 m/s, but nobody saw the straight line between.
    later = [(lat + 40_000 / M_PER_DEG, lon, when + timedelta(hours=3)) for lat, lon, when in _walk(10)]
    result = read_field_file(_gpx(_walk(10) + later, tmp_path))
    assert result.point_count == 20
    assert [len(s) for s in result.tracks[0].segments] == [10, 10]
    _assert_no_segment_too_fast(result)


def test_srt_exponent_latitude_is_rejected_and_later_records_kept(tmp_path):
    records = []
    for i in range(20):
        lat = "1e5" if i == 0 else f"{LAT0 + i * 1e-5:.6f}"  # read as 1.0, it condemned every record after it
        records.append(srt_record(i, lat, "[rel_alt: 50.0 abs_alt: 200.0]"))
    path = tmp_path / "flight.srt"
    path.write_text("\n".join(records))
    result = read_field_file(path)
    points = result.tracks[0].points
    assert len(points) == 19 and all(abs(p.lat - LAT0) < 0.01 for p in points)
    assert len(result.skipped) == 1 and result.skipped[0].line == 1


@pytest.mark.parametrize("bad", ["-8_40", "1e5", "0x10", "nan", "inf", "-8.4.1", "٨"])
def test_gpx_coordinates_are_parsed_strictly(tmp_path, bad):
    text = (
        f'<gpx version="1.1" creator="t"><wpt lat="{bad}" lon="-74.5"><name>A</name></wpt>'
        '<wpt lat="-8.4" lon="-74.5"><name>B</name></wpt></gpx>'
    )
    path = tmp_path / "w.gpx"
    path.write_text(text, encoding="utf-8")
    result = read_field_file(path)
    assert [w.name for w in result.waypoints] == ["B"]
    assert len(result.skipped) == 1 and result.skipped[0].line == 1


def test_csv_numbers_are_parsed_strictly(tmp_path):
    header = "time(millisecond),datetime(utc),latitude,longitude,height_above_takeoff(feet),speed(mph)"
    rows = [f"{i * 100},2026-03-01 12:00:00,{LAT0 + i * 1e-6:.7f},{LON0},10,1" for i in range(10)]
    rows[3] = "300,2026-03-01 12:00:00,-8_40,-74.5,10,1"
    rows[6] = "600,2026-03-01 12:00:00,1e1,-74.5,10,1"
    path = tmp_path / "airdata.csv"
    path.write_text("\n".join([header] + rows) + "\n")
    result = read_field_file(path)
    assert result.point_count == 8
    assert sorted(s.line for s in result.skipped) == [5, 8]
    assert all(abs(p.lat - LAT0) < 0.01 for p in result.tracks[0].points)


def test_gps_lat_lon_alt_without_the_m_suffix_is_not_swapped(tmp_path):
    records = [
        f"{i + 1}\n00:00:{i:02d},000 --> 00:00:{i + 1:02d},000\n"
        f"GPS({LAT0 + i * 1e-5:.6f},{LON0:.6f},12.5) BAROMETER:1.9\n"
        for i in range(5)
    ]
    path = tmp_path / "m300.srt"
    path.write_text("\n".join(records))
    points = read_field_file(path).tracks[0].points
    assert len(points) == 5 and all(math.isclose(p.lon, LON0) for p in points)
