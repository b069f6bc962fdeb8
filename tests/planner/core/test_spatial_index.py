"""SpatialIndex: the same indices on shapely 1.8 and 2.x, whatever version string shapely reports."""

from __future__ import annotations

import importlib

import pytest
import shapely
from shapely.geometry import LineString, Point

from patrol_planner.planner.core import spatial_index


@pytest.fixture()
def unversioned_shapely(monkeypatch):
    """Shapely as Debian's unstable packages it: ``shapely.__version__ == "0+unknown"``."""
    monkeypatch.setattr(shapely, "__version__", "0+unknown")
    yield importlib.reload(spatial_index)
    monkeypatch.undo()
    importlib.reload(spatial_index)


def test_query_and_nearest_give_indices_into_the_indexed_list() -> None:
    index = spatial_index.SpatialIndex([Point(10, 0), LineString([(0, 0), (0, 5)]), Point(3, 3)])
    assert index.query(Point(0, 2).buffer(0.5)) == [1]
    assert index.query(Point(5, 1).buffer(100)) == [0, 1, 2]
    assert index.nearest(Point(9, 1)) == 0
    assert (
        spatial_index.SpatialIndex([]).query(Point(0, 0)) == []
        and spatial_index.SpatialIndex([]).nearest(Point(0, 0)) == -1
    )


def test_a_shapely_without_a_release_number_still_indexes(unversioned_shapely) -> None:
    index = unversioned_shapely.SpatialIndex([Point(10, 0), LineString([(0, 0), (0, 5)]), Point(3, 3)])
    assert index.query(Point(0, 2).buffer(0.5)) == [1]
    assert index.nearest(Point(2.5, 3)) == 2
