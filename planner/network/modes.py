"""The network seen by one way of travelling: on foot only, or by boat only.

The full network lets a team change between boat and foot at any landing.
With a real boat the two have to be searched apart: the view keeps the
graph's geometry and costs but only the arcs of the chosen modes in the
search adjacency, joins terminals only to those modes and, for the boat,
never joins two terminals by a forest leg.
"""

from __future__ import annotations

import copy
from typing import Collection, List

from .build import TravelNetwork
from .join import Join
from .travel_model import BOAT, TRAIL


class _ModeJoiner:
    """A joiner that answers only with joins of some modes (shares the network's spatial grids)."""

    def __init__(self, base, modes: Collection[str], direct: bool) -> None:
        self._base = base
        self._modes = set(modes)
        self._direct = direct
        self.model = base.model

    def usable_geometry(self, geometry):
        return self._base.usable_geometry(geometry)

    def joins(self, geometry) -> List[Join]:
        return [j for j in self._base.joins(geometry) if j.mode in self._modes]

    def direct(self, g1, g2):
        return self._base.direct(g1, g2) if self._direct else None


def mode_view(network: TravelNetwork, mode: str) -> TravelNetwork:
    """The network for ``mode``: ``"foot"`` (trails and forest legs) or ``"boat"`` (rivers only)."""
    if mode not in ("foot", BOAT):
        raise ValueError(f"mode must be 'foot' or 'boat', not {mode!r}")
    modes = {TRAIL} if mode == "foot" else {BOAT}
    graph = copy.copy(network.graph)
    kinds = network.graph.edge_mode
    graph.adj = [[arc for arc in row if kinds[arc[2] >> 1] in modes] for row in network.graph.adj]
    # The searches' copies of the whole graph's arcs (scipy's arrays, the (node, hours) pairs) are not the view's.
    for searched in ("_csgraph_arcs", "_adjacency_pairs"):
        graph.__dict__.pop(searched, None)
    view = copy.copy(network)
    view.graph = graph
    view._components = None  # noqa: SLF001 - a view of the same class, reset its own caches
    view._last_matrix = None  # noqa: SLF001 - the whole network's last matrix is not the view's
    view.joiner = _ModeJoiner(network.joiner, modes, direct=mode == "foot")  # type: ignore[assignment]
    return view
