# SPDX-License-Identifier: GPL-2.0-or-later
"""Before planning: do the rivers and trails make a network the teams can use?

An empty rivers layer (or the wrong one) once planned anyway: "Done.", every
team walked, and most plots were "unreachable".  A team leaves its base and
reaches a plot through the forest for at most the forest distance of the Plan
tab, so a base or most plots farther than that from every river and trail
line mean the layers do not match; the coordinator hears it before the plan.
"""

from __future__ import annotations

from typing import Iterable, List, Optional, Sequence

from qgis.core import QgsGeometry, QgsRectangle, QgsSpatialIndex

from ..planner.core import InputError
from ..qgis_adapters.base import checked_transform, work_area
from ..qgis_adapters.translation import tr, translate_error


def _has_lines(layer) -> bool:
    return any(f.hasGeometry() and not f.geometry().isEmpty() for f in layer.getFeatures())


class _Lines:
    """The river and trail lines in metres, indexed for 'how far is the nearest one?'."""

    def __init__(self, layers: Sequence, area: Sequence) -> None:
        """``area``: the bases and plots, whose UTM zone the plan measures in (never the rivers')."""
        self.crs = work_area([(layer, layer.name()) for layer in area]).crs
        self.index = QgsSpatialIndex()
        self.geometries: List[QgsGeometry] = []
        for layer in layers:
            transform = checked_transform(layer.crs(), self.crs)
            for feature in layer.getFeatures():
                if not feature.hasGeometry():
                    continue
                geometry = QgsGeometry(feature.geometry())
                geometry.transform(transform)
                self.index.addFeature(len(self.geometries), geometry.boundingBox())
                self.geometries.append(geometry)

    def in_metres(self, layer, features: Iterable) -> List[QgsGeometry]:
        transform = checked_transform(layer.crs(), self.crs)
        out = []
        for feature in features:
            if feature.hasGeometry():
                geometry = QgsGeometry(feature.geometry())
                geometry.transform(transform)
                out.append(geometry)
        return out

    def near(self, geometry: QgsGeometry, limit: float) -> bool:
        box = QgsRectangle(geometry.boundingBox())
        box.grow(limit)
        return any(self.geometries[i].distance(geometry) <= limit for i in self.index.intersects(box))

    def distance(self, geometry: QgsGeometry) -> float:
        """The exact distance to the nearest line (only asked for the few bases)."""
        return min((line.distance(geometry) for line in self.geometries), default=float("inf"))


def network_problem(rivers, trails, bases, plots, base_names: Sequence[str], max_forest_m: float) -> str:
    """One sentence about why these layers cannot make the teams' network, or "" when they can."""
    for layer, label in ((rivers, tr("rivers")), (trails, tr("trails"))):
        if layer is not None and not _has_lines(layer):
            return tr("The {} layer “{}” has no lines: choose the layer that holds them on the Layers tab.").format(
                label, layer.name()
            )
    area = [layer for layer in (bases, plots) if layer is not None] or [rivers or trails]
    try:
        lines = _Lines([layer for layer in (rivers, trails) if layer is not None], area)
    except InputError as error:  # bases and plots too far apart for one UTM zone: said before planning
        return translate_error(error)
    return _base_problem(lines, bases, base_names, max_forest_m) or _plots_problem(lines, plots, max_forest_m)


def _base_problem(lines: _Lines, bases, names: Sequence[str], max_forest_m: float) -> Optional[str]:
    if bases is None or bases.fields().indexOf("name") < 0:
        return None
    used = [f for f in bases.getFeatures() if str(f["name"]) in set(names)]
    for feature, geometry in zip(used, lines.in_metres(bases, used)):
        if not lines.near(geometry, max_forest_m):
            distance = lines.distance(geometry)
            return tr(
                "The base “{}” is {:.1f} km from the nearest river or trail, more than a team walks through the "
                "forest ({:.0f} m): check the bases, rivers and trails layers."
            ).format(feature["name"], distance / 1000.0, max_forest_m)
    return None


def _plots_problem(lines: _Lines, plots, max_forest_m: float) -> Optional[str]:
    if plots is None:
        return None
    geometries = lines.in_metres(plots, plots.getFeatures())
    far = sum(1 for geometry in geometries if not lines.near(geometry, max_forest_m))
    if geometries and far * 2 > len(geometries):
        return tr(
            "{} of {} plots are more than {:.0f} m from any river or trail: check that the rivers and trails "
            "layers cover the plots' area (or raise “Longest walk through forest” on the Plan tab)."
        ).format(far, len(geometries), max_forest_m)
    return None
