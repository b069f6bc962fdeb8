"""How soon a team can be at each terminal, visiting other terminals on the way if that is quicker.

A route is a chain of legs between terminals, and a chain can be quicker than
any single leg: a straight forest leg from one plot to another can join two
trail networks that no path of the network joins.  So the time from a start to
a terminal that bounds what a team has left there is searched on the network
with the terminals added as nodes: into a terminal by its ways in, out of it by
its forest legs to its joins, and between two terminals by their legs that do
not go through a node (straight through the forest, along one edge).  One
search from each start gives the exact time of the quickest chain.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence, Tuple

from .csgraph import with_arcs
from .entries import EntryPoints
from .graph import Graph
from .search import INF, adjacency_pairs, settle

Arc = Tuple[int, float]


def chain_hours(
    graph: Graph,
    entries: EntryPoints,
    seeds: Sequence[Sequence[Tuple[float, int]]],
    links: Dict[int, List[Arc]],
    starts: Sequence[int],
    scipy: Optional[Tuple[Any, Any, Any]],
) -> List[List[float]]:
    """Per terminal of ``starts``, the hours of the quickest chain from it to each terminal (INF: none).

    ``entries``: the matrix's ways into each terminal (``EntryPoints``); ``seeds[i]``: (hours, node) of
    terminal i's ways out; ``links[i]``: (terminal, hours) of its legs not through a node; ``scipy``:
    the compiled search when it can be imported."""
    n = len(graph.adj)
    t = len(seeds)
    extra: Dict[Tuple[int, int], float] = {}

    def arc(u: int, v: int, hours: float) -> None:
        if hours < extra.get((u, v), INF):
            extra[(u, v)] = hours

    for j in range(t):
        for w in range(entries.first[j], entries.first[j + 1]):
            arc(entries.node[w], n + j, entries.plus[w] - entries.minus[w] + entries.join_h[w])
    for i, own in enumerate(seeds):
        for hours, node in own:
            arc(n + i, node, hours)
        for j, hours in links.get(i, ()):
            arc(n + i, n + j, hours)
    if scipy is not None:
        rows = scipy[2](with_arcs(graph, scipy, extra, n + t), directed=True, indices=[n + a for a in starts])
        return [row[n:].tolist() for row in rows]
    adjacency: List[Sequence[Arc]] = list(adjacency_pairs(graph))
    adjacency += [[] for _ in range(t)]
    for (u, v), hours in extra.items():
        adjacency[u] = [*adjacency[u], (v, hours)]  # a copy: the graph's own lists stay as they are
    return [settle(adjacency, [(0.0, n + a)])[n:] for a in starts]
