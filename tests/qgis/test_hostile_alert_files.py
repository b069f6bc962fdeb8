# SPDX-License-Identifier: GPL-2.0-or-later
"""Hostile alert layers and files (issue 28): read with a clear meaning, or refused naming file and feature."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from patrol_planner.planner.core import Cancelled, InputError
from patrol_planner.qgis_adapters.layers import read_alerts


def geojson(tmp_path: Path, features, crs=True, name="alerts.geojson") -> Path:
    collection = {"type": "FeatureCollection", "features": features}
    if crs:
        collection["crs"] = {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}
    path = tmp_path / name
    path.write_text(json.dumps(collection), encoding="utf-8")
    return path


def feature(geometry, code="A1", day="2024-03-01", **more):
    return {"type": "Feature", "properties": {"alert_code": code, "detected_at": day, **more}, "geometry": geometry}


def point(lon=-75.1, lat=-9.2):
    return {"type": "Point", "coordinates": [lon, lat]}


def ring(*xy):
    return [[-75.0 + x / 100, -9.0 + y / 100] for x, y in xy]


def test_a_bow_tie_alert_keeps_both_lobes(tmp_path) -> None:
    bow = {"type": "Polygon", "coordinates": [ring((0, 0), (2, 1), (2, 0), (0, 1), (0, 0))]}
    (alert,) = read_alerts(path=str(geojson(tmp_path, [feature(bow)]))).alerts
    assert alert.outline.is_valid
    lobes = alert.outline.area
    half = (
        read_alerts(
            path=str(
                geojson(
                    tmp_path,
                    [feature({"type": "Polygon", "coordinates": [ring((0, 0), (1, 0.5), (0, 1), (0, 0))]})],
                    name="half.geojson",
                )
            )
        )
        .alerts[0]
        .outline.area
    )
    assert lobes == pytest.approx(2 * half, rel=0.01)


def test_overlapping_parts_of_a_multipolygon_alert_are_their_union(tmp_path) -> None:
    parts = [[ring((0, 0), (2, 0), (2, 2), (0, 2), (0, 0))], [ring((1, 0), (3, 0), (3, 2), (1, 2), (1, 0))]]
    (alert,) = read_alerts(
        path=str(geojson(tmp_path, [feature({"type": "MultiPolygon", "coordinates": parts})]))
    ).alerts
    assert alert.outline.is_valid


def test_a_two_point_ring_is_refused_naming_file_and_feature(tmp_path) -> None:
    flat = {"type": "Polygon", "coordinates": [ring((0, 0), (1, 1))]}
    path = geojson(tmp_path, [feature(point()), feature(flat, code="A2")])
    try:
        alerts = read_alerts(path=str(path)).alerts
    except InputError as error:
        assert str(path) in str(error)
    else:  # GDAL may drop the ring itself: then the feature has no geometry, which is refused too
        pytest.fail(f"read {len(alerts)} alerts from a file with a two-point ring")


def test_a_utm_geojson_without_its_crs_is_refused_naming_the_file(tmp_path) -> None:
    path = geojson(tmp_path, [feature(point(480153.3, 9001234.5))], crs=False)
    with pytest.raises(InputError) as error:
        read_alerts(path=str(path))
    assert str(path) in str(error.value)


def test_forty_alerts_at_zero_zero_are_refused(tmp_path) -> None:
    path = geojson(tmp_path, [feature(point())] + [feature(point(0, 0), code=f"Z{i}") for i in range(40)])
    with pytest.raises(InputError, match="longitude 0, latitude 0") as error:
        read_alerts(path=str(path))
    assert str(path) in str(error.value)


def test_swapped_coordinates_in_a_layer_are_said(tmp_path) -> None:
    path = geojson(tmp_path, [feature(point(-9.2, -75.1))])
    with pytest.raises(InputError, match="swapped") as error:
        read_alerts(path=str(path))
    assert str(path) in str(error.value)


@pytest.mark.parametrize("day", ["2099-01-01", "9999-12-31", "0001-01-01", "1970-01-01"])
def test_detection_dates_outside_1985_to_tomorrow_are_refused(tmp_path, day) -> None:
    path = geojson(tmp_path, [feature(point(), day=day)])
    with pytest.raises(InputError, match=day) as error:
        read_alerts(path=str(path))
    assert str(path) in str(error.value)


def test_a_file_with_thousands_of_properties_is_refused_naming_it(tmp_path) -> None:
    many = {f"p{i}": i for i in range(3000)}
    path = geojson(tmp_path, [feature(point(), **many)])
    with pytest.raises(InputError, match="at most 1000") as error:
        read_alerts(path=str(path))
    assert str(path) in str(error.value)


def test_reading_a_layer_answers_cancel(tmp_path) -> None:
    class Cancelling:
        def set_progress(self, percent: float) -> None:
            pass

        def is_canceled(self) -> bool:
            return True

    path = geojson(tmp_path, [feature(point(-75.1, -9.2 + i / 1000), code=f"A{i}") for i in range(50)])
    with pytest.raises(Cancelled):
        read_alerts(path=str(path), feedback=Cancelling())


def test_a_latin1_csv_reads_through_the_qgis_side(tmp_path) -> None:
    path = tmp_path / "alertas.csv"
    path.write_bytes("código,fecha,lon,lat\nAñ-1,2024-03-01,-75.1,-9.2\n".encode("latin-1"))
    read = read_alerts(path=str(path))
    assert [a.alert_id for a in read.alerts] == ["Añ-1"] and read.name == str(path)


def test_a_geojson_with_100000_properties_is_refused_before_gdal_reads_it(tmp_path, monkeypatch) -> None:
    # GDAL takes minutes to build a schema of 100,000 fields and cannot be cancelled meanwhile: the
    # file must be refused without being opened as a layer at all.
    from patrol_planner.qgis_adapters.layers import alert_source

    def never(*args, **kwargs):
        raise AssertionError("the file was opened as a layer")

    many = {f"p{i}": i for i in range(100_000)}
    path = geojson(tmp_path, [feature(point(), **many)])
    monkeypatch.setattr(alert_source, "QgsVectorLayer", never)
    with pytest.raises(InputError, match="fields") as error:
        read_alerts(path=str(path))
    assert str(path) in str(error.value)


def test_a_layer_with_more_fields_than_an_alert_file_has_is_refused_naming_it() -> None:
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    fields = "&".join(f"field=p{i}:integer" for i in range(1001))
    layer = QgsVectorLayer(f"Point?crs=EPSG:4326&field=alert_code:string&{fields}", "wide alerts", "memory")
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-75.1, -9.2)))
    layer.dataProvider().addFeature(f)
    with pytest.raises(InputError, match="1002 fields") as error:
        read_alerts(layer)
    assert error.value.source
