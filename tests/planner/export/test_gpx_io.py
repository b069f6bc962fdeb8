"""Writing the files: atomic replacement, stale parts, finding a plugged-in Garmin."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from patrol_planner.planner.core import ExportError, atomic_open, atomic_write_bytes, atomic_write_text
from patrol_planner.planner.core import atomic_write as atomic_module
from patrol_planner.planner.export import (
    ExportOptions,
    ExportStop,
    TeamExport,
    device_profile,
    export_team_gpx,
    find_garmin_units,
    garmin_folder,
)
from patrol_planner.planner.export import unit as unit_module

ORIGIN = (-74.6, -8.5)


def team(days: int = 2) -> TeamExport:
    stops = tuple(ExportStop("plot", f"X{i}", ORIGIN[0] + i * 0.001, ORIGIN[1], day=1 + i % days) for i in range(6))
    stops = tuple(sorted(stops, key=lambda s: s.day))
    return TeamExport("Equipo 1", stops)


def test_atomic_write_replaces_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "plan.gpx"
    atomic_write_text(target, "old")
    atomic_write_text(target, "new ñ")
    assert target.read_text(encoding="utf-8") == "new ñ"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.gpx"]


def test_writer_raising_midway_keeps_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "plan.gpx"
    atomic_write_bytes(target, b"good plan")
    with pytest.raises(RuntimeError, match="disk pulled"):
        with atomic_open(target) as handle:
            handle.write(b"half a pl")
            raise RuntimeError("disk pulled")
    assert target.read_bytes() == b"good plan"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.gpx"]


def test_failing_rename_keeps_the_old_file_and_reports_the_file(tmp_path, monkeypatch):
    target = tmp_path / "plan.gpx"
    atomic_write_bytes(target, b"good plan")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic_module.os, "replace", refuse)
    with pytest.raises(ExportError, match="plan.gpx: cannot write the file: Permission denied"):
        atomic_write_bytes(target, b"new plan")
    assert target.read_bytes() == b"good plan"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.gpx"]


def test_export_failing_midway_leaves_previous_export_intact(tmp_path, monkeypatch):
    """All files or none: the second of two new files fails, the first is not put in place either."""
    first = export_team_gpx(team(), tmp_path).parts[0].path
    before = first.read_bytes()
    calls = []
    real = os.fsync

    def broken(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(fd)

    monkeypatch.setattr(unit_module.os, "fsync", broken)
    tiny = replace(device_profile("etrex10"), key="tiny", max_waypoints=4)
    with pytest.raises(ExportError, match="No space left on device.*nothing was changed"):
        export_team_gpx(team(), tmp_path, ExportOptions(device=tiny, headroom=0))
    assert first.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".patrol_export.json", first.name]


def test_missing_folder_is_an_export_error(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_team_gpx(team(), tmp_path / "nope")


def test_new_mode_file_is_readable_not_0600(tmp_path):
    if os.name != "posix":
        pytest.fail("this suite runs on Linux")
    target = tmp_path / "a.gpx"
    atomic_write_text(target, "x")
    assert target.stat().st_mode & 0o044  # mkstemp's 0600 would hide it from other users


def test_parts_of_an_older_export_are_removed_but_nothing_else(tmp_path):
    """Only files the manifest says this export wrote (and still unchanged) are removed."""
    tiny = replace(device_profile("etrex10"), key="tiny", max_waypoints=3)
    (tmp_path / "Equipo_1_1-5.gpx").write_text("a user's file that looks like ours")
    (tmp_path / "Equipo_1.gpx").write_text("another user's file")
    (tmp_path / "Plan_2023-2024.gpx").write_text("last season")
    (tmp_path / "notes.txt").write_text("keep")
    user = sorted(p.name for p in tmp_path.iterdir())
    report = export_team_gpx(team(), tmp_path, ExportOptions(device=tiny, headroom=0), file_stem="Equipo 1")
    assert [p.path.name for p in report.parts] == ["Equipo_1_1-2.gpx", "Equipo_1_2-2.gpx"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name[0] != ".") == sorted(
        user + ["Equipo_1_1-2.gpx", "Equipo_1_2-2.gpx"]
    )
    assert "load them onto the unit one at a time" in report.warnings[0]
    # Back to one file: the two parts go; the user's Equipo_1.gpx keeps its name, ours gets another.
    again = export_team_gpx(team(), tmp_path, ExportOptions(hide_sensitive=False))  # stem from the team name
    assert [p.path.name for p in again.parts] == ["Equipo_1-2.gpx"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name[0] != ".") == sorted(user + ["Equipo_1-2.gpx"])
    assert (tmp_path / "Equipo_1.gpx").read_text() == "another user's file"
    # A file of ours the user changed since is theirs now: kept.
    changed = tmp_path / "Equipo_1-2.gpx"
    changed.write_text(changed.read_text() + " ")
    export_team_gpx(team(), tmp_path, ExportOptions(hide_sensitive=False), file_stem="other")
    assert changed.exists() and (tmp_path / "other.gpx").exists()


def make_unit(root: Path, model: str = "eTrex 32x", case: str = "Garmin") -> Path:
    gpx = root / case / "GPX"
    gpx.mkdir(parents=True)
    (root / case / "GarminDevice.xml").write_text(
        '<?xml version="1.0"?><Device xmlns="http://www.garmin.com/xmlschemas/GarminDevice/v2">'
        f"<Model><PartNumber>006-B1234-00</PartNumber><Description>{model}</Description></Model></Device>",
        encoding="utf-8",
    )
    return gpx


def test_find_garmin_units_in_given_roots(tmp_path):
    unit = make_unit(tmp_path / "GARMIN")
    card = make_unit(tmp_path / "SDCARD", model="", case="GARMIN")
    (tmp_path / "USBSTICK" / "photos").mkdir(parents=True)
    (tmp_path / "HALF" / "Garmin").mkdir(parents=True)  # no GPX folder: not a target
    found = find_garmin_units(sorted(tmp_path.iterdir()))
    assert [(m.gpx_folder, m.model) for m in found] == [(unit, "eTrex 32x"), (card, "")]
    report = export_team_gpx(team(), found[0].gpx_folder)
    assert report.parts[0].path.parent == unit


def test_hostile_device_xml_is_ignored(tmp_path):
    gpx = make_unit(tmp_path / "U")
    (gpx.parent / "GarminDevice.xml").write_text(
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><Device>&x;</Device>'
    )
    mount = garmin_folder(tmp_path / "U")
    assert mount is not None and mount.model == ""


def test_linux_and_macos_mount_points_are_searched(tmp_path, monkeypatch):
    from patrol_planner.planner.export import garmin as garmin_mount

    monkeypatch.setenv("USER", "guarda")
    monkeypatch.setattr(garmin_mount.sys, "platform", "linux")
    media = make_unit(tmp_path / "media" / "guarda" / "GARMIN")
    fedora = make_unit(tmp_path / "run" / "media" / "guarda" / "SD", model="GPSMAP 66s")
    mtp = make_unit(tmp_path / "run" / "user" / str(os.getuid()) / "gvfs" / "mtp:host=091e_4fb8" / "Internal Storage")
    (tmp_path / "media" / "guarda" / "STICK").mkdir()
    roots = garmin_mount.candidate_roots(tmp_path)
    assert tmp_path / "media" / "guarda" / "STICK" in roots
    found = [m.gpx_folder for m in garmin_mount.find_garmin_units(roots)]
    assert found == [media, fedora, mtp]
    monkeypatch.setattr(garmin_mount.sys, "platform", "darwin")
    mac = make_unit(tmp_path / "Volumes" / "GARMIN")
    assert [m.gpx_folder for m in garmin_mount.find_garmin_units(garmin_mount.candidate_roots(tmp_path))] == [mac]


def test_the_real_system_is_searched_without_error():
    for mount in find_garmin_units():
        assert mount.gpx_folder.is_dir() and mount.gpx_folder.name.lower() == "gpx"


def test_several_teams_get_distinct_files_on_a_case_blind_disk(tmp_path):
    from patrol_planner.planner.export import export_teams_gpx

    teams = [replace(team(), team=name) for name in ("Equipo Ñ", "equipo n", "EQUIPO N")]
    reports = export_teams_gpx(teams, tmp_path, ExportOptions(hide_sensitive=False))
    names = [r.parts[0].path.name for r in reports]
    assert names == ["Equipo_N.gpx", "equipo_n-2.gpx", "EQUIPO_N-3.gpx"]
    assert len({n.lower() for n in names}) == 3 and len(list(tmp_path.glob("*.gpx"))) == 3
    # Hidden by default: neutral names, still one file per team.
    safe = tmp_path / "safe"
    safe.mkdir()
    assert [r.parts[0].path.name for r in export_teams_gpx(teams, safe)] == ["plan.gpx", "plan-2.gpx", "plan-3.gpx"]
