# SPDX-License-Identifier: GPL-2.0-or-later
"""API that changed between QGIS 3.22 and 3.44 (make test-ltr), reached the same way on both."""

from __future__ import annotations

import warnings

from qgis.core import QgsRectangle

from patrol_planner.qgis_adapters.base.compat import empty_extent


def test_an_empty_extent_takes_the_first_rectangle_and_warns_of_nothing() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # QGIS 3.44 deprecates setMinimal(); 3.22 has no setNull()
        extent = empty_extent()
    assert extent.xMinimum() > extent.xMaximum()  # nothing in it yet: the callers' test for "no map"
    extent.combineExtentWith(QgsRectangle(500_000, 9_000_000, 501_000, 9_002_000))
    extent.combineExtentWith(QgsRectangle(499_000, 9_001_000, 500_500, 9_001_500))
    assert extent.toRectF().getCoords() == (499_000, 9_000_000, 501_000, 9_002_000)
