"""Drone telemetry besides the video subtitles: flight-record CSVs, Litchi missions, geotag CSVs, Airdata GPX.

The DJI SRT subtitles are in test_drone_srt.py."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from patrol_planner.planner.core import InputError
from patrol_planner.planner.field import SkippedRecord, parse_dms, read_field_file, read_flight_csv, read_geotag_csv

from .test_drone_srt import FIELD, SHARED_DRONE, UTC

# ---- flight CSVs --------------------------------------------------------------


def test_airdata_csv_in_imperial_units(shared_data: Path) -> None:
    result = read_flight_csv(SHARED_DRONE / "airdata_csv/mini-2_Sep-5th-2021-07-23PM-Flight-Airdata.csv")
    assert result.format == "airdata-csv" and result.skipped == []
    (track,) = result.tracks
    assert track.point_count == 11609 and track.kind == "drone"
    first = track.points[0]
    assert (first.lat, first.lon) == (47.5726976524126, -122.62662335236)
    assert first.time == datetime(2021, 9, 6, 2, 23, 48, tzinfo=UTC)
    assert first.ele == pytest.approx(17.367977261812 * 0.3048)
    assert max(p.rel_height for p in track.points) == pytest.approx(386.15 * 0.3048, abs=0.01)
    assert track.duration_s == pytest.approx(1254.4)
    assert result.warnings == ["Airdata export in imperial units: feet and mph converted to metres and m/s"]


def test_dji_flight_record_csv(shared_data: Path) -> None:
    result = read_field_file(SHARED_DRONE / "dji_txtlog_csv/test_drone_log.csv")
    assert result.format == "dji-osd-csv"
    (track,) = result.tracks
    assert (track.device, track.point_count) == ("P4 Professional", 2437)
    first = track.points[0]
    assert (first.lat, first.lon, first.line) == (55.507158, 10.717078, 2)
    assert first.time == datetime(2018, 7, 4, 14, 19, 31, 701000, tzinfo=UTC)
    assert max(p.rel_height for p in track.points) == 64.5
    assert track.duration_s == pytest.approx(245.579)


def test_litchi_mission_is_planned_not_flown() -> None:
    result = read_field_file(FIELD / "drone_csv/litchi_waypoints.csv")
    assert result.tracks == [] and len(result.routes) == 1
    route = result.routes[0]
    assert route.planned and route.point_count == 52 and route.points[0].rel_height == 100.0
    assert (route.points[0].lat, route.points[0].lon) == (21.2568756, -157.8072611)
    assert result.warnings == [
        "Litchi mission: this is a PLANNED flight, not a flown one; it is imported as a "
        "planned route and does not count as coverage"
    ]


def test_unknown_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_field_file(path)
    assert str(error.value) == (
        f"{path}, line 1: unknown CSV: expected a DJI flight record, an Airdata export, "
        "a Litchi mission or an exiftool geotag export"
    )


def test_bad_csv_rows_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "flight.csv"
    path.write_text(
        "time(millisecond),datetime(utc),latitude,longitude,height_above_takeoff(feet),speed(mph)\n"
        "0,2024-05-01 15:00:00,-8.40000,-74.50000,100,0\n"
        "1000,2024-05-01 15:00:00,,-74.50000,100,0\n"
        "2000,2024-05-01 15:00:00,-8.40010,-74.50010,100,10\n"
        "3000,2024-05-01 15:00:00,-9.40010,-74.50010,100,10\n"
        "4000,2024-05-01 15:00:00,0,0,100,10\n",
        encoding="utf-8",
    )
    result = read_flight_csv(path)
    assert result.tracks[0].point_count == 2
    assert result.skipped == [
        SkippedRecord(3, "latitude/longitude missing or not a number ('', '-74.50000')"),
        SkippedRecord(5, "impossible jump of 111195 m in 1 s (111195 m/s)"),
        SkippedRecord(6, "no GPS fix (lat 0, lon 0)"),
    ]


# ---- exiftool geotags ---------------------------------------------------------


def test_dms_strings() -> None:
    assert parse_dms("8 deg 17' 39.30\" S") == pytest.approx(-8.29425)
    assert parse_dms("115 deg 27' 42.59\" E") == pytest.approx(115.461830556)
    assert parse_dms("-74.5") == -74.5
    assert parse_dms("") is None and parse_dms("north") is None


def test_geotag_csv_with_deliberately_broken_photos() -> None:
    result = read_geotag_csv(FIELD / "drone_csv/issue_image_metadata.csv")
    # The gimbal-up photo lies 126 m from the one taken 2 s before it: 63 m/s, which no drone flies (the
    # drone's own limit, issue 28; the old 70 m/s for every mode let it through).
    assert len(result.waypoints) == 14 and result.tracks[0].point_count == 14
    reasons = [(s.line, s.reason) for s in result.skipped]
    assert reasons == [
        (3, "DJI_20251002141255_0557_D_MISSING_COORDS.JPG: the photo has no GPS position"),
        (5, "impossible jump of 12382545 m in 2375 s (5214 m/s)"),
        (6, "impossible jump of 126 m in 2 s (63 m/s)"),
        (7, "DJI_20251002155055_0975_D_INVALID_COORD.JPG: coordinates out of range (lat 250.0, lon -325.0)"),
        (10, "impossible jump of 12382450 m in 2373 s (5218 m/s)"),
        (16, "DJI_20251002155049_0972_D_INVALID_COORD.JPG: coordinates out of range (lat 250.0, lon -325.0)"),
        (18, "impossible jump of 12382306 m in 2371 s (5222 m/s)"),
        (19, "DJI_20251002141253_0556_D_MISSING_COORDS.JPG: the photo has no GPS position"),
        (22, "DJI_20251002145228_0119_D_MISSING_COORDS.JPG: the photo has no GPS position"),
    ]
    level = next(w for w in result.waypoints if "camera not looking down" in (w.comment or ""))
    assert level.comment == "gimbal pitch 0 (camera not looking down)" and level.symbol == "photo"


def test_geotag_csv_full_mission(shared_data: Path) -> None:
    result = read_field_file(SHARED_DRONE / "geotag_csv_dronetm_agung/image_metadata.csv")
    assert result.format == "exiftool-geotag-csv"
    assert len(result.waypoints) == 1817 and result.skipped == []
    first = result.waypoints[0]
    assert first.name == "DJI_20251002115719_0001_D.JPG"
    assert first.time == datetime(2025, 10, 2, 16, 57, 19, tzinfo=UTC)


def test_airdata_gpx_with_odd_namespaces_is_a_drone_flight(shared_data: Path) -> None:
    result = read_field_file(SHARED_DRONE / "airdata_csv/mini-2_Sep-5th-2021-07-23PM-Flight-Airdata.gpx")
    (track,) = result.tracks
    assert (track.name, track.kind, track.device) == ("Sep-5th-2021-07-23PM-Flight-Airdata", "drone", "Airdata.com")
    assert track.point_count == 10941 and result.skipped == []
    first = track.points[0]
    assert (first.lon, first.lat, first.ele, first.speed, first.line) == (
        -122.626623360638,
        47.5726975932024,
        5.2937593,
        0.0,
        12,
    )
    assert first.time == datetime(2021, 9, 6, 2, 23, 48, 100000, tzinfo=UTC)
    assert track.duration_s == pytest.approx(1254.3)
    assert result.warnings == [
        "written by Airdata.com: read as a drone flight (no height above take-off, so no camera footprint)"
    ]
