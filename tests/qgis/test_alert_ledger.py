"""Issue 30: the alert ledger on the QGIS side: GFW's raster decoded, a season followed to its verdicts."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from qgis.core import QgsRasterLayer, QgsVectorLayer

from .briefing_support import run
from .conftest import memory_layer

# GFW tile values: confidence * 10000 + days since 2014-12-31.
HIGHEST_1_NOV = 4 * 10000 + (date(2026, 11, 1) - date(2014, 12, 31)).days
HIGH_3_NOV = 3 * 10000 + (date(2026, 11, 3) - date(2014, 12, 31)).days
LOW_2015 = 20001


def gfw_tiff(path: Path) -> Path:
    """A 4 x 3 GeoTIFF in WGS 84 near (-75.0, -9.0), 0.00025 degrees a pixel as GFW publishes it."""
    from osgeo import gdal, osr

    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(str(path), 4, 3, 1, gdal.GDT_UInt16)
    dataset.SetGeoTransform((-75.0, 0.00025, 0.0, -9.0, 0.0, -0.00025))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset.SetProjection(srs.ExportToWkt())
    values = [[0, HIGHEST_1_NOV, 0, 0], [0, 0, 0, HIGH_3_NOV], [LOW_2015, 0, 0, 0]]
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(0)
    import struct

    for row, line in enumerate(values):
        band.WriteRaster(0, row, 4, 1, struct.pack("<4H", *line), buf_type=gdal.GDT_UInt16)
    dataset.FlushCache()
    dataset = None
    return path


def test_gfw_integrated_alerts_are_decoded_with_their_confidence_day_and_place(patrol_provider, tmp_path) -> None:
    raster = QgsRasterLayer(str(gfw_tiff(tmp_path / "gfw.tif")), "gfw")
    assert raster.isValid()
    params = {
        "GFW_RASTER": raster,
        "GFW_SINCE": "2026-01-01",
        "GEOPACKAGE": str(tmp_path / "field.gpkg"),
        "DEADLINES": "highest:7; high:21",
        "TODAY": "2026-11-20",
        "OUTPUT": "memory:",
    }
    result = run("alert_ledger", params)
    rows = list(result["OUTPUT"].getFeatures())
    assert [(r["confidence"], r["detected"].toPyDate()) for r in rows] == [
        ("highest", date(2026, 11, 1)),  # 19 days against 7: overdue, first
        ("high", date(2026, 11, 3)),  # 17 days against 21: 4 left
    ]
    assert [r["overdue"] for r in rows] == [1, 0] and rows[1]["days_left"] == 4
    first = rows[0].geometry().asPoint()
    assert abs(first.x() - (-75.0 + 1.5 * 0.00025)) < 1e-9 and abs(first.y() - (-9.0 - 0.5 * 0.00025)) < 1e-9
    assert all(r["state"] == "imported" and r["source"] == "GFW" for r in rows)
    assert (result["TOTAL"], result["NEW"], result["OVERDUE"]) == (2, 2, 1)


def _alerts():
    return memory_layer(
        "Point",
        "EPSG:32718",
        "field=id:string&field=fecha:date",
        "MapBiomas",
        [
            ("POINT(505000 9000300)", ["mb-1", "2026-10-01"]),
            ("POINT(505050 9000300)", ["mb-2", "2026-10-05"]),
            ("POINT(510000 9005000)", ["mb-3", "2026-10-10"]),
            ("POINT(515000 9000200)", ["mb-4", "2026-11-01"]),
        ],
    )


def _store_verdicts(store: Path, verdicts=(("P1", "coca", date(2026, 11, 10)), ("P2", "nothing", date(2026, 11, 12)))):
    """Verdicts (two unless given) as 'Import verdicts from QField' stores them."""
    from functools import partial

    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    from patrol_planner.qgis_adapters.stores.gpkg import field_store
    from patrol_planner.qgis_adapters.stores.imports import create_spec_layer, to_qdatetime
    from patrol_planner.qgis_adapters.stores.verdicts import SPECS, VERDICTS_LAYER

    rows = []
    for plot, code, day in verdicts:
        feature = QgsFeature(SPECS[VERDICTS_LAYER][1])
        when = to_qdatetime(datetime(day.year, day.month, day.day, 10, tzinfo=timezone.utc))
        feature.setAttributes([plot, code, when, "Norte", "", "", "", f"key-{plot}", "test"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-74.95, -9.0)))
        rows.append(feature)
    with field_store(store, SPECS, partial(create_spec_layer, SPECS)) as opened:
        opened.add(VERDICTS_LAYER, rows)


def test_a_season_is_followed_from_import_to_verdict_and_reported_for_the_office(patrol_provider, tmp_path) -> None:
    store = tmp_path / "field.gpkg"
    plots = memory_layer(
        "Point",
        "EPSG:32718",
        "field=plot_id:string&field=alert_ids:string",
        "plots",
        [("POINT(505000 9000300)", ["P1", "mb-1,mb-2"]), ("POINT(510000 9005000)", ["P2", "mb-3"])],
    )
    stops = memory_layer(
        "Point",
        "EPSG:32718",
        "field=plot_id:string",
        "stops",
        [("POINT(505000 9000300)", ["P1"]), ("POINT(1 1)", ["P2"])],
    )
    base = {"GEOPACKAGE": str(store), "DEADLINES": ":60", "OUTPUT": "memory:"}
    run("alert_ledger", dict(base, ALERTS=_alerts(), SOURCE="MapBiomas", TODAY="2026-10-20"))
    run("alert_ledger", dict(base, STOPS=stops, PLAN_NAME="plan-nov", PLAN_DATE="2026-11-05", TODAY="2026-11-05"))
    _store_verdicts(store)
    report = tmp_path / "ledger.html"
    result = run(
        "alert_ledger",
        dict(base, ALERTS=_alerts(), SOURCE="MapBiomas", PLOTS=plots, TODAY="2026-12-15", REPORT=str(report)),
    )
    rows = {r["alert_id"]: r for r in result["OUTPUT"].getFeatures()}
    assert result["NEW"] == 0 and result["TOTAL"] == 4  # the same alerts again: nothing new, first day kept
    assert rows["mb-1"]["first_seen"].toPyDate() == date(2026, 10, 20)
    assert rows["mb-1"]["state"] == "verdict" and rows["mb-1"]["plan"] == "plan-nov"
    assert rows["mb-1"]["planned_on"].toPyDate() == date(2026, 11, 5)
    assert [rows[a]["days_to_verdict"] for a in ("mb-1", "mb-2", "mb-3")] == [40, 36, 33]
    assert rows["mb-4"]["state"] == "imported" and rows["mb-4"]["overdue"] == 0  # 44 days against 60
    assert result["MEDIAN_DAYS"] == 36
    text = report.read_text(encoding="utf-8")
    assert "36" in text and "MapBiomas" in text and "1 false alarms" in text
    chart = QgsRasterLayer(str(report.with_suffix(".png")), "chart")
    assert chart.isValid() and chart.width() == 720
    ledger = QgsVectorLayer(f"{store}|layername=alert_register", "r", "ogr")
    assert ledger.featureCount() == 4


def test_import_alerts_reads_a_gfw_raster_into_plots_with_their_first_detection(patrol_provider, tmp_path) -> None:
    path = gfw_tiff(tmp_path / "gfw.tif")
    result = run("import_alerts", {"ALERTS_FILE": str(path), "DISTANCE": 50, "OUTPUT": "memory:"})
    plots = list(result["OUTPUT"].getFeatures())
    # Three alert pixels, 28-80 m apart on the ground: each 50 m cluster is one plot.
    assert sum(p["n_alerts"] for p in plots) == 3
    firsts = sorted(p["first_det"].toPyDate() for p in plots)
    assert firsts[0] == date(2015, 1, 1) and firsts[-1] == date(2026, 11, 3)
    assert all(i.startswith("gfw:") for p in plots for i in p["alert_ids"].split(","))
    ledger = run(
        "alert_ledger",
        {
            "GFW_RASTER": QgsRasterLayer(str(path), "gfw"),
            "PLOTS": result["OUTPUT"],
            "GEOPACKAGE": str(tmp_path / "field.gpkg"),
            "TODAY": "2026-11-20",
            "OUTPUT": "memory:",
        },
    )
    assert sorted(r["state"] for r in ledger["OUTPUT"].getFeatures()) == ["merged"] * 3


def test_import_alerts_puts_the_plots_of_overdue_alerts_first_with_the_reason(patrol_provider, tmp_path) -> None:
    """Deadlines by confidence reach the plan: Import alerts reads the ledger and lifts the overdue plots."""
    store = tmp_path / "field.gpkg"
    run(
        "alert_ledger",
        {
            "GEOPACKAGE": str(store),
            "ALERTS": _alerts(),
            "SOURCE": "MapBiomas",
            "TODAY": "2026-10-20",
            "OUTPUT": "memory:",
        },
    )
    base = {"ALERTS": _alerts(), "DISTANCE": 250, "TODAY": "2026-12-15", "OUTPUT": "memory:"}
    plain = {f["alert_ids"]: f for f in run("import_alerts", base)["OUTPUT"].getFeatures()}
    ranked = {
        f["alert_ids"]: f
        for f in run("import_alerts", dict(base, LEDGER=str(store), DEADLINES=":60"))["OUTPUT"].getFeatures()
    }
    # mb-1 (1 Oct) is 15 days past 60 days on 15 Dec, mb-3 (10 Oct) 6; mb-4 (1 Nov, 44 days) is not overdue.
    assert "overdue 15 d (+9)" in ranked["mb-1,mb-2"]["priority_why"]
    assert "overdue 6 d (+9)" in ranked["mb-3"]["priority_why"]
    assert "overdue" not in ranked["mb-4"]["priority_why"]
    assert ranked["mb-4"]["priority"] == plain["mb-4"]["priority"] < 10
    assert min(ranked["mb-1,mb-2"]["priority"], ranked["mb-3"]["priority"]) >= 10
    assert ranked["mb-1,mb-2"]["priority"] == plain["mb-1,mb-2"]["priority"] + 9
    _store_verdicts(
        store, [(ranked["mb-3"]["plot_id"], "nothing", date(2026, 12, 10))]
    )  # its verdict closes it: back to its own priority
    again = {
        f["alert_ids"]: f
        for f in run("import_alerts", dict(base, LEDGER=str(store), DEADLINES=":60"))["OUTPUT"].getFeatures()
    }
    assert again["mb-3"]["priority"] == plain["mb-3"]["priority"] and "overdue" not in again["mb-3"]["priority_why"]
    missing = tmp_path / "none.gpkg"
    with pytest.raises(Exception, match="none.gpkg"):
        run("import_alerts", dict(base, LEDGER=str(missing)))
