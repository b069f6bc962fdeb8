# SPDX-License-Identifier: GPL-2.0-or-later
"""Every bad field file gets the project's own error naming it, in linear time, cancellable."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from patrol_planner.planner.core import Cancelled, InputError
from patrol_planner.planner.field import content_digest, parse_iso_time, read_field_file
from patrol_planner.planner.field import model as field_model

DATA = Path(__file__).resolve().parents[2] / "data" / "field"
SRT_RECORD = (
    "{n}\n00:00:{s:02d},000 --> 00:00:{s:02d},500\n{date}\n"
    "[latitude: {lat:.6f}] [longitude: -74.500000] [rel_alt: 50.0 abs_alt: 200.0]\n"
)
AIRDATA_HEADER = "time(millisecond),datetime(utc),latitude,longitude,height_above_takeoff(feet),speed(mph)"


def _srt(tmp_path: Path, dates, name="f.srt") -> Path:
    path = tmp_path / name
    path.write_text(
        "\n".join(SRT_RECORD.format(n=i + 1, s=i, date=d, lat=-8.4 + i * 1e-5) for i, d in enumerate(dates))
    )
    return path


def _airdata(rows, newline="\n") -> str:
    return newline.join([AIRDATA_HEADER] + rows) + newline


def _row(i: int, stamp="2026-03-01 12:00:00", lat=None) -> str:
    return f"{i * 100},{stamp},{lat if lat is not None else -8.4 + i * 1e-6:.7f},-74.5,10,1"


def _gpx_text(body: str, decl='<?xml version="1.0" encoding="UTF-8"?>') -> str:
    return f'{decl}\n<gpx version="1.1" creator="t">\n{body}\n</gpx>\n'


def _trkpts(n: int, stamp="2026-03-01T12:00:{s:02d}Z") -> str:
    return "\n".join(
        f'<trkpt lat="{-8.4 + i * 1e-5:.6f}" lon="-74.5"><time>{stamp.format(s=i % 60)}</time></trkpt>'
        for i in range(n)
    )


# ---- 4. crashes: each a project error naming the file, or a clean import


@pytest.mark.parametrize("stamp", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00"])
def test_gpx_dates_at_the_ends_of_the_calendar(tmp_path, stamp):
    path = tmp_path / "old.gpx"
    path.write_text(
        _gpx_text(f'<trk><trkseg><trkpt lat="-8.4" lon="-74.5"><time>{stamp}</time></trkpt>' "</trkseg></trk>")
    )
    result = read_field_file(path)
    assert result.point_count == 1 and result.tracks[0].points[0].time is None


@pytest.mark.parametrize("date", ["0001-01-01 01:00:00.000", "9999-12-31 23:59:59.000"])
def test_srt_dates_at_the_ends_of_the_calendar(tmp_path, date):
    result = read_field_file(_srt(tmp_path, [date] * 3))
    assert result.point_count == 3 and all(p.time is None for p in result.tracks[0].points)


@pytest.mark.parametrize("stamp", ["0001-01-01 00:00:00", "9999-12-31 23:59:59"])
def test_csv_dates_at_the_ends_of_the_calendar(tmp_path, stamp):
    path = tmp_path / "a.csv"
    path.write_text(_airdata([_row(i, stamp) for i in range(3)] + ["99999999999999999999,,-8.4,-74.5,1,1"]))
    result = read_field_file(path)
    assert result.point_count >= 3


def test_dji_osd_csv_date_overflow(tmp_path):
    path = tmp_path / "osd.csv"
    path.write_text(
        "CUSTOM.updateTime,OSD.latitude,OSD.longitude,OSD.height [m]\n"
        "9999/12/31 23:59:59.900,-8.4,-74.5,10\n0001/01/01 00:00:00.000,-8.4,-74.5,10\n"
    )
    assert read_field_file(path).point_count == 2


@pytest.mark.parametrize("declared", ["utf91-8", "Shift_JIS", "UTF-16", "ISO-8859-1"])
def test_unknown_or_wrong_declared_encoding_falls_back_with_a_warning(tmp_path, declared):
    path = tmp_path / "enc.gpx"
    path.write_bytes(
        _gpx_text(
            '<wpt lat="-8.4" lon="-74.5"><name>Río</name></wpt>', f'<?xml version="1.0" encoding="{declared}"?>'
        ).encode("utf-8")
    )
    result = read_field_file(path)
    assert len(result.waypoints) == 1
    if declared in ("utf91-8", "UTF-16"):
        assert any("encoding" in w for w in result.warnings)


def test_shift_jis_file_is_read_in_shift_jis(tmp_path):
    path = tmp_path / "sjis.gpx"
    path.write_bytes(
        _gpx_text(
            '<wpt lat="-8.4" lon="-74.5"><name>川</name></wpt>', '<?xml version="1.0" encoding="Shift_JIS"?>'
        ).encode("shift_jis")
    )
    assert read_field_file(path).waypoints[0].name == "川"


def test_cr_only_line_endings_as_excel_for_mac_writes(tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes(_airdata([_row(i) for i in range(20)], newline="\r").encode())
    result = read_field_file(path)
    assert result.point_count == 20 and [s.line for s in result.skipped] == []


@pytest.mark.parametrize("rows,bad", [(200, 40), (30_000, 5)], ids=["small", "large"])
def test_a_stray_quote_loses_only_its_own_row(tmp_path, rows, bad):
    lines = [_row(i) for i in range(rows)]
    lines[bad] = lines[bad].replace(",10,", ',"10,')
    path = tmp_path / "quote.csv"
    path.write_text(_airdata(lines))
    result = read_field_file(path)
    assert result.point_count == rows - 1
    assert [s.line for s in result.skipped] == [bad + 2]


@pytest.mark.parametrize("where", ["lat", "timecode"])
def test_integers_of_thousands_of_digits(tmp_path, where):
    digits = "9" * 5000
    path = tmp_path / "digits.srt"
    good = [SRT_RECORD.format(n=i + 1, s=i, date="2026-03-01 07:00:00.000", lat=-8.4) for i in range(3)]
    bad = (
        f"4\n{digits}:00:00,000 --> 00:00:01,000\n" if where == "timecode" else "4\n00:00:04,000 --> 00:00:05,000\n"
    ) + f"[latitude: {digits}] [longitude: -74.5]\n"
    path.write_text("\n".join(good + [bad]))
    result = read_field_file(path)
    assert result.point_count == 3


def test_csv_number_of_thousands_of_digits(tmp_path):
    path = tmp_path / "digits.csv"
    path.write_text(_airdata([_row(0), f"100,2026-03-01 12:00:00,{'9' * 5000},-74.5,10,1", _row(2)]))
    result = read_field_file(path)
    assert result.point_count == 2 and [s.line for s in result.skipped] == [3]


def test_not_a_gpx_names_the_file_and_line(tmp_path):
    path = tmp_path / "broken.gpx"
    path.write_text('<?xml version="1.0"?>\n<gpx>\n<trk><trkseg>\n<trkpt lat="1" lon="2"></trkseg>\n')
    with pytest.raises(InputError) as error:
        read_field_file(path)
    assert str(path) in str(error.value) and error.value.line == 4


# ---- 5. hangs: bounded tokens keep the worst case linear; cancel is polled often
# The times of these reads are figures, so they live in tests/benchmarks/bench_hostile.py
# (ratios against an ordinary file of the same size); here only what does not depend on the
# machine's speed: the refusal, the skipped lines and how often the reader asks to stop.


def test_gpx_with_a_20_mb_attribute_is_refused(tmp_path):
    path = tmp_path / "attr.gpx"
    path.write_text(_gpx_text(f'<wpt lat="-8.4" lon="-74.5" note="{"x" * 20_000_000}"/>'))
    with pytest.raises(InputError, match="longer than") as error:
        read_field_file(path)
    assert str(path) in str(error.value)


def test_srt_with_100_kb_of_digits_reads_the_good_record(tmp_path):
    path = tmp_path / "digits.srt"
    path.write_text(
        SRT_RECORD.format(n=1, s=0, date="2026-03-01 07:00:00.000", lat=-8.4) + "\n2\n" + "1" * 100_000 + "\n"
    )
    try:
        result = read_field_file(path)
    except InputError as error:
        assert str(path) in str(error)
    else:
        assert result.point_count == 1


def test_geotag_csv_with_a_30_kb_cell_skips_that_row(tmp_path):
    path = tmp_path / "geo.csv"
    path.write_text(
        "SourceFile,GPSLatitude,GPSLongitude\n"
        f'a.jpg,"{"1" * 30_000}x",74.5\n'
        'b.jpg,"8 deg 24\' 0.00"" S","74 deg 30\' 0.00"" W"\n'
    )
    result = read_field_file(path)
    assert len(result.waypoints) == 1 and [s.line for s in result.skipped] == [2]


class _CountingFeedback:
    """Counts the reader's polls; asks to stop at poll ``stop_at`` (never if 0)."""

    def __init__(self, stop_at: int = 0) -> None:
        self.polls = 0
        self.stop_at = stop_at

    def set_progress(self, percent: float) -> None:
        pass

    def is_canceled(self) -> bool:
        self.polls += 1
        return self.stop_at > 0 and self.polls >= self.stop_at


