"""The network seen by one way of travelling: on foot only, or by boat only.

The full network lets a team change between boat and foot at any landing.
With a real boat the two have to be searched apart: the view keeps the
graph's geometry and costs but only the arcs of the chosen modes in the
search adjacency, joins terminals only to those modes and, for the boat,
never joins two terminals by a forest leg.
"""

from __future__ import annotations

import copy
from typing import Collection, List, Optional, Sequence, Union

from shapely.geometry.base import BaseGeometry

from .build import TravelNetwork
from .join import DirectLeg, Join, TerminalJoiner
from .memo import NetworkMemo
from .travel_model import BOAT, TRAIL


class _ModeJoiner:
    """A joiner that answers only with joins of some modes (shares the network's spatial grids)."""

    def __init__(self, base: TerminalJoiner, modes: Collection[str], direct: bool) -> None:
        self._base = base
        self._modes = tuple(m for m in (TRAIL, BOAT) if m in modes)
        self._direct = direct

    def usable_geometry(self, geometry: BaseGeometry) -> Optional[BaseGeometry]:
        return self._base.usable_geometry(geometry)

    def joins(self, geometry: BaseGeometry, modes: Sequence[str] = (TRAIL, BOAT)) -> List[Join]:
        return self._base.joins(geometry, tuple(m for m in self._modes if m in modes))

    def direct(self, g1: BaseGeometry, g2: BaseGeometry) -> Optional[DirectLeg]:
        return self._base.direct(g1, g2) if self._direct else None


def mode_view(network: TravelNetwork, mode: str) -> TravelNetwork:
    """The network for ``mode``: ``"foot"`` (trails and forest legs) or ``"boat"`` (rivers only).

    A view is made once per network and kept on it, so planning again on a kept network searches
    the same views (with their last matrices) instead of copying the adjacency again."""
    if mode not in ("foot", BOAT):
        raise ValueError(f"mode must be 'foot' or 'boat', not {mode!r}")
    views = network.memo.views
    if mode not in views:
        views[mode] = _view(network, mode)
    return views[mode]


def _view(network: TravelNetwork, mode: str) -> TravelNetwork:
    modes = {TRAIL} if mode == "foot" else {BOAT}
    graph = copy.copy(network.graph)
    kinds = network.graph.edge_mode
    graph.adj = [[arc for arc in row if kinds[arc[2] >> 1] in modes] for row in network.graph.adj]
    # The searches' copies of the whole graph's arcs are not the view's; the edges' facts are.
    graph.memo = network.graph.memo.for_view()
    view = copy.copy(network)
    view.graph = graph
    view.memo = NetworkMemo()  # the whole network's matrix, access and views are not the view's
    view.joiner = _ModeJoiner(network.joiner, modes, direct=mode == "foot")
    return view


def foot_symmetric(network: TravelNetwork) -> bool:
    """Whether every trail takes as long one way as the other (no DEM slope, no one-way factor).

    Then a walk from A to B takes as long as from B to A along the same path (forest legs
    always do), and the time from a landing to a terminal is the time back."""
    g = network.graph
    found = g.memo.foot_symmetric
    if found is None:
        found = True
        for e, mode in enumerate(g.edge_mode):
            if mode != TRAIL:
                continue
            along, against = g.edge_along[e], g.edge_against[e]
            if isinstance(along, float) and isinstance(against, float):
                if along != against:
                    found = False
                    break
            elif along is None or against is None or not _same_segments(along, against):
                found = False
                break
        g.memo.foot_symmetric = found
    return found


def _same_segments(along: Union[float, Sequence[float]], against: Union[float, Sequence[float]]) -> bool:
    """Equal hours on every segment (both kept as cumulative hours; a rate beside a list is not compared)."""
    if isinstance(along, float) or isinstance(against, float):
        return False
    return all(
        abs((a1 - a0) - (b1 - b0)) <= 1e-12 * max(1.0, a1 - a0)
        for a0, a1, b0, b1 in zip(along, along[1:], against, against[1:])
    )


def fastest_walk_kmh(network: TravelNetwork) -> float:
    """The fastest any segment of trail (either way) or forest leg is walked: a walk of d km takes
    at least d / this many hours, whatever its path."""
    g = network.graph
    found = g.memo.fastest_walk
    if found is None:
        found = network.model.forest_kmh
        for e, mode in enumerate(g.edge_mode):
            if mode != TRAIL:
                continue
            cum_km = g.edge_km[e]
            for cost in (g.edge_along[e], g.edge_against[e]):
                if isinstance(cost, float):
                    if cost > 0:
                        found = max(found, 1.0 / cost)
                elif cost is not None:
                    for k in range(len(cum_km) - 1):
                        h = abs(cost[k + 1] - cost[k])
                        km = cum_km[k + 1] - cum_km[k]
                        if km > 0:
                            found = max(found, km / h) if h > 0 else float("inf")
        g.memo.fastest_walk = found
    return found
