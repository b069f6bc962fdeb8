"""Issue 30: Global Forest Watch integrated alerts, decoded from the published raster's values."""

from __future__ import annotations

from datetime import date

import pytest

from patrol_planner.planner.core import InputError
from patrol_planner.planner.targets import GFW_CONFIDENCE, decode_gfw


@pytest.mark.parametrize(
    "value, confidence, day",
    [
        (20001, "low", date(2015, 1, 1)),  # GFW's own examples
        (30055, "high", date(2015, 2, 24)),
        (21847, "low", date(2020, 1, 21)),
        (41847, "highest", date(2020, 1, 21)),
        (43988, "highest", date(2025, 12, 1)),
    ],
)
def test_each_value_gives_its_confidence_and_first_detection_day(value, confidence, day):
    assert decode_gfw(value) == (confidence, day)


def test_no_alert_and_the_raster_nodata_give_nothing():
    assert decode_gfw(0) is None


@pytest.mark.parametrize("value", [19999, 50001, -30000, 29999 + 10000 * 3])
def test_a_value_no_alert_can_have_is_refused(value):
    with pytest.raises(InputError, match="not an integrated alert"):
        decode_gfw(value, "gfw.tif")


def test_the_confidence_levels_rank_low_to_highest():
    assert GFW_CONFIDENCE == {2: "low", 3: "high", 4: "highest"}
