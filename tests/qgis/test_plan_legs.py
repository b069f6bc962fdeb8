"""The plan's legs layer and the pilot's files through processing.run, on the small hand-made area."""

from __future__ import annotations

import math
from pathlib import Path

from qgis.core import QgsVectorLayer

from .test_plan_algorithms import plan, rows, run


def test_the_legs_layer_replays_with_the_boat_continuous(patrol_provider, small_area, tmp_path: Path) -> None:
    gpkg = tmp_path / "routes.gpkg"
    result = plan(small_area, ["Equipo A", "Alfa", "", 1, 12], ROUTES=str(gpkg), BOATS="Equipo A=40hp",
                  FUEL="Equipo A=200", LEGS=f"ogr:dbname='{gpkg}' table=\"legs\" (geom)")
    legs = QgsVectorLayer(f"{gpkg}|layername=legs", "legs", "ogr")
    assert legs.isValid(), result
    assert legs.fields().names()[1:] == ["team", "day", "seq", "mode", "start", "end", "hours", "km", "fuel_l"]
    got = sorted(rows(legs), key=lambda r: r["seq"])
    assert {r["mode"] for r in got} <= {"boat", "boat_empty", "trail", "forest", "transfer", "wait"}
    assert "boat" in {r["mode"] for r in got}
    assert [r["start"] for r in got] == sorted(r["start"] for r in got)
    assert sum(r["fuel_l"] for r in got) > 0 and all(r["fuel_l"] == 0 for r in got if r["mode"] not in
                                                       ("boat", "boat_empty"))
    boat_at = None
    for f in sorted(legs.getFeatures(), key=lambda f: f["seq"]):
        if f["mode"] in ("boat", "boat_empty"):
            line = f.geometry().asPolyline()
            if boat_at is not None:
                assert math.dist((line[0].x(), line[0].y()), boat_at) < 1.0
            boat_at = (line[-1].x(), line[-1].y())
    # the routes layer is still in the same GeoPackage
    assert QgsVectorLayer(f"{gpkg}|layername=routes", "routes", "ogr").featureCount() >= 1
    stops = QgsVectorLayer(result["STOPS"]) if isinstance(result["STOPS"], str) else result["STOPS"]
    routes = QgsVectorLayer(f"{gpkg}|layername=routes", "routes", "ogr")
    out = run("patrol_briefing", {"ROUTES": routes, "STOPS": stops, "LEGS": legs, "OUTPUT_FOLDER": str(tmp_path)})
    sheet = (tmp_path / "Equipo_A_piloto.txt").read_text(encoding="utf-8")
    assert "Equipo A" in sheet and "Day 1:" in sheet and "take the team" in sheet
    assert out["COUNT"] == 1


def test_what_if_runs_the_same_inputs_and_says_what_each_change_adds(patrol_provider, small_area) -> None:
    params = dict(small_area, TEAMS=["Equipo A", "Alfa", "", 1, 12], START="2026-12-01T06:00", TIME_LIMIT=1,
                  FUEL="Equipo A=5")
    summary = run("what_if", params)["SUMMARY"].splitlines()
    assert [line.split(":")[0] for line in summary] == ["as planned", "one more day", "one more team", "more fuel"]
    assert "plots, priority" in summary[0] and "(+0 plots, +0.0 priority)" in summary[0]
