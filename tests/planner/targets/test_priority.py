"""The priority rule and expiring checks, worked by hand."""

from datetime import date, timedelta

import pytest
from shapely.geometry import LineString, Point, box

from patrol_planner.planner.core import InputError
from patrol_planner.planner.targets import (
    KIND_AIRSTRIP,
    CheckRule,
    Places,
    PriorityRule,
    TargetPlot,
    days_since,
    is_current,
    plot_priority,
    unchecked_share,
)

TODAY = date(2026, 6, 30)


def test_check_current_up_to_the_limit_due_the_day_after():
    rule = CheckRule(90)
    assert is_current(TODAY - timedelta(days=89), TODAY, rule)
    assert is_current(TODAY - timedelta(days=90), TODAY, rule)  # the 90th day still counts
    assert not is_current(TODAY - timedelta(days=91), TODAY, rule)
    assert not is_current(None, TODAY, rule)
    assert is_current(TODAY + timedelta(days=3), TODAY, rule)  # a clock set ahead: counts as today
    assert days_since(TODAY - timedelta(days=91), TODAY) == 91
    assert days_since(None, TODAY) is None
    # Another limit moves the edge.
    assert not is_current(TODAY - timedelta(days=31), TODAY, CheckRule(30))
    with pytest.raises(InputError):
        CheckRule(0)


def test_time_unchecked_rises_after_the_limit():
    rule = CheckRule(90)
    assert unchecked_share(TODAY - timedelta(days=90), TODAY, rule) == 0.0
    assert unchecked_share(TODAY - timedelta(days=91), TODAY, rule) == pytest.approx(1 / 90)
    assert unchecked_share(TODAY - timedelta(days=135), TODAY, rule) == pytest.approx(0.5)
    assert unchecked_share(TODAY - timedelta(days=180), TODAY, rule) == 1.0
    assert unchecked_share(TODAY - timedelta(days=400), TODAY, rule) == 1.0
    assert unchecked_share(None, TODAY, rule) == 1.0


def test_priority_by_hand():
    plot = TargetPlot(
        "A-1",
        0,
        0,
        ("1",),
        area_ha=5.0,
        last_detected=TODAY - timedelta(days=73),
        last_check=TODAY - timedelta(days=135),
    )
    places = Places(
        communities=[Point(1000, 0)], zones=[box(-100, -100, 100, 100)], airstrips=[LineString([(0, 4000), (0, 5000)])]
    )
    result = plot_priority(plot, TODAY, PriorityRule(), places)
    # area 5/10 = 0.5; recency 1 - 73/365 = 0.8; community 1 - 1000/5000 = 0.8;
    # zone inside = 1; airstrip 1 - 4000/5000 = 0.2; unchecked (135-90)/90 = 0.5.
    assert result.shares == pytest.approx(
        {"area": 0.5, "recency": 0.8, "community": 0.8, "zone": 1.0, "airstrip": 0.2, "unchecked": 0.5}
    )
    # mean 3.8 / 6 = 0.6333; priority 1 + 9 * 0.6333 = 6.7
    assert result.value == 6.7
    assert result.days_unchecked == 135
    assert "zone 1.00" in result.why


def test_weights_change_the_ranking():
    big_old = TargetPlot("big", 0, 0, area_ha=20.0, last_detected=TODAY - timedelta(days=400))
    small_new = TargetPlot("new", 0, 0, area_ha=1.0, last_detected=TODAY)
    by_area = PriorityRule(recency_weight=0, community_weight=0, zone_weight=0, airstrip_weight=0, unchecked_weight=0)
    assert plot_priority(big_old, TODAY, by_area).value == 10.0
    assert plot_priority(small_new, TODAY, by_area).value == 1.9  # 1 + 9 * 0.1
    by_recency = PriorityRule(area_weight=0, community_weight=0, zone_weight=0, airstrip_weight=0, unchecked_weight=0)
    assert plot_priority(big_old, TODAY, by_recency).value == 1.0
    assert plot_priority(small_new, TODAY, by_recency).value == 10.0


def test_expired_check_raises_priority_only_after_the_limit():
    rule = PriorityRule(
        area_weight=0, recency_weight=0, community_weight=0, zone_weight=0, airstrip_weight=0, check=CheckRule(90)
    )
    checked = [
        plot_priority(TargetPlot("p", 0, 0, last_check=TODAY - timedelta(days=d)), TODAY, rule).value
        for d in (0, 90, 91, 135, 180, 500)
    ]
    assert checked == [1.0, 1.0, 1.1, 5.5, 10.0, 10.0]


def test_airstrip_is_its_own_airstrip_and_far_places_count_nothing():
    strip = TargetPlot("AS-1", 0, 0, kind=KIND_AIRSTRIP)
    only_airstrip = PriorityRule(area_weight=0, recency_weight=0, community_weight=0, zone_weight=0, unchecked_weight=0)
    assert plot_priority(strip, TODAY, only_airstrip).value == 10.0
    far = Places(communities=[Point(6000, 0)], zones=[box(2500, 0, 3000, 10)])
    shares = plot_priority(TargetPlot("p", 0, 0), TODAY, PriorityRule(), far).shares
    assert shares["community"] == 0.0 and shares["zone"] == 0.0


def test_negative_weight_is_refused():
    with pytest.raises(InputError, match="area weight"):
        PriorityRule(area_weight=-1)


def test_layers_not_given_do_not_pull_priorities_down():
    plot = TargetPlot("p", 0, 0, area_ha=10.0, last_detected=TODAY)  # never checked
    result = plot_priority(plot, TODAY)  # no communities, zones or airstrips
    assert result.value == 10.0  # area 1, recency 1, unchecked 1; the other three are left out
    assert result.why == "area 1.00; recency 1.00; unchecked 1.00"
    with_far_community = plot_priority(plot, TODAY, PriorityRule(), Places(communities=[Point(9000, 0)]))
    assert with_far_community.value == 7.8  # 1 + 9 * 3/4 = 7.75, rounded to one decimal
