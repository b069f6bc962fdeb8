"""GPX import over every real file of the data set, plus broken and hostile files."""

from __future__ import annotations

import csv
from datetime import datetime, timezone
from pathlib import Path

import pytest

from patrol_planner.planner.core import InputError
from patrol_planner.planner.field import ImportConfig, SkippedRecord, parse_iso_time, read_field_file, read_gpx

GPX_DIR = Path(__file__).resolve().parents[2] / "data" / "field" / "gpx"
INVENTORY = list(csv.DictReader((GPX_DIR / "INVENTORY.csv").open(encoding="utf-8")))
UTC = timezone.utc

# Samples driven or ridden faster than anyone walks (up to 32 m/s): read on foot, their bursts over 5 m/s are
# glitches (issue 28); read at a vehicle's speed, as a coordinator would set it, they keep their points.
RIDDEN = {
    name: ImportConfig(mode_speed_mps=70.0) for name in ("togeojson/blue_hills.gpx", "gpxpy/cerknicko-jezero.gpx")
}
# Where the model deliberately differs from the raw element counts, and why.
EXPECTED_DEVIATIONS = {
    # Four segments start with a fix 2-8 minutes (fixes are seconds apart) and 150-1,175 m before the next:
    # the unit's stale position when recording resumed (issue 28), skipped.
    "togeojson/blue_hills.gpx": {"trkpt": 1239, "trkpt_with_time": 1239, "trkpt_with_ele": 1239},
    # 1901 timestamps: the device clock was not set; times dropped with a warning.
    "gpxpy/Mojstrovka.gpx": {"trkpt_with_time": 0},
    # One point 184 m from the previous one in 2 s (92 m/s): a GPS glitch, skipped.
    "gpxpy/cerknicko-jezero.gpx": {"trkpt": 295, "trkpt_with_time": 295, "trkpt_with_ele": 295},
    # <ele></ele>: present but empty.
    "togeojson/empty_ele.gpx": {"trkpt_with_ele": 0},
}


def counts(result) -> dict:
    points = [p for t in result.tracks for p in t.points]
    return {
        "wpt": len(result.waypoints),
        "rte": len(result.routes),
        "rtept": sum(r.point_count for r in result.routes),
        "trk": len(result.tracks),
        "trkseg": sum(len(t.segments) for t in result.tracks),
        "trkpt": len(points),
        "trkpt_with_time": sum(p.time is not None for p in points),
        "trkpt_with_ele": sum(p.ele is not None for p in points),
    }


def test_every_shared_gpx_file_is_in_the_inventory_and_copied_unchanged(shared_data: Path) -> None:
    shared = sorted(p.relative_to(shared_data / "gpx").as_posix() for p in (shared_data / "gpx").rglob("*.gpx"))
    assert shared == sorted(row["file"] for row in INVENTORY)
    assert len(shared) == 30
    for name in shared:
        assert (GPX_DIR / name).read_bytes() == (shared_data / "gpx" / name).read_bytes(), name


@pytest.mark.parametrize("row", INVENTORY, ids=[row["file"] for row in INVENTORY])
def test_counts_match_the_inventory(row: dict) -> None:
    result = read_gpx(GPX_DIR / row["file"], RIDDEN.get(row["file"], ImportConfig()))
    expected = {key: int(row[key]) for key in counts(result)}
    expected.update(EXPECTED_DEVIATIONS.get(row["file"], {}))
    assert counts(result) == expected
    assert len(result.sha256) == 64
    for track in result.tracks + result.routes:
        assert track.device == row["creator"]
        assert track.source == str(GPX_DIR / row["file"])


def test_a_ride_read_as_on_foot_keeps_its_points_and_says_to_check_the_mode() -> None:
    result = read_gpx(GPX_DIR / "gpxpy/cerknicko-jezero.gpx")
    assert sum(t.point_count for t in result.tracks) > 250
    assert result.warnings.count(result.warnings[0]) == 1 and "check the travel mode" in result.warnings[0]


def test_oddities_become_warnings_not_failures() -> None:
    assert read_gpx(GPX_DIR / "gpxpy/Mojstrovka.gpx").warnings == [
        "times before 2000 ignored (device clock not set): 184"
    ]
    assert read_gpx(GPX_DIR / "togeojson/empty_ele.gpx").warnings == ["empty <ele> values ignored: 2"]
    assert read_gpx(GPX_DIR / "gpxpy/track_with_speed.gpx").warnings == ["the file declares no GPX namespace"]
    assert read_gpx(GPX_DIR / "gpxpy/track-with-empty-segment.gpx").warnings == ["empty track segments"]
    assert read_gpx(GPX_DIR / "gpsbabel/empty.gpx").warnings == ["no tracks, routes or waypoints in the file"]
    assert read_gpx(GPX_DIR / "togeojson/run.gpx").warnings == []


def test_an_impossible_jump_is_skipped_with_line_and_reason() -> None:
    result = read_gpx(GPX_DIR / "gpxpy/cerknicko-jezero.gpx", RIDDEN["gpxpy/cerknicko-jezero.gpx"])
    assert result.skipped == [SkippedRecord(1034, "impossible jump of 184 m in 2 s (92 m/s)")]
    assert result.warnings == ["empty track segments", "1 points skipped"]


