"""The shared field store in PostGIS with several coordinators at once, and the algorithms writing to it."""

from __future__ import annotations

import json
import math
import random
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from patrol_planner.planner.store import SCHEMA_VERSION, import_sql
from patrol_planner.qgis_adapters.stores.postgis import PostgisStore

from .postgis_support import FIELD, read, run_sql

WORKER = Path(__file__).resolve().parents[1] / "support" / "import_worker.py"


def write_walks(folder: Path, count: int, points: int, seed: int = 3) -> list:
    """``count`` distinct GPX tracks of ``points`` points near Pucallpa."""
    rng = random.Random(seed)
    paths = []
    for number in range(count):
        lon, lat, heading = -74.55 + rng.uniform(-0.1, 0.1), -8.38 + rng.uniform(-0.1, 0.1), rng.uniform(0, 6.3)
        t = datetime(2024, 3, 1, 12, tzinfo=timezone.utc) + timedelta(days=number)
        rows = []
        for _ in range(points):
            heading += rng.gauss(0, 0.3)
            lon, lat = lon + 10 * math.sin(heading) / 110_000, lat + 10 * math.cos(heading) / 110_000
            t += timedelta(seconds=10)
            rows.append(f'<trkpt lat="{lat:.7f}" lon="{lon:.7f}"><time>{t:%Y-%m-%dT%H:%M:%SZ}</time></trkpt>')
        path = folder / f"walk_{number:03d}.gpx"
        path.write_text(
            '<?xml version="1.0"?><gpx version="1.1" creator="test" '
            f'xmlns="http://www.topografix.com/GPX/1/1"><trk><name>walk {number}</name><trkseg>'
            + "".join(rows)
            + "</trkseg></trk></gpx>",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def test_two_import_processes_at_once_store_every_file_once(shared_db, tmp_path: Path) -> None:
    url, schema = shared_db  # no schema yet: both processes create it at once (one waits for the other's lock)
    paths = [str(p) for p in write_walks(tmp_path, 40, 300)]
    go = tmp_path / "go"
    # Both coordinators import all 40 files, in opposite orders, starting at the same moment.
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), url, schema, str(go), *order],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for order in (paths, paths[::-1])
    ]
    while len(list(tmp_path.glob("go.*.ready"))) < 2:  # however long reading takes (pytest-timeout ends a hang)
        assert all(w.poll() is None for w in workers), [w.communicate() for w in workers]
        time.sleep(0.05)
    go.touch()  # both have read their files: now they write together
    outs = []
    for worker in workers:
        stdout, stderr = worker.communicate()
        assert worker.returncode == 0, stderr
        outs.append(json.loads(stdout.strip().splitlines()[-1]))
    first, second = outs
    assert max(first["began"], second["began"]) < min(first["ended"], second["ended"]), "the imports did not overlap"
    assert not set(first["written"]) & set(second["written"])
    assert len(first["written"]) + len(second["written"]) == 40
    assert len(first["duplicates"]) + len(second["duplicates"]) == 40
    store = PostgisStore(url, schema)
    assert run_sql(store, f'SELECT version FROM "{schema}".schema_version') == [[SCHEMA_VERSION]]
    assert (store.count("field_imports"), store.count("field_tracks"), store.count("field_track_points")) == (
        40,
        40,
        40 * 300,
    )
    assert run_sql(
        store, f'SELECT count(DISTINCT (source_sha256, track_no, seq)) FROM "{schema}".field_track_points'
    ) == [[40 * 300]]


