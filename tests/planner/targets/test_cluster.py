"""Clustering worked out by hand: chains, a lone alert, the boundary distance, outlines."""

from datetime import date

import pytest
from shapely.geometry import box

from patrol_planner.planner.core import InputError
from patrol_planner.planner.targets import Alert, ClusterConfig, cluster_alerts


def _a(alert_id, x, y, day=None, area=None):
    return Alert(alert_id, x, y, date.fromisoformat(day) if day else None, area)


def test_chain_is_one_plot_even_when_its_ends_are_far_apart():
    # 0 - 200 - 400 - 600 m along x: each 200 m from the next, the ends 600 m apart.
    chain = [
        _a("c1", 0, 0, "2025-01-10", 1.0),
        _a("c2", 200, 0, "2025-03-01", 2.0),
        _a("c3", 400, 0, "2024-12-31", 0.5),
        _a("c4", 600, 0, "2025-02-15", 1.5),
    ]
    lone = _a("L", 5000, 5000, "2025-06-01", 4.0)
    plots = cluster_alerts(chain + [lone], ClusterConfig(250.0))
    assert len(plots) == 2
    chain_plot, lone_plot = plots
    assert chain_plot.alert_ids == ("c1", "c2", "c3", "c4")
    assert chain_plot.count == 4
    assert chain_plot.area_ha == pytest.approx(5.0)
    assert chain_plot.first_detected == date(2024, 12, 31)
    assert chain_plot.last_detected == date(2025, 3, 1)
    assert (chain_plot.x, chain_plot.y) == (300.0, 0.0)  # mean of 0, 200, 400, 600
    assert chain_plot.plot_id == "A-c1"
    # The lone alert is a plot of its own, with its own figures.
    assert lone_plot.alert_ids == ("L",)
    assert (lone_plot.x, lone_plot.y, lone_plot.area_ha) == (5000, 5000, 4.0)
    assert lone_plot.first_detected == lone_plot.last_detected == date(2025, 6, 1)


def test_chain_in_any_order_and_across_grid_cells():
    # A diagonal chain, 3-4-5 triangles (each step exactly 250 m), shuffled.
    points = [(i * 150.0 - 30, i * 200.0 - 70) for i in range(8)]
    order = [5, 0, 7, 2, 4, 1, 6, 3]
    plots = cluster_alerts([_a(f"d{i}", *points[i]) for i in order], ClusterConfig(250.0))
    assert len(plots) == 1 and plots[0].count == 8


def test_exactly_on_the_boundary_joins_just_beyond_does_not():
    on = cluster_alerts([_a("a", 0, 0), _a("b", 250.0, 0)], ClusterConfig(250.0))
    assert len(on) == 1
    # 3-4-5: 150 m east, 200 m north is exactly 250 m.
    diagonal = cluster_alerts([_a("a", 1000, 1000), _a("b", 1150, 1200)], ClusterConfig(250.0))
    assert len(diagonal) == 1
    beyond = cluster_alerts([_a("a", 0, 0), _a("b", 250.001, 0)], ClusterConfig(250.0))
    assert [p.alert_ids for p in beyond] == [("a",), ("b",)]


def test_distance_changes_the_groups():
    alerts = [_a("a", 0, 0), _a("b", 300, 0), _a("c", 900, 0)]
    assert len(cluster_alerts(alerts, ClusterConfig(250))) == 3
    assert len(cluster_alerts(alerts, ClusterConfig(500))) == 2
    assert len(cluster_alerts(alerts, ClusterConfig(1000))) == 1


def test_polygon_alerts_join_edge_to_edge_and_area_from_outline():
    # Two 100 m squares whose edges are 200 m apart (centres 300 m): one plot at 250 m.
    first = Alert("p1", 50, 50, outline=box(0, 0, 100, 100))
    second = Alert("p2", 350, 50, outline=box(300, 0, 400, 100))
    far = Alert("p3", 2000, 50, outline=box(1950, 0, 2050, 100), area_ha=7.0)
    plots = cluster_alerts([first, second, far], ClusterConfig(250))
    assert [p.alert_ids for p in plots] == [("p1", "p2"), ("p3",)]
    assert plots[0].area_ha == pytest.approx(2.0)  # two hectares from the outlines
    assert plots[1].area_ha == 7.0  # the alert's own area wins over its outline
    assert plots[0].outline.area == pytest.approx(20000)


def test_no_alerts_and_bad_distance():
    assert cluster_alerts([], ClusterConfig(250)) == []
    with pytest.raises(InputError, match="more than 0 m"):
        cluster_alerts([_a("a", 0, 0)], ClusterConfig(0))
