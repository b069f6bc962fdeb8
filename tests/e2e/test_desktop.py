"""The real QGIS desktop, under Xvfb, with a clean temporary profile.

The plugin is installed from the zip that `make zip` built, through QGIS's own
plugin installer; the test checks what the plugin added and that unloading
removes it, and keeps a screenshot of the window with the dock open in
tests/artifacts/.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
HERE = Path(__file__).resolve().parent


def run_desktop(script: Path, env_extra: dict, tmp_path: Path, timeout: int = 300) -> None:
    profiles = tmp_path / "qgis"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(env_extra, XDG_RUNTIME_DIR=str(tmp_path))
    command = [
        shutil.which("xvfb-run") or "xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
        "qgis", "--profiles-path", str(profiles), "--profile", "e2e",
        "--nologo", "--noversioncheck", "--code", str(script),
    ]
    subprocess.run(command, env=env, timeout=timeout, capture_output=True)


def test_plugin_installs_from_zip_loads_and_unloads_in_qgis_desktop(plugin_zip, artifacts, tmp_path) -> None:
    result = tmp_path / "result.json"
    screenshot = artifacts / "desktop_dock.png"
    screenshot.unlink(missing_ok=True)
    run_desktop(
        HERE / "desktop_script.py",
        {"PP_E2E_ZIP": str(plugin_zip), "PP_E2E_RESULT": str(result), "PP_E2E_SCREENSHOT": str(screenshot)},
        tmp_path,
    )
    assert result.is_file(), "QGIS did not run the test script"
    findings = json.loads(result.read_text())
    assert "error" not in findings, findings.get("error")

    installed = findings["after_install"]
    assert installed["loaded"] and installed["active"]
    assert installed["provider"] and installed["algorithm"]
    assert "&Patrol Planner" in installed["menus"]
    assert installed["dock"]
    assert (tmp_path / "qgis" / "profiles" / "e2e" / "python" / "plugins" / "patrol_planner" / "_vendor").is_dir()
    # inside QGIS the engine runs on the zip's vendored copies, not on anything installed
    assert findings["networkx_module"] == "patrol_planner._vendor.networkx"
    assert findings["gpxpy_module"] == "patrol_planner._vendor.gpxpy"

    assert findings["after_open_dock"]["dock_visible"]
    assert screenshot.is_file() and screenshot.stat().st_size > 10_000

    assert findings["unload_ok"]
    gone = findings["after_unload"]
    assert not gone["loaded"] and not gone["provider"] and not gone["algorithm"] and not gone["dock"]
    assert "&Patrol Planner" not in gone["menus"]


def test_coordinator_workflow_on_the_training_project(plugin_zip, artifacts, tmp_path) -> None:
    """Install, open the training project, import, coverage, three teams, plan, review, GPX, briefing."""
    result = tmp_path / "workflow.json"
    work = tmp_path / "work"
    work.mkdir()
    for old in artifacts.glob("workflow_*.png"):
        old.unlink()
    run_desktop(
        HERE / "desktop_workflow.py",
        {"PP_E2E_ZIP": str(plugin_zip), "PP_E2E_RESULT": str(result), "PP_E2E_ARTIFACTS": str(artifacts),
         "PP_E2E_WORK": str(work)},
        tmp_path,
        timeout=600,
    )
    assert result.is_file(), "QGIS did not run the workflow script"
    findings = json.loads(result.read_text())
    assert "error" not in findings, findings.get("error")
    assert findings["steps"][-1] == "done"
    assert findings["imported"] >= 6  # five GPX tracks and a drone flight
    assert "plots were checked" in findings["coverage_summary"]
    teams = ["Equipo Huacamayo", "Equipo Lupuna", "Equipo Santa Rosa"]
    assert findings["review_teams"] == teams
    assert findings["routes"] >= 3 and findings["plots_planned"] >= 10
    assert findings["routes_renderer"] == "categorizedSymbol"
    assert "Plots left out" in findings["unplanned_label"]
    assert sorted({Path(p).parts[0] for p in findings["gpx_files"]}) == ["Equipo_Huacamayo", "Equipo_Lupuna",
                                                                          "Equipo_Santa_Rosa"]
    assert len(findings["pdf_files"]) == 3 and findings["briefing_count"] == 1
    # The unit holds the one team's plan beside the user's own file, and the export's manifest.
    assert findings["unit_files"] == [".patrol_export.json", "Plan_2023-2024.gpx", "plan.gpx"]
    assert findings["briefing_context"] == ["rivers", "trails", "bases", "nogo"]
    assert findings["custom_maps"] == ["plan.kmz"] and 0 < findings["custom_map_tiles"] <= 100
    assert len(findings["preview_pngs"]) >= 2, "the overview and a page a day"
    pictures = ("workflow_1_teams.png", "workflow_2_review.png", "workflow_3_map.png", "workflow_4_briefing_page1.png")
    for name in pictures:
        assert (artifacts / name).stat().st_size > 20_000, name