def test_algorithms_write_to_the_shared_database(shared_db, qgis_processing) -> None:
    import processing
    from qgis.core import QgsApplication

    from patrol_planner.provider.provider import PatrolPlannerProvider

    provider = PatrolPlannerProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        url, schema = shared_db
        params = {
            "FILES": [str(FIELD / "gpx/togeojson/run.gpx"), str(FIELD / "dji_srt/juanirache/p4_rtk.SRT")],
            "KIND": 0,
            "CONNECTION": url,
            "SCHEMA": schema,
        }
        result = processing.run("patrol_planner:import_field_data", params)
        assert (result["IMPORTED"], result["DUPLICATES"]) == (2, 0)
        assert processing.run("patrol_planner:import_field_data", params)["DUPLICATES"] == 2
        store = PostgisStore(url, schema)
        lon, lat = run_sql(
            store,
            f'SELECT ST_X(geom), ST_Y(geom) FROM "{schema}".field_track_points '
            "WHERE source_line IS NOT NULL ORDER BY fid LIMIT 1",
        )[0]
        plots = QgsVectorLayer("Point?crs=EPSG:4326&field=plot_id:string", "plots", "memory")
        stops = QgsVectorLayer(
            "Point?crs=EPSG:4326&field=team:string&field=day:integer&field=seq:integer&field=arrival:string",
            "stops",
            "memory",
        )
        for layer, rows in ((plots, [["seen"], ["unseen"]]), (stops, [["A", 1, 1, ""], ["A", 1, 2, ""]])):
            features = []
            for attributes, dx in zip(rows, (0.0, 0.02)):
                feature = QgsFeature(layer.fields())
                feature.setAttributes(attributes)
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon + dx, lat)))
                features.append(feature)
            layer.dataProvider().addFeatures(features)
        out = processing.run(
            "patrol_planner:plot_coverage", {"PLOTS": plots, "CONNECTION": url, "SCHEMA": schema, "OUTPUT": "memory:"}
        )["OUTPUT"]
        assert [(f["plot_id"], f["covered"]) for f in out.getFeatures()] == [("seen", 1), ("unseen", 0)]
        history = run_sql(
            store,
            f'SELECT plot_id, covered, run_by, ST_X(geom), ST_Y(geom) FROM "{schema}".'
            "coverage_history ORDER BY plot_id",
        )
        assert [row[:3] for row in history] == [["seen", 1, "postgres"], ["unseen", 0, "postgres"]]
        assert history[0][3:] == [pytest.approx(lon, abs=1e-9), pytest.approx(lat, abs=1e-9)]
        out = processing.run(
            "patrol_planner:plan_vs_actual", {"STOPS": stops, "CONNECTION": url, "SCHEMA": schema, "OUTPUT": "memory:"}
        )["OUTPUT"]
        assert [f["reached"] for f in out.getFeatures()] == [1, 0]
        assert run_sql(
            store,
            f'SELECT p.name, s.stop_id, o.reached FROM "{schema}".patrol_plans p JOIN "{schema}".'
            f'plan_stops s USING (plan_id) JOIN "{schema}".stop_outcomes o USING (plan_id, stop_id) '
            "ORDER BY s.stop_id",
        ) == [["stops", "A-1-1", 1], ["stops", "A-1-2", 0]]
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)


