"""The real MapBiomas sample (61 alerts, Padre Abad) read, clustered, merged twice."""

import json
from datetime import date
from pathlib import Path

from patrol_planner.planner.core import utm_projector
from patrol_planner.planner.targets import Alert, ClusterConfig, build_targets, cluster_alerts, read_alert_csv

DATA = Path(__file__).resolve().parents[2] / "data" / "alerts"
PROJECT = utm_projector(32718)


def _geojson_alerts():
    features = json.loads((DATA / "mapbiomas_padre_abad_sample.geojson").read_text())["features"]
    out = []
    for f in features:
        p = f["properties"]
        x, y = PROJECT(*f["geometry"]["coordinates"])
        out.append(Alert(str(p["alert_code"]), x, y, date.fromisoformat(p["detected_at"]), p["area_ha"]))
    return out


def test_csv_and_geojson_give_the_same_alerts():
    from_csv = read_alert_csv(DATA / "mapbiomas_padre_abad_sample.csv", PROJECT)
    assert (from_csv.mapping.id_field, from_csv.mapping.date_field, from_csv.mapping.area_field) == (
        "alert_code",
        "detected_at",
        "area_ha",
    )
    geo = _geojson_alerts()
    assert len(from_csv.alerts) == len(geo) == 61
    assert [a.alert_id for a in from_csv.alerts] == [a.alert_id for a in geo]


def test_clustering_keeps_every_alert_and_its_area():
    alerts = _geojson_alerts()
    total = sum(a.area_ha for a in alerts)
    counts = []
    for distance in (250, 500, 1000):
        plots = cluster_alerts(alerts, ClusterConfig(distance))
        assert sum(p.count for p in plots) == 61
        assert abs(sum(p.area_ha for p in plots) - total) < 1e-6
        assert sorted(i for p in plots for i in p.alert_ids) == sorted(a.alert_id for a in alerts)
        counts.append(len(plots))
    assert counts[0] >= counts[1] >= counts[2] and counts[0] < 61


def test_real_sample_merged_twice_is_stable():
    alerts = _geojson_alerts()
    first = build_targets(alerts[:40], date(2026, 1, 1))
    second = build_targets(alerts, date(2026, 1, 1), existing=first.plots)
    third = build_targets(alerts, date(2026, 1, 1), existing=second.plots)
    assert sum(p.count for p in second.plots) == 61
    assert (third.merge.added, third.merge.updated, third.merge.new_alerts) == (0, 0, 0)
    assert [p.alert_ids for p in third.plots] == [p.alert_ids for p in second.plots]
    assert all(1.0 <= r.value <= 10.0 for r in third.priorities)
