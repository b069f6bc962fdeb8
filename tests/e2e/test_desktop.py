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
import signal
import subprocess
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
HERE = Path(__file__).resolve().parent


def run_desktop(script: Path, env_extra: dict, tmp_path: Path, args: tuple = ()) -> None:
    profiles = tmp_path / "qgis"
    # QGIS as a coordinator runs it: the plugin from the zip only, not a work tree on PYTHONPATH (make test-ltr's)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "PYTHONPATH")}
    env.update(env_extra, XDG_RUNTIME_DIR=str(tmp_path))
    command = [
        shutil.which("xvfb-run") or "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1600x1000x24",
        "qgis",
        "--profiles-path",
        str(profiles),
        "--profile",
        "e2e",
        "--nologo",
        "--noversioncheck",
        *args,
        "--code",
        str(script),
    ]
    # No clock here: a loaded machine may take minutes, and pytest-timeout ends a real hang. xvfb-run,
    # Xvfb and QGIS share a session of their own, so whatever ends the run (the script, a failure or
    # pytest-timeout's exception) leaves no QGIS or Xvfb behind for the next test.
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        process.wait()
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # everything in it had already ended
        process.wait()


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
    # the zip holds no third-party code, and the engine writes GPX with the plugin's own writer
    installed_dir = tmp_path / "qgis" / "profiles" / "e2e" / "python" / "plugins" / "patrol_planner"
    with zipfile.ZipFile(plugin_zip) as archive:
        assert not [name for name in archive.namelist() if "_vendor" in name or "gpxpy" in name]
    assert not (installed_dir / "_vendor").exists()
    assert (
        Path(findings["gpx_writer_file"]).resolve() == (installed_dir / "planner" / "export" / "gpx_xml.py").resolve()
    )
    assert findings["pilot_gpx_starts"] == '<?xml version="1.0" encoding="UTF-8"?>'
    assert findings["gpx_libraries"] == []

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
        {
            "PP_E2E_ZIP": str(plugin_zip),
            "PP_E2E_RESULT": str(result),
            "PP_E2E_ARTIFACTS": str(artifacts),
            "PP_E2E_WORK": str(work),
        },
        tmp_path,
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
    assert sorted({Path(p).parts[0] for p in findings["gpx_files"]}) == [
        "Equipo_Huacamayo",
        "Equipo_Lupuna",
        "Equipo_Santa_Rosa",
    ]
    assert len(findings["pdf_files"]) == 3 and findings["briefing_count"] == 1
    # The unit holds the one team's plan beside the user's own file, and the export's manifest.
    assert findings["unit_files"] == [".patrol_export.json", "Plan_2023-2024.gpx", "plan.gpx"]
    assert findings["briefing_context"] == ["rivers", "trails", "bases", "nogo"]
    assert findings["custom_maps"] == ["plan.kmz"] and 0 < findings["custom_map_tiles"] <= 100
    assert len(findings["preview_pngs"]) >= 2, "the overview and a page a day"
    pictures = (
        "workflow_1_teams.png",
        "workflow_1_plan_settings.png",
        "workflow_2_review.png",
        "workflow_3_map.png",
        "workflow_4_briefing_page1.png",
    )
    for name in pictures:
        assert (artifacts / name).stat().st_size > 20_000, name


