"""Airstrips as targets; field guesses and parsing; CSV alerts."""

from datetime import date

import pytest
from shapely.geometry import LineString, Point, Polygon

from patrol_planner.planner.core import InputError
from patrol_planner.planner.targets import (
    AirstripRecord,
    TargetPlot,
    airstrip_target,
    guess_mapping,
    merge_airstrips,
    parse_date,
    parse_id,
    parse_number,
    read_alert_csv,
)


def test_runway_line_keeps_its_length_and_sits_at_its_middle():
    target = airstrip_target(AirstripRecord("7", LineString([(0, 0), (600, 800)])))
    assert (target.plot_id, target.kind, target.length_m) == ("AS-7", "airstrip", 1000.0)
    assert (target.x, target.y) == (300.0, 400.0)
    point = airstrip_target(AirstripRecord("8", Point(5, 6), length_m=750.0))
    assert (point.x, point.y, point.length_m) == (5, 6, 750.0)
    with pytest.raises(InputError, match="line"):
        airstrip_target(AirstripRecord("9", Polygon([(0, 0), (1, 0), (1, 1)])))


def test_airstrips_listed_twice_are_not_doubled():
    records = [AirstripRecord("7", LineString([(0, 0), (0, 900)]))]
    once = merge_airstrips([TargetPlot("A-1", 0, 0)], records)
    twice = merge_airstrips(once, records)
    assert [p.plot_id for p in twice] == ["A-1", "AS-7"]


def test_guesses_for_real_alert_systems():
    mapbiomas = guess_mapping(["alert_code", "id", "detected_at", "published_at", "area_ha", "lat", "lon"])
    assert (mapbiomas.id_field, mapbiomas.date_field, mapbiomas.area_field) == ("alert_code", "detected_at", "area_ha")
    glad = guess_mapping(["OBJECTID", "gfw_integrated_alerts__date", "alert__area_ha"])
    assert (glad.id_field, glad.date_field, glad.area_field) == (
        "OBJECTID",
        "gfw_integrated_alerts__date",
        "alert__area_ha",
    )
    geobosques = guess_mapping(["CODIGO", "FECHA_DET", "SUP_HA"])
    assert (geobosques.id_field, geobosques.date_field, geobosques.area_field) == ("CODIGO", "FECHA_DET", "SUP_HA")
    assert guess_mapping(["foo", "bar"]).date_field == ""


def test_parsing():
    assert parse_date("2025-02-09") == date(2025, 2, 9)
    assert parse_date("2025-02-09T10:00:00Z") == date(2025, 2, 9)
    assert parse_date("09/02/2025") == date(2025, 2, 9)
    assert parse_date("2024032") == date(2024, 2, 1)
    assert parse_date("31/02/2025") is None and parse_date("") is None and parse_date("soon") is None
    assert parse_number("2,5") == 2.5 and parse_number("") is None and parse_number(float("nan")) is None
    assert parse_id(10000002.0) == "10000002" and parse_id(" a1 ") == "a1"


def test_csv_alerts_with_semicolons_and_decimal_commas(tmp_path):
    path = tmp_path / "alertas.csv"
    path.write_text(
        "codigo;fecha;area_ha;latitud;longitud\n"
        "A1;09/02/2025;2,5;-8,6;-75,3\n"
        ";;;;\n"
        "A2;2025-03-01;1;-8.61;-75.31\n",
        encoding="utf-8",
    )
    read = read_alert_csv(path, lambda lon, lat: (lon * 2, lat * 2))
    assert (read.x_field, read.y_field, read.skipped) == ("longitud", "latitud", 1)
    assert [(a.alert_id, a.x, a.y, a.detected, a.area_ha) for a in read.alerts] == [
        ("A1", -150.6, -17.2, date(2025, 2, 9), 2.5),
        ("A2", -150.62, -17.22, date(2025, 3, 1), 1.0),
    ]


def test_csv_bad_coordinates_name_the_line(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("id,lon,lat\n1,-75.3,-8.6\n2,-75.3,north\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.csv, line 3"):
        read_alert_csv(path)
    nocoords = tmp_path / "nocoords.csv"
    nocoords.write_text("id,a,b\n1,2,3\n", encoding="utf-8")
    with pytest.raises(InputError, match="no longitude/latitude"):
        read_alert_csv(nocoords)
