# SPDX-License-Identifier: GPL-2.0-or-later
"""The field GeoPackage, for real: QGIS editing it, two imports at once, kill -9, modes.

After each scenario ``PRAGMA integrity_check`` is ok and every earlier import is there, whole:
each ``field_imports`` row has exactly its points, and no point belongs to no import.
"""

from __future__ import annotations

import os
import random
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from patrol_planner.planner.core import ExportError
from patrol_planner.planner.field import read_field_file
from patrol_planner.qgis_adapters.stores.imports import IMPORTS, POINTS, TRACKS, WAYPOINTS, write_results

WORKER = Path(__file__).with_name("gpkg_import_worker.py")


def make_gpx(folder: Path, number: int, points: int = 2000) -> Path:
    """A distinct walk (its own start and times) with ``points`` fixes and one waypoint."""
    t0 = datetime(2026, 3, 1, tzinfo=timezone.utc) + timedelta(days=number)
    lat0, lon0 = -8.4 + number * 0.01, -74.5
    rows = "\n".join(
        f'<trkpt lat="{lat0 + i * 1e-5:.7f}" lon="{lon0}"><ele>150</ele>'
        f"<time>{t0 + timedelta(seconds=i):%Y-%m-%dT%H:%M:%SZ}</time></trkpt>"
        for i in range(points)
    )
    path = folder / f"walk{number}.gpx"
    path.write_text(
        f'<?xml version="1.0"?>\n<gpx version="1.1" creator="test"><wpt lat="{lat0}" lon="{lon0}">'
        f"<name>W{number}</name></wpt><trk><name>walk {number}</name><trkseg>\n{rows}\n"
        "</trkseg></trk></gpx>\n"
    )
    return path


def check(gpkg: Path) -> dict:
    """integrity_check ok; every import whole; returns {content sha: points}."""
    # Read-write: after a kill -9 the first opener rolls the hot journal back, as QGIS would.
    with sqlite3.connect(str(gpkg)) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        imports = dict(db.execute(f"SELECT source_sha256, points FROM {IMPORTS}").fetchall())
        stored = dict(db.execute(f"SELECT source_sha256, count(*) FROM {POINTS} GROUP BY source_sha256").fetchall())
    db.close()
    assert {k: v for k, v in imports.items() if v} == stored
    return imports


def start_worker(gpkg: Path, go: Path, *files: Path, **env) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, str(WORKER), str(gpkg), str(go), *map(str, files)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, **env},
    )
    assert process.stdout.readline().strip() == "READY"
    return process


def test_file_mode_is_kept(tmp_path: Path) -> None:
    gpkg = tmp_path / "field.gpkg"
    write_results([read_field_file(make_gpx(tmp_path, 1, 10))], str(gpkg))
    os.chmod(gpkg, 0o640)
    write_results([read_field_file(make_gpx(tmp_path, 2, 10))], str(gpkg))
    assert stat.S_IMODE(gpkg.stat().st_mode) == 0o640
    assert len(check(gpkg)) == 2


def test_read_only_geopackage_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    gpkg = tmp_path / "field.gpkg"
    write_results([read_field_file(make_gpx(tmp_path, 1, 10))], str(gpkg))
    os.chmod(gpkg, 0o444)
    before = gpkg.read_bytes()
    with pytest.raises(ExportError, match="read-only"):
        write_results([read_field_file(make_gpx(tmp_path, 2, 10))], str(gpkg))
    assert gpkg.read_bytes() == before and stat.S_IMODE(gpkg.stat().st_mode) == 0o444


