"""Dijkstra over the contracted graph's adjacency lists, with a binary heap.

A hand-written loop over ``(node, hours, arc)`` tuples is several times
faster than networkx on the same graph (no dict-of-dicts, no attribute look
up per edge).  The search starts from several seeds at once (a terminal joins
the network at up to four nodes: both ends of a trail edge and of a river
edge) and stops once every target node is settled.  It keeps the arc by which
each node was reached, so the distance by mode is known when a node is
settled and the path can be walked back.
"""

from __future__ import annotations

from heapq import heappop, heappush
from typing import Iterable, List, Optional, Sequence, Tuple

from .feedback import Feedback, check_cancel
from .network_graph import Graph

INF = float("inf")
Km = Tuple[float, float, float]  # boat, trail, forest
Seed = Tuple[float, int, Km]  # hours, node, km by mode to reach it


class Search:
    """Shortest times from a set of seeds; ``pred`` is an arc, or ``-2 - seed`` at a seed."""

    def __init__(self, dist: List[float], pred: List[int], km: List[Optional[Km]]) -> None:
        self.dist = dist
        self.pred = pred
        self.km = km

    def arcs_to(self, node: int, graph: Graph) -> Tuple[int, List[int]]:
        """(seed index, arcs from that seed to ``node`` in travel order)."""
        arcs: List[int] = []
        pred = self.pred
        while pred[node] >= 0:
            arcs.append(pred[node])
            node = graph.arc_from[pred[node]]
        arcs.reverse()
        return -2 - pred[node], arcs


def dijkstra(graph: Graph, seeds: Sequence[Seed], targets: Optional[Iterable[int]] = None,
             feedback: Optional[Feedback] = None) -> Search:
    n = len(graph.adj)
    dist = [INF] * n
    pred = [-1] * n
    km: List[Optional[Km]] = [None] * n
    heap: List[Tuple[float, int]] = []
    for index, (hours, node, seed_km) in enumerate(seeds):
        if hours < dist[node]:
            dist[node] = hours
            pred[node] = -2 - index
            km[node] = seed_km
            heappush(heap, (hours, node))
    remaining = set(targets) if targets is not None else None
    adj = graph.adj
    arc_from = graph.arc_from
    arc_km = graph.arc_km
    settled = [False] * n
    pops = 0
    while heap:
        d, u = heappop(heap)
        if settled[u]:
            continue
        settled[u] = True
        a = pred[u]
        if a >= 0:
            b, t, f = km[arc_from[a]]  # type: ignore[misc]
            eb, et = arc_km[a]
            km[u] = (b + eb, t + et, f)
        if remaining is not None:
            remaining.discard(u)
            if not remaining:
                break
        pops += 1
        if feedback is not None and pops & 4095 == 0:
            check_cancel(feedback)
        for v, w, arc in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                pred[v] = arc
                heappush(heap, (nd, v))
    # After an early stop only the targets are sure to be settled; they are all that is read.
    return Search(dist, pred, km)
