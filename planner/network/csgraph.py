"""The matrix's searches on scipy's compiled Dijkstra (``scipy.sparse.csgraph``), when scipy is there.

scipy is optional (``core.third_party.optional_scipy``); without it the matrix
uses the pure-Python ``search.dijkstra`` and gets the same times.  A search of
the matrix starts from several seeds, each with its own starting time (the
forest leg to the join, the part of the edge to its end); csgraph starts from
nodes at time zero.  So every source terminal gets one extra, virtual node
with an arc to each of its seed nodes weighing the seed's hours: nothing
enters a virtual node, so the times from it are the times of the multi-seed
search.  The graph's arcs are copied into numpy arrays once per graph (kept
on the graph with the adjacency they came from, so a second matrix on the
same network skips it); parallel arcs
keep the quickest (csgraph would add them up).

Paths: ``paths(i)`` runs one search with predecessors and turns a predecessor
node back into the graph's arc only along the paths that are walked.
"""

from __future__ import annotations

import logging
from itertools import chain
from operator import itemgetter
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple, Union

from ..core.third_party import optional_scipy
from .entries import EntryPoints
from .graph import Graph
from .memo import kept_for
from .search import PythonSearcher, Search, Seed

log = logging.getLogger(__name__)
BATCH = 16  # sources per csgraph call: 16 rows of distances at a time, a progress step each


def compiled(graph: Graph, np: Any) -> Tuple[Any, Any, Any]:
    """(tail, head, hours) of the graph's arcs as numpy arrays, quickest of parallel arcs only."""
    # Kept with the adjacency it was copied from (``GraphMemo``): a view of the graph with other arcs
    # (``modes.mode_view``) must not search the whole graph's arcs.
    kept = kept_for(graph.memo.compiled, graph.adj)
    if kept is not None:
        return kept
    # chain/map/itemgetter keep the per-arc work in C: a Python loop over the arcs took as long as
    # a tenth of the searches.
    flat = list(chain.from_iterable(graph.adj))
    tail = np.repeat(np.arange(len(graph.adj), dtype=np.int64), [len(out) for out in graph.adj])
    head = np.fromiter(map(itemgetter(0), flat), dtype=np.int64, count=len(flat))
    w = np.fromiter(map(itemgetter(1), flat), dtype=float, count=len(flat))
    order = np.lexsort((w, head, tail))  # by tail, head, then quickest first
    tail, head, w = tail[order], head[order], w[order]
    keep = np.ones(len(tail), dtype=bool)
    keep[1:] = (tail[1:] != tail[:-1]) | (head[1:] != head[:-1])
    cached = (tail[keep], head[keep], w[keep])
    graph.memo.compiled = (graph.adj, cached)
    return cached


def with_arcs(
    graph: Graph, scipy: Tuple[Any, Any, Any], extra: Dict[Tuple[int, int], float], size: int, reverse: bool = False
) -> Any:
    """The graph's compiled arcs (reversed when asked) plus ``extra`` ((tail, head) -> hours, each pair once:
    csgraph would add parallel arcs up) among ``size`` nodes, as a csr matrix."""
    np, csr_matrix, _ = scipy
    tail, head, w = compiled(graph, np)
    if reverse:
        tail, head = head, tail
    count = len(extra)
    return csr_matrix(
        (
            np.concatenate([w, np.fromiter(extra.values(), dtype=float, count=count)]),
            (
                np.concatenate([tail, np.fromiter((u for u, _ in extra), dtype=np.int64, count=count)]),
                np.concatenate([head, np.fromiter((v for _, v in extra), dtype=np.int64, count=count)]),
            ),
        ),
        shape=(size, size),
    )