def test_qgis_editing_the_layers_during_an_import_then_committing(tmp_path: Path) -> None:
    gpkg = tmp_path / "field.gpkg"
    write_results([read_field_file(make_gpx(tmp_path, 1))], str(gpkg))
    tracks = QgsVectorLayer(f"{gpkg}|layername={TRACKS}", TRACKS, "ogr")
    waypoints = QgsVectorLayer(f"{gpkg}|layername={WAYPOINTS}", WAYPOINTS, "ogr")
    assert tracks.isValid() and waypoints.isValid()
    assert tracks.startEditing() and waypoints.startEditing()
    first = next(tracks.getFeatures())
    tracks.changeAttributeValue(first.id(), tracks.fields().indexOf("name"), "renamed in QGIS")
    mark = QgsFeature(waypoints.fields())
    mark.setAttribute("name", "added in QGIS")
    mark.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-74.4, -8.3)))
    assert waypoints.addFeature(mark)

    report = write_results([read_field_file(make_gpx(tmp_path, 2)), read_field_file(make_gpx(tmp_path, 3))], str(gpkg))
    assert len(report.written) == 2

    assert tracks.commitChanges(), tracks.commitErrors()
    assert waypoints.commitChanges(), waypoints.commitErrors()
    assert len(check(gpkg)) == 3
    names = sorted(f["name"] for f in QgsVectorLayer(f"{gpkg}|layername={TRACKS}", "t", "ogr").getFeatures())
    assert names == ["renamed in QGIS", "walk 2", "walk 3"]
    marks = sorted(f["name"] for f in QgsVectorLayer(f"{gpkg}|layername={WAYPOINTS}", "w", "ogr").getFeatures())
    assert marks == ["W1", "W2", "W3", "added in QGIS"]
    # And QGIS can go on editing after the import.
    assert tracks.startEditing() and tracks.deleteFeature(first.id()) and tracks.commitChanges()
    check(gpkg)


def test_two_import_processes_at_once_both_land(tmp_path: Path) -> None:
    gpkg = tmp_path / "field.gpkg"
    write_results([read_field_file(make_gpx(tmp_path, 0, 10))], str(gpkg))
    go = tmp_path / "go"
    workers = [start_worker(gpkg, go, make_gpx(tmp_path, n, 10_000)) for n in (1, 2)]
    go.touch()
    outputs = [w.communicate()[0].strip() for w in workers]
    assert outputs == ["DONE 1 0", "DONE 1 0"]
    assert len(check(gpkg)) == 3


def test_two_imports_of_the_same_file_at_once_write_it_once(tmp_path: Path) -> None:
    gpkg = tmp_path / "field.gpkg"
    same = make_gpx(tmp_path, 1, 10_000)
    go = tmp_path / "go"
    workers = [start_worker(gpkg, go, same) for _ in range(2)]
    go.touch()
    outputs = sorted(w.communicate()[0].strip() for w in workers)
    assert outputs == ["DONE 0 1", "DONE 1 0"]
    assert len(check(gpkg)) == 1


def test_a_second_import_that_cannot_wait_fails_clearly(tmp_path: Path) -> None:
    from patrol_planner.qgis_adapters.stores.gpkg import field_store
    from patrol_planner.qgis_adapters.stores.imports import SPECS, _create_layer

    gpkg = tmp_path / "field.gpkg"
    write_results([read_field_file(make_gpx(tmp_path, 0, 10))], str(gpkg))
    with field_store(gpkg, SPECS, _create_layer):  # an import in progress holds the GeoPackage
        waiting = start_worker(gpkg, Path("-"), make_gpx(tmp_path, 1, 10), LOCK_TIMEOUT_S="0.5")
        output = waiting.communicate()[0].strip()
    assert output.startswith("FAILED") and "another import is still writing to this GeoPackage" in output
    assert len(check(gpkg)) == 1


def test_kill_9_at_random_points_keeps_every_earlier_import(tmp_path: Path) -> None:
    gpkg = tmp_path / "field.gpkg"
    write_results([read_field_file(make_gpx(tmp_path, 0, 100))], str(gpkg))

    def run(number: int, kill_after: float = -1.0) -> float:
        go = tmp_path / f"go{number}"
        worker = start_worker(gpkg, go, make_gpx(tmp_path, number, 5_000))
        go.touch()
        start = time.perf_counter()
        if kill_after >= 0:
            time.sleep(kill_after)
            worker.kill()  # SIGKILL
        worker.wait()
        return time.perf_counter() - start

    write_seconds = run(1)
    rng = random.Random(13)
    landed = 0
    for number in range(2, 8):
        earlier = check(gpkg)
        run(number, rng.uniform(0.0, 1.2 * write_seconds))  # some kills land after the commit
        after = check(gpkg)
        assert set(earlier) <= set(after) and len(after) - len(earlier) in (0, 1)
        landed += len(after) - len(earlier)
    print(f"kill -9: 6 kills at random within 1.2 x the {write_seconds:.2f} s an import takes; {landed} had committed")
    # The lock died with the killed processes: the next import goes through.
    assert len(write_results([read_field_file(make_gpx(tmp_path, 99, 10))], str(gpkg)).written) == 1
    check(gpkg)


