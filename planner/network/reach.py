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

from heapq import heappop, heappush
from typing import Any, Dict, List, Optional, Sequence, Tuple

from .search import INF, adjacency_pairs

Arc = Tuple[int, float]


def chain_hours(graph, entries, seeds: Sequence[Sequence[Tuple[float, int]]],
                links: Dict[int, List[Arc]], start: int, scipy: Optional[Tuple[Any, Any, Any]]) -> List[float]:
    """Hours of the quickest chain from terminal ``start`` to each terminal (INF: none).

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
        return _compiled(graph, extra, n + start, n, t, scipy)
    return _python(graph, extra, n + start, n, t)


def _python(graph, extra: Dict[Tuple[int, int], float], source: int, n: int, t: int) -> List[float]:
    pairs = adjacency_pairs(graph)
    more: Dict[int, List[Arc]] = {}
    for (u, v), hours in extra.items():
        more.setdefault(u, []).append((v, hours))
    dist = [INF] * (n + t)
    dist[source] = 0.0
    heap = [(0.0, source)]
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue
        for v, w in (pairs[u] if u < n else ()):
            if d + w < dist[v]:
                dist[v] = d + w
                heappush(heap, (d + w, v))
        for v, w in more.get(u, ()):
            if d + w < dist[v]:
                dist[v] = d + w
                heappush(heap, (d + w, v))
    return dist[n:]


def _compiled(graph, extra: Dict[Tuple[int, int], float], source: int, n: int, t: int, scipy) -> List[float]:
    from .csgraph import compiled

    np, csr_matrix, dijkstra = scipy
    tail, head, w = compiled(graph, np)
    keys = list(extra)
    size = n + t
    matrix = csr_matrix((np.concatenate([w, np.fromiter(extra.values(), dtype=float, count=len(keys))]),
                         (np.concatenate([tail, np.fromiter((u for u, _ in keys), dtype=np.int64, count=len(keys))]),
                          np.concatenate([head, np.fromiter((v for _, v in keys), dtype=np.int64, count=len(keys))]))),
                        shape=(size, size))
    return dijkstra(matrix, directed=True, indices=source)[n:].tolist()
