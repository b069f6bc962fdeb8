# SPDX-License-Identifier: GPL-2.0-or-later
"""Hostile alert files (issue 28): every one read with a clear meaning or refused naming the file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from patrol_planner.planner.core import InputError
from patrol_planner.planner.targets import Alert, merge_alerts, read_alert_csv, today_utc

HEADER = "alert_code,detected_at,area_ha,lon,lat\n"


def write(tmp_path, rows, header=HEADER, encoding="utf-8", name="alerts.csv"):
    path = tmp_path / name
    path.write_bytes((header + "".join(r + "\n" for r in rows)).encode(encoding))
    return path


def test_a_latin1_csv_is_read_with_its_accents(tmp_path):
    path = write(
        tmp_path, ["Añaño-1,2024-03-01,2.5,-75.1,-9.2"], header="código,detected_at,área,lon,lat\n", encoding="latin-1"
    )
    read = read_alert_csv(path)
    assert [a.alert_id for a in read.alerts] == ["Añaño-1"]
    assert read.mapping.id_field == "código"


def test_a_field_over_128_kb_is_refused_naming_file_and_line(tmp_path):
    path = write(tmp_path, ["A1,2024-03-01,2.5,-75.1,-9.2", '"' + "x" * 200_000 + '",2024-03-01,1,-75.1,-9.2'])
    with pytest.raises(InputError, match="line 3") as error:
        read_alert_csv(path)
    assert str(path) in str(error.value)


def test_an_alert_id_is_bounded(tmp_path):
    path = write(tmp_path, ["x" * 5000 + ",2024-03-01,2.5,-75.1,-9.2"])
    with pytest.raises(InputError, match="line 2") as error:
        read_alert_csv(path)
    assert str(path) in str(error.value)


@pytest.mark.parametrize("lon, lat", [("0", "0"), ("0.0", "-0.0")])
def test_an_alert_at_zero_zero_is_refused(tmp_path, lon, lat):
    path = write(tmp_path, ["A1,2024-03-01,2.5,-75.1,-9.2", f"A2,2024-03-01,2.5,{lon},{lat}"])
    with pytest.raises(InputError, match="line 3") as error:
        read_alert_csv(path)
    assert "0" in str(error.value) and str(path) in str(error.value)


def test_swapped_latitude_and_longitude_are_detected_and_said(tmp_path):
    path = write(tmp_path, ["A1,2024-03-01,2.5,-9.2,-75.1"])
    with pytest.raises(InputError, match="swapped") as error:
        read_alert_csv(path)
    assert str(path) in str(error.value) and "line 2" in str(error.value)


@pytest.mark.parametrize("day", ["2099-01-01", "9999-12-31", "0001-01-01", "1970-01-01", "1984-12-31"])
def test_a_detection_date_outside_1985_to_tomorrow_is_refused(tmp_path, day):
    path = write(tmp_path, [f"A1,{day},2.5,-75.1,-9.2"])
    with pytest.raises(InputError, match="line 2") as error:
        read_alert_csv(path)
    assert day in str(error.value) and str(path) in str(error.value)


def test_detection_dates_from_1985_to_tomorrow_are_kept(tmp_path):
    tomorrow = today_utc() + timedelta(days=1)
    path = write(tmp_path, ["A1,1985-01-01,2.5,-75.1,-9.2", f"A2,{tomorrow.isoformat()},2.5,-75.1,-9.3"])
    assert [a.detected for a in read_alert_csv(path).alerts] == [date(1985, 1, 1), tomorrow]


def test_the_same_id_at_different_places_is_kept_and_listed():
    alerts = [
        Alert("A1", 500_000.0, 9_000_000.0),
        Alert("A1", 560_000.0, 9_050_000.0),  # the same code 78 km away: another alert
        Alert("A1", 500_000.0, 9_000_000.0),  # the same alert twice: repeated
        Alert("B2", 600_000.0, 9_100_000.0),
    ]
    result = merge_alerts([], alerts)
    ids = sorted(i for p in result.plots for i in p.alert_ids)
    assert len(ids) == 3 and ids.count("A1") == 1 and "B2" in ids
    assert result.repeated_alerts == 1
    assert result.renamed_ids == ("A1",)
    assert len(result.plots) == 3


@pytest.mark.parametrize("area", ["1e400", "-1e400", "inf", "-2.5"])
def test_an_area_that_is_not_a_finite_number_of_hectares_is_refused(tmp_path, area):
    path = write(tmp_path, [f"A1,2024-03-01,{area},-75.1,-9.2"])
    with pytest.raises(InputError, match="line 2") as error:
        read_alert_csv(path)
    assert str(path) in str(error.value)
