"""Offline laptops and the shared database: push, pull, idempotence, conflicts (real PostGIS)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from patrol_planner.planner.field import ImportConfig, compute_coverage, read_field_file
from patrol_planner.planner.store import Sql
from patrol_planner.qgis_adapters.layers.coverage import load_plots
from patrol_planner.qgis_adapters.stores.field_store import GeoPackageStore
from patrol_planner.qgis_adapters.stores.postgis import PostgisStore
from patrol_planner.qgis_adapters.stores.sync import SHARED_COVERAGE, sync

FIELD = Path(__file__).resolve().parents[1] / "data" / "field"
RUN = FIELD / "gpx/togeojson/run.gpx"  # Washington DC
JEZERO = FIELD / "gpx/gpxpy/cerknicko-jezero.gpx"  # Slovenia
TABLES = (
    "field_imports",
    "field_tracks",
    "field_track_points",
    "field_waypoints",
    "drone_footprints",
    "coverage_history",
)


def run_sql(store, text: str) -> list:
    """The test's own SQL text, run the way the store runs its composed ``Sql``."""
    return store.execute(Sql(text))


def laptop(path: Path, files) -> GeoPackageStore:
    store = GeoPackageStore(path)
    store.write_results([read_field_file(str(f), ImportConfig()) for f in files])
    return store


def snapshot(shared: PostgisStore) -> dict:
    """Every row of every table, ids left out: what 'the same database' means."""
    out = {}
    for table in TABLES:
        columns = [
            row[0]
            for row in run_sql(
                shared,
                "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                f"'{shared.schema}' AND table_name = '{table}' AND column_name NOT IN ('fid', 'imported_at') "
                "ORDER BY ordinal_position",
            )
        ]
        select = ", ".join(f'"{c}"::text' for c in columns)
        out[table] = sorted(tuple(r) for r in run_sql(shared, f"SELECT {select} FROM {shared.s}.{table}"))
    return out


def plots_at(points) -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=plot_id:string", "plots", "memory")
    features = []
    for plot_id, (x, y) in points.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([plot_id])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def covered(store, plots: QgsVectorLayer, epsg: str) -> set:
    crs = QgsCoordinateReferenceSystem(epsg)
    return {r.plot_id for r in compute_coverage(load_plots(plots, crs, "plot_id"), store.load_tracks(crs)) if r.covered}


def test_push_twice_gives_the_same_database_and_pull_shows_the_other_committees_plots(
    shared_db, tmp_path: Path
) -> None:
    url, schema = shared_db
    shared = PostgisStore(url, schema)
    committee_a = laptop(tmp_path / "a.gpkg", [RUN, FIELD / "dji_srt/juanirache/p4_rtk.SRT"])
    committee_b = laptop(tmp_path / "b.gpkg", [JEZERO, FIELD / "gpx/togeojson/wpt.gpx"])
    first_point = committee_a.load_tracks(QgsCoordinateReferenceSystem("EPSG:4326"))[0].segments[0][0]
    plots = plots_at({"checked by A": first_point[:2], "nobody": (first_point[0] + 0.02, first_point[1])})
    assert covered(committee_b, plots, "EPSG:32618") == set()

    report = sync(committee_a, shared, receive=False)
    assert (sorted(Path(p).name for p in report.pushed), report.conflicts) == (["p4_rtk.SRT", "run.gpx"], [])
    once = snapshot(shared)
    again = sync(committee_a, shared, receive=False)
    assert (again.pushed, again.conflicts) == ([], [])
    assert snapshot(shared) == once
    assert len(once["field_track_points"]) == 206 + 55

    report = sync(committee_b, shared)  # B sends its files and receives A's
    assert sorted(Path(p).name for p in report.pushed) == ["cerknicko-jezero.gpx", "wpt.gpx"]
    assert sorted(Path(p).name for p in report.pulled) == ["p4_rtk.SRT", "run.gpx"]
    assert committee_b.imported_hashes() == shared.imported_hashes() and len(shared.imported_hashes()) == 4
    assert covered(committee_b, plots, "EPSG:32618") == {"checked by A"}
    twice = snapshot(shared)
    report = sync(committee_b, shared)
    assert (report.pushed, report.pulled) == ([], [])
    assert snapshot(shared) == twice
    # B's GeoPackage holds A's files as A imported them.
    a_layer = QgsVectorLayer(f"{committee_a.path}|layername=field_track_points", "a", "ogr")
    b_layer = QgsVectorLayer(f"{committee_b.path}|layername=field_track_points", "b", "ogr")
    a_points = sorted((f["source_sha256"], f["seq"], f.geometry().asWkt(7)) for f in a_layer.getFeatures())
    b_points = {(f["source_sha256"], f["seq"], f.geometry().asWkt(7)) for f in b_layer.getFeatures()}
    assert set(a_points) <= b_points


