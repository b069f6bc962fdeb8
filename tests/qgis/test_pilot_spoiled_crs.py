# SPDX-License-Identifier: GPL-2.0-or-later
"""A boat plan, its legs layer and the pilot's sheet after QGIS (3.22, 3.44) spoils the UTM zone (spoil_crs.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

WORKER = Path(__file__).with_name("spoiled_crs_pilot_worker.py")


@pytest.mark.parametrize("when", ["before", "during"])
def test_the_plan_and_the_pilot_sheet_stay_in_degrees_and_metres_in_a_spoiled_utm_zone(
    tmp_path: Path, when: str
) -> None:
    """Spoiled before the plan, or while it runs (after its inputs were measured: issue 24's failure)."""
    run = subprocess.run(
        [sys.executable, str(WORKER), str(tmp_path), when],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["spoiled"], "the worker must reproduce QGIS's spoiled CRS, else this test proves nothing"
    # the sunset comes from the bases in degrees (metres taken as degrees ended the day before 06:00), and the
    # routes and legs keep their CRS in the GeoPackage (a spoiled one was written as none: the briefing then
    # took the legs' metres for degrees, "no UTM zone covers longitude 507500.0")
    assert "error" not in result, result.get("error", "") + run.stderr[-2000:]
    assert result["crs"] == ["EPSG:32718", "EPSG:32718"]
    assert len(result["arrivals"]) >= 3 and result["arrivals"][-1] < "2026-12-01T17:30"
    # Issue 27: the sheet names landings (L1, L2...); their degrees are the pilot GPX's waypoints.
    assert "take the team" in result["sheet"] and re.search(r"\bL1\b", result["sheet"])
    assert not re.search(r"\d+\.\d{5} S", result["sheet"])
    # the small area lies about 9.05 S, 74.9-75.0 W (UTM 18S, 500-520 km E, 9000 km N)
    assert result["gpx"] and all(-9.1 < lat < -9.0 and -75.01 < lon < -74.8 for lat, lon in result["gpx"])
