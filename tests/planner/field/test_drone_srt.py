"""Drone telemetry from DJI video subtitles: every SRT variant, broken files, clocks and heights.

The flight-record CSVs, Litchi missions and geotag CSVs are in test_drone_logs.py."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from patrol_planner.planner.core import InputError
from patrol_planner.planner.field import (
    ImportConfig,
    SkippedRecord,
    read_dji_srt,
    read_field_file,
)

ROOT = Path(__file__).resolve().parents[3]
FIELD = ROOT / "tests" / "data" / "field"
SRT = FIELD / "dji_srt"
# Big files stay in the shared data set next to the repo (CI clones it there too).
SHARED_DRONE = ROOT.parent / "shared" / "data" / "drone"
UTC = timezone.utc

# file, format, points, skipped, first (lon, lat), first height above take-off,
# first altitude, first time (UTC, local clock read as UTC-5), length in metres
SRT_CASES = [
    (
        "juanirache/air2s.srt",
        "dji-srt [latitude] [longitude]",
        17,
        0,
        (2.234156, 41.424724),
        0.0,
        117.0,
        "2022-08-07T18:40:40.774000+00:00",
        5,
    ),
    (
        "juanirache/broken_incomplete.SRT",
        "dji-srt GPS(lon,lat,satellites)",
        19,
        1,
        (-58.4563, -34.7383),
        20.1,
        None,
        "2017-07-03T15:15:03+00:00",
        0,
    ),
    (
        "juanirache/broken_incomplete2.SRT",
        "dji-srt [latitude] [longitude]",
        4,
        2,
        (-57.823395, -34.86995),
        0.0,
        74.725998,
        "2020-08-12T13:55:21.745000+00:00",
        1,
    ),
    (
        "juanirache/matrice_300.srt",
        "dji-srt GPS(lat,lon,alt)",
        381,
        0,
        (-6.112, 36.6146),
        0.3,
        0.0,
        "2022-06-21T21:06:17+00:00",
        1574,
    ),
    (
        "juanirache/mavic_2_style.SRT",
        "dji-srt [latitude] [longitude]",
        468,
        0,
        (149.0251, -20.2533),
        None,
        None,
        "2017-08-05T19:11:51.393000+00:00",
        2874,
    ),
    (
        "juanirache/mavic_air2.srt",
        "dji-srt [latitude] [longitude]",
        25,
        0,
        (2.162162, 41.420684),
        0.0,
        27.3,
        "2022-05-01T20:01:58.531000+00:00",
        0,
    ),
    (
        "juanirache/mavic_mini.SRT",
        "dji-srt GPS(lon,lat,satellites)",
        117,
        0,
        (-121.7458, 48.0771),
        200.7,
        None,
        None,
        319,
    ),
    (
        "juanirache/mavic_pro.SRT",
        "dji-srt GPS(lon,lat,satellites)",
        468,
        0,
        (149.0251, -20.2533),
        1.9,
        None,
        "2017-08-05T19:11:51+00:00",
        2874,
    ),
    (
        "juanirache/mavic_pro_buggy.SRT",
        "dji-srt GPS(lon,lat,satellites)",
        530,
        16,
        (-1.2218, 42.4668),
        0.0,
        None,
        "2018-08-19T13:00:36+00:00",
        2196,
    ),
    (
        "juanirache/mix_p4rtk_mavic2pro.srt",
        "dji-srt GPS(lon,lat,satellites) + [latitude] [longitude]",
        12,
        0,
        (-59.409424, -34.6502),
        17.39,
        None,
        None,
        122,
    ),
    (
        "juanirache/old_format.SRT",
        "dji-srt GPS(lon,lat,satellites)",
        468,
        0,
        (149.0251, -20.2533),
        1.9,
        None,
        "2017-08-05T19:11:51+00:00",
        2874,
    ),
    (
        "juanirache/p4_rtk.SRT",
        "dji-srt GPS(lon,lat,satellites)",
        55,
        0,
        (-58.851745, -34.237922),
        85.8,
        None,
        None,
        663,
    ),
    ("juanirache/p4p_sample.SRT", "dji-srt GPS(lon,lat,satellites)", 5, 0, (8.209, 47.4692), 45.6, None, None, 0),
    (
        "ruz76/DJI.SRT",
        "dji-srt [latitude] [longitude]",
        7,
        0,
        (15.032166, 49.379442),
        43.225,
        758.949,
        "2024-04-23T19:04:07.002000+00:00",
        0,
    ),
    (
        "ruz76/DJI_M300RTK.SRT",
        "dji-srt [latitude] [longitude]",
        7,
        0,
        (14.634775, 49.125749),
        54.821,
        535.407,
        "2024-05-20T20:06:07.221000+00:00",
        0,
    ),
    (
        "ruz76/DJI_MAVIC.SRT",
        "dji-srt [latitude] [longitude]",
        16,
        0,
        (15.1, 49.1),
        0.0,
        752.222,
        "2024-04-24T18:50:14.882000+00:00",
        2,
    ),
    (
        "ruz76/DJI_MAVIC_2_ZOOM.SRT",
        "dji-srt [latitude] [longitude]",
        10,
        0,
        (14.635573, 49.128078),
        0.0,
        457.871002,
        "2024-05-20T20:21:15.591000+00:00",
        0,
    ),
    (
        "ruz76/DJI_MAVIC_3T.SRT",
        "dji-srt [latitude] [longitude]",
        12,
        0,
        (14.495168, 50.106373),
        80.504,
        327.094,
        "2024-05-23T22:36:01.877000+00:00",
        0,
    ),
    (
        "ruz76/DJI_MAVIC_ENTERPRISE.SRT",
        "dji-srt [latitude] [longitude]",
        10,
        0,
        (14.637413, 49.129338),
        0.0,
        499.411011,
        "2024-05-20T20:43:15.129000+00:00",
        1,
    ),
    (
        "ruz76/DJI_MAVIC_ENTERPRISE_ADVANCED.SRT",
        "dji-srt [latitude] [longitude]",
        10,
        0,
        (14.63563, 49.128048),
        4.134,
        485.386,
        "2024-05-20T20:00:18.945000+00:00",
        0,
    ),
    ("webodm/video.srt", "dji-srt GPS(lon,lat,satellites)", 3, 0, (-82.6669, 27.7716), 0.0, None, None, 0),
    (
        str(SHARED_DRONE / "dji_srt/juanirache/MAVIC3.srt"),
        "dji-srt [latitude] [longitude]",
        12318,
        0,
        (-3.3744, 3.41531),
        -2.4,
        0.401,
        "2021-12-25T17:27:52.373000+00:00",
        2757,
    ),
]


def test_every_srt_of_the_data_set_is_covered(shared_data: Path) -> None:
    shared = sorted(p.name for p in (shared_data / "drone" / "dji_srt").rglob("*") if p.suffix.lower() == ".srt")
    here = {Path(case[0]).name for case in SRT_CASES} | {"broken_empty.SRT", "broken_empty2.SRT", "mavic_air.SRT"}
    assert sorted(here - {"video.srt"}) == shared
    for case in SRT_CASES[:-1]:
        name = Path(case[0])
        upstream = shared_data / "drone" / ("geotagged_jpg_webodm" if name.parts[0] == "webodm" else "dji_srt")
        source = upstream / (name.name if name.parts[0] == "webodm" else name)
        assert (SRT / name).read_bytes() == source.read_bytes(), name


def test_other_copies_are_unchanged(shared_data: Path) -> None:
    drone = shared_data / "drone"
    pairs = {
        FIELD / "drone_csv/litchi_waypoints.csv": drone / "litchi_csv/waypoints.csv",
        FIELD / "drone_csv/issue_image_metadata.csv": drone / "geotag_csv_dronetm_agung/issue_image_metadata.csv",
        FIELD / "photos/tiny_drone_image.jpg": drone / "geotagged_jpg_webodm/tiny_drone_image.jpg",
        FIELD / "photos/tiny_drone_image_2.jpg": drone / "geotagged_jpg_webodm/tiny_drone_image_2.jpg",
    }
    for copy, original in pairs.items():
        assert copy.read_bytes() == original.read_bytes(), copy


@pytest.mark.parametrize("case", SRT_CASES, ids=[Path(c[0]).name for c in SRT_CASES])
def test_dji_srt_variants(case) -> None:
    name, fmt, count, skipped, first, rel, ele, when, length = case
    result = read_field_file(SRT / name)
    assert result.format == fmt
    (track,) = result.tracks
    assert (track.kind, track.device, track.planned) == ("drone", "DJI drone", False)
    assert track.point_count == count and len(result.skipped) == skipped
    p = track.points[0]
    assert (p.lon, p.lat) == first
    assert p.rel_height == rel and p.ele == ele
    assert (p.time.isoformat() if p.time else None) == when
    assert round(track.length_m) == length
    assert all(-90 <= q.lat <= 90 and -180 <= q.lon <= 180 for q in track.points)


def test_broken_srt_files_fail_with_file_and_line() -> None:
    with pytest.raises(InputError) as error:
        read_dji_srt(SRT / "juanirache/broken_empty.SRT")
    assert str(error.value) == f"{SRT / 'juanirache/broken_empty.SRT'}, line 1: the file is empty: no DJI telemetry"
    with pytest.raises(InputError) as error:
        read_dji_srt(SRT / "juanirache/broken_empty2.SRT")
    assert str(error.value) == (
        f"{SRT / 'juanirache/broken_empty2.SRT'}, line 1: no DJI subtitle records "
        "(no time codes and no dates) in the file"
    )


def test_truncated_and_no_fix_records_are_listed() -> None:
    assert read_dji_srt(SRT / "juanirache/broken_incomplete.SRT").skipped == [
        SkippedRecord(115, "subtitle record without a complete GPS position (truncated?)")
    ]
    assert read_dji_srt(SRT / "juanirache/broken_incomplete2.SRT").skipped[-1] == SkippedRecord(
        31, "subtitle record without a complete GPS position (truncated?)"
    )
    buggy = read_dji_srt(SRT / "juanirache/mavic_pro_buggy.SRT")
    assert buggy.skipped[0] == SkippedRecord(85, "no GPS fix (GPS N/A)")
    assert {s.reason for s in buggy.skipped} == {"no GPS fix (GPS N/A)"}


def test_firmware_without_gps_imports_nothing_and_says_why() -> None:
    result = read_dji_srt(SRT / "juanirache/mavic_air.SRT")
    assert result.tracks == [] and result.warnings == [
        "none of the 2 subtitle records has a GPS position (this firmware does not write GPS into the video subtitles)"
    ]


def test_local_time_offset_and_relative_height_estimate() -> None:
    result = read_dji_srt(SRT / "juanirache/air2s.srt", ImportConfig(utc_offset_hours=2, device="DJI Air 2S"))
    assert result.tracks[0].device == "DJI Air 2S"
    assert result.tracks[0].points[0].time == datetime(2022, 8, 7, 11, 40, 40, 774000, tzinfo=UTC)
    assert result.warnings == [
        "DJI writes the controller's local time; read as UTC+02:00",
        "height above take-off estimated as altitude minus the first recorded altitude",
    ]
    speeds = [p.speed for p in read_dji_srt(SRT / "ruz76/DJI.SRT").tracks[0].points]
    assert speeds[0] == 0.0 and all(s is not None for s in speeds)
