"""Neighbourhood moves of the team orienteering search.

A solution is ``routes`` (one list per team: start base, plots, end base)
plus ``lengths`` (cached working time per route).  Every move checks the
budget from the cached length and a constant-time delta, never by
re-summing a route.  Travel times are asymmetric, so reversing a stretch of
a route changes its cost: 2-opt and reversed or-opt use prefix sums of the
forward and the backward costs.
"""

from __future__ import annotations

import random
from typing import Dict, List, Set, Tuple

from .instance import EPS, INF, Instance, route_length

Routes = List[List[int]]


def best_insertion(dd: List[List[float]], route: List[int], p: int) -> Tuple[float, int]:
    best, pos = INF, -1
    row_p = dd[p]
    for k in range(len(route) - 1):
        a, b = route[k], route[k + 1]
        delta = dd[a][p] + row_p[b] - dd[a][b]
        if delta < best:
            best, pos = delta, k + 1
    return best, pos


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
    m = len(r)
    fwd, bwd = _prefix(dd, r)
    for size in (1, 2, 3):
        for i in range(1, m - size):
            last = i + size - 1
            p, s0, sl, nx = r[i - 1], r[i], r[last], r[i + size]
            gain = dd[p][s0] + dd[sl][nx] - dd[p][nx]
            if not gain > 1e-7:
                continue
            reverse_extra = (bwd[last] - bwd[i]) - (fwd[last] - fwd[i])
            rest = r[:i] + r[i + size :]
            for k in range(len(rest) - 1):
                if k == i - 1:
                    continue
                u, w = rest[k], rest[k + 1]
                base = dd[u][w] + gain - 1e-7
                if dd[u][s0] + dd[sl][w] < base:
                    r[:] = rest[: k + 1] + r[i : last + 1] + rest[k + 1 :]
                    return True
                if size > 1 and dd[u][sl] + dd[s0][w] + reverse_extra < base:
                    r[:] = rest[: k + 1] + r[i : last + 1][::-1] + rest[k + 1 :]
                    return True
    return False


def improve_route(dd: List[List[float]], r: List[int]) -> float:
    """Shorten ``r`` in place (start and end fixed) by 2-opt and or-opt; return its length."""
    if len(r) > 3:
        while _two_opt_once(dd, r) or _or_opt_once(dd, r):
            pass
    return route_length(dd, r)


def greedy_insert(
    inst: Instance, routes: Routes, lengths: List[float], free: Set[int], rng: random.Random, noise: float,
    power: float = 1.0,
) -> bool:
    """Insert free plots by best priority**power per added hour (randomised by ``noise``) while any fits.

    ``power`` above 1 favours valuable plots over merely cheap ones; varying it
    between repairs sends the search to different local optima.  Each plot's
    best insertion is cached as (added time, predecessor node): inserting ``p``
    between ``a`` and ``b`` only invalidates the plots whose best edge was
    ``a -> b``; for the others the two new edges are compared with the cached
    best, so a repair costs O(free plots) per insertion, not O(free x route)."""
    dd, score, budgets = inst.dd, inst.score, inst.budgets
    cache: List[Dict[int, Tuple[float, int]]] = []
    for k, r in enumerate(routes):
        allowed = inst.allowed[k]
        entries = {}
        for p in free:
            if p in allowed:
                delta, pos = best_insertion(dd, r, p)
                entries[p] = (delta, r[pos - 1])
        cache.append(entries)
    weight = {p: score[p] if power == 1.0 else score[p] ** power for p in free}
    inserted = False
    while True:
        best_val, choice = -1.0, None
        for k, entries in enumerate(cache):
            slack = budgets[k] - lengths[k] + EPS
            for p, (delta, pred) in entries.items():
                if delta <= slack:
                    val = weight[p] / (max(delta, 0.0) + 1e-6)
                    if noise:
                        val *= 1.0 + noise * rng.random()
                    if val > best_val:
                        best_val, choice = val, (k, p, delta, pred)
        if choice is None:
            return inserted
        k, p, delta, a = choice
        r = routes[k]
        pos = r.index(a) + 1
        b = r[pos]
        r.insert(pos, p)
        lengths[k] += delta
        free.discard(p)
        inserted = True
        for entries in cache:
            entries.pop(p, None)
        row_a, row_p = dd[a], dd[p]
        ap, pb = row_a[p], row_p[b]
        entries = cache[k]
        for q, (old, pred) in entries.items():
            if pred == a:
                d_new, at = best_insertion(dd, r, q)
                entries[q] = (d_new, r[at - 1])
                continue
            row_q = dd[q]
            d1 = row_a[q] + row_q[p] - ap
            d2 = row_p[q] + row_q[b] - pb
            if d1 < old or d2 < old:
                entries[q] = (d1, a) if d1 <= d2 else (d2, p)


def _three_best(values: List[float]) -> List[int]:
    return sorted(range(len(values)), key=values.__getitem__)[:3]


