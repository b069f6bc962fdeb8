"""The order of the plots within one route: 2-opt and or-opt, start and end fixed.

Travel times are asymmetric, so reversing a stretch of a route changes its
cost: 2-opt and reversed or-opt use prefix sums of the forward and the
backward costs.  Both take the first improving move and price a whole row
of candidates as one list.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from .instance import route_length
from .memo import Memo


def edge_times(dd: List[List[float]], r: List[int]) -> List[float]:
    """The time of each edge of ``r``."""
    return [dd[a][b] for a, b in zip(r, r[1:])]


def _prefix(dd: List[List[float]], r: List[int]) -> Tuple[List[float], List[float]]:
    fwd = [0.0] * len(r)
    bwd = [0.0] * len(r)
    for k in range(len(r) - 1):
        fwd[k + 1] = fwd[k] + dd[r[k]][r[k + 1]]
        bwd[k + 1] = bwd[k] + dd[r[k + 1]][r[k]]
    return fwd, bwd


def _two_opt_once(dd: List[List[float]], r: List[int]) -> bool:
    m = len(r)
    fwd, bwd = _prefix(dd, r)
    best, bi, bj = -1e-7, -1, -1
    for i in range(m - 3):
        a, b = r[i], r[i + 1]
        row_a, row_b = dd[a], dd[b]
        base = dd[a][b]
        f1, b1 = fwd[i + 1], bwd[i + 1]
        for j in range(i + 2, m - 1):
            c, e = r[j], r[j + 1]
            delta = row_a[c] + row_b[e] - base - dd[c][e] + (bwd[j] - b1) - (fwd[j] - f1)
            if delta < best:
                best, bi, bj = delta, i, j
    if bi < 0:
        return False
    r[bi + 1 : bj + 1] = r[bi + 1 : bj + 1][::-1]
    return True


def _or_opt_once(dd: List[List[float]], r: List[int]) -> bool:
    """Move the first segment of 1-3 plots (kept or reversed) whose move to another edge shortens ``r``.

    Per segment the cost on every edge is one list; the edges touching the
    segment are skipped."""
    m = len(r)
    fwd, bwd = _prefix(dd, r)
    edges = edge_times(dd, r)
    heads = r[1:]
    cols: Dict[int, List[float]] = {}
    for size in (1, 2, 3):
        for i in range(1, m - size):
            last = i + size - 1
            p, s0, sl, nx = r[i - 1], r[i], r[last], r[i + size]
            gain = dd[p][s0] + dd[sl][nx] - dd[p][nx]
            if not gain > 1e-7:
                continue
            limit = gain - 1e-7
            if i not in cols:
                cols[i] = [dd[x][s0] for x in r]
            row_sl = dd[sl]
            # Edges 0 .. i-2 and last+1 .. m-2 stay in the route without the segment.
            found = [
                k
                for k, (c, w, e) in enumerate(zip(cols[i], heads, edges))
                if c + row_sl[w] - e < limit and not i - 1 <= k <= last
            ]
            at, reverse = (found[0], False) if found else (m, False)
            if size > 1:
                rev = (bwd[last] - bwd[i]) - (fwd[last] - fwd[i])
                row_s0 = dd[s0]
                limit_rev = limit - rev
                back = [
                    k
                    for k, (u, w, e) in enumerate(zip(r, heads, edges))
                    if k < at and dd[u][sl] + row_s0[w] - e < limit_rev and not i - 1 <= k <= last
                ]
                if back:
                    at, reverse = back[0], True
            if at < m:
                seg = r[i : last + 1]
                if reverse:
                    seg.reverse()
                rest = r[:i] + r[last + 1 :]
                k = at if at < i else at - size
                r[:] = rest[: k + 1] + seg + rest[k + 1 :]
                return True
    return False


def improve_route(dd: List[List[float]], r: List[int], memo: Optional[Memo] = None) -> float:
    """Shorten ``r`` in place (start and end fixed) by 2-opt and or-opt; return its length.

    ``memo`` keeps each route already improved and its result (the search meets the same routes again
    and again)."""
    if len(r) <= 3:
        return route_length(dd, r)
    key = memo.rid(r) if memo is not None else -1
    if memo is not None and key in memo.routes:
        r[:], length = memo.routes[key]
        return length
    while _two_opt_once(dd, r) or _or_opt_once(dd, r):
        pass
    length = route_length(dd, r)
    if memo is not None:
        memo.routes[key] = (tuple(r), length)
    return length