class CompiledSearcher:
    """Rows of times from each source's seeds, by csgraph; node ``n + k`` is the k-th source's virtual node."""

    name = "scipy"
    complete_paths = True  # ``paths`` reaches every node: one search serves every leg from a source

    def __init__(self, graph: Graph, seeds: Dict[int, List[Seed]], scipy: Tuple[Any, Any, Any]) -> None:
        np, csr_matrix, self._dijkstra = scipy
        self.np, self._csr = np, csr_matrix
        self.graph = graph
        self.seeds = seeds
        n = len(graph.adj)
        tail, head, w = compiled(graph, np)
        self.virtual: Dict[int, int] = {}
        vt: List[int] = []
        vh: List[int] = []
        vw: List[float] = []
        for k, (i, own) in enumerate(sorted(seeds.items())):
            self.virtual[i] = n + k
            best: Dict[int, float] = {}
            for hours, node, _ in own:
                if hours < best.get(node, float("inf")):
                    best[node] = hours
            for node, hours in best.items():
                vt.append(n + k)
                vh.append(node)
                vw.append(hours)
        size = n + len(seeds)
        self.matrix = csr_matrix(
            (
                np.concatenate([w, np.array(vw, dtype=float)]),
                (
                    np.concatenate([tail, np.array(vt, dtype=np.int64)]),
                    np.concatenate([head, np.array(vh, dtype=np.int64)]),
                ),
            ),
            shape=(size, size),
        )

    def rows(
        self, sources: Sequence[int], entries: EntryPoints, limit: Optional[Dict[int, float]] = None
    ) -> Iterator[Tuple[int, List[Optional[float]], List[int]]]:
        """(source, hours to each terminal through the network, way used), BATCH sources per compiled call;
        csgraph stops searching beyond a source's ``limit`` (a batch goes as far as its farthest: the
        caller cuts each row at its own)."""
        np = self.np
        columns = np.array(entries.nodes, dtype=np.int64)
        with_seeds = [i for i in sources if self.seeds.get(i)]
        for at in range(0, len(with_seeds), BATCH):
            batch = with_seeds[at : at + BATCH]
            dist = self._dijkstra(
                self.matrix,
                directed=True,
                indices=[self.virtual[i] for i in batch],
                limit=np.inf if not limit else max(limit.get(i, np.inf) for i in batch),
            )
            hours, ways = entries.best_batch(np, dist[:, columns] if len(columns) else np.zeros((len(batch), 0)))
            yield from zip(batch, hours, ways)

    def column(self, sinks: Sequence[Tuple[float, int]]) -> List[float]:
        """Times from every node to the nearest sink ((hours still to go, node) each), searched backwards:
        the graph's arcs reversed, and one virtual node with an arc to each sink."""
        n = len(self.graph.adj)
        extra: Dict[Tuple[int, int], float] = {}
        for hours, node in sinks:
            extra[(n, node)] = min(hours, extra.get((n, node), float("inf")))
        back = with_arcs(self.graph, (self.np, self._csr, self._dijkstra), extra, n + 1, reverse=True)
        return self._dijkstra(back, directed=True, indices=n)[:n].tolist()

    def paths(self, i: int, targets: Sequence[int] = ()) -> Search:
        """A search from source i whose predecessor arcs are found only when asked for."""
        dist, prev = self._dijkstra(self.matrix, directed=True, indices=self.virtual[i], return_predecessors=True)
        n = len(self.graph.adj)
        times = dist[:n].tolist()
        return Search(
            self.graph, self.seeds[i], times, _Predecessors(self.graph, self.seeds[i], times, prev[:n].tolist())
        )


class _Predecessors:
    """``Search.pred`` from csgraph's predecessor nodes: the arc (or ``-2 - seed``) by which a node was reached.

    The arc from the predecessor is the one whose hours make up the node's time
    (among parallel arcs, the quickest); at a seed, the seed of that node whose
    hours are the node's time."""

    def __init__(self, graph: Graph, seeds: Sequence[Seed], dist: List[float], prev: List[int]) -> None:
        self.graph, self.seeds, self.dist, self.prev = graph, seeds, dist, prev
        self.cache: Dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.prev)

    def __getitem__(self, node: int) -> int:
        found = self.cache.get(node)
        if found is None:
            found = self.cache[node] = self._resolve(node)
        return found

    def _resolve(self, node: int) -> int:
        p = self.prev[node]
        if p < 0:
            return -1  # not reached
        d = self.dist[node]
        if p >= len(self.prev):  # the virtual node: reached at a seed
            seeds = [(abs(h - d), k) for k, (h, s, _) in enumerate(self.seeds) if s == node]
            return -2 - min(seeds)[1]
        here = self.dist[p]
        arcs = [(abs(here + w - d), arc) for v, w, arc in self.graph.adj[p] if v == node]
        return min(arcs)[1]


def searcher(
    graph: Graph, seeds: Dict[int, List[Seed]], backend: Optional[str]
) -> Union[CompiledSearcher, PythonSearcher]:
    """The matrix's searches: ``backend`` "python" or "scipy", or None for scipy's when it can be imported."""
    if backend not in (None, "python", "scipy"):
        raise ValueError(f"unknown search backend {backend!r}")
    if backend != "python":
        scipy = optional_scipy()
        if scipy is not None:
            return CompiledSearcher(graph, seeds, scipy)
        log.debug("scipy cannot be imported: the travel times are searched in pure Python")
    return PythonSearcher(graph, seeds)
