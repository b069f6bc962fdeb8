"""Dijkstra over the contracted graph's adjacency lists, with a binary heap.

A hand-written loop over ``(node, hours, arc)`` tuples is several times
faster than networkx on the same graph (no dict-of-dicts, no attribute look
up per edge).  The search starts from several seeds at once (a terminal joins
the network at up to four nodes: both ends of a trail edge and of a river
edge) and stops once every target node is settled.  It keeps the arc by which
each node was reached, so the path and its distance by mode can be walked back.
Cancelling is checked between searches (one takes well under a second on a
million-vertex network), not inside the loop.
"""

from __future__ import annotations

from heapq import heappop, heappush
from typing import Dict, Iterable, Iterator, List, Optional, Protocol, Sequence, Tuple

from .graph import Graph
from .memo import kept_for

INF = float("inf")
Km = Tuple[float, float, float]  # boat, trail, forest
Seed = Tuple[float, int, Km]  # hours, node, km by mode to reach it


class Predecessors(Protocol):
    """``pred[node]``: the arc by which a node was reached, ``-2 - seed`` at a seed (a list, or worked out
    when asked for: ``csgraph``)."""

    def __len__(self) -> int: ...

    def __getitem__(self, node: int, /) -> int: ...


class Entries(Protocol):
    """What the rows ask of the matrix's ways into the terminals (``entries.EntryPoints``, which imports
    this module)."""

    @property
    def nodes(self) -> Sequence[int]: ...

    def best(self, row: Sequence[float]) -> Tuple[List[Optional[float]], List[int]]: ...


class Search:
    """Shortest times from a set of seeds; ``pred`` is an arc, or ``-2 - seed`` at a seed."""

    def __init__(self, graph: Graph, seeds: Sequence[Seed], dist: List[float], pred: Predecessors) -> None:
        self.graph = graph
        self.seeds = seeds
        self.dist = dist
        self.pred = pred
        self._km: Optional[List[Optional[Km]]] = None

    def km(self, node: int) -> Km:
        """Kilometres by mode to a reached node, summed back along its path (memoised).

        The memo is a list indexed by node, not a dict: a full matrix asks for the
        paths to every target from every source, and they share most of their nodes.
        """
        memo = self._km
        if memo is None:
            memo = self._km = [None] * len(self.pred)
        pred, arc_from = self.pred, self.graph.arc_from
        path = []
        while memo[node] is None and pred[node] >= 0:
            path.append(node)
            node = arc_from[pred[node]]
        base = memo[node]
        if base is None:
            base = memo[node] = self.seeds[-2 - pred[node]][2]
        arc_km = self.graph.arc_km
        for n in reversed(path):
            eb, et = arc_km[pred[n]]
            base = (base[0] + eb, base[1] + et, base[2])
            memo[n] = base
        return base

    def arcs_to(self, node: int) -> Tuple[int, List[int]]:
        """(seed index, arcs from that seed to ``node`` in travel order)."""
        arcs: List[int] = []
        pred = self.pred
        while pred[node] >= 0:
            arcs.append(pred[node])
            node = self.graph.arc_from[pred[node]]
        arcs.reverse()
        return -2 - pred[node], arcs


def dijkstra(graph: Graph, seeds: Sequence[Seed], targets: Optional[Iterable[int]] = None) -> Search:
    """Times from the seeds to every node, or until every target node is settled.

    Kilometres by mode are not carried along (that slowed the loop by a third);
    ``Search.km`` adds them up afterwards for the few nodes that are asked for.
    """
    n = len(graph.adj)
    dist = [INF] * n
    pred = [-1] * n
    heap: List[Tuple[float, int]] = []
    for index, (hours, node, _) in enumerate(seeds):
        if hours < dist[node]:
            dist[node] = hours
            pred[node] = -2 - index
            heappush(heap, (hours, node))
    adj = graph.adj
    if targets is None:
        while heap:
            d, u = heappop(heap)
            if d > dist[u]:
                continue
            for v, w, arc in adj[u]:
                nd = d + w
                if nd < dist[v]:
                    dist[v] = nd
                    pred[v] = arc
                    heappush(heap, (nd, v))
        return Search(graph, seeds, dist, pred)
    wanted = bytearray(n)
    for t in targets:
        wanted[t] = 1
    left = sum(wanted)
    while heap and left:
        d, u = heappop(heap)
        if d > dist[u]:
            continue
        if wanted[u]:
            wanted[u] = 0
            left -= 1
        for v, w, arc in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                pred[v] = arc
                heappush(heap, (nd, v))
    # After an early stop only the targets (and the nodes on their paths) are final; nothing else is read.
    return Search(graph, seeds, dist, pred)


