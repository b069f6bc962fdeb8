"""Field imports written to a GeoPackage: layers, appends, duplicates, atomicity, photos."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from patrol_planner.planner.core import InputError
from patrol_planner.qgis_adapters.layers import read_geotagged_photos
from patrol_planner.qgis_adapters.stores.imports import (
    FOOTPRINTS,
    IMPORTS,
    POINTS,
    TRACKS,
    WAYPOINTS,
    import_field_files,
    imported_hashes,
    write_results,
)

FIELD = Path(__file__).resolve().parents[1] / "data" / "field"


def layer(gpkg: Path, name: str) -> QgsVectorLayer:
    result = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert result.isValid(), name
    return result


def count(gpkg: Path, name: str) -> int:
    return layer(gpkg, name).featureCount()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_gpx_import_writes_tracks_points_and_waypoints(tmp_path: Path) -> None:
    gpkg = tmp_path / "field.gpkg"
    report = import_field_files([str(FIELD / "gpx/gpxpy/cerknicko-jezero.gpx")], str(gpkg))
    assert len(report.written) == 1 and report.duplicates == []
    assert (count(gpkg, TRACKS), count(gpkg, POINTS), count(gpkg, WAYPOINTS), count(gpkg, IMPORTS)) == (8, 295, 7, 1)
    tracks = layer(gpkg, TRACKS)
    assert tracks.crs().authid() == "EPSG:4326"
    by_name = {f["name"]: f for f in tracks.getFeatures()}
    assert by_name["ACTIVE LOG"]["point_count"] == 0 and by_name["ACTIVE LOG"].geometry().isEmpty()
    second = by_name["ACTIVE LOG #2"]
    assert second["kind"] == "foot" and second["device"] == "GPSBabel - http://www.gpsbabel.org"
    assert (second["point_count"], round(second["length_m"]), second["planned"]) == (173, 1912, 0)
    assert second["start_time"].toUTC().toString("yyyy-MM-ddTHH:mm:ss") == "2010-08-05T14:23:59"
    assert second.geometry().constGet().numGeometries() == 1
    imports = next(layer(gpkg, IMPORTS).getFeatures())
    assert imports["skipped"] == 1
    assert imports["skipped_detail"] == "line 1034: impossible jump of 184 m in 2 s (92 m/s)"
    assert imports["source_sha256"] == digest(FIELD / "gpx/gpxpy/cerknicko-jezero.gpx")


def test_later_imports_append_and_never_duplicate_a_file(tmp_path: Path) -> None:
    gpkg = tmp_path / "field.gpkg"
    import_field_files([str(FIELD / "gpx/togeojson/run.gpx")], str(gpkg))
    copy = tmp_path / "renamed.gpx"
    copy.write_bytes((FIELD / "gpx/togeojson/run.gpx").read_bytes())
    again = import_field_files([str(FIELD / "gpx/togeojson/run.gpx"), str(copy)], str(gpkg))
    assert again.written == [] and len(again.duplicates) == 2
    assert (count(gpkg, TRACKS), count(gpkg, POINTS)) == (1, 206)
    more = import_field_files(
        [str(FIELD / "gpx/togeojson/wpt.gpx"), str(FIELD / "dji_srt/juanirache/p4_rtk.SRT")], str(gpkg)
    )
    assert len(more.written) == 2
    assert (count(gpkg, TRACKS), count(gpkg, POINTS), count(gpkg, WAYPOINTS), count(gpkg, IMPORTS)) == (
        2,
        206 + 55,
        40,
        3,
    )
    assert imported_hashes(gpkg) == {
        digest(FIELD / "gpx/togeojson/run.gpx"),
        digest(FIELD / "gpx/togeojson/wpt.gpx"),
        digest(FIELD / "dji_srt/juanirache/p4_rtk.SRT"),
    }
    drone_points = [
        f
        for f in layer(gpkg, POINTS).getFeatures()
        if f["rel_height"] is not None
        and f["track_no"] == 1
        and f["source_sha256"] == digest(FIELD / "dji_srt/juanirache/p4_rtk.SRT")
    ]
    assert drone_points[0]["rel_height"] == 85.8
    (footprint,) = layer(gpkg, FOOTPRINTS).getFeatures()
    assert footprint["area_m2"] > 10_000
    assert footprint.geometry().boundingBox().xMinimum() == pytest.approx(-58.85, abs=0.01)


def test_a_file_that_cannot_be_read_writes_nothing(tmp_path: Path) -> None:
    gpkg = tmp_path / "field.gpkg"
    import_field_files([str(FIELD / "gpx/togeojson/run.gpx")], str(gpkg))
    before = gpkg.read_bytes()
    with pytest.raises(InputError, match=r"broken_empty.SRT, line 1: the file is empty: no DJI telemetry"):
        import_field_files(
            [str(FIELD / "gpx/togeojson/osm.gpx"), str(FIELD / "dji_srt/juanirache/broken_empty.SRT")], str(gpkg)
        )
    assert gpkg.read_bytes() == before
    # No copy or journal left behind; the import lock file (a few bytes, see planner/core/file_lock.py) stays.
    assert sorted(p.name for p in tmp_path.iterdir()) == [".field.gpkg.lock", "field.gpkg"]
    missing = tmp_path / "new.gpkg"
    with pytest.raises(InputError):
        import_field_files([str(FIELD / "dji_srt/juanirache/broken_empty2.SRT")], str(missing))
    assert not missing.exists()


def test_litchi_mission_is_written_as_planned(tmp_path: Path) -> None:
    gpkg = tmp_path / "field.gpkg"
    import_field_files([str(FIELD / "drone_csv/litchi_waypoints.csv")], str(gpkg))
    (track,) = layer(gpkg, TRACKS).getFeatures()
    assert track["planned"] == 1 and track["point_count"] == 52
    assert count(gpkg, POINTS) == 0 and count(gpkg, FOOTPRINTS) == 0


def test_geotagged_photos_through_native_importphotos(tmp_path: Path, qgis_processing) -> None:
    result = read_geotagged_photos(str(FIELD / "photos"))
    names = [w.name for w in result.waypoints]
    assert names == ["tiny_drone_image.jpg", "tiny_drone_image_2.jpg"]
    first = result.waypoints[0]
    assert (round(first.lon, 6), round(first.lat, 6), first.ele) == (-81.705501, 41.22637, 438.189)
    assert first.time == datetime(2015, 7, 31, 19, 32, 14, tzinfo=timezone.utc)
    gpkg = tmp_path / "field.gpkg"
    assert len(write_results([result], str(gpkg)).written) == 1
    assert len(write_results([read_geotagged_photos(str(FIELD / "photos"))], str(gpkg)).duplicates) == 1
    assert count(gpkg, WAYPOINTS) == 2


def test_coverage_from_the_geopackage_and_a_plots_layer(tmp_path: Path) -> None:
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY

    from patrol_planner.planner.field import compute_coverage
    from patrol_planner.qgis_adapters.layers.coverage import coverage_features, load_plots
    from patrol_planner.qgis_adapters.stores.field_store import load_tracks

    gpkg = tmp_path / "field.gpkg"
    import_field_files([str(FIELD / "gpx/togeojson/run.gpx"), str(FIELD / "drone_csv/litchi_waypoints.csv")], str(gpkg))
    utm = QgsCoordinateReferenceSystem("EPSG:32619")
    tracks = load_tracks(str(gpkg), utm)
    assert [(t.kind, sum(len(s) for s in t.segments)) for t in tracks] == [("foot", 206)]  # the mission is planned
    first = next(layer(gpkg, POINTS).getFeatures()).geometry().asPoint()
    plots = QgsVectorLayer("Point?crs=EPSG:4326&field=code:string&field=detected:date", "plots", "memory")
    features = []
    for code, (dx, detected) in {"on-track": (0.0, None), "far": (0.01, None), "later": (0.0, "2030-01-01")}.items():
        feature = QgsFeature(plots.fields())
        feature.setAttributes([code, detected])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(first.x() + dx, first.y())))
        features.append(feature)
    plots.dataProvider().addFeatures(features)
    results = compute_coverage(load_plots(plots, utm, "code", "detected"), tracks)
    assert [(r.plot_id, r.covered) for r in results] == [("on-track", True), ("far", False), ("later", False)]
    assert results[0].covered_by == ("foot",)
    assert results[0].last_track == f"Untitled ({FIELD / 'gpx/togeojson/run.gpx'})"
    out = coverage_features(plots, results)
    assert [f["covered"] for f in out] == [1, 0, 0] and out[0]["last_seen"].isValid()
    assert out[0].geometry().asPoint() == first


@pytest.fixture()
def provider(qgis_processing):
    from qgis.core import QgsApplication

    from patrol_planner.provider.provider import PatrolPlannerProvider

    provider = PatrolPlannerProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


def test_processing_algorithms_import_then_coverage(tmp_path: Path, provider) -> None:
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException

    gpkg = str(tmp_path / "field.gpkg")
    params = {
        "FILES": [str(FIELD / "gpx/togeojson/run.gpx"), str(FIELD / "dji_srt/juanirache/p4_rtk.SRT")],
        "PHOTOS": str(FIELD / "photos"),
        "KIND": 1,
        "GEOPACKAGE": gpkg,
    }
    result = processing.run("patrol_planner:import_field_data", params)
    assert (result["IMPORTED"], result["DUPLICATES"]) == (3, 0)
    assert processing.run("patrol_planner:import_field_data", params)["DUPLICATES"] == 3
    kinds = sorted(f["kind"] for f in layer(Path(gpkg), TRACKS).getFeatures())
    assert kinds == ["boat", "drone"]
    with pytest.raises(QgsProcessingException, match="broken_empty.SRT, line 1: the file is empty"):
        processing.run(
            "patrol_planner:import_field_data",
            {"FILES": [str(FIELD / "dji_srt/juanirache/broken_empty.SRT")], "GEOPACKAGE": gpkg},
        )

    first = next(layer(Path(gpkg), POINTS).getFeatures()).geometry().asPoint()
    plots = QgsVectorLayer("Point?crs=EPSG:4326&field=code:string", "plots", "memory")
    features = []
    for code, dx in (("seen", 0.0), ("unseen", 0.02)):
        feature = QgsFeature(plots.fields())
        feature.setAttributes([code])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(first.x() + dx, first.y())))
        features.append(feature)
    plots.dataProvider().addFeatures(features)
    out = processing.run(
        "patrol_planner:plot_coverage", {"PLOTS": plots, "ID_FIELD": "code", "GEOPACKAGE": gpkg, "OUTPUT": "memory:"}
    )["OUTPUT"]
    rows = [(f["plot_id"], f["covered"], f["covered_by"], f["visits"]) for f in out.getFeatures()]
    assert rows == [("seen", 1, "boat", 1), ("unseen", 0, "", 0)]


def test_planned_stops_against_imported_tracks(tmp_path: Path) -> None:
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY

    from patrol_planner.planner.field import compare_plan
    from patrol_planner.qgis_adapters.layers.coverage import load_stops, stop_outcome_features
    from patrol_planner.qgis_adapters.stores.field_store import load_tracks

    gpkg = tmp_path / "field.gpkg"
    import_field_files([str(FIELD / "gpx/togeojson/run.gpx")], str(gpkg))
    points = list(layer(gpkg, POINTS).getFeatures())
    tenth = points[10]
    stops = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=team:string&field=day:integer&field=seq:integer&field=arrival:string",
        "stops",
        "memory",
    )
    features = []
    # The plan's arrival is local time (UTC-5), written like the plan layers do.
    for seq, (where, arrival) in enumerate(
        [(tenth.geometry().asPoint(), "2012-10-24T18:30"), (QgsPointXY(0.5, 0.5), "")], 1
    ):
        feature = QgsFeature(stops.fields())
        feature.setAttributes(["A", 1, seq, arrival])
        feature.setGeometry(QgsGeometry.fromPointXY(where))
        features.append(feature)
    stops.dataProvider().addFeatures(features)
    utm = QgsCoordinateReferenceSystem("EPSG:32619")
    planned = load_stops(stops, utm)
    assert [s.stop_id for s in planned] == ["A-1-1", "A-1-2"]
    assert planned[0].planned_time == datetime(2012, 10, 24, 23, 30, tzinfo=timezone.utc)
    outcomes = compare_plan(planned, load_tracks(str(gpkg), utm))
    assert outcomes[0].reached and not outcomes[1].reached
    from patrol_planner.planner.field import haversine_m

    target = tenth.geometry().asPoint()
    first_near = next(
        p
        for p in points
        if haversine_m(p.geometry().asPoint().x(), p.geometry().asPoint().y(), target.x(), target.y()) <= 49.9
    )
    first_seen = first_near["time"].toUTC().toPyDateTime().replace(tzinfo=timezone.utc)
    assert outcomes[0].reached_at == first_seen == datetime(2012, 10, 24, 23, 30, 6, tzinfo=timezone.utc)
    rows = stop_outcome_features(stops, outcomes)
    assert [r["reached"] for r in rows] == [1, 0]
    assert rows[0]["delay_min"] == pytest.approx((first_seen - planned[0].planned_time).total_seconds() / 60)
