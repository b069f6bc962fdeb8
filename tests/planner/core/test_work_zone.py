# SPDX-License-Identifier: GPL-2.0-or-later
"""The area of work (bases and plots) chooses the UTM zone, never a layer that reaches far away (issue 25)."""

from __future__ import annotations

import pytest

from patrol_planner.planner.core import InputError, utm_projector, work_window, work_zone, zone_name

# Pucallpa, Atalaya, Aguaytía and Puerto Esperanza: the four province capitals of Ucayali
CAPITALS = (-75.51285, -10.72806, -70.71883, -8.37911)
# the Natural Earth rivers of the same basin: Purús reaches -61.38 in Brazil
NATURAL_EARTH_RIVERS = (-78.75284, -15.33636, -61.37963, -2.61028)


def test_the_capitals_of_ucayali_are_measured_in_utm_18s() -> None:
    assert work_zone(*CAPITALS) == 32718
    assert zone_name(32718) == "UTM 18S" and zone_name(32619) == "UTM 19N"


def test_every_corner_of_the_area_has_a_positive_easting_in_its_zone() -> None:
    project = utm_projector(work_zone(*CAPITALS))
    west, south, east, north = CAPITALS
    for lon, lat in ((west, south), (west, north), (east, south), (east, north)):
        assert 0 < project(lon, lat)[0] < 1_000_000


def test_an_area_wider_than_one_zone_can_hold_is_refused_saying_so() -> None:
    # the rivers' own extent: no zone measures it with positive eastings (zone 19 put Aguaytía at -217 km)
    with pytest.raises(InputError, match="too wide"):
        work_zone(*NATURAL_EARTH_RIVERS)


def test_a_single_point_has_its_own_zone() -> None:
    assert work_zone(-75.5, -9.0, -75.5, -9.0) == 32718
    assert work_zone(-70.7, -9.8, -70.7, -9.8) == 32719


def test_the_window_grows_the_area_and_never_reaches_negative_eastings() -> None:
    # an area 40 km wide whose west edge is 10 km from the zone's false origin: at least 25 km round it
    xmin, ymin, xmax, ymax = work_window(10_000.0, 9_000_000.0, 50_000.0, 9_020_000.0)
    assert xmin == 0.0 and xmax == pytest.approx(75_000.0) and (ymin, ymax) == (8_975_000.0, 9_045_000.0)
    # a wide area: a quarter of its longer side on every side
    assert work_window(400_000.0, 8_800_000.0, 800_000.0, 9_000_000.0) == (
        300_000.0,
        8_700_000.0,
        900_000.0,
        9_100_000.0,
    )
