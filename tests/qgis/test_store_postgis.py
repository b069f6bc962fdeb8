"""The shared field store in a real PostgreSQL 15 + PostGIS 3 (a private cluster; see tests/support).

Several coordinators at once, and the algorithms on the shared store, are in test_store_postgis_shared.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from patrol_planner.planner.core import ExportError, InputError
from patrol_planner.planner.store import SCHEMA_VERSION, import_sql
from patrol_planner.qgis_adapters.stores.field_store import GeoPackageStore, open_store
from patrol_planner.qgis_adapters.stores.postgis import PostgisStore, conninfo_from_url

from .postgis_support import FIELD, read, run_sql

FILES = [
    FIELD / "gpx/togeojson/run.gpx",
    FIELD / "gpx/togeojson/wpt.gpx",
    FIELD / "dji_srt/juanirache/p4_rtk.SRT",
    FIELD / "drone_csv/litchi_waypoints.csv",
    FIELD / "gpx/gpxpy/cerknicko-jezero.gpx",
]
TABLES = ("field_imports", "field_tracks", "field_track_points", "field_waypoints", "drone_footprints")


def test_schema_is_created_versioned_indexed_and_migrated_once(shared_db) -> None:
    url, schema = shared_db
    store = PostgisStore(url, schema)
    assert store.version == SCHEMA_VERSION
    PostgisStore(url, schema)  # opening again migrates nothing
    assert run_sql(store, f'SELECT version FROM "{schema}".schema_version') == [[SCHEMA_VERSION]]
    spatial = {
        (row[0], row[1])
        for row in run_sql(
            store,
            f"SELECT tablename, substring(indexdef from 'USING (gist|brin)') FROM pg_indexes WHERE schemaname = "
            f"'{schema}' AND indexdef LIKE '%(geom)'",
        )
    }
    assert spatial == {
        ("field_tracks", "gist"),
        ("field_track_segments", "gist"),
        ("field_track_points", "brin"),
        ("field_waypoints", "gist"),
        ("drone_footprints", "gist"),
        ("coverage_history", "gist"),
        ("plan_stops", "gist"),
        ("stop_outcomes", "gist"),
    }
    columns = run_sql(
        store,
        f"SELECT f_table_name, type, srid FROM geometry_columns WHERE f_table_schema = '{schema}' "
        "AND f_table_name = 'field_track_points'",
    )
    assert columns == [["field_track_points", "POINT", 4326]]


def test_an_older_schema_is_migrated_when_opened(shared_db) -> None:
    from patrol_planner.planner.store import migration_sql

    url, schema = shared_db
    store = PostgisStore(url, schema, migrate=False)
    assert store.version is None
    run_sql(store, migration_sql(schema, upto=0))  # a store from before version 1: the version table only
    assert run_sql(store, f"SELECT to_regclass('\"{schema}\".field_imports')") == [[None]]
    assert PostgisStore(url, schema).version == SCHEMA_VERSION
    assert run_sql(store, f"SELECT to_regclass('\"{schema}\".field_imports')::text") == [[f"{schema}.field_imports"]]


def test_a_schema_newer_than_the_plugin_is_refused(shared_db) -> None:
    url, schema = shared_db
    store = PostgisStore(url, schema)
    run_sql(store, f"INSERT INTO \"{schema}\".schema_version (version, plugin) VALUES ({SCHEMA_VERSION + 1}, 'future')")
    with pytest.raises(
        InputError,
        match=rf"newer Patrol Planner \(schema version {SCHEMA_VERSION + 1}; this plugin "
        rf"knows up to {SCHEMA_VERSION}\)\. Update the Patrol Planner plugin",
    ):
        PostgisStore(url, schema)


def test_imports_match_the_geopackage_and_a_file_is_stored_once(shared_db, tmp_path: Path) -> None:
    url, schema = shared_db
    store = open_store(connection=url, schema=schema)
    results = read(FILES)
    report = store.write_results(results)
    assert (len(report.written), report.duplicates) == (5, [])
    again = store.write_results(read(FILES[:2]))
    assert (again.written, len(again.duplicates)) == ([], 2)
    gpkg = GeoPackageStore(tmp_path / "field.gpkg")
    gpkg.write_results(results)
    for table in TABLES:
        layer = QgsVectorLayer(f"{gpkg.path}|layername={table}", table, "ogr")
        assert store.count(table) == layer.featureCount(), table
    tracks = QgsVectorLayer(f"{gpkg.path}|layername=field_tracks", "t", "ogr")
    local = sorted(
        (f["source_sha256"], f["track_no"], f["length_m"], f["duration_s"], f["point_count"])
        for f in tracks.getFeatures()
    )
    shared = sorted(
        tuple(row)
        for row in run_sql(
            store, f'SELECT source_sha256, track_no, length_m, duration_s, point_count FROM "{schema}".field_tracks'
        )
    )
    assert [row[:2] + row[3:] for row in shared] == [row[:2] + row[3:] for row in local]
    assert [row[2] for row in shared] == pytest.approx([row[2] for row in local], rel=1e-6)  # measured by PostGIS
    # The database itself refuses a second copy of a file, whoever writes it.
    assert run_sql(store, import_sql(schema, results[0])) == [[0]]
    with pytest.raises(
        ExportError, match="duplicate key value violates unique constraint " '"field_imports_one_per_content"'
    ):
        run_sql(
            store,
            f'INSERT INTO "{schema}".field_imports (source_file, source_sha256) '
            f"VALUES ('copy.gpx', '{results[0].sha256}')",
        )
    # Same tracks for coverage from either store, in metres.
    utm = QgsCoordinateReferenceSystem("EPSG:32619")
    from_db = {t.track_id: t for t in store.load_tracks(utm)}
    from_gpkg = {t.track_id: t for t in gpkg.load_tracks(utm)}
    assert from_db.keys() == from_gpkg.keys() and len(from_db) == 9
    for key, track in from_gpkg.items():
        mine = from_db[key]
        assert mine.kind == track.kind and [len(s) for s in mine.segments] == [len(s) for s in track.segments]
        for a, b in zip(mine.segments[0], track.segments[0]):
            assert a[0] == pytest.approx(b[0], abs=1e-3) and a[1] == pytest.approx(b[1], abs=1e-3)
            assert a[2:] == b[2:]


def test_whole_files_read_back_for_sync(shared_db) -> None:
    url, schema = shared_db
    store = PostgisStore(url, schema)
    results = read(FILES)
    store.write_results(results)
    back = {r.sha256: r for r in store.read_results()}
    assert back.keys() == {r.sha256 for r in results}
    for original in results:
        copy = back[original.sha256]
        assert (copy.source, copy.format, copy.warnings, copy.skipped) == (
            original.source,
            original.format,
            original.warnings,
            original.skipped,
        )
        assert [t.points for t in copy.tracks] == [t.points for t in original.tracks]
        assert [(w.lon, w.lat, w.name, w.time, w.ele) for w in copy.waypoints] == [
            (w.lon, w.lat, w.name, w.time, w.ele) for w in original.waypoints
        ]
        assert [[(p.lon, p.lat) for p in t.points] for t in copy.routes] == [
            [(p.lon, p.lat) for p in t.points] for t in original.routes
        ]
    assert store.read_results(exclude=back.keys()) == []


def test_database_errors_name_the_database_without_the_password_or_the_sql(shared_db) -> None:
    url, schema = shared_db
    assert "password='s3cret'" in conninfo_from_url("postgresql://guard:s3cret@10.0.0.5:5433/patrol")
    with pytest.raises(InputError, match="no saved PostgreSQL connection named 'Oficina Aguaytia'"):
        open_store(connection="Oficina Aguaytia")
    store = PostgisStore(url, schema)
    with pytest.raises(ExportError) as error:
        run_sql(store, "SELECT * FROM nowhere")
    assert str(error.value) == (f'shared database {url} ({schema}): relation "nowhere" does not exist')
    wrong = url.replace("postgres@", "postgres:s3cret@").rsplit("/", 1)[0] + "/no_such_db"
    with pytest.raises(ExportError) as error:
        PostgisStore(wrong, schema)
    assert "s3cret" not in str(error.value)


def test_a_cancelled_import_keeps_whole_files_and_the_next_adds_the_rest(shared_db) -> None:
    from patrol_planner.planner.core import Cancelled

    class CancelAtSecondFile:
        def __init__(self) -> None:
            self.progress = []

        def set_progress(self, percent: float) -> None:
            self.progress.append(percent)

        def is_canceled(self) -> bool:
            return len(self.progress) >= 1

    url, schema = shared_db
    store = PostgisStore(url, schema)
    results = read(FILES[:3])
    with pytest.raises(Cancelled):
        store.write_results(results, feedback=CancelAtSecondFile())
    kept = store.imported_hashes()
    assert kept <= {results[0].sha256}  # the first file, whole, if it had started; nothing of the others
    assert store.count("field_track_points") == (results[0].point_count if kept else 0)
    report = store.write_results(results)
    assert len(report.written) == 3 - len(kept) and store.imported_hashes() == {r.sha256 for r in results}


def test_hostile_names_are_stored_as_text_and_plain_text_is_refused(shared_db, tmp_path: Path) -> None:
    url, schema = shared_db
    store = open_store(connection=url, schema=schema)
    hostile = f'x\'); DROP TABLE "{schema}".field_imports; --.gpx'
    gpx = tmp_path / "walk.gpx"
    gpx.write_text(FILES[0].read_text(encoding="utf-8"), encoding="utf-8")
    (result,) = read([gpx])
    result.source = hostile
    assert len(store.write_results([result], origin=hostile).written) == 1
    assert run_sql(
        store, f'SELECT source_file, origin FROM "{schema}".field_imports ' f"WHERE source_sha256 = '{result.sha256}'"
    ) == [[hostile, hostile]]
    assert hostile in store.files_named([hostile])
    with pytest.raises(TypeError, match="runs only Sql"):
        store.execute(f'SELECT count(*) FROM "{schema}".field_imports')  # type: ignore[arg-type]