def test_the_same_track_saved_again_with_crlf_endings_is_a_duplicate(tmp_path: Path) -> None:
    gpkg = tmp_path / "field.gpkg"
    original = make_gpx(tmp_path, 1, 50)
    dos = tmp_path / "copy with crlf.gpx"
    dos.write_bytes(original.read_bytes().replace(b"\n", b"\r\n"))
    assert len(write_results([read_field_file(original)], str(gpkg)).written) == 1
    report = write_results([read_field_file(dos)], str(gpkg))
    assert report.written == [] and report.duplicates == [str(dos)]
    assert len(check(gpkg)) == 1


def test_a_geopackage_from_an_older_version_gets_the_missing_field_and_layer(tmp_path: Path) -> None:
    from osgeo import ogr

    from patrol_planner.qgis_adapters.stores.imports import FOOTPRINTS

    gpkg = tmp_path / "field.gpkg"
    original = make_gpx(tmp_path, 1, 50)
    write_results([read_field_file(original)], str(gpkg))
    ds = ogr.Open(str(gpkg), 1)
    assert ds.DeleteLayer(FOOTPRINTS) == 0
    ds.ExecuteSQL(f"ALTER TABLE {IMPORTS} DROP COLUMN content_sha256")
    ds = None
    dos = tmp_path / "crlf.gpx"
    dos.write_bytes(original.read_bytes().replace(b"\n", b"\r\n"))
    drone = Path(__file__).resolve().parents[1] / "data" / "field" / "dji_srt" / "juanirache" / "p4_rtk.SRT"
    report = write_results([read_field_file(dos), read_field_file(drone)], str(gpkg))
    # The old row has no content digest: the CRLF copy cannot be recognised by content, only new rows can.
    assert len(report.written) == 2
    assert len(write_results([read_field_file(dos)], str(gpkg)).duplicates) == 1
    footprints = QgsVectorLayer(f"{gpkg}|layername={FOOTPRINTS}", "f", "ogr")
    assert footprints.isValid() and footprints.featureCount() == 1
    assert len(check(gpkg)) == 3


def test_the_write_lock_is_held_only_while_a_files_rows_are_written(tmp_path: Path) -> None:
    # Between two files of an import nothing holds the GeoPackage: a coordinator's save made then, by a
    # connection that does not wait at all (timeout 0), goes through (issue 28).
    gpkg = tmp_path / "field.gpkg"
    write_results([read_field_file(make_gpx(tmp_path, 0, 10))], str(gpkg))
    with sqlite3.connect(str(gpkg)) as db:
        db.execute("CREATE TABLE coordinator_notes (note TEXT)")
    db.close()
    saves = []

    class SaveBetweenFiles:
        def set_progress(self, percent: float) -> None:
            coordinator = sqlite3.connect(str(gpkg), timeout=0)
            try:
                with coordinator:
                    coordinator.execute("INSERT INTO coordinator_notes VALUES (?)", (f"at {percent:.0f} %",))
                saves.append(percent)
            finally:
                coordinator.close()

        def is_canceled(self) -> bool:
            return False

    files = [read_field_file(make_gpx(tmp_path, n, 50)) for n in range(1, 5)]
    report = write_results(files, str(gpkg), feedback=SaveBetweenFiles())
    assert len(report.written) == 4 and len(saves) >= 3
    assert len(check(gpkg)) == 5


def test_a_cancelled_geopackage_import_keeps_whole_files(tmp_path: Path) -> None:
    from patrol_planner.planner.core import Cancelled

    gpkg = tmp_path / "field.gpkg"

    class CancelAfterTwo:
        calls = 0

        def set_progress(self, percent: float) -> None:
            self.calls += 1

        def is_canceled(self) -> bool:
            return self.calls >= 2

    files = [read_field_file(make_gpx(tmp_path, n, 50)) for n in range(4)]
    with pytest.raises(Cancelled):
        write_results(files, str(gpkg), feedback=CancelAfterTwo())
    assert len(check(gpkg)) == 2  # whole files, each committed on its own
    assert len(write_results(files, str(gpkg)).written) == 2  # the next import adds the rest