def _big_file(tmp_path: Path, kind: str) -> tuple:
    if kind == "gpx":
        path = tmp_path / "big.gpx"
        path.write_text(_gpx_text("<trk><trkseg>" + _trkpts(200_000) + "</trkseg></trk>"))
        return path, 200_000
    if kind == "srt":
        return _srt(tmp_path, ["2026-03-01 07:00:00.000"] * 60_000), 60_000
    path = tmp_path / "big.csv"
    path.write_text(_airdata([_row(i) for i in range(200_000)]))
    return path, 200_000


# A poll per megabyte read answers a cancel within a fraction of a second on any laptop (a
# megabyte of track reads in tens of milliseconds; bench_hostile.py prints the times); the bound
# is on the count of polls, so a loaded machine cannot fail it.
BYTES_PER_POLL = 1 << 20


@pytest.mark.parametrize("kind", ["gpx", "srt", "csv"])
def test_the_reader_asks_to_stop_at_least_once_a_megabyte(tmp_path, kind):
    path, _ = _big_file(tmp_path, kind)
    counting = _CountingFeedback()
    read_field_file(path, feedback=counting)
    size = path.stat().st_size
    assert size > 4 * BYTES_PER_POLL and counting.polls >= size // BYTES_PER_POLL, (counting.polls, size)


