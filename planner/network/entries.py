"""Where the searches of the matrix end: each terminal's ways in from a network node.

A terminal joined to an edge is entered from the edge's start (travelling
along it to the join) or from its end (against it), where that direction can
be travelled.  These ways do not depend on the source, so they are worked out
once, as flat lists, and a row of the matrix is then a few additions per
terminal on the times to their nodes: ``best`` in pure Python, or the same
sums vectorised by the scipy backend (``csgraph``).  The ways of a terminal
are consecutive; ties keep the first way, so both give the same answer.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence, Tuple

from .graph import Graph
from .join import Join
from .search import INF


def position(cum: Sequence[float], k: int, t: float) -> float:
    return cum[k] + t * (cum[k + 1] - cum[k])


class EntryPoints:
    """Flat lists, one item per way: ``col`` indexes ``nodes`` (the distinct nodes searched for)."""

    def __init__(self, graph: Graph, joins: Sequence[Sequence[Join]]) -> None:
        index: Dict[int, int] = {}  # node -> its column
        self.col: List[int] = []
        self.node: List[int] = []
        self.plus: List[float] = []  # hours on the edge: total = time to node + plus - minus + join hours
        self.minus: List[float] = []
        self.join_h: List[float] = []
        self.qt: List[int] = []  # which join of the terminal
        self.via_end: List[bool] = []
        self.along_km: List[float] = []  # km on the edge, from the node to the join
        self.first: List[int] = []  # terminal j's ways are first[j]:first[j + 1]
        for joins_of_j in joins:
            self.first.append(len(self.col))
            for qt, tj in enumerate(joins_of_j):
                e, k, t = tj.edge, tj.seg, tj.t
                cum_km = graph.edge_km[e]
                pos_km = position(cum_km, k, t)
                along, against = graph.along_at(e, k, t), graph.against_at(e, k, t)
                if along is not None:
                    self._add(index, graph.edge_u[e], along, 0.0, tj, qt, False, pos_km)
                if against is not None:
                    total = graph.against_total(e)  # not None either: the edge is passable against its direction
                    if total is not None:
                        self._add(index, graph.edge_v[e], total, against, tj, qt, True, cum_km[-1] - pos_km)
        self.first.append(len(self.col))
        self.nodes: List[int] = list(index)

    def _add(
        self,
        index: Dict[int, int],
        node: int,
        plus: float,
        minus: float,
        tj: Join,
        qt: int,
        via_end: bool,
        along_km: float,
    ) -> None:
        self.col.append(index.setdefault(node, len(index)))
        self.node.append(node)
        self.plus.append(float(plus))
        self.minus.append(minus)
        self.join_h.append(tj.hours)
        self.qt.append(qt)
        self.via_end.append(via_end)
        self.along_km.append(along_km)

    def best(self, row: Sequence[float]) -> Tuple[List[Optional[float]], List[int]]:
        """Quickest hours to each terminal through the nodes (``row``: times to ``nodes``), and the way (-1: none)."""
        col, plus, minus, join_h, first = self.col, self.plus, self.minus, self.join_h, self.first
        hours: List[Optional[float]] = []
        ways: List[int] = []
        for j in range(len(first) - 1):
            best, way = INF, -1
            for w in range(first[j], first[j + 1]):
                total = row[col[w]] + plus[w] - minus[w] + join_h[w]
                if total < best:
                    best, way = total, w
            hours.append(best if way >= 0 else None)
            ways.append(way)
        return hours, ways

    def best_batch(self, np: Any, dist: Any) -> Tuple[List[List[Optional[float]]], List[List[int]]]:
        """``best`` for a numpy array of rows (sources x nodes): (hours with NaN for none, ways), as lists."""
        n_terms = len(self.first) - 1
        if not self.col:
            return [[None] * n_terms for _ in range(len(dist))], [[-1] * n_terms for _ in range(len(dist))]
        totals = dist[:, np.array(self.col)] + np.array(self.plus) - np.array(self.minus) + np.array(self.join_h)
        totals = np.concatenate([totals, np.full((len(dist), 1), np.inf)], axis=1)  # a last column: no way
        counts = [self.first[j + 1] - self.first[j] for j in range(n_terms)]
        width = max(counts) if counts else 0
        pad = np.full((n_terms, max(1, width)), len(self.col), dtype=np.int64)
        for j, c in enumerate(counts):
            pad[j, :c] = np.arange(self.first[j], self.first[j] + c)
        values = totals[:, pad]  # sources x terminals x ways
        arg = values.argmin(axis=2)  # the first of equal times, as in ``best``
        best = np.take_along_axis(values, arg[:, :, None], axis=2)[:, :, 0]
        way = pad[np.arange(n_terms)[None, :], arg]
        way[~np.isfinite(best)] = -1
        hours = [[h if h != INF else None for h in r] for r in best.tolist()]
        return hours, way.tolist()
