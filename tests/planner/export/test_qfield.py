"""Issue 30: what a QField package holds, decided without QGIS (verdict codes, basemap zooms, tracking)."""

from __future__ import annotations

import pytest

from patrol_planner.planner.core import ExportError
from patrol_planner.planner.export import (
    QFIELD_TRACKING,
    VERDICTS,
    basemap_zooms,
    tile_count,
)


def test_the_verdicts_a_guard_chooses_from_are_the_issues_six_in_order():
    assert VERDICTS == ("coca", "clearing", "airstrip", "camp", "nothing", "not_reached")


def test_tiles_are_counted_over_every_zoom_of_the_range():
    # 1 degree square at the equator: one tile at zoom 0..7, more below.
    assert tile_count((-75.0, -9.0, -74.9, -8.9), 0, 0) == 1
    assert tile_count((-75.0, -9.0, -74.9, -8.9), 0, 3) == 4
    assert tile_count((-75.0, -9.0, -74.0, -8.0), 12, 12) > 100


def test_the_basemap_zooms_in_as_far_as_the_tile_budget_allows():
    small = basemap_zooms((-74.6, -9.0, -74.5, -8.9), max_tiles=600)
    large = basemap_zooms((-75.5, -9.9, -74.0, -8.0), max_tiles=600)
    assert small[1] > large[1]  # a team's small area gets sharper tiles than a whole province
    for extent, zooms in (((-74.6, -9.0, -74.5, -8.9), small), ((-75.5, -9.9, -74.0, -8.0), large)):
        assert tile_count(extent, *zooms) <= 600
        assert zooms[0] <= zooms[1] <= 15


def test_an_area_too_wide_for_any_zoom_is_refused_with_a_sentence():
    with pytest.raises(ExportError, match="basemap"):
        basemap_zooms((-80.0, -18.0, -68.0, 0.0), max_tiles=3, min_zoom=8)


def test_the_track_layer_starts_a_session_when_the_project_opens_and_drops_wild_fixes():
    assert QFIELD_TRACKING["QFieldSync/tracking_session_active"] is True
    assert QFIELD_TRACKING["QFieldSync/tracking_distance_requirement_active"] is True
    assert QFIELD_TRACKING["QFieldSync/tracking_erroneous_distance_safeguard_active"] is True