def test_pull_brings_the_shared_coverage_record_to_the_laptop(shared_db, tmp_path: Path, qgis_processing) -> None:
    import processing
    from qgis.core import QgsApplication

    from patrol_planner.provider.provider import PatrolPlannerProvider

    url, schema = shared_db
    provider = PatrolPlannerProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        office = processing.run(
            "patrol_planner:import_field_data", {"FILES": [str(RUN)], "CONNECTION": url, "SCHEMA": schema}
        )
        assert office["IMPORTED"] == 1
        shared = PostgisStore(url, schema)
        x, y = run_sql(shared, f"SELECT ST_X(geom), ST_Y(geom) FROM {shared.s}.field_track_points LIMIT 1")[0]
        plots = plots_at({"P1": (x, y), "P2": (x + 0.02, y)})
        processing.run(
            "patrol_planner:plot_coverage", {"PLOTS": plots, "CONNECTION": url, "SCHEMA": schema, "OUTPUT": "memory:"}
        )
        gpkg = tmp_path / "laptop.gpkg"
        result = processing.run(
            "patrol_planner:sync_field_store",
            {"GEOPACKAGE": str(gpkg), "CONNECTION": url, "SCHEMA": schema, "DIRECTION": 2},
        )
        assert (result["PUSHED"], result["PULLED"], result["CONFLICTS"]) == (0, 1, 0)
        layer = QgsVectorLayer(f"{gpkg}|layername={SHARED_COVERAGE}", "shared", "ogr")
        assert layer.isValid()
        rows = sorted((f["plot_id"], f["covered"], f["checked_by"]) for f in layer.getFeatures())
        assert rows == [("P1", 1, "postgres"), ("P2", 0, "postgres")]
        out = processing.run(
            "patrol_planner:plot_coverage", {"PLOTS": plots, "GEOPACKAGE": str(gpkg), "OUTPUT": "memory:"}
        )["OUTPUT"]
        assert [(f["plot_id"], f["covered"]) for f in out.getFeatures()] == [("P1", 1), ("P2", 0)]
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)


def test_the_same_file_name_with_other_content_is_listed_as_a_conflict(shared_db, tmp_path: Path) -> None:
    url, schema = shared_db
    shared = PostgisStore(url, schema)
    for committee, source in (("a", RUN), ("b", JEZERO)):
        folder = tmp_path / committee
        folder.mkdir()
        shutil.copy(source, folder / "Current.gpx")  # every Garmin names its track log so
        report = sync(laptop(tmp_path / f"{committee}.gpkg", [folder / "Current.gpx"]), shared, receive=False)
    assert report.conflicts == [
        f"{tmp_path / 'b' / 'Current.gpx'}: the shared database already holds a different "
        "file of this name; both kept"
    ]
    assert len(shared.imported_hashes()) == 2


@pytest.fixture()
def saved_connection(shared_db):
    """The shared database saved in QGIS's settings under a name, as an office would set it up."""
    from qgis.core import QgsProviderRegistry

    from patrol_planner.qgis_adapters.stores.postgis import conninfo_from_url

    url, schema = shared_db
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    # As the New Connection dialog saves it: the user name, never a password (QGIS asks, or uses an authcfg).
    connection = metadata.createConnection(conninfo_from_url(url), {"saveUsername": True, "savePassword": False})
    metadata.saveConnection(connection, "Oficina Aguaytia")
    yield "Oficina Aguaytia", schema
    metadata.deleteConnection("Oficina Aguaytia")


def test_a_saved_connection_is_chosen_by_name(saved_connection, tmp_path: Path, qgis_processing) -> None:
    import processing
    from qgis.core import QgsApplication

    from patrol_planner.provider.provider import PatrolPlannerProvider
    from patrol_planner.qgis_adapters.stores.postgis import saved_connections

    name, schema = saved_connection
    assert name in saved_connections()
    provider = PatrolPlannerProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        params = {"FILES": [str(RUN)], "CONNECTION": name, "SCHEMA": schema}
        assert processing.run("patrol_planner:import_field_data", params)["IMPORTED"] == 1
        assert PostgisStore(name, schema).count("field_track_points") == 206
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
