# SPDX-License-Identifier: GPL-2.0-or-later
"""The UI thread stays responsive while the dock plans (issue 19, finding 8).

A timer ticks every 20 ms on the UI thread while the plan runs in the
background; the longest gap between two ticks is how long the coordinator's
window was frozen.  The training area (about 20 km of rivers, 3 teams) makes
a plan that takes several seconds.
"""

from __future__ import annotations

import gc
import time
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime, QElapsedTimer, QTimer

ROOT = Path(__file__).resolve().parents[2]
TRAINING = ROOT / "resources" / "training" / "training.gpkg"
LIMIT_MS = 200


class Heartbeat:
    """Records the longest gap between ticks of a 20 ms timer on the UI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.last = 0
        self.longest = 0
        self.gaps = []  # (ms since start, gap in ms) of every gap over 100 ms, for the report
        self.watch = None  # a dock: count the ticks at which automatic garbage collection was on during its step
        self.collecting_ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.timer.start()

    def tick(self) -> None:
        now = self.clock.elapsed()
        if now - self.last > 100:
            self.gaps.append((self.last, now - self.last))
        self.longest = max(self.longest, now - self.last)
        self.last = now
        if self.watch is not None and self.watch.run is not None and self.watch.run.task is not None \
                and gc.isenabled():
            self.collecting_ticks += 1

    def stop(self) -> int:
        self.timer.stop()
        return self.longest


def spin(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.002)


def click_and_wait(dock, button, heartbeat, seconds=300.0) -> float:
    """Clicks from the event loop (so the click's own work is measured), waits, and measures the aftermath."""
    started = time.monotonic()
    heartbeat.start()
    spin(0.1)
    QTimer.singleShot(0, button.click)
    spin(0.1)
    assert dock.run is not None, "the step runs in the background"
    while dock.run is not None:
        assert time.monotonic() - started < seconds
        QgsApplication.processEvents()
        time.sleep(0.002)
    spin(0.5)  # showing and styling the result layers happens here
    return time.monotonic() - started


@pytest.fixture()
def training_dock(qgis_iface, qgis_new_project, patrol_provider):
    from patrol_planner.ui.dock import PatrolPlannerDock

    project = QgsProject.instance()
    project.clear()
    layers = {}
    for name in ("rivers", "trails", "plots", "bases", "nogo"):
        layers[name] = QgsVectorLayer(f"{TRAINING}|layername={name}", name, "ogr")
        assert layers[name].isValid()
        project.addMapLayer(layers[name])
    dock = PatrolPlannerDock(qgis_iface)
    for key, layer in layers.items():
        getattr(dock.form, f"{key}Combo").setLayer(layer)
    dock.form.startEdit.setDateTime(QDateTime.fromString("2026-12-01T06:00", "yyyy-MM-ddTHH:mm"))
    dock.form.timeLimitSSpin.setValue(4)
    for name, base in (("Equipo Huacamayo", "Nueva Alianza"), ("Equipo Lupuna", "Puerto Lupuna")):
        dock.teams.add_team({"name": name, "base": base, "end_base": "", "days": 3, "hours_per_day": 8})
    yield dock
    dock.cancel()
    while dock.run is not None:
        QgsApplication.processEvents()
    dock.dispose()
    dock.deleteLater()
    project.clear()


def test_the_window_never_freezes_while_planning(training_dock, qgis_iface) -> None:
    heartbeat = Heartbeat()
    heartbeat.watch = training_dock
    seconds = click_and_wait(training_dock, training_dock.form.planButton, heartbeat)
    longest = heartbeat.stop()
    print(f"planning took {seconds:.1f} s; longest UI freeze {longest} ms (limit {LIMIT_MS} ms); "
          f"gaps over 100 ms (at ms, length ms): {heartbeat.gaps}")
    assert training_dock.results.layer("stops") is not None, "the plan finished"
    # The freeze came from full garbage collections started by the worker (0.26-0.32 s on a loaded machine, about
    # 0.12-0.18 s on a quieter one): the mechanism is checked directly, as the gap alone depends on the load.
    assert heartbeat.collecting_ticks == 0, "automatic garbage collection ran while the plan was computed"
    assert longest < LIMIT_MS


def test_the_window_never_freezes_while_importing_and_checking_coverage(training_dock, qgis_iface, tmp_path) -> None:
    """The import (run by Processing's own dialog, here by the same background runner) and the coverage step."""
    from patrol_planner.ui.task_runner import AlgorithmRun

    training = TRAINING.parent
    files = sorted(str(p) for p in (training / "tracks").glob("*.gpx")) + sorted(
        str(p) for p in (training / "drone").glob("*.SRT"))
    gpkg = tmp_path / "field.gpkg"
    heartbeat = Heartbeat()
    heartbeat.start()
    run = AlgorithmRun("patrol_planner:import_field_data", {"FILES": files, "GEOPACKAGE": str(gpkg)}, qgis_iface)
    done = []
    run.finished.connect(lambda ok, results: done.append((ok, results)))
    QTimer.singleShot(0, run.start)
    started = time.monotonic()
    while not done:
        assert time.monotonic() - started < 300
        QgsApplication.processEvents()
        time.sleep(0.002)
    spin(0.3)
    import_ms = heartbeat.stop()
    assert done[0][0] and done[0][1]["IMPORTED"] >= 6
    training_dock.show_field_tracks(str(gpkg))
    heartbeat = Heartbeat()
    seconds = click_and_wait(training_dock, training_dock.form.coverageButton, heartbeat)
    coverage_ms = heartbeat.stop()
    print(f"import: longest UI freeze {import_ms} ms; coverage took {seconds:.1f} s, longest UI freeze "
          f"{coverage_ms} ms (limit {LIMIT_MS} ms); gaps over 100 ms: {heartbeat.gaps}")
    assert "plots were checked" in training_dock.form.coverageSummary.text()
    assert import_ms < LIMIT_MS and coverage_ms < LIMIT_MS