def test_a_plan_and_its_outcome_join_the_shared_record(shared_db, patrol_provider, small_area, tmp_path) -> None:
    import processing
    from qgis.core import QgsCoordinateTransform, QgsProject

    url, schema = shared_db
    plan = processing.run(
        "patrol_planner:plan_patrols",
        dict(
            small_area,
            TEAMS=["Equipo A", "Alfa", "", 1, 12],
            START="2026-12-01T06:00",
            TIME_LIMIT=2,
            ROUTES="memory:",
            STOPS="memory:",
            UNPLANNED="memory:",
            CONNECTION=url,
            SCHEMA=schema,
        ),
    )
    stops = plan["STOPS"]
    store = PostgisStore(url, schema)
    recorded = run_sql(store, f'SELECT plan_id, name FROM "{schema}".patrol_plans')
    assert len(recorded) == 1 and recorded[0][1] == "plan 2026-12-01T06:00"
    assert store.count("plan_stops") == stops.featureCount()
    # The team walked to the first plot and no further.
    first = next(f for f in sorted(stops.getFeatures(), key=lambda f: f["seq"]) if f["kind"] == "plot")
    to_wgs84 = QgsCoordinateTransform(stops.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    here = to_wgs84.transform(first.geometry().asPoint())
    walk = tmp_path / "walk.gpx"
    walk.write_text(
        '<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1">'
        f'<trk><trkseg><trkpt lat="{here.y() - 0.001}" lon="{here.x()}"><time>2026-12-01T14:00:00Z</time>'
        f'</trkpt><trkpt lat="{here.y()}" lon="{here.x()}"><time>2026-12-01T14:02:00Z</time></trkpt>'
        "</trkseg></trk></gpx>",
        encoding="utf-8",
    )
    processing.run("patrol_planner:import_field_data", {"FILES": [str(walk)], "CONNECTION": url, "SCHEMA": schema})
    processing.run(
        "patrol_planner:plan_vs_actual", {"STOPS": stops, "CONNECTION": url, "SCHEMA": schema, "OUTPUT": "memory:"}
    )
    assert run_sql(store, f'SELECT count(*) FROM "{schema}".patrol_plans') == [[1]]  # the same plan, not a copy
    reached = run_sql(
        store,
        f'SELECT o.stop_id FROM "{schema}".stop_outcomes o JOIN "{schema}".plan_stops s '
        "USING (plan_id, stop_id) WHERE o.reached = 1",
    )
    assert reached == [[f"Equipo A-{first['day']}-{first['seq']}"]]
    assert store.count("stop_outcomes") == stops.featureCount()


def test_coverage_never_sees_a_file_another_coordinator_is_still_importing(shared_db, postgis_cluster) -> None:
    url, schema = shared_db
    store = PostgisStore(url, schema)
    run, jezero = read([FIELD / "gpx/togeojson/run.gpx", FIELD / "gpx/gpxpy/cerknicko-jezero.gpx"])
    store.write_results([run])
    utm = QgsCoordinateReferenceSystem("EPSG:32619")
    before = store.load_tracks(utm)
    # Another coordinator's import, written but not yet committed, held open in psql.
    other = subprocess.Popen(
        [str(postgis_cluster.bin / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        other.stdin.write("BEGIN;\n" + import_sql(schema, jezero) + ";\n")
        other.stdin.flush()
        # the other import is written and waits uncommitted: only then does reading prove anything
        while run_sql(store, "SELECT count(*) FROM pg_stat_activity WHERE state = 'idle in transaction'") != [[1]]:
            assert other.poll() is None, other.stderr.read()
            time.sleep(0.1)
        assert [t.track_id for t in store.load_tracks(utm)] == [t.track_id for t in before]
        assert jezero.sha256 not in store.imported_hashes()
        other.stdin.write("COMMIT;\n")
        other.stdin.close()
        assert other.wait() == 0, other.stderr.read()
    finally:
        if other.poll() is None:
            other.kill()
    assert len(store.load_tracks(utm)) == len(before) + 7  # its 8 tracks, one without points


def test_the_dock_finds_the_store_of_a_tracks_layer(shared_db, tmp_path, patrol_provider) -> None:
    import processing

    from patrol_planner.qgis_adapters.stores.field_store import shared_tracks_layer, store_parameters

    url, schema = shared_db
    result = processing.run(
        "patrol_planner:import_field_data",
        {"FILES": [str(FIELD / "gpx/togeojson/run.gpx")], "CONNECTION": url, "SCHEMA": schema},
    )
    assert (result["CONNECTION"], result["SCHEMA"]) == (url, schema)  # the dock shows the tracks from there
    layer = shared_tracks_layer(url, schema, "Field tracks")
    assert layer.providerType() == "postgres" and layer.featureCount() == 1
    store = store_parameters(layer)
    assert store["SCHEMA"] == schema and "dbname='patrol'" in store["CONNECTION"]
    plots = QgsVectorLayer("Point?crs=EPSG:4326&field=plot_id:string", "plots", "memory")
    feature = QgsFeature(plots.fields())
    feature.setAttributes(["P1"])
    feature.setGeometry(QgsGeometry(next(layer.getFeatures()).geometry().vertexAt(0)))
    plots.dataProvider().addFeatures([feature])
    out = processing.run("patrol_planner:plot_coverage", {"PLOTS": plots, **store, "OUTPUT": "memory:"})["OUTPUT"]
    assert [f["covered"] for f in out.getFeatures()] == [1]
    gpkg = tmp_path / "field.gpkg"
    processing.run(
        "patrol_planner:import_field_data", {"FILES": [str(FIELD / "gpx/togeojson/run.gpx")], "GEOPACKAGE": str(gpkg)}
    )
    local = QgsVectorLayer(f"{gpkg}|layername=field_tracks", "t", "ogr")
    assert store_parameters(local) == {"GEOPACKAGE": str(gpkg)}
    assert store_parameters(plots) == {}
