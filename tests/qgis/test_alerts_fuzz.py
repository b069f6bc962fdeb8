# SPDX-License-Identifier: GPL-2.0-or-later
"""Seeded fuzzing of the alerts importer with mutations of the real MapBiomas Alerta sample (issue 28).

The first ``FEATURES`` alerts of ``../shared/data/alerts_mapbiomas_peru`` are
written as a GeoJSON (one feature a line, as MapBiomas exports it) and as a
CSV with lon/lat columns; each case mutates one of the two (bytes flipped,
spans cut or repeated, hostile tokens: huge numbers, NaN, calendar-edge dates,
stray quotes, NUL bytes, Latin-1 bytes, megabyte cells, swapped or zeroed
coordinates) and reads it the way the Import alerts step does
(``read_alerts``).  Every case must end in alerts whose values are all in
range, or in the project's own error naming the file.  How long a case takes
depends on the machine, so it is measured in ``tests/benchmarks/bench_alerts_fuzz.py``,
not here.
"""

from __future__ import annotations

import json
import math
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Callable, List, Optional, Tuple

import pytest

from patrol_planner.planner.core import InputError
from patrol_planner.planner.targets import today_utc
from patrol_planner.qgis_adapters.layers import read_alerts
from tests.support import mutations

SAMPLE = (
    Path(__file__).resolve().parents[2].parent
    / "shared"
    / "data"
    / "alerts_mapbiomas_peru"
    / "mapbiomas_alerta_padre_abad_puerto_inca.geojson"
)
CASES = 520
SEED = 28
FEATURES = 120
HOSTILE = [
    b"1e400",
    b"-1e400",
    b"nan",
    b"inf",
    b"-0",
    b"9" * 400,
    b"0001-01-01",
    b"9999-12-31",
    b"2099-01-01",
    b"1970-01-01",
    b"0.0, 0.0",
    b'"',
    b"'",
    b"\x00",
    b"\xff\xfe",
    b"\xe9\xf1",
    b",,,,",
    b";",
    b"\r",
    b"\r\n\r\n",
    b"x" * 140_000,
    b'{"type": "Polygon", "coordinates": [[[-75.3, -8.6], [-75.2, -8.5]]]}',
    b'{"type": "Polygon", "coordinates": [[[-75.3,-8.6],[-75.2,-8.5],[-75.2,-8.6],[-75.3,-8.5],[-75.3,-8.6]]]}',
    b'"coordinates": [ -8.6, -75.3 ]',
    b'"coordinates": [ 480153.3, 9001234.5 ]',
    b'"alert_code": null',
    b"{",
    b"]",
]


def base_files() -> Tuple[bytes, bytes]:
    """The sample's first alerts as GeoJSON and CSV bytes."""
    collection = json.loads(SAMPLE.read_text(encoding="utf-8"))
    features = collection["features"][:FEATURES]
    head = '{\n"type": "FeatureCollection",\n"crs": ' + json.dumps(collection["crs"]) + ',\n"features": [\n'
    body = ",\n".join(json.dumps(f) for f in features)
    geojson = (head + body + "\n]\n}\n").encode("utf-8")
    columns = ["alert_code", "detected_at", "published_at", "area_ha", "lon", "lat"]
    rows = [",".join(columns)] + [",".join(str(f["properties"][c]) for c in columns) for f in features]
    return geojson, ("\n".join(rows) + "\n").encode("utf-8")


def mutate(data: bytes, rng: random.Random) -> bytes:
    return mutations.mutate(data, rng, HOSTILE, HOSTILE[:10] + [b"0", b"-91.0", b"181.5"])


def check_alerts(alerts) -> None:
    latest = today_utc() + timedelta(days=1)
    for a in alerts:
        assert math.isfinite(a.x) and math.isfinite(a.y), a
        assert a.detected is None or date(1985, 1, 1) <= a.detected <= latest, a
        assert a.area_ha is None or (math.isfinite(a.area_ha) and a.area_ha >= 0), a
        assert 0 < len(a.alert_id) <= 220, a.alert_id[:40]
        assert a.outline is None or (a.outline.is_valid and a.outline.area > 0), a


def run_cases(
    folder: Path, cases: int = CASES, seed: int = SEED, clock: Optional[Callable[[], float]] = None
) -> Tuple[int, int, List[str], List[Tuple[float, str]]]:
    """(read, refused by name, anything else, (seconds, case) when a clock is given)."""
    geojson, csv = base_files()
    rng = random.Random(seed)
    ok = clear = 0
    otherwise: List[str] = []
    times: List[Tuple[float, str]] = []
    for case in range(cases):
        suffix, data = rng.choice([(".geojson", geojson), (".csv", csv)])
        path = folder / f"case{case:03d}{suffix}"
        path.write_bytes(mutate(data, rng))
        began = clock() if clock else 0.0
        try:
            read = read_alerts(path=str(path))
        except InputError as error:
            if str(path) in str(error):
                clear += 1
            else:
                otherwise.append(f"case {case}{suffix}: error without the file name: {error}")
        except Exception as error:  # noqa: BLE001  (the point of the test: nothing else may escape)
            otherwise.append(f"case {case}{suffix}: {type(error).__name__}: {error}")
        else:
            try:
                check_alerts(read.alerts)
                ok += 1
            except AssertionError as error:
                otherwise.append(f"case {case}{suffix}: bad value kept: {error}")
        if clock:
            times.append((clock() - began, f"case {case}{suffix}"))
        path.unlink()
    return ok, clear, otherwise, times


@pytest.mark.skipif(not SAMPLE.exists(), reason="needs ../shared/data/alerts_mapbiomas_peru")
def test_seeded_fuzz_of_the_alerts_importer(tmp_path: Path) -> None:
    ok, clear, otherwise, _ = run_cases(tmp_path)
    print(f"\nalerts fuzz: {CASES} cases (seed {SEED}): {ok} read, {clear} refused by name, {len(otherwise)} otherwise")
    assert otherwise == [], "\n".join(otherwise[:25])
    assert ok + clear == CASES >= 500
    assert ok >= 50 and clear >= 50  # the mutations reach both ends: neither all refused nor all read
