"""The provider's algorithm runs from the command line, through `qgis_process.bin`."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path


def _qgis_process(args, config: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # the plugin from the profile only
    env.update(QGIS_CUSTOM_CONFIG_PATH=str(config), QT_QPA_PLATFORM="offscreen")
    # no clock: pytest-timeout ends a hang, a loaded machine only makes it slower
    return subprocess.run(["qgis_process.bin", *args], env=env, capture_output=True, text=True)


def test_algorithm_runs_from_qgis_process(plugin_zip: Path, install_zip, tmp_path: Path) -> None:
    config = tmp_path / "config"
    install_zip(plugin_zip, config / "profiles" / "default" / "python" / "plugins")
    enabled = _qgis_process(["plugins", "enable", "patrol_planner"], config)
    assert enabled.returncode == 0, enabled.stderr

    listed = _qgis_process(["list"], config)
    assert "patrol_planner:reproject_local_utm" in listed.stdout

    points = tmp_path / "plots.geojson"
    features = [
        {"type": "Feature", "properties": {"name": name}, "geometry": {"type": "Point", "coordinates": xy}}
        for name, xy in (("P1", [-75.1, -8.9]), ("P2", [-74.2, -10.7]))
    ]
    points.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    out = tmp_path / "plots_utm.gpkg"
    run = _qgis_process(
        ["--json", "run", "patrol_planner:reproject_local_utm", "--", f"INPUT={points}", f"OUTPUT={out}"], config
    )
    assert run.returncode == 0, run.stderr + run.stdout
    results = json.loads(run.stdout[run.stdout.index("{") :])["results"]
    assert results["CRS"] == "EPSG:32718"
    assert out.is_file() and out.stat().st_size > 0
