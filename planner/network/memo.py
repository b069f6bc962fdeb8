"""What a network and its graph keep of the work done on them: each slot with one owner and one key.

Planning again after a drop or a lock asks the same questions of the same
network (``NetworkCache`` keeps it for the session): the matrix, the boats'
access times and the mode views are then taken from here instead of searched
again.  Every slot is declared below, with the module that fills it and the key
it is valid for; nothing is parked on an object under a name another module
has to know.  Invalidation is explicit: a network's memo goes with the network
(a new network starts empty), ``clear()`` lets the memory go, and a mode view
(``modes.mode_view``, a copy with fewer arcs) gets fresh memos
(``NetworkMemo()``, ``GraphMemo.for_view``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Generic, List, Optional, TypeVar

T = TypeVar("T")


class LastResult(Generic[T]):
    """The last value computed and the key it was computed for; asked with another key, nothing."""

    def __init__(self) -> None:
        self._key: Any = None
        self._value: Optional[T] = None

    def get(self, key: Any) -> Optional[T]:
        return self._value if self._value is not None and self._key == key else None

    def put(self, key: Any, value: T) -> T:
        self._key, self._value = key, value
        return value

    def clear(self) -> None:
        self._key, self._value = None, None


@dataclass(eq=False)
class NetworkMemo:
    """Owned by one ``TravelNetwork`` (``network.memo``).

    - ``matrix`` (``TravelNetwork.matrix``): the last matrix; key: the terminals' ids and geometries,
      the sources, the backend, the horizons and the reach asked for;
    - ``access`` (``crew.build_access``): the boats' access times, a ``CrewNetwork``; key: the terminals'
      ids and geometries, the bases, the landings per terminal and the horizons;
    - ``views`` (``modes.mode_view``): the network seen on foot (``"foot"``) or by boat (``"boat"``);
    - ``components`` (``TravelNetwork.component``): a label per node, connected nodes share it;
    - ``node_at`` (``TravelNetwork.cut_between``): the node at each node's coordinates.
    """

    matrix: LastResult = field(default_factory=LastResult)
    access: LastResult = field(default_factory=LastResult)
    views: Dict[str, Any] = field(default_factory=dict)
    components: Optional[List[int]] = None
    node_at: Optional[Dict[Any, int]] = None

    def clear(self) -> None:
        self.matrix.clear()
        self.access.clear()
        self.views.clear()
        self.components = None
        self.node_at = None


@dataclass(eq=False)
class GraphMemo:
    """Owned by one ``Graph`` (``graph.memo``).

    The searches' copies of the arcs are valid for the adjacency they were made from: each is kept as
    ``(adj, value)`` and used only while ``graph.adj is adj`` (a mode's view has other arcs):

    - ``compiled`` (``csgraph.compiled``): scipy's arrays (tail, head, hours) of the quickest arcs;
    - ``pairs`` and ``reverse_pairs`` (``search``): per node its (next node, hours), forward and backward.

    Facts of the edges, which a view shares, filled by ``modes``: ``foot_symmetric`` (every trail as
    quick one way as the other), ``fastest_walk`` (km/h of the fastest walk).
    """

    compiled: Optional[tuple] = None
    pairs: Optional[tuple] = None
    reverse_pairs: Optional[tuple] = None
    foot_symmetric: Optional[bool] = None
    fastest_walk: Optional[float] = None

    def for_view(self) -> GraphMemo:
        """The memo of a view of the graph with other arcs: the edges' facts, none of the arcs' copies."""
        return GraphMemo(foot_symmetric=self.foot_symmetric, fastest_walk=self.fastest_walk)


def kept_for(slot: Optional[tuple], adj: Any) -> Any:
    """The value of a ``GraphMemo`` arcs slot if it was made from ``adj``, else None."""
    return slot[1] if slot is not None and slot[0] is adj else None