def replace_move(inst: Instance, routes: Routes, lengths: List[float], free: Set[int]) -> bool:
    """Swap a visited plot for a free one of higher priority (or equal priority and less time)."""
    dd, score = inst.dd, inst.score
    for u in sorted(free, key=lambda q: -score[q]):
        su = score[u]
        for k, r in enumerate(routes):
            if u not in inst.allowed[k] or len(r) < 3:
                continue
            m = len(r)
            ins = [dd[r[e]][u] + dd[u][r[e + 1]] - dd[r[e]][r[e + 1]] for e in range(m - 1)]
            top = _three_best(ins)
            for i in range(1, m - 1):
                v = r[i]
                if score[v] > su + EPS:
                    continue
                a, b = r[i - 1], r[i + 1]
                removed = dd[a][v] + dd[v][b] - dd[a][b]
                best, where = dd[a][u] + dd[u][b] - dd[a][b], -1
                for e in top:
                    if e != i - 1 and e != i:
                        if ins[e] < best:
                            best, where = ins[e], e
                        break
                new_len = lengths[k] - removed + best
                if new_len > inst.budgets[k] + EPS:
                    continue
                if su > score[v] + EPS or new_len < lengths[k] - 1e-7:
                    if where < 0:
                        r[i] = u
                    else:
                        del r[i]
                        r.insert(where + 1 if where < i else where, u)
                    lengths[k] = route_length(dd, r)
                    free.discard(u)
                    free.add(v)
                    return True
    return False


def relocate_move(inst: Instance, routes: Routes, lengths: List[float]) -> bool:
    """Move one plot to another team's route when that shortens the total time."""
    dd = inst.dd
    for a, ra in enumerate(routes):
        for i in range(1, len(ra) - 1):
            v = ra[i]
            removed = dd[ra[i - 1]][v] + dd[v][ra[i + 1]] - dd[ra[i - 1]][ra[i + 1]]
            for b, rb in enumerate(routes):
                if b == a or v not in inst.allowed[b]:
                    continue
                delta, pos = best_insertion(dd, rb, v)
                if delta < removed - 1e-7 and lengths[b] + delta <= inst.budgets[b] + EPS:
                    del ra[i]
                    rb.insert(pos, v)
                    lengths[a] = route_length(dd, ra)
                    lengths[b] = route_length(dd, rb)
                    return True
    return False


def _removal_and_top(dd: List[List[float]], ra: List[int], rb: List[int]):
    """For each plot of ``rb``: its insertion deltas on every edge of ``ra`` and the three best edges."""
    table = {}
    for w in rb[1:-1]:
        ins = [dd[ra[e]][w] + dd[w][ra[e + 1]] - dd[ra[e]][ra[e + 1]] for e in range(len(ra) - 1)]
        table[w] = (ins, _three_best(ins))
    return table


def _cost_in_place(dd: List[List[float]], r: List[int], i: int, w: int, table) -> Tuple[float, int]:
    """Best delta of putting ``w`` into ``r`` once ``r[i]`` is removed (-1 = at ``i`` itself)."""
    a, b = r[i - 1], r[i + 1]
    best, where = dd[a][w] + dd[w][b] - dd[a][b], -1
    ins, top = table[w]
    for e in top:
        if e != i - 1 and e != i:
            if ins[e] < best:
                best, where = ins[e], e
            break
    return best, where


def _put(r: List[int], i: int, w: int, where: int) -> None:
    if where < 0:
        r[i] = w
    else:
        del r[i]
        r.insert(where + 1 if where < i else where, w)


def swap_move(inst: Instance, routes: Routes, lengths: List[float]) -> bool:
    """Exchange two plots between two teams when that shortens the total time."""
    dd = inst.dd
    for a in range(len(routes)):
        for b in range(a + 1, len(routes)):
            ra, rb = routes[a], routes[b]
            if len(ra) < 3 or len(rb) < 3:
                continue
            into_a = _removal_and_top(dd, ra, rb)
            into_b = _removal_and_top(dd, rb, ra)
            for i in range(1, len(ra) - 1):
                v = ra[i]
                if v not in inst.allowed[b]:
                    continue
                rem_a = dd[ra[i - 1]][v] + dd[v][ra[i + 1]] - dd[ra[i - 1]][ra[i + 1]]
                for j in range(1, len(rb) - 1):
                    w = rb[j]
                    if w not in inst.allowed[a]:
                        continue
                    rem_b = dd[rb[j - 1]][w] + dd[w][rb[j + 1]] - dd[rb[j - 1]][rb[j + 1]]
                    da, wa = _cost_in_place(dd, ra, i, w, into_a)
                    db, wb = _cost_in_place(dd, rb, j, v, into_b)
                    if da + db - rem_a - rem_b >= -1e-7:
                        continue
                    if lengths[a] - rem_a + da > inst.budgets[a] + EPS:
                        continue
                    if lengths[b] - rem_b + db > inst.budgets[b] + EPS:
                        continue
                    _put(ra, i, w, wa)
                    _put(rb, j, v, wb)
                    lengths[a] = route_length(dd, ra)
                    lengths[b] = route_length(dd, rb)
                    return True
    return False
