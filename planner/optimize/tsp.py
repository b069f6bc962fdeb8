"""Travelling-salesman tours: 2-opt and or-opt with neighbour lists, iterated
with double-bridge kicks.

Used when one team must visit every plot (then the patrol problem is a TSP)
and by the TSPLIB benchmark.  A tour is a list of node indices; position 0
never moves, which also lets a path with fixed ends be solved as a tour over
a merged depot.  With asymmetric costs 2-opt reversals are priced from
prefix sums of the forward and backward costs (O(n) per applied move); the
double bridge keeps every segment's direction, so it suits both cases.
Don't-look bits keep each kick's local search near the kicked edges.
"""

from __future__ import annotations

import random
import time
from collections import deque
from typing import Callable, List, Optional, Sequence

Matrix = List[List[float]]


def tour_length(d: Matrix, tour: Sequence[int]) -> float:
    return sum(d[a][b] for a, b in zip(tour, tour[1:])) + d[tour[-1]][tour[0]]


def is_symmetric(d: Matrix) -> bool:
    n = len(d)
    return all(d[i][j] == d[j][i] for i in range(n) for j in range(i + 1, n))


def neighbour_lists(d: Matrix, nodes: Sequence[int], k: int) -> dict:
    return {a: sorted((b for b in nodes if b != a), key=lambda b: d[a][b] + d[b][a])[:k] for a in nodes}


class _Tour:
    def __init__(self, d: Matrix, tour: List[int], symmetric: bool) -> None:
        self.d, self.t, self.sym = d, tour, symmetric
        self.n = len(tour)
        self.refresh()

    def refresh(self) -> None:
        t, d = self.t, self.d
        self.pos = {v: i for i, v in enumerate(t)}
        if not self.sym:
            fwd = [0.0] * (self.n + 1)
            bwd = [0.0] * (self.n + 1)
            for k in range(self.n):
                a, b = t[k], t[(k + 1) % self.n]
                fwd[k + 1] = fwd[k] + d[a][b]
                bwd[k + 1] = bwd[k] + d[b][a]
            self.fwd, self.bwd = fwd, bwd

    def _rev_extra(self, i: int, j: int) -> float:
        """Cost change of reversing positions i..j (inclusive) inside the tour."""
        if self.sym:
            return 0.0
        return (self.bwd[j] - self.bwd[i]) - (self.fwd[j] - self.fwd[i])

    def two_opt(self, i: int, j: int) -> float:
        """Delta of reversing t[i+1..j] (0 <= i < j <= n-1)."""
        t, d, n = self.t, self.d, self.n
        a, b, c, e = t[i], t[i + 1], t[j], t[(j + 1) % n]
        return d[a][c] + d[b][e] - d[a][b] - d[c][e] + self._rev_extra(i + 1, j)

    def try_node(self, a: int, neigh: Sequence[int]) -> Optional[List[int]]:
        """Apply the first improving 2-opt or or-opt move touching ``a``; return the nodes to re-examine."""
        t, n, pos = self.t, self.n, self.pos
        ia = pos[a]
        for c in neigh:
            ic = pos[c]
            for i, j in ((ia, ic), (ia - 1, ic - 1)):
                i, j = min(i, j), max(i, j)
                if i < 0 or j - i < 2 or (i == 0 and j == n - 1):
                    continue
                if self.two_opt(i, j) < -1e-9:
                    touched = [t[i], t[i + 1], t[j], t[(j + 1) % n]]
                    t[i + 1 : j + 1] = t[i + 1 : j + 1][::-1]
                    self.refresh()
                    return touched
        return self._or_opt(a, neigh)

    def _or_opt(self, a: int, neigh: Sequence[int]) -> Optional[List[int]]:
        t, d, n, pos = self.t, self.d, self.n, self.pos
        ia = pos[a]
        for size in (1, 2, 3):
            i, last = ia, ia + size - 1
            if i < 1 or last > n - 1:
                continue
            p, s0, sl, nx = t[i - 1], t[i], t[last], t[(last + 1) % n]
            gain = d[p][s0] + d[sl][nx] - d[p][nx]
            if gain <= 1e-9:
                continue
            rev = self._rev_extra(i, last)
            for c in neigh:
                k = pos[c]
                for u_pos in (k, k - 1):
                    if u_pos < 0 or i - 1 <= u_pos <= last:
                        continue
                    u, w = t[u_pos], t[(u_pos + 1) % n]
                    base = d[u][w] + gain - 1e-9
                    fwd_ok = d[u][s0] + d[sl][w] < base
                    rev_ok = size > 1 and d[u][sl] + d[s0][w] + rev < base
                    if fwd_ok or rev_ok:
                        seg = t[i : last + 1] if fwd_ok else t[i : last + 1][::-1]
                        rest = t[:i] + t[last + 1 :]
                        at = rest.index(u) + 1
                        self.t = t = rest[:at] + seg + rest[at:]
                        self.refresh()
                        return [p, nx, u, w, s0, sl]
        return None

    def local_search(self, neigh: dict, queue: deque) -> None:
        queued = set(queue)
        while queue:
            a = queue.popleft()
            queued.discard(a)
            touched = self.try_node(a, neigh[a])
            if touched:
                for v in touched + [a]:
                    if v not in queued:
                        queued.add(v)
                        queue.append(v)


def _double_bridge(t: List[int], rng: random.Random) -> List[int]:
    n = len(t)
    span = min(n - 1, 50)
    p1 = rng.randint(1, n - 3)
    cuts = sorted(rng.sample(range(p1 + 1, min(n, p1 + span) + 1), 2)) if n - p1 > 2 else [p1 + 1, p1 + 1]
    p2, p3 = cuts
    return t[:p1] + t[p2:p3] + t[p1:p2] + t[p3:]


def solve_tsp(
    d: Matrix,
    tour: List[int],
    rng: random.Random,
    deadline: float,
    stall_s: float = 3.0,
    check: Optional[Callable[[], None]] = None,
    neighbours: int = 10,
) -> List[int]:
    """Improve ``tour`` (t[0] stays first) until ``deadline`` or ``stall_s`` without gain."""
    n = len(tour)
    if n <= 3:
        return list(tour)
    sym = is_symmetric(d)
    neigh = neighbour_lists(d, tour, min(neighbours, n - 1))
    cur = _Tour(d, list(tour), sym)
    cur.local_search(neigh, deque(tour))
    best, best_len = list(cur.t), tour_length(d, cur.t)
    last_gain = time.monotonic()
    while n >= 8:
        now = time.monotonic()
        if now >= deadline or now - last_gain >= stall_s:
            break
        if check is not None:
            check()
        kicked = _double_bridge(best, rng)
        cur = _Tour(d, kicked, sym)
        touched = {x for x in (set(kicked[i] for i in range(n)) if n < 12 else _changed(best, kicked))}
        cur.local_search(neigh, deque(touched))
        length = tour_length(d, cur.t)
        if length < best_len - 1e-9:
            best, best_len = list(cur.t), length
            last_gain = time.monotonic()
        elif length <= best_len + 1e-9:
            best = list(cur.t)
    return best


def _changed(old: List[int], new: List[int]) -> List[int]:
    """Endpoints of edges in ``new`` that are not in ``old``."""
    n = len(old)
    succ = {old[i]: old[(i + 1) % n] for i in range(n)}
    out = []
    for i in range(n):
        a, b = new[i], new[(i + 1) % n]
        if succ[a] != b:
            out += [a, b]
    return out
