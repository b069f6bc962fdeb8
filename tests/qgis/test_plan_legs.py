"""The plan's legs layer and the pilot's files through processing.run, on the small hand-made area."""

from __future__ import annotations

import json
import math
from pathlib import Path

from qgis.core import QgsVectorLayer

from .plan_support import plan, rows, run


def test_the_legs_layer_replays_with_the_boat_continuous(patrol_provider, small_area, tmp_path: Path) -> None:
    gpkg = tmp_path / "routes.gpkg"
    result = plan(
        small_area,
        ["Equipo A", "Alfa", "", 1, 12],
        ROUTES=str(gpkg),
        BOATS="Equipo A=40hp",
        FUEL="Equipo A=200",
        LEGS=f"ogr:dbname='{gpkg}' table=\"legs\" (geom)",
    )
    legs = QgsVectorLayer(f"{gpkg}|layername=legs", "legs", "ogr")
    assert legs.isValid(), result
    assert legs.fields().names()[1:] == ["team", "day", "seq", "mode", "start", "end", "hours", "km", "fuel_l", "who"]
    got = sorted(rows(legs), key=lambda r: r["seq"])
    assert {r["mode"] for r in got} <= {"boat", "boat_empty", "trail", "forest", "transfer", "wait"}
    assert "boat" in {r["mode"] for r in got}
    assert [r["start"] for r in got] == sorted(r["start"] for r in got)
    assert sum(r["fuel_l"] for r in got) > 0 and all(
        r["fuel_l"] == 0 for r in got if r["mode"] not in ("boat", "boat_empty")
    )
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
    params = dict(
        small_area, TEAMS=["Equipo A", "Alfa", "", 1, 12], START="2026-12-01T06:00", TIME_LIMIT=1, FUEL="Equipo A=5"
    )
    result = run("what_if", params)
    summary = result["SUMMARY"].splitlines()
    assert [line.split(":")[0] for line in summary] == [
        "as planned",
        "one more day for Equipo A",
        "one more team for Equipo A",
        "more fuel for Equipo A",
    ]
    assert "plots, priority" in summary[0] and "(+0 plots, +0.0 priority)" in summary[0]
    answers = json.loads(result["ANSWERS"])
    assert [(a["label"], a["team"]) for a in answers] == [
        ("as planned", ""),
        ("one more day", "Equipo A"),
        ("one more team", "Equipo A"),
        ("more fuel", "Equipo A"),
    ]
    assert answers[1]["extra_plots"] == answers[1]["plots"] - answers[0]["plots"]


def test_the_pilots_files_hide_the_bases_and_take_the_pdfs_stems(patrol_provider, small_area, tmp_path: Path) -> None:
    """Issue 27: no base name nor a point within the hiding distance on the pilot's sheet or GPX; landings
    L1, L2...; "Equipo Ñandú" and "Equipo Nandu" each keep their own sheet beside their own PDF."""
    import re

    import gpxpy

    gpkg = tmp_path / "routes.gpkg"
    teams = ["Equipo Ñandú", "Alfa", "", 1, 6, "Equipo Nandu", "Alfa", "", 1, 6]
    result = plan(
        small_area,
        teams,
        ROUTES=str(gpkg),
        BOATS="Equipo Ñandú=40hp;Equipo Nandu=40hp",
        FUEL="Equipo Ñandú=200;Equipo Nandu=200",
        LEGS=f"ogr:dbname='{gpkg}' table=\"legs\" (geom)",
    )
    legs = QgsVectorLayer(f"{gpkg}|layername=legs", "legs", "ogr")
    stops = QgsVectorLayer(result["STOPS"]) if isinstance(result["STOPS"], str) else result["STOPS"]
    routes = QgsVectorLayer(f"{gpkg}|layername=routes", "routes", "ogr")
    out = tmp_path / "out"
    run("patrol_briefing", {"ROUTES": routes, "STOPS": stops, "LEGS": legs, "OUTPUT_FOLDER": str(out)})
    pdfs = sorted(p.stem for p in out.glob("*.pdf"))
    sheets = sorted(p.name[: -len("_piloto.txt")] for p in out.glob("*_piloto.txt"))
    assert pdfs and sheets == pdfs
    bases = [f.geometry().asPoint() for f in small_area["BASES"].getFeatures()]
    for sheet in out.glob("*_piloto.txt"):
        text = sheet.read_text(encoding="utf-8")
        assert "Alfa" not in text and "Beta" not in text, text
        assert not re.search(r"\d+\.\d{4,} [NS]", text), "no coordinates on the sheet: landings are named"
        assert "take the team" in text
        for gpx_path in out.glob("*_piloto.gpx"):
            doc = gpxpy.parse(gpx_path.read_text(encoding="utf-8"))
            assert all(re.fullmatch(r"L\d+", w.name) for w in doc.waypoints)
            from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

            to_utm = QgsCoordinateTransform(
                QgsCoordinateReferenceSystem("EPSG:4326"), small_area["BASES"].crs(), QgsProject.instance()
            )
            points = [
                to_utm.transform(QgsPointXY(p.longitude, p.latitude))
                for p in [*doc.waypoints, *(q for r in doc.routes for q in r.points)]
            ]
            for base in bases:
                assert all(math.dist((p.x(), p.y()), (base.x(), base.y())) > 500.0 for p in points)
