# SPDX-License-Identifier: GPL-2.0-or-later
"""Before any search: the bases checked, and the plots that join no network set aside.

A real alert file holds thousands of plots, most of them farther from any trail or river than a forest
leg goes (``TravelModel.max_forest_m``) or inside a no-go zone.  No team can get to such a plot, so it is
left out at once with that reason, and the searches, the boats' access and the optimizer see only the
plots a team can get to: the plan's time and memory grow with those, not with the file.  A plot off the
network only a forest leg from another plot off it is set aside too: the forest is crossed only to or
from a trail or river.  One warning counts them.  A base that joins no network stops the plan here, before
minutes of searches.
"""

from __future__ import annotations

from typing import Any, Dict, List, Protocol, Sequence, Tuple, TypeVar

from shapely.geometry.base import BaseGeometry

from ..core import Feedback, PlanningError, check_cancel, message
from ..core.feedback import tell
from ..core.pulse import Pulse
from ..network import INSIDE_NO_GO, TOO_FAR, TravelNetwork
from .model import Coord, LeftOut


class Site(Protocol):
    """What is read of a plot (``pipeline.PlotSite``, which imports this module)."""

    @property
    def plot_id(self) -> str: ...

    @property
    def geometry(self) -> Any: ...

    @property
    def priority(self) -> float: ...


S = TypeVar("S", bound=Site)
EVERY = 50  # plots joined between two progress reports (a join takes well under a millisecond)


def check_bases(network: TravelNetwork, names: Sequence[str], geometry_of: Dict[str, BaseGeometry]) -> None:
    """Raise ``PlanningError`` for a base no team can leave: inside a no-go zone, or off every trail and river."""
    joiner = network.joiner
    for name in names:
        usable = joiner.usable_geometry(geometry_of[name])
        if usable is None:
            raise PlanningError(message("plan_base_unreachable", base=name, reason=INSIDE_NO_GO))
        if not joiner.joins(usable):
            raise PlanningError(message("plan_base_unreachable", base=name, reason=TOO_FAR))


def set_aside(
    network: TravelNetwork, plots: Sequence[S], pulse: Pulse, progress: Feedback
) -> Tuple[List[S], List[LeftOut]]:
    """The plots a team can get to, and the others left out with their reason (one warning counts them)."""
    pulse.phase(message("phase_set_aside", count=len(plots)))
    joiner = network.joiner
    kept: List[S] = []
    aside: List[LeftOut] = []
    inside = 0
    for k, plot in enumerate(plots):
        if k % EVERY == 0:
            check_cancel(progress)
            progress.set_progress(100.0 * k / len(plots))
        usable = joiner.usable_geometry(plot.geometry)
        if usable is not None and joiner.joins(usable):
            kept.append(plot)
            continue
        inside += usable is None
        reason = INSIDE_NO_GO if usable is None else TOO_FAR
        aside.append(LeftOut(plot.plot_id, point_of(plot.geometry), plot.priority, reason, True))
    progress.set_progress(100.0)
    metres = network.model.max_forest_m
    if aside:
        counted = message("plots_set_aside", count=len(aside), far=len(aside) - inside, inside=inside, metres=metres)
        tell(progress, counted, warning=True)
    if not kept:
        raise PlanningError(message("no_plot_on_network", count=len(plots), metres=metres))
    return kept, aside


def point_of(geometry: BaseGeometry) -> Coord:
    point = geometry if geometry.geom_type == "Point" else geometry.representative_point()
    return (point.x, point.y)
