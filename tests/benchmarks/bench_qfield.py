"""Figures for the QField round trip on the training data (issue 30): package size, layers, import counts.

Plans the training area (three teams, three days), writes each team's QField package, fills a verdict on
every plot of the first team as a guard would (every third one with a photo, every fifth not reached), adds
a recorded track, then imports the package twice and runs the alert ledger over the season.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_qfield.py
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication, QgsLineString, QgsPoint, QgsProject, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    from patrol_planner.provider.provider import PatrolPlannerProvider

    Processing.initialize()
    provider = PatrolPlannerProvider()  # kept: the registry drops a provider Python frees
    QgsApplication.processingRegistry().addProvider(provider)
    sys.path.insert(0, str(ROOT / "scripts"))
    from demo import GPKG, TEAMS

    def layer(name):
        return QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")

    context = {k: layer(k.lower()) for k in ("RIVERS", "TRAILS", "BASES", "PLOTS", "NOGO")}
    plan = processing.run(
        "patrol_planner:plan_patrols",
        dict(
            context,
            TEAMS=[v for team in TEAMS for v in team],
            START="2026-12-01T06:00",
            TIME_LIMIT=5,
            ROUTES="memory:",
            STOPS="memory:",
            UNPLANNED="memory:",
        ),
    )
    work = Path(tempfile.mkdtemp(prefix="bench_qfield_"))
    params = {k: context[k] for k in ("RIVERS", "TRAILS", "BASES", "NOGO")}
    started = time.perf_counter()
    exported = processing.run(
        "patrol_planner:export_qfield",
        dict(params, ROUTES=plan["ROUTES"], STOPS=plan["STOPS"], OUTPUT_FOLDER=str(work / "qfield")),
    )
    projects = exported["PROJECTS"].split(";")
    print(f"export of {len(projects)} packages: {time.perf_counter() - started:.1f} s")
    for qgs in projects:
        folder = Path(qgs).parent
        project = QgsProject()
        project.read(qgs)
        layers = project.mapLayers().values()
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
        plots = project.mapLayersByName("Plots")[0].featureCount()
        with sqlite3.connect(folder / "basemap.mbtiles") as tiles:
            zooms = dict(tiles.execute("SELECT name, value FROM metadata WHERE name LIKE '%zoom'").fetchall())
            count = tiles.execute("SELECT count(*) FROM tiles").fetchone()[0]
        print(
            f"{folder.name}: {size / 1e6:.2f} MB, {len(layers)} layers "
            f"({sum(layer.isValid() for layer in layers)} valid), {plots} plots, "
            f"basemap zoom {zooms['minzoom']}-{zooms['maxzoom']} in {count} tiles; "
            + ", ".join(f"{p.name} {p.stat().st_size / 1e3:.0f} kB" for p in sorted(folder.iterdir()) if p.is_file())
        )
    folder = Path(projects[0]).parent
    plots = QgsVectorLayer(f"{folder / 'patrol.gpkg'}|layername=plots", "plots", "ogr")
    fields = plots.fields()
    plots.startEditing()
    for n, feature in enumerate(plots.getFeatures()):
        verdict = "not_reached" if n % 5 == 4 else ("coca", "clearing", "nothing")[n % 3]
        plots.changeAttributeValue(feature.id(), fields.indexOf("verdict"), verdict)
        plots.changeAttributeValue(feature.id(), fields.indexOf("notes"), f"bench {n}")
        if n % 3 == 0:
            (folder / "DCIM" / f"p{n}.jpg").write_bytes(b"\xff\xd8" + bytes([n % 256]) * 200_000)
            plots.changeAttributeValue(feature.id(), fields.indexOf("photo"), f"DCIM/p{n}.jpg")
    plots.commitChanges()
    tracks = QgsVectorLayer(f"{folder / 'patrol.gpkg'}|layername=tracks", "tracks", "ogr")
    start = next(plots.getFeatures()).geometry().asPoint()
    line = QgsLineString([QgsPoint(start.x() + 5 * k, start.y() + 3 * k, 0.0, 10.0 * k) for k in range(2000)])
    from qgis.core import QgsFeature, QgsGeometry

    feature = QgsFeature(tracks.fields())
    feature.setGeometry(QgsGeometry(line))
    tracks.dataProvider().addFeatures([feature])
    store = work / "field.gpkg"
    for attempt in ("first", "again"):
        started = time.perf_counter()
        result = processing.run(
            "patrol_planner:import_verdicts", {"PACKAGE": str(folder), "GEOPACKAGE": str(store), "OUTPUT": "memory:"}
        )
        print(
            f"import {attempt}: {result['VERDICTS']} verdicts added, {result['DUPLICATES']} already imported, "
            f"{result['PHOTOS']} photos kept, {result['TRACKS']} tracks added; "
            f"{result['OUTPUT'].featureCount()} plots with a status ({time.perf_counter() - started:.2f} s)"
        )
    print(f"packages in {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