def test_track_values() -> None:
    result = read_gpx(GPX_DIR / "gpsbabel/garminconnect.gpx", ImportConfig(kind="boat"))
    track = result.tracks[0]
    assert (track.name, track.kind, track.device, track.planned) == ("Boulder Cycling", "boat", "Garmin Connect", False)
    first = track.points[0]
    assert first.lat == pytest.approx(40.188949769) and first.lon == pytest.approx(-105.178360976)
    assert first.ele == pytest.approx(1531.4000244)
    assert first.time == datetime(2023, 1, 16, 18, 2, 26, tzinfo=UTC)
    assert first.line == 17
    assert track.point_count == 68
    assert track.duration_s == (track.end - track.start).total_seconds() > 0


def test_speed_from_gpx10_element_and_from_11_extensions() -> None:
    speeds = [p.speed for p in read_gpx(GPX_DIR / "gpxpy/track_with_speed.gpx").tracks[0].points]
    assert speeds == [1.2, 2.2, 3.2]
    apple = read_gpx(GPX_DIR / "togeojson/apple_watch_route.gpx").tracks[0]
    assert apple.points[0].speed == pytest.approx(1.310662)
    assert apple.name == "Route 2019-12-15 3:50pm"


def test_waypoints_keep_what_the_guard_marked() -> None:
    result = read_gpx(GPX_DIR / "gpxpy/gpx1.1_with_all_fields.gpx")
    first, second = result.waypoints
    assert (first.lon, first.lat, first.ele) == (45.6, 12.3, 75.1)
    assert first.name == "example name" and first.comment == "example cmt"
    assert first.time == datetime(2013, 1, 2, 2, 3, tzinfo=UTC)
    assert first.symbol == "example sym"
    assert (second.name, second.time, second.ele) == ("", None, None)
    bom = read_gpx(GPX_DIR / "gpxpy/unicode_with_bom.gpx").waypoints[0]
    assert (bom.name, bom.comment, bom.ele) == ("test", "69.26474016", -14.6)
    assert bom.time == datetime(2016, 5, 27, 10, 8, 47, 800000, tzinfo=UTC)


def test_routes_are_planned_tracks() -> None:
    route = read_gpx(GPX_DIR / "gpxpy/route.gpx").routes[0]
    assert route.planned and route.point_count == 55


def test_multiple_tracks_and_segments() -> None:
    result = read_gpx(GPX_DIR / "togeojson/blue_hills.gpx", RIDDEN["togeojson/blue_hills.gpx"])
    assert [len(t.segments) for t in result.tracks] == [9, 2, 3]
    assert [t.name for t in result.tracks] == ["BIG LOOP", "BUCK HILL", "SHORT LOOP"]
    names = [t.name for t in read_gpx(GPX_DIR / "togeojson/multitrackgpx.gpx").tracks]
    assert names[:2] == ["Tag 1", "Tag 2"] and len(names) == 3


@pytest.mark.parametrize("fast", [True, False], ids=["fromisoformat", "python-3.9-fallback"])
def test_time_parser_is_lenient_and_returns_utc(fast: bool, monkeypatch) -> None:
    from patrol_planner.planner.field import model as field_model

    monkeypatch.setattr(field_model, "_FAST_ISO", fast)
    assert parse_iso_time("1901-12-13T20:45:52.2073437Z") == datetime(1901, 12, 13, 20, 45, 52, 207343, tzinfo=UTC)
    assert parse_iso_time("2020-01-02T03:04:05+02:00") == datetime(2020, 1, 2, 1, 4, 5, tzinfo=UTC)
    assert parse_iso_time("2020-01-02T03:04:05") == datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert parse_iso_time("yesterday") is None
    assert parse_iso_time("2020-13-45T99:00:00Z") is None


# ---- broken and hostile files -------------------------------------------------


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD_HEAD = '<?xml version="1.0"?>\n<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">\n<trk><trkseg>\n'


def test_truncated_file_fails_with_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "cut.gpx", GOOD_HEAD + '<trkpt lat="-8.4" lon="-74.5"><time>2024-05-01T10:00:00Z</time>\n')
    with pytest.raises(InputError) as error:
        read_gpx(path)
    assert str(error.value) == f"{path}, line 5: not readable as GPX: no element found (column 1)"
    assert error.value.line == 5


def test_not_a_gpx_file(tmp_path: Path) -> None:
    path = write(tmp_path, "doc.gpx", '<?xml version="1.0"?>\n<kml><Document/></kml>')
    with pytest.raises(InputError, match=r"line 2: not a GPX file: the root element is <kml>, not <gpx>$"):
        read_gpx(path)
    empty = write(tmp_path, "empty.gpx", "")
    with pytest.raises(InputError) as error:
        read_gpx(empty)
    assert str(error.value) == f"{empty}, line 1: not readable as GPX: no element found (column 1)"
    with pytest.raises(InputError, match="cannot read the file: No such file or directory"):
        read_gpx(tmp_path / "missing.gpx")


