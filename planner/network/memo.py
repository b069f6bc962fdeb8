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
from typing import Any, Dict, Generic, List, Optional, Tuple, TypeVar

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


class RecentResults(Generic[T]):
    """The last ``size`` values computed, each with its key (the one asked least recently goes first).

    A what-if asks for the matrix and the boats' access of the plan as asked and of one more day for each
    team, in turn (issue 25): with one slot each question would push the others out."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: List[Tuple[Any, T]] = []

    def get(self, key: Any) -> Optional[T]:
        for k, (known, value) in enumerate(self._items):
            if known == key:
                self._items.append(self._items.pop(k))
                return value
        return None

    def put(self, key: Any, value: T) -> T:
        self._items = [item for item in self._items if item[0] != key][-(self.size - 1) :] if self.size > 1 else []
        self._items.append((key, value))
        return value

    def clear(self) -> None:
        self._items = []


RECENT = 6  # the plan as asked and one more day for each of five teams (a what-if)


@dataclass(eq=False)
class NetworkMemo:
    """Owned by one ``TravelNetwork`` (``network.memo``).

    - ``matrix`` (``TravelNetwork.matrix``): the last ``RECENT`` matrices; key: the terminals' ids and
      geometries, the sources, the backend, the horizons and the reach asked for;
    - ``access`` (``crew.build_access``): the last ``RECENT`` boats' access times, each a ``CrewNetwork``;
      key: the terminals' ids and geometries, the bases, the landings per terminal and the horizons;
    - ``walks`` (``crew.build_access``): the last search of the walks to the landings; key: the terminals'
      ids and geometries, the landings per terminal and the horizons searched to (a what-if's plans share
      one, searched to the widest of their horizons);
    - ``views`` (``modes.mode_view``): the network seen on foot (``"foot"``) or by boat (``"boat"``);
    - ``components`` (``TravelNetwork.component``): a label per node, connected nodes share it;
    - ``node_at`` (``TravelNetwork.cut_between``): the node at each node's coordinates.
    """

    matrix: RecentResults = field(default_factory=lambda: RecentResults(RECENT))
    access: RecentResults = field(default_factory=lambda: RecentResults(RECENT))
    walks: LastResult = field(default_factory=LastResult)
    views: Dict[str, Any] = field(default_factory=dict)
    components: Optional[List[int]] = None
    node_at: Optional[Dict[Any, int]] = None

    def clear(self) -> None:
        self.matrix.clear()
        self.access.clear()
        self.walks.clear()
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
