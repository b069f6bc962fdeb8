"""Import alerts through Processing: real MapBiomas sample, CSV, merging twice, airstrips, expiring checks."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.qgis.conftest import memory_layer

ALERTS = Path(__file__).resolve().parents[1] / "data" / "alerts"
GEOJSON = str(ALERTS / "mapbiomas_padre_abad_sample.geojson")
TODAY = date(2026, 1, 15)


@pytest.fixture()
def provider(qgis_processing):
    from qgis.core import QgsApplication

    from patrol_planner.provider.provider import PatrolPlannerProvider

    provider = PatrolPlannerProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


def _run(**params):
    import processing

    params.setdefault("OUTPUT", "memory:")
    params.setdefault("TODAY", TODAY.isoformat())
    return processing.run("patrol_planner:import_alerts", params)


def _rows(layer):
    return {f["plot_id"]: f for f in layer.getFeatures()}


def test_real_sample_imported_then_merged_twice_without_duplicates(provider) -> None:
    from qgis.core import NULL

    from patrol_planner.planner.core import utm_projector
    from patrol_planner.planner.targets import ClusterConfig, cluster_alerts, read_alert_csv

    first = _run(ALERTS_FILE=GEOJSON, DISTANCE=250)
    layer = first["OUTPUT"]
    engine = cluster_alerts(
        read_alert_csv(ALERTS / "mapbiomas_padre_abad_sample.csv", utm_projector(32718)).alerts, ClusterConfig(250)
    )
    assert layer.featureCount() == len(engine) == first["ADDED"]
    assert sum(f["n_alerts"] for f in layer.getFeatures()) == 61 == first["NEW_ALERTS"]
    assert sorted(f["n_alerts"] for f in layer.getFeatures()) == sorted(p.count for p in engine)
    assert layer.crs().authid() == "OGC:CRS84" or layer.crs().authid() == "EPSG:4326"
    row = next(f for f in layer.getFeatures() if f["n_alerts"] > 1)
    assert row["first_det"] <= row["last_det"] and row["area_ha"] > 0 and 1 <= row["priority"] <= 10
    assert row["check_due"] == 1 and not row["days_since_check"]  # never checked: NULL days, check due
    assert row["days_since_check"] in (None, NULL)
    again = _run(ALERTS_FILE=GEOJSON, DISTANCE=250, PLOTS=layer)
    assert (again["ADDED"], again["UPDATED"], again["NEW_ALERTS"], again["KNOWN_ALERTS"]) == (0, 0, 0, 61)
    assert again["OUTPUT"].featureCount() == layer.featureCount()
    thrice = _run(ALERTS_FILE=str(ALERTS / "mapbiomas_padre_abad_sample.csv"), DISTANCE=250, PLOTS=again["OUTPUT"])
    assert (thrice["ADDED"], thrice["UPDATED"], thrice["KNOWN_ALERTS"]) == (0, 0, 61)
    assert {k: f["alert_ids"] for k, f in _rows(thrice["OUTPUT"]).items()} == {
        k: f["alert_ids"] for k, f in _rows(layer).items()
    }


def test_csv_and_geojson_give_the_same_plots(provider) -> None:
    from_json = _run(ALERTS_FILE=GEOJSON, DISTANCE=500)["OUTPUT"]
    from_csv = _run(ALERTS_FILE=str(ALERTS / "mapbiomas_padre_abad_sample.csv"), DISTANCE=500)["OUTPUT"]
    assert sorted(_rows(from_json)) == sorted(_rows(from_csv))


def test_existing_plots_checks_expire_and_airstrips_become_targets(provider) -> None:
    old = TODAY - timedelta(days=91)
    recent = TODAY - timedelta(days=90)
    plots = memory_layer(
        "Point",
        "EPSG:4326",
        "field=plot_id:string&field=last_check:date&field=covered:integer",
        "plots",
        [("POINT(-75.0 -8.5)", ["due", old.isoformat(), 1]), ("POINT(-75.1 -8.5)", ["current", recent.isoformat(), 1])],
    )
    runway = memory_layer(
        "LineString",
        "EPSG:32718",
        "field=name:string",
        "airstrips",
        [("LINESTRING(500000 9050000, 500000 9050800)", ["Pista 1"])],
    )
    alerts = memory_layer(
        "Point",
        "EPSG:4326",
        "field=codigo:string&field=fecha:string&field=sup_ha:double",
        "alerts",
        [("POINT(-75.0005 -8.5)", ["X1", "2025-12-01", 3.0]), ("POINT(-74.0 -8.0)", ["X2", "2025-11-01", 1.0])],
    )
    out = _run(ALERTS=alerts, PLOTS=plots, AIRSTRIPS=runway, DISTANCE=250, CHECK_DAYS=90)
    assert (out["ADDED"], out["UPDATED"], out["AIRSTRIPS_ADDED"]) == (1, 1, 1)
    rows = _rows(out["OUTPUT"])
    assert sorted(rows) == ["A-X2", "AS-Pista 1", "current", "due"]
    due, current = rows["due"], rows["current"]
    assert (due["check_due"], due["days_since_check"], due["covered"], due["alert_ids"]) == (1, 91, 0, "X1")
    assert (current["check_due"], current["days_since_check"], current["covered"]) == (0, 90, 1)
    assert due["priority"] > current["priority"]
    assert rows["AS-Pista 1"]["kind"] == "airstrip" and rows["AS-Pista 1"]["length_m"] == pytest.approx(800, abs=1)
    assert rows["A-X2"]["area_ha"] == 1.0 and rows["A-X2"]["first_det"].toPyDate() == date(2025, 11, 1)


def test_bad_field_and_missing_input_are_explained(provider) -> None:
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="alerts layer or an alerts file"):
        _run()
    with pytest.raises(QgsProcessingException, match="no field 'fecha'"):
        _run(ALERTS_FILE=GEOJSON, DATE_FIELD="fecha")


def test_plots_from_alerts_feed_the_planner(provider, small_area) -> None:
    import processing

    x0, y0 = 500_000, 9_000_000
    alerts = memory_layer(
        "Point",
        "EPSG:32718",
        "field=alert_id:string&field=date:string&field=area_ha:double",
        "alerts",
        [
            (f"POINT({x0 + 5_100} {y0 + 300})", ["m1", "2025-12-20", 2.0]),  # 100 m from P1
            (f"POINT({x0 + 10_200} {y0 + 3_000})", ["m2", "2026-01-02", 6.0]),
        ],
    )  # by the trail
    out = _run(ALERTS=alerts, PLOTS=small_area["PLOTS"], DISTANCE=250)
    assert (out["ADDED"], out["UPDATED"]) == (1, 1)
    plots = out["OUTPUT"]
    rows = _rows(plots)
    assert sorted(rows) == ["A-m2", "P1", "P2", "P3", "P4"]
    assert rows["P1"]["alert_ids"] == "m1" and rows["P2"]["mandatory"] == 1  # the plot's own fields are kept
    params = dict(
        small_area,
        PLOTS=plots,
        TEAMS=["Norte", "Alfa", "", 1, 12],
        START="2026-12-01T06:00",
        TIME_LIMIT=1,
        ROUTES="memory:",
        STOPS="memory:",
        UNPLANNED="memory:",
    )
    plan = processing.run("patrol_planner:plan_patrols", params)
    planned = {f["plot_id"] for f in plan["STOPS"].getFeatures() if f["kind"] == "plot"}
    left = {f["plot_id"] for f in plan["UNPLANNED"].getFeatures()}
    assert "A-m2" in planned | left and planned | left == {"A-m2", "P1", "P2", "P3", "P4"}


def test_import_status_says_what_this_import_did(provider) -> None:
    first = _run(ALERTS_FILE=GEOJSON, DISTANCE=250)["OUTPUT"]
    assert {f["import_status"] for f in first.getFeatures()} == {"new"}
    again = _run(ALERTS_FILE=GEOJSON, DISTANCE=250, PLOTS=first)["OUTPUT"]
    assert {f["import_status"] for f in again.getFeatures()} == {"unchanged"}


def test_geopackage_shapefile_and_polygon_alerts(provider, tmp_path) -> None:
    import processing
    from qgis.core import QgsVectorFileWriter, QgsVectorLayer

    source = QgsVectorLayer(GEOJSON, "alerts", "ogr")
    expected = _run(ALERTS_FILE=GEOJSON, DISTANCE=500)["OUTPUT"].featureCount()
    for driver, name in (("GPKG", "alerts.gpkg"), ("ESRI Shapefile", "alerts.shp")):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = driver
        error = QgsVectorFileWriter.writeAsVectorFormatV2(
            source, str(tmp_path / name), source.transformContext(), options
        )
        assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
        # shapefile field names are cut to 10 characters: detected_at stays, alert_code stays
        assert _run(ALERTS_FILE=str(tmp_path / name), DISTANCE=500)["OUTPUT"].featureCount() == expected
    # Polygon alerts: 50 m squares around the points, in UTM; clustered edge to edge, so 500 m between
    # centres is 450 m between edges: at most as many plots as the points give.
    utm = processing.run("native:reprojectlayer", {"INPUT": source, "TARGET_CRS": "EPSG:32718", "OUTPUT": "memory:"})[
        "OUTPUT"
    ]
    squares = processing.run(
        "native:buffer", {"INPUT": utm, "DISTANCE": 25, "SEGMENTS": 1, "END_CAP_STYLE": 2, "OUTPUT": "memory:"}
    )["OUTPUT"]
    polygons = _run(ALERTS=squares, DISTANCE=500)
    assert polygons["NEW_ALERTS"] == 61
    assert polygons["OUTPUT"].featureCount() <= expected
    assert sum(f["n_alerts"] for f in polygons["OUTPUT"].getFeatures()) == 61