def times(graph: Graph, seeds: Sequence[Seed], targets: Sequence[int], limit: float = INF) -> List[float]:
    """Times from the seeds to every node, exact for ``targets`` (the search stops once they are settled);
    a target farther than ``limit`` is INF (the search stops there too).

    The matrix's loop: no predecessors are kept (a path is searched again when a
    leg is drawn), which saves a store per improved node, and the adjacency is
    a copy in (node, hours) pairs, a sixth quicker to unpack than the graph's
    triples (kept on the graph: a few megabytes, built once per network)."""
    n = len(graph.adj)
    dist = [INF] * n
    heap: List[Tuple[float, int]] = []
    for hours, node, _ in seeds:
        if hours < dist[node]:
            dist[node] = hours
            heappush(heap, (hours, node))
    wanted = bytearray(n)
    for t in targets:
        wanted[t] = 1
    left = sum(wanted)
    adj = adjacency_pairs(graph)
    pop, push = heappop, heappush
    while heap:
        d, u = pop(heap)
        if d > dist[u]:
            continue
        if d > limit:
            for t in targets:  # not settled: their times so far are only upper bounds
                if wanted[t]:
                    dist[t] = INF
            break
        if wanted[u]:
            wanted[u] = 0
            left -= 1
            if not left:
                break
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                push(heap, (nd, v))
    return dist


def times_to(graph: Graph, sinks: Sequence[Tuple[float, int]]) -> List[float]:
    """Times from every node to the nearest of the ``sinks`` ((hours still to go, node) each): the
    search run backwards over the arcs, so one search gives a whole column of the matrix."""
    return settle(_reverse_pairs(graph), sinks)


def settle(adjacency: Sequence[Sequence[Tuple[int, float]]], starts: Sequence[Tuple[float, int]]) -> List[float]:
    """Plain Dijkstra over (node, hours) lists from several (hours, node) starts: every node's time."""
    dist = [INF] * len(adjacency)
    heap: List[Tuple[float, int]] = []
    for hours, node in starts:
        if hours < dist[node]:
            dist[node] = hours
            heappush(heap, (hours, node))
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adjacency[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heappush(heap, (nd, v))
    return dist


def _reverse_pairs(graph: Graph) -> List[List[Tuple[int, float]]]:
    kept = kept_for(graph.memo.reverse_pairs, graph.adj)
    if kept is not None:
        return kept
    back: List[List[Tuple[int, float]]] = [[] for _ in graph.adj]
    for u, out in enumerate(graph.adj):
        for v, w, _ in out:
            back[v].append((u, w))
    graph.memo.reverse_pairs = (graph.adj, back)
    return back


def adjacency_pairs(graph: Graph) -> List[List[Tuple[int, float]]]:
    # Kept with the adjacency it was copied from (a mode's view has the same nodes but fewer arcs).
    kept = kept_for(graph.memo.pairs, graph.adj)
    if kept is not None:
        return kept
    pairs = [[(v, w) for v, w, _ in out] for out in graph.adj]
    graph.memo.pairs = (graph.adj, pairs)
    return pairs


class PythonSearcher:
    """The matrix's searches in pure Python: the fallback when scipy cannot be imported."""

    name = "python"
    complete_paths = False  # ``paths`` stops at its targets

    def __init__(self, graph: Graph, seeds: Dict[int, List[Seed]]) -> None:
        self.graph = graph
        self.seeds = seeds

    def rows(
        self, sources: Sequence[int], entries: Entries, limit: Optional[Dict[int, float]] = None
    ) -> Iterator[Tuple[int, List[Optional[float]], List[int]]]:
        """(source, hours to each terminal through the network, way used) for each source with seeds;
        a node farther than the source's ``limit`` counts as not reached."""
        nodes = entries.nodes
        for i in sources:
            if self.seeds.get(i):
                dist = times(self.graph, self.seeds[i], nodes, limit.get(i, INF) if limit else INF)
                yield (i, *entries.best([dist[t] for t in nodes]))

    def paths(self, i: int, targets: Sequence[int]) -> Search:
        return dijkstra(self.graph, self.seeds[i], targets)

    def column(self, sinks: Sequence[Tuple[float, int]]) -> List[float]:
        return times_to(self.graph, sinks)