@pytest.mark.parametrize("kind", ["gpx", "srt", "csv"])
def test_a_cancel_stops_the_read_at_the_next_poll(tmp_path, kind):
    path, _ = _big_file(tmp_path, kind)
    stopping = _CountingFeedback(stop_at=3)
    with pytest.raises(Cancelled):
        read_field_file(path, feedback=stopping)
    assert stopping.polls == 3


# ---- 6. wrong values kept


@pytest.mark.parametrize(
    "lat,lon", [("91", "-74.5"), ("nan", "-74.5"), ("inf", "1"), ("-8_38", "-74.5"), ("-8.4", "180.5")]
)
def test_waypoints_out_of_range_are_dropped_with_a_warning_each(tmp_path, lat, lon):
    path = tmp_path / "w.gpx"
    path.write_text(
        _gpx_text(
            f'<wpt lat="{lat}" lon="{lon}"><name>bad</name></wpt>\n'
            '<wpt lat="-8.4" lon="-74.5"><name>good</name></wpt>'
        )
    )
    result = read_field_file(path)
    assert [w.name for w in result.waypoints] == ["good"]
    assert [s.line for s in result.skipped] == [3]


def test_trkpt_directly_under_gpx_is_kept_as_the_warning_says(tmp_path):
    path = tmp_path / "stray.gpx"
    path.write_text(_gpx_text(_trkpts(3) + "\n<trk><trkseg>" + _trkpts(2) + "</trkseg></trk>"))
    result = read_field_file(path)
    assert result.point_count == 5 and len(result.tracks) == 2
    assert any("outside a segment" in w for w in result.warnings)


def test_same_track_with_crlf_endings_has_the_same_content_digest(tmp_path):
    text = _gpx_text("<trk><trkseg>" + _trkpts(10) + "</trkseg></trk>")
    unix, dos = tmp_path / "a.gpx", tmp_path / "b.gpx"
    unix.write_bytes(text.encode())
    dos.write_bytes(text.replace("\n", "\r\n").encode())
    first, second = read_field_file(unix), read_field_file(dos)
    assert first.sha256 != second.sha256
    assert content_digest(first) == content_digest(second)
    moved = tmp_path / "c.gpx"
    moved.write_text(text.replace('lon="-74.5"', 'lon="-74.6"', 1))
    assert content_digest(read_field_file(moved)) != content_digest(first)


@pytest.mark.parametrize("fast", [True, False], ids=["py311-parser", "py39-fallback"])
@pytest.mark.parametrize(
    "text,expected",
    [
        ("2026-01-01T10:00:00 +05:00", datetime(2026, 1, 1, 5, 0, tzinfo=timezone.utc)),
        ("2026-01-01T10:00:00+05:00", datetime(2026, 1, 1, 5, 0, tzinfo=timezone.utc)),
        ("2026-01-01T10:00:00-0530", datetime(2026, 1, 1, 15, 30, tzinfo=timezone.utc)),
        ("2026-01-01T10:00:00.2073437Z", datetime(2026, 1, 1, 10, 0, 0, 207343, tzinfo=timezone.utc)),
        ("2026-01-01 10:00:00Z", datetime(2026, 1, 1, 10, 0, tzinfo=timezone.utc)),
        ("2026-01-01T10:00:00+5", None),
        ("2026-01-01T10:00:00+05:00junk", None),
        ("0001-01-01T00:00:00+05:00", None),
    ],
)
def test_time_zones_on_both_parsers(monkeypatch, fast, text, expected):
    monkeypatch.setattr(field_model, "_FAST_ISO", fast)
    assert parse_iso_time(text) == expected


@pytest.mark.parametrize("kind", ["csv", "srt"])
def test_a_flight_whose_every_position_is_refused_is_a_clear_error(tmp_path, kind):
    if kind == "csv":
        path = tmp_path / "bad.csv"
        path.write_text(_airdata(["0,2026-03-01 12:00:00,1e5,-74.5,1,1", "100,2026-03-01 12:00:00,91,-74.5,1,1"]))
    else:
        path = tmp_path / "bad.srt"
        path.write_text(SRT_RECORD.format(n=1, s=0, date="2026-03-01 07:00:00.000", lat=195.0))
    with pytest.raises(InputError, match=r"has a usable position \(\d refused; the first, line \d+: coordinates out"):
        read_field_file(path)
