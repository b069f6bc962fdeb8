"""Merging into an existing plots layer, twice, without duplicates (worked by hand)."""

from datetime import date

from shapely.geometry import box

from patrol_planner.planner.targets import (
    STATUS_NEW,
    STATUS_UNCHANGED,
    STATUS_UPDATED,
    Alert,
    ClusterConfig,
    TargetPlot,
    merge_alerts,
)

D = ClusterConfig(250.0)


def _a(alert_id, x, y, day="2025-05-01", area=1.0):
    return Alert(alert_id, x, y, date.fromisoformat(day), area)


def test_first_import_then_the_same_file_again_changes_nothing():
    alerts = [_a("1", 0, 0), _a("2", 100, 0), _a("3", 5000, 0)]
    first = merge_alerts([], alerts, D)
    assert (first.added, first.updated, first.new_alerts) == (2, 0, 3)
    assert [p.alert_ids for p in first.plots] == [("1", "2"), ("3",)]
    second = merge_alerts(first.plots, alerts, D)
    assert (second.added, second.updated, second.new_alerts, second.known_alerts) == (0, 0, 0, 3)
    assert [p.status for p in second.plots] == [STATUS_UNCHANGED, STATUS_UNCHANGED]
    assert [(p.alert_ids, p.area_ha) for p in second.plots] == [(("1", "2"), 2.0), (("3",), 1.0)]


def test_twice_with_new_alerts_updates_plots_instead_of_doubling_them():
    existing = [
        TargetPlot("A-1", 50, 0, ("1", "2"), 2.0, date(2025, 5, 1), date(2025, 5, 1), key=11),
        TargetPlot("hand", 3000, 0, key=12),
    ]  # digitised by hand: no alert ids
    # Alert 2 is known; 4 is 200 m from known alert 2 (350 m from the plot's point): it joins A-1
    # through 2.  5 is 240 m from the hand plot.  6 is alone.  2 appears twice in the file.
    batch = [
        _a("2", 100, 0),
        _a("4", 300, 0, "2025-09-09", 3.0),
        _a("5", 3240, 0, "2024-01-01", 0.5),
        _a("6", 9000, 0),
        _a("2", 100, 0),
    ]
    merged = merge_alerts(existing, batch, D)
    assert (merged.added, merged.updated, merged.new_alerts, merged.known_alerts, merged.repeated_alerts) == (
        1,
        2,
        3,
        1,
        1,
    )
    a1, hand, new = merged.plots
    assert (a1.plot_id, a1.key, a1.alert_ids, a1.area_ha) == ("A-1", 11, ("1", "2", "4"), 5.0)
    assert (a1.first_detected, a1.last_detected, a1.status) == (date(2025, 5, 1), date(2025, 9, 9), STATUS_UPDATED)
    assert (a1.x, a1.y) == (50, 0)  # position kept
    assert (hand.plot_id, hand.alert_ids, hand.area_ha, hand.first_detected) == ("hand", ("5",), 0.5, date(2024, 1, 1))
    assert (new.plot_id, new.alert_ids, new.status) == ("A-6", ("6",), STATUS_NEW)
    # And the same batch once more: nothing moves.
    again = merge_alerts(merged.plots, batch, D)
    assert (again.added, again.updated, again.new_alerts) == (0, 0, 0)
    assert [(p.plot_id, p.alert_ids, p.area_ha) for p in again.plots] == [
        (p.plot_id, p.alert_ids, p.area_ha) for p in merged.plots
    ]


def test_within_the_distance_of_an_existing_plot_boundary_and_outline():
    existing = [TargetPlot("P", 0, 0, key=1), TargetPlot("Q", 0, 0, outline=box(1000, 0, 1100, 100), key=2)]
    on_boundary = _a("x", 250.0, 0)  # exactly 250 m from P: joins it
    beyond = _a("y", -250.5, 0)  # just beyond: a new plot
    by_edge = _a("z", 1300, 50)  # 200 m from Q's edge (250 m from neither point): joins Q
    merged = merge_alerts(existing, [on_boundary, beyond, by_edge], D)
    assert [(p.plot_id, p.alert_ids) for p in merged.plots] == [("P", ("x",)), ("Q", ("z",)), ("A-y", ("y",))]


def test_new_group_goes_to_the_nearest_of_two_plots():
    existing = [TargetPlot("far", 0, 0), TargetPlot("near", 400, 0)]
    merged = merge_alerts(existing, [_a("k", 200, 0), _a("m", 240, 0)], D)
    # Both plots are within 250 m of an alert; "near" is 160 m from m, "far" 200 m from k.
    assert [p.alert_ids for p in merged.plots] == [(), ("k", "m")]
