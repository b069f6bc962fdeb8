"""Issue 27, finding 7: an export that fails while renaming leaves the previous export whole, says
"nothing was changed", leaves no ``.part`` file, and never writes through a planted link."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Dict, Tuple

import pytest

from patrol_planner.planner.core import ExportError
from patrol_planner.planner.export import MANIFEST, read_manifest, write_files
from patrol_planner.planner.export import unit as unit_module

OLD = {"plan.gpx": b"<gpx>old plan</gpx>", "plan-2.gpx": b"<gpx>old plan 2</gpx>"}
NEW = {"plan.gpx": b"<gpx>new plan</gpx>", "plan-2.gpx": b"<gpx>new plan 2</gpx>", "plan-3.gpx": b"<gpx>3</gpx>"}


def contents(folder: Path) -> Dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name != MANIFEST}


def previous_export(tmp_path: Path) -> Tuple[Path, Dict[str, bytes]]:
    """A unit holding the previous export (two files), and its files' contents."""
    unit = tmp_path / "unit"
    unit.mkdir()
    write_files(unit, OLD)
    return unit, contents(unit)


def test_a_planted_part_link_is_never_followed(tmp_path):
    unit = tmp_path / "unit"
    unit.mkdir()
    outside = tmp_path / "precious.txt"
    outside.write_bytes(b"not the export's")
    (unit / ".plan.gpx.part").symlink_to(outside)
    written, _ = write_files(unit, NEW)
    assert outside.read_bytes() == b"not the export's"
    assert not outside.is_symlink() and sorted(p.name for p in written) == sorted(NEW)
    assert contents(unit) == dict(sorted(NEW.items()))


@pytest.mark.parametrize("fail_at", [1, 2, 3])
def test_a_rename_that_fails_leaves_the_previous_export_whole(tmp_path, monkeypatch, fail_at):
    """The unit is unplugged during the renames (the ``fail_at``-th part to be renamed into place)."""
    unit, before = previous_export(tmp_path)
    manifest = read_manifest(unit)
    real_replace, calls = os.replace, []

    def flaky_replace(src, dst):
        if str(src).endswith(".part"):
            calls.append(src)
            if len(calls) == fail_at:
                raise OSError(5, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(unit_module.os, "replace", flaky_replace)
    with pytest.raises(ExportError) as caught:
        write_files(unit, NEW)
    assert caught.value.message.id == "unit_rename_failed"
    assert "nothing was changed" in str(caught.value)
    assert contents(unit) == before  # no new file beside old ones, no .part nor backup left
    assert read_manifest(unit) == manifest


def test_a_part_that_cannot_be_written_is_cleaned_up(tmp_path, monkeypatch):
    unit, before = previous_export(tmp_path)
    real_fsync, count = os.fsync, []

    def failing_fsync(fd):
        count.append(fd)
        if len(count) == 2:
            raise OSError(28, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(unit_module.os, "fsync", failing_fsync)
    with pytest.raises(ExportError, match="nothing was changed"):
        write_files(unit, NEW)
    assert contents(unit) == before


def test_a_manifest_that_cannot_be_written_leaves_no_part(tmp_path, monkeypatch):
    unit, before = previous_export(tmp_path)

    def unplugged(path, data):
        try:
            raise OSError(5, "Input/output error")
        except OSError as error:
            raise ExportError(f"{path}: cannot write") from error

    monkeypatch.setattr(unit_module, "atomic_write_bytes", unplugged)
    with pytest.raises(ExportError) as caught:
        write_files(unit, NEW)
    assert caught.value.message.id == "unit_rename_failed" and "Input/output error" in str(caught.value)
    assert contents(unit) == before


def test_a_users_file_in_the_way_moves_the_number_on_not_plan_2_2(tmp_path):
    """Issue 27, finding 8: ``plan-2.gpx`` taken by a user's file gives ``plan-3.gpx``, never ``plan-2-2.gpx``."""
    unit = tmp_path / "unit"
    unit.mkdir()
    (unit / "plan-2.gpx").write_bytes(b"<gpx>the user's own</gpx>")
    free_names = unit_module.free_names
    assert free_names(unit, ["plan.gpx", "plan-2.gpx"]) == ["plan.gpx", "plan-3.gpx"]
    (unit / "plan.gpx").write_bytes(b"<gpx>the user's own too</gpx>")
    (unit / "plan_1-2.gpx").write_bytes(b"<gpx>and this</gpx>")
    # A file in parts keeps its "_1-2" (part 1 of 2): the number goes before it.
    assert free_names(unit, ["plan.gpx", "plan-2.gpx", "plan_1-2.gpx"]) == [
        "plan-3.gpx",
        "plan-4.gpx",
        "plan-2_1-2.gpx",
    ]
