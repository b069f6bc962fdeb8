# SPDX-License-Identifier: GPL-2.0-or-later
"""Before planning: do the rivers and trails make a network the teams can use?

An empty rivers layer (or the wrong one) once planned anyway: "Done.", every
team walked, and most plots were "unreachable".  A team leaves its base and
reaches a plot through the forest for at most the forest distance of the Plan
tab, so a base farther than that from every river and trail line, or no plot
within it, means the layers do not match; the coordinator hears it before the
plan.  Plots off the network are otherwise normal (nine in ten of a real alert
file): the engine sets them aside with one counted warning, and so the dock only
counts them and plans the others.
"""

from __future__ import annotations

from typing import Iterable, List, NamedTuple, Optional, Sequence

from qgis.core import QgsGeometry, QgsRectangle, QgsSpatialIndex

from ..planner.core import InputError
from ..qgis_adapters.base import checked_transform, work_area
from ..qgis_adapters.layers import NAVIGABLE_FIELD, is_navigable
from ..qgis_adapters.translation import tr, translate_error


def _has_lines(layer) -> bool:
    return any(f.hasGeometry() and not f.geometry().isEmpty() for f in layer.getFeatures())


class _Lines:
    """The river and trail lines in metres, indexed for 'how far is the nearest one?'."""

    def __init__(self, layers: Sequence, area: Sequence, rivers=None) -> None:
        """``area``: the bases and plots, whose UTM zone the plan measures in (never the rivers').  A feature of
        ``rivers`` marked not navigable is left out, as the plan leaves it out of the network (the count of
        plots off the network is then the plan's own)."""
        self.crs = work_area([(layer, layer.name()) for layer in area]).crs
        self.index = QgsSpatialIndex()
        self.geometries: List[QgsGeometry] = []
        for layer in layers:
            transform = checked_transform(layer.crs(), self.crs)
            field = NAVIGABLE_FIELD if layer is rivers and layer.fields().indexOf(NAVIGABLE_FIELD) >= 0 else None
            for feature in layer.getFeatures():
                if not feature.hasGeometry() or not is_navigable(layer, feature, field):
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


class NetworkVerdict(NamedTuple):
    problem: str  # why these layers cannot make the teams' network ("" when they can): nothing is planned
    warning: str = ""  # what the plan will set aside ("" when nothing): said, and the plan goes on


def network_problem(rivers, trails, bases, plots, base_names: Sequence[str], max_forest_m: float) -> NetworkVerdict:
    """Whether these layers can make the teams' network, and the plots the plan will set aside."""
    for layer, label in ((rivers, tr("rivers")), (trails, tr("trails"))):
        if layer is not None and not _has_lines(layer):
            return NetworkVerdict(
                tr("The {} layer “{}” has no lines: choose the layer that holds them on the Layers tab.").format(
                    label, layer.name()
                )
            )
    line_layers = [layer for layer in (rivers, trails) if layer is not None]
    area = [layer for layer in (bases, plots) if layer is not None] or line_layers[:1]
    try:
        lines = _Lines(line_layers, area, rivers)
    except InputError as error:  # bases and plots too far apart for one UTM zone: said before planning
        return NetworkVerdict(translate_error(error))
    problem = _base_problem(lines, bases, base_names, max_forest_m)
    return NetworkVerdict(problem) if problem else _plots_verdict(lines, plots, line_layers, max_forest_m)


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


def _plots_verdict(lines: _Lines, plots, line_layers: Sequence, max_forest_m: float) -> NetworkVerdict:
    if plots is None:
        return NetworkVerdict("")
    geometries = lines.in_metres(plots, plots.getFeatures())
    far = sum(1 for geometry in geometries if not lines.near(geometry, max_forest_m))
    if not far:
        return NetworkVerdict("")
    if far == len(geometries):
        names = tr(" or ").join(f"“{layer.name()}”" for layer in line_layers)
        return NetworkVerdict(
            tr(
                "None of the {} plots of “{}” is within {:.0f} m of a line of {}: nothing to plan. Check that "
                "these layers cover the same area (or raise “Longest walk through forest” on the Plan tab)."
            ).format(far, plots.name(), max_forest_m, names)
        )
    return NetworkVerdict(
        "",
        tr(
            "{} of {} plots are more than {:.0f} m from any river or trail: the plan sets them aside and plans "
            "the others."
        ).format(far, len(geometries), max_forest_m),
    )