def test_bad_points_are_skipped_and_the_rest_imported(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "bad.gpx",
        GOOD_HEAD
        + "\n".join(
            [
                '<trkpt lat="-8.40000" lon="-74.50000"><time>2024-05-01T10:00:00Z</time></trkpt>',
                '<trkpt lat="-74.50010" lon="-8.40010"><time>2024-05-01T10:00:10Z</time></trkpt>',
                '<trkpt lat="nan" lon="-74.50020"><time>2024-05-01T10:00:20Z</time></trkpt>',
                '<trkpt lat="-8.4" lon="-194.5"><time>2024-05-01T10:00:30Z</time></trkpt>',
                '<trkpt lon="-74.5"><time>2024-05-01T10:00:35Z</time></trkpt>',
                '<trkpt lat="-8.60000" lon="-74.50000"><time>2024-05-01T10:00:40Z</time></trkpt>',
                '<trkpt lat="-8.40030" lon="-74.50030"><time>2024-05-01T10:00:50Z</time><ele>x</ele></trkpt>',
                '<trkpt lat="-8.40040" lon="-74.50040"><time>not a time</time></trkpt>',
            ]
        )
        + "\n</trkseg></trk></gpx>\n",
    )
    result = read_gpx(path)
    assert result.tracks[0].point_count == 3
    assert result.skipped == [
        SkippedRecord(5, "latitude and longitude look swapped (lat -74.5001, lon -8.4001)"),
        SkippedRecord(6, "<trkpt> without a readable lat/lon (lat='nan', lon='-74.50020')"),
        SkippedRecord(7, "coordinates out of range (lat -8.4, lon -194.5)"),
        SkippedRecord(8, "<trkpt> without a readable lat/lon (lat=None, lon='-74.5')"),
        SkippedRecord(9, "impossible jump of 22239 m in 40 s (556 m/s)"),
    ]
    assert result.warnings == [
        "unreadable <ele> values ignored",
        "unreadable <time> values ignored",
        "5 points skipped",
    ]


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE gpx [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<gpx version="1.1"><wpt lat="1" lon="1"><name>&lol9;</name></wpt></gpx>
"""


def test_billion_laughs_is_refused_before_parsing(tmp_path: Path) -> None:
    path = write(tmp_path, "laughs.gpx", BILLION_LAUGHS)
    with pytest.raises(InputError) as error:
        read_field_file(path)
    assert str(error.value) == (
        f"{path}, line 2: refusing an XML DOCTYPE declaration: GPX never needs one and it can be used "
        "to read local files or exhaust memory"
    )


def test_external_entity_cannot_read_local_files(tmp_path: Path) -> None:
    secret = write(tmp_path, "secret.txt", "TOP-SECRET")
    path = write(
        tmp_path,
        "xxe.gpx",
        (
            '<?xml version="1.0"?>\n<!-- a comment first -->\n'
            f'<!DOCTYPE gpx [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
            '<gpx version="1.1"><wpt lat="1" lon="1"><name>&xxe;</name></wpt></gpx>\n'
        ),
    )
    with pytest.raises(InputError, match=r"xxe.gpx, line 3: refusing an XML DOCTYPE declaration") as error:
        read_gpx(path)
    assert "TOP-SECRET" not in str(error.value)


def test_a_doctype_hidden_after_the_root_is_refused_by_the_parser(tmp_path: Path) -> None:
    path = write(tmp_path, "late.gpx", '<gpx version="1.1">\n<!DOCTYPE x [<!ENTITY a "b">]>\n</gpx>')
    with pytest.raises(InputError) as error:
        read_gpx(path)
    assert str(error.value) == f"{path}, line 2: not readable as GPX: not well-formed (invalid token) (column 3)"


def test_points_outside_segments_and_segments_outside_tracks_are_kept(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "order.gpx",
        '<gpx version="1.1">\n'
        '<trk><name>no segment</name>\n<trkpt lat="-8.4" lon="-74.5"/>\n'
        '<trkpt lat="-8.41" lon="-74.5"/></trk>\n'
        '<trkseg>\n<trkpt lat="-8.5" lon="-74.5"/>\n</trkseg>\n'
        '<trk><trkseg><trkpt lat="-8.6" lon="-74.5"/></trkseg></trk>\n</gpx>\n',
    )
    result = read_gpx(path)
    assert [(t.name, [len(s) for s in t.segments]) for t in result.tracks] == [
        ("no segment", [2]),
        ("order track 2", [1]),
        ("order track 3", [1]),
    ]
    assert result.warnings == [
        "<trkpt> outside a segment: put in its own segment",
        "<trkseg> outside <trk>: read as its own track",
        "the file declares no GPX namespace",
    ]


def test_a_doctype_mentioned_in_a_comment_is_not_a_declaration(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "comment.gpx",
        '\ufeff<?xml version="1.0"?>\n<!-- no <!DOCTYPE here -->\n'
        '<gpx version="1.1"><wpt lat="-8.4" lon="-74.5"><name>base</name></wpt></gpx>\n',
    )
    assert [w.name for w in read_gpx(path).waypoints] == ["base"]
