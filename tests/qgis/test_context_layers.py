# SPDX-License-Identifier: GPL-2.0-or-later
"""Optional context layers never stop Import alerts; no-go zones stay strict and never become slow (issue 25, 7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.qgis.conftest import memory_layer

from . import test_dock
from .plan_support import plan, rows
from .test_real_layers import Log

SAMPLE = str(Path(__file__).resolve().parents[1] / "data" / "alerts" / "mapbiomas_padre_abad_sample.geojson")
# near the sample's alerts (lon -75.35, lat -8.80), in WGS 84
SQUARE = "POLYGON((-75.36 -8.81, -75.34 -8.81, -75.34 -8.79, -75.36 -8.79, -75.36 -8.81))"
BROKEN = "POLYGON((-75.36 -8.81, -75.34 -8.81, -75.36 -8.81))"  # a ring of three points: GEOS cannot read it


def _import(log: Log, **params):
    import processing

    params.update(ALERTS_FILE=SAMPLE, OUTPUT="memory:", TODAY="2026-01-15")
    return processing.run("patrol_planner:import_alerts", params, feedback=log.feedback)


dock = test_dock.dock  # the dock on the small area


@pytest.mark.parametrize(
    "key, label, kind, bad",
    [
        ("ZONES", "Zones of interest", "Polygon", "POLYGON EMPTY"),
        ("ZONES", "Zones of interest", "Polygon", BROKEN),
        ("ZONES", "Zones of interest", "Polygon", None),
        ("COMMUNITIES", "Communities", "Polygon", "POLYGON EMPTY"),
        ("AIRSTRIPS", "Airstrips", "LineString", None),
    ],
)
def test_an_empty_or_broken_feature_in_a_context_layer_is_skipped_with_one_counted_warning(
    patrol_provider, key: str, label: str, kind: str, bad
) -> None:
    good = SQUARE if kind == "Polygon" else "LINESTRING(-75.36 -8.81, -75.35 -8.80)"
    layer = memory_layer(kind, "EPSG:4326", "field=name:string", "mis capas", [(good, ["buena"])])
    from qgis.core import QgsFeature, QgsGeometry

    for _ in range(2):  # two bad features: counted once, in one warning
        feature = QgsFeature(layer.fields())
        if bad is not None:
            feature.setGeometry(QgsGeometry.fromWkt(bad))
        feature.setAttributes(["mala"])
        assert layer.dataProvider().addFeature(feature)
    log = Log()
    result = _import(log, **{key: layer})
    assert result["ADDED"] > 0
    said = [line for line in log.lines if "mis capas" in line]
    assert len(said) == 1, log.lines
    assert label in said[0] and "2" in said[0]


def test_a_number_column_named_factor_never_turns_a_no_go_zone_into_a_slow_zone(patrol_provider, small_area) -> None:
    nogo = small_area["NOGO"]
    (reserve,) = nogo.getFeatures()
    # a tiny factor "slows" travel to nothing: 1e-300 put 4.6 km of route through a reserve
    assert nogo.dataProvider().changeAttributeValues({reserve.id(): {nogo.fields().indexOf("factor"): 0.001}})
    result = plan(small_area, ["Equipo A", "Alfa", "", 1, 12])
    left = {r["plot_id"]: r["reason"] for r in rows(result["UNPLANNED"])}
    assert "no-go" in left["P4"]


def test_a_factor_field_chosen_by_name_still_makes_slow_zones(patrol_provider, small_area) -> None:
    nogo = small_area["NOGO"]
    (reserve,) = nogo.getFeatures()
    assert nogo.dataProvider().changeAttributeValues({reserve.id(): {nogo.fields().indexOf("factor"): 2.0}})
    result = plan(small_area, ["Equipo A", "Alfa", "", 1, 12], NOGO_FACTOR_FIELD="factor")
    left = {r["plot_id"]: r["reason"] for r in rows(result["UNPLANNED"])}
    assert "no-go" not in left.get("P4", "")


def test_the_dock_reads_a_slow_down_factor_only_from_the_field_the_coordinator_chose(dock, small_area) -> None:
    form = dock.form
    assert form.nogoFactorCombo.layer() is small_area["NOGO"]
    assert dock.plan_parameters()["NOGO_FACTOR_FIELD"] == ""  # the layer's "factor" column is not guessed
    form.nogoFactorCombo.setField("factor")
    assert dock.plan_parameters()["NOGO_FACTOR_FIELD"] == "factor"