@pytest.mark.timeout(1800)  # two QGIS sessions in a row, each minutes long on a loaded machine
def test_a_saved_project_reopens_as_saved_in_a_fresh_qgis(plugin_zip, artifacts, tmp_path) -> None:
    """Issue 19: plan, save, quit; a fresh QGIS opens the project: every choice, team, lock and plan layer is back.

    Both runs are in Spanish; their screenshots are the Spanish tutorial's.
    """
    work = tmp_path / "work"
    work.mkdir()
    for old in artifacts.glob("reopen_es_*.png"):
        old.unlink()
    # QGIS in Spanish, as a coordinator in Ucayali runs it (Settings > Options > General > Override locale)
    ini = tmp_path / "qgis" / "profiles" / "e2e" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[locale]\noverrideFlag=true\nuserLocale=es\n", encoding="utf-8")
    seen = {}
    for phase in ("save", "reopen"):
        result = tmp_path / f"{phase}.json"
        run_desktop(
            HERE / "desktop_reopen.py",
            {
                "PP_E2E_PHASE": phase,
                "PP_E2E_ZIP": str(plugin_zip),
                "PP_E2E_RESULT": str(result),
                "PP_E2E_ARTIFACTS": str(artifacts),
                "PP_E2E_WORK": str(work),
            },
            tmp_path,
        )
        assert result.is_file(), f"QGIS did not run the {phase} phase"
        seen[phase] = json.loads(result.read_text())
        assert "error" not in seen[phase], seen[phase].get("error")
        assert seen[phase]["steps"][-1] == "done"
    saved, reopened = seen["save"], seen["reopen"]
    assert saved["empty_before_choosing"] == [], "no layer is chosen for the coordinator"
    assert saved["saved"] and reopened["plugin_loaded"]
    assert saved["changes"].startswith("Cambios respecto al plan anterior"), saved["changes"]
    before, after = saved["state"], reopened["state"]
    assert all(before["layers"].values())
    for key in (
        "layers",
        "teams",
        "departure",
        "locks",
        "drops",
        "kept",
        "folder",
        "plot_fields",
        "time_limit",
        "review_teams",
        "review_rows",
        "changes",
    ):
        assert after[key] == before[key], key
    assert before["departure"] == "2026-12-02T05:30" and len(before["teams"]) == 3 and before["locks"]
    for key in ("routes", "stops", "unplanned", "legs"):
        assert after["plan"][key] == before["plan"][key], key
        assert after["plan"][key]["valid"] and after["plan"][key]["provider"] == "ogr"
        assert "/training/training_plans/plan_" in after["plan"][key]["source"], "the plan is kept beside the project"
    assert after["plan"]["stops"]["count"] > 10 and before["review_rows"] > 10
    for name in (
        "reopen_es_1_layers.png",
        "reopen_es_2_teams.png",
        "reopen_es_3_review.png",
        "reopen_es_4_map.png",
        "reopen_es_5_reopened_review.png",
        "reopen_es_6_plan_settings.png",
        "reopen_es_7_what_if.png",
    ):
        assert (artifacts / name).stat().st_size > 20_000, name
    # issue 26: the motors and budgets set in the dock, the legs, the fuel lines and the pilot's sheet come back;
    # after planning again the kept team's GPX files are byte for byte those already on its unit
    assert [(t["motor"], t["fuel_l"]) for t in after["teams"]] == [("40hp", 80), ("15hp", 0), ("peque", 0)]
    assert after["fuel_lines"] == before["fuel_lines"] and before["fuel_lines"], before["fuel_lines"]
    outputs = {**saved["outputs"], **reopened["outputs"]}
    assert outputs["save"]["kept_gpx"] and outputs["reopen"]["kept_gpx"] == outputs["save"]["kept_gpx"]
    assert outputs["save"]["pilot_files"] and outputs["reopen"]["pilot_files"] == outputs["save"]["pilot_files"]
    assert outputs["reopen"]["legs"] and outputs["reopen"]["legs"] > 0
    assert reopened["replanned_rows"] > 10
    assert reopened["planned_anew"]["review_rows"] > 10, reopened.get("status_after_plan")
    # What if, in Spanish, team by team in the review: one more day, one more team, more fuel (only Huacamayo has
    # a budget)
    what_if = reopened["what_if"]
    assert what_if["label"].startswith("Según lo planificado: "), what_if
    assert what_if["headers"] == ["Equipo", "Un día más", "Un equipo más", "Más combustible"], what_if
    rows = {row[0]: row[1:] for row in what_if["rows"]}
    assert sorted(rows) == [t["name"] for t in before["teams"]], what_if
    assert all("parcelas" in cell for row in rows.values() for cell in row[:2]), what_if
    assert "parcelas" in rows["Equipo Huacamayo"][2] and rows["Equipo Lupuna"][2] == "–", what_if


@pytest.mark.timeout(1800)  # two QGIS sessions in a row, each minutes long on a loaded machine
def test_a_plan_made_before_the_project_was_saved_opens_from_the_folder_on_another_machine(
    plugin_zip, tmp_path
) -> None:
    """Issue 26: plan in a new project, then save it; the plan moves out of the QGIS profile into the folder beside
    the project, so that folder, moved to another machine (another profile, another path), opens with its plan."""
    work = tmp_path / "work"
    work.mkdir()
    seen = {}
    laptop = work / "laptop" / "patrols"
    for phase, home in (("unsaved", tmp_path / "office_pc"), ("unsaved_reopen", tmp_path / "laptop_pc")):
        home.mkdir()
        result = home / "result.json"
        env = {"PP_E2E_PHASE": phase, "PP_E2E_ZIP": str(plugin_zip), "PP_E2E_RESULT": str(result)}
        env.update(PP_E2E_ARTIFACTS=str(home), PP_E2E_WORK=str(work), PP_E2E_PROJECT=str(laptop / "patrol.qgs"))
        run_desktop(HERE / "desktop_reopen.py", env, home)
        assert result.is_file(), f"QGIS did not run the {phase} phase"
        seen[phase] = json.loads(result.read_text())
        assert "error" not in seen[phase], seen[phase].get("error")
        if phase == "unsaved":
            laptop.parent.mkdir(parents=True)
            shutil.move(str(work / "office"), str(laptop))  # the whole project folder, to another place
    before, after = seen["unsaved"]["before_save"], seen["unsaved"]["after_save"]
    assert seen["unsaved"]["saved"]
    assert len(before["folders"]) == 1 and before["folders"][0].endswith("patrol_planner/unsaved_plans"), before
    assert after["folders"] == [str(work / "office" / "patrol_plans")], after
    profile_plans = tmp_path / "office_pc" / "qgis" / "profiles" / "e2e" / "patrol_planner" / "unsaved_plans"
    assert not list(profile_plans.glob("*.gpkg")), "the profile keeps no copy of the plan"
    assert seen["unsaved_reopen"].get("missing_layers") is None, seen["unsaved_reopen"]["missing_layers"]
    reopened = seen["unsaved_reopen"]["reopened"]
    assert reopened["folders"] == [str(laptop / "patrol_plans")], reopened
    assert reopened["counts"] == after["counts"] == before["counts"] and before["counts"]["stops"] > 0, reopened
    assert reopened["review_rows"] == before["review_rows"] > 0
