# SPDX-License-Identifier: GPL-2.0-or-later
"""Alerts and plans stay in metres after QGIS (3.22, 3.44) spoils a cached UTM zone (see spoiled_crs_worker.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem

from patrol_planner.qgis_adapters.base.crs import checked_transform

WORKER = Path(__file__).with_name("spoiled_crs_worker.py")
ALERTS = Path(__file__).resolve().parents[1] / "data" / "alerts"


def test_alerts_in_a_spoiled_utm_zone_are_still_measured_in_metres() -> None:
    files = [ALERTS / "mapbiomas_padre_abad_sample.geojson", ALERTS / "mapbiomas_padre_abad_sample.csv"]
    run = subprocess.run(
        [sys.executable, str(WORKER), *map(str, files)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["spoiled"], "the worker must reproduce QGIS's spoiled CRS, else this test proves nothing"
    assert result["point"] == pytest.approx([500_000, 9_115_702], abs=1)  # not (-75, -8) passed through
    # 45 plots of 61 alerts, as the engine clusters them; a silent identity transform gave 1 plot
    assert result["mapbiomas_padre_abad_sample.geojson"] == [45, 45]
    assert result["mapbiomas_padre_abad_sample.csv"] == [45, 45]


def test_an_unknown_crs_is_left_to_the_callers_check() -> None:
    assert not checked_transform(QgsCoordinateReferenceSystem(), QgsCoordinateReferenceSystem("EPSG:4326")).isValid()
