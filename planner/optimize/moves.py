"""Neighbourhood moves of the team orienteering search.

A solution is ``routes`` (one list per team: start base, plots, end base)
plus ``lengths`` (cached working time per route).  Every move checks the
budget from the cached length and a constant-time delta, never by
re-summing a route.  The order within one route is ``order``'s.
"""

from __future__ import annotations

import random
from typing import Dict, List, Optional, Set, Tuple

from .instance import EPS, INF, Instance, route_length
from .memo import Memo
from .order import edge_times

Routes = List[List[int]]


def best_insertion(dd: List[List[float]], route: List[int], p: int) -> Tuple[float, int]:
    """Least added time of ``p`` on an edge of ``route`` and the position it would take (first of equals)."""
    row_p = dd[p]
    ins = [dd[a][p] + row_p[b] - dd[a][b] for a, b in zip(route, route[1:])]
    if not ins:
        return INF, -1
    best = min(ins)
    return best, ins.index(best) + 1


def greedy_insert(
    inst: Instance,
    routes: Routes,
    lengths: List[float],
    free: Set[int],
    rng: random.Random,
    noise: float,
    power: float = 1.0,
    memo: Optional[Memo] = None,
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
    known = memo.inserts if memo is not None else {}
    for k, r in enumerate(routes):
        allowed = inst.allowed[k]
        entries = {}
        rt = memo.rid(r) if memo is not None else k
        for p in free:
            if p in allowed:
                key = (p, rt)
                if key not in known:
                    delta, pos = best_insertion(dd, r, p)
                    known[key] = (delta, r[pos - 1])
                entries[p] = known[key]
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


def _gaps(dd: List[List[float]], r: List[int]) -> Tuple[List[float], List[float]]:
    """Per position ``i`` of ``r`` (the bases get 0): the time saved by taking ``r[i]`` out, and the edge
    ``r[i - 1] -> r[i + 1]`` that then bridges the gap."""
    bridge = [0.0] + [dd[a][b] for a, b in zip(r, r[2:])] + [0.0]
    removed = [0.0] + [dd[a][v] + dd[v][b] - br for a, v, b, br in zip(r, r[1:], r[2:], bridge[1:])] + [0.0]
    return removed, bridge


Top3 = Tuple[float, int, float, int, float, int]


def _top3(dd: List[List[float]], r: List[int], edges: List[float], p: int) -> Top3:
    """The three cheapest edges of ``r`` for inserting ``p``: (added time, edge index) x 3 (INF, -9 if none)."""
    row_p = dd[p]
    return _top3_of([dd[a][p] + row_p[b] - e for a, b, e in zip(r, r[1:], edges)])


def _top3_of(ins: List[float]) -> Top3:
    top = _three_best(ins) + [-9, -9]
    v = [ins[e] if e >= 0 else INF for e in top[:3]]
    return v[0], top[0], v[1], top[1], v[2], top[2]


def _elsewhere(t: Top3, i: int) -> Tuple[float, int]:
    """The first of the three cheapest edges that is neither ``i - 1`` nor ``i`` (both touch position ``i``)."""
    v1, e1, v2, e2, v3, e3 = t
    if e1 != i - 1 and e1 != i:
        return v1, e1
    if e2 != i - 1 and e2 != i:
        return v2, e2
    return v3, e3


def _put(r: List[int], i: int, w: int, where: int) -> None:
    """Replace ``r[i]`` by ``w``: in its place (``where`` < 0) or on edge ``where`` of the route as it was."""
    if where < 0:
        r[i] = w
    else:
        del r[i]
        r.insert(where + 1 if where < i else where, w)


def replace_move(
    inst: Instance, routes: Routes, lengths: List[float], free: Set[int], memo: Optional[Memo] = None
) -> bool:
    """Swap a visited plot for a free one of higher priority (or equal priority and less time).

    The free plot goes into the gap left by the plot it replaces or on the
    cheapest edge not touching that gap.  The routes' removal savings and
    bridges are computed once per call; per (free plot, route) the insertion
    costs are one list, and a lower bound skips the positions that cannot fit.
    The scan goes on after a swap (the plot put out waits for the next call);
    ``memo`` remembers the (plot, route) pairs that had none."""
    dd, score, budgets = inst.dd, inst.score, inst.budgets

    # per route: (time saved by taking each plot out, the bridging edge, edge times, scores), None under 3 stops
    def facts(r: List[int]) -> Optional[Tuple[List[float], List[float], List[float], List[float]]]:
        return (*_gaps(dd, r), edge_times(dd, r), [score[v] for v in r]) if len(r) >= 3 else None

    info = [facts(r) for r in routes]
    memo = memo if memo is not None else Memo()
    failed = memo.failed
    keys = [memo.rid(r) for r in routes]
    changed = False
    for u in sorted(free, key=lambda q: -score[q]):
        su = score[u]
        row_u = dd[u]
        for k, r in enumerate(routes):
            if u not in free:
                break
            data = info[k]
            if data is None or u not in inst.allowed[k]:
                continue
            key = (2, u, keys[k])
            if key in failed:
                continue
            removed, bridge, edges, sc = data
            length, limit = lengths[k], budgets[k] + EPS
            slack = limit - length + 1e-9
            col_u = [dd[x][u] for x in r]
            ins = [c + row_u[b] - e for c, b, e in zip(col_u, r[1:], edges)]
            low = min(ins)
            t = None
            for i in range(1, len(r) - 1):
                sv = sc[i]
                if sv > su + EPS:
                    continue
                here = col_u[i - 1] + row_u[r[i + 1]] - bridge[i]
                rem = removed[i]
                if (here if here < low else low) - rem > slack:
                    continue
                best, where = here, -1
                if t is None:
                    t = _top3_of(ins)
                alt, e = _elsewhere(t, i)
                if alt < best:
                    best, where = alt, e
                new_len = length - rem + best
                if new_len > limit:
                    continue
                if su > sv + EPS or new_len < length - 1e-7:
                    v = r[i]
                    _put(r, i, u, where)
                    lengths[k] = route_length(dd, r)
                    free.discard(u)
                    free.add(v)
                    info[k] = facts(r)
                    keys[k] = memo.rid(r)
                    changed = True
                    break
            else:
                failed.add(key)
    return changed


def _relocate_pair(inst: Instance, routes: Routes, lengths: List[float], a: int, b: int) -> bool:
    """Move the first plot of route ``a`` whose best insertion into route ``b`` shortens the total time."""
    dd = inst.dd
    ra, rb = routes[a], routes[b]
    allowed = inst.allowed[b]
    edges = edge_times(dd, rb)
    removed, _ = _gaps(dd, ra)
    slack = inst.budgets[b] + EPS - lengths[b]
    for i in range(1, len(ra) - 1):
        v = ra[i]
        if v not in allowed:
            continue
        row_v = dd[v]
        ins = [dd[x][v] + row_v[y] - e for x, y, e in zip(rb, rb[1:], edges)]
        delta = min(ins)
        if delta < removed[i] - 1e-7 and delta <= slack:
            del ra[i]
            rb.insert(ins.index(delta) + 1, v)
            lengths[a] = route_length(dd, ra)
            lengths[b] = route_length(dd, rb)
            return True
    return False


def relocate_move(inst: Instance, routes: Routes, lengths: List[float], memo: Optional[Memo] = None) -> bool:
    """Move one plot to another team's route when that shortens the total time.

    ``memo`` remembers the (route, route) pairs already found without such a
    move: the answer depends on the two routes only, so they are not searched again."""
    memo = memo if memo is not None else Memo()
    for a, ra in enumerate(routes):
        if len(ra) < 3:
            continue
        for b, rb in enumerate(routes):
            if b == a:
                continue
            key = (0, memo.rid(ra), memo.rid(rb))
            if key in memo.failed:
                continue
            if _relocate_pair(inst, routes, lengths, a, b):
                return True
            memo.failed.add(key)
    return False


def _swap_pair(inst: Instance, routes: Routes, lengths: List[float], a: int, b: int) -> bool:
    """The first exchange of a plot of route ``a`` with one of route ``b`` that shortens the total time.

    Per plot ``v`` of ``a`` all plots ``w`` of ``b`` are priced at once (list
    comprehensions): ``w`` into the gap of ``v`` or its cheapest other edge of
    ``a``, ``v`` likewise into each gap of ``b``.  For ``w`` a lower bound (its
    cheapest edge of ``a`` now) picks the candidates; only they are priced exactly."""
    dd, allowed = inst.dd, inst.allowed
    ra, rb = routes[a], routes[b]
    inner_b = rb[1:-1]
    edges_a, edges_b = edge_times(dd, ra), edge_times(dd, rb)
    rem_a, bridge_a = _gaps(dd, ra)
    rem_b, bridge_b = _gaps(dd, rb)
    rem_b_in, bridge_b_in = rem_b[1:-1], bridge_b[1:-1]
    # Each w of b into a: its cheapest edge of a now (a lower bound), its three cheapest when needed.
    low_a = [min([dd[x][w] + dd[w][y] - e for x, y, e in zip(ra, ra[1:], edges_a)]) for w in inner_b]
    tops_a: Dict[int, Top3] = {}
    ok_a = [w in allowed[a] for w in inner_b]
    len_a, len_b = lengths[a], lengths[b]
    lim_a, lim_b = inst.budgets[a] + EPS, inst.budgets[b] + EPS
    n_b = len(inner_b)
    for i in range(1, len(ra) - 1):
        v = ra[i]
        if v not in allowed[b]:
            continue
        ra_prev, ra_next, br_a, r_a = ra[i - 1], ra[i + 1], bridge_a[i], rem_a[i]
        row_prev = dd[ra_prev]
        # w into a, in the gap of v or on its best edge not touching the gap.
        here_a = [row_prev[w] + dd[w][ra_next] - br_a for w in inner_b]
        da = [h if h <= x else x for h, x in zip(here_a, low_a)]  # lower bounds
        # v into b, in each gap j or on its best edge not touching it.
        row_v = dd[v]
        here_b = [dd[x][v] + row_v[y] - br for x, y, br in zip(rb, rb[2:], bridge_b_in)]
        t = _top3(dd, rb, edges_b, v)
        alt_b = [t[0]] * n_b
        for j in (t[1], t[1] + 1):
            if 1 <= j <= n_b:
                alt_b[j - 1] = _elsewhere(t, j)[0]
        db = [h if h <= x else x for h, x in zip(here_b, alt_b)]
        for jj in [jj for jj, (x, y, z) in enumerate(zip(da, db, rem_b_in)) if x + y - r_a - z < -1e-7]:
            if not ok_a[jj]:
                continue
            j, w = jj + 1, inner_b[jj]
            if jj not in tops_a:
                tops_a[jj] = _top3(dd, ra, edges_a, w)
            alt, e = _elsewhere(tops_a[jj], i)
            wa = -1 if here_a[jj] <= alt else e
            d_a = here_a[jj] if wa < 0 else alt
            if d_a + db[jj] - r_a - rem_b_in[jj] >= -1e-7:
                continue
            if len_a - r_a + d_a > lim_a or len_b - rem_b_in[jj] + db[jj] > lim_b:
                continue
            wb = -1 if here_b[jj] <= alt_b[jj] else _elsewhere(t, j)[1]
            _put(ra, i, w, wa)
            _put(rb, j, v, wb)
            lengths[a] = route_length(dd, ra)
            lengths[b] = route_length(dd, rb)
            return True
    return False


def swap_move(inst: Instance, routes: Routes, lengths: List[float], memo: Optional[Memo] = None) -> bool:
    """Exchange two plots between two teams when that shortens the total time (``memo``: as in relocate)."""
    memo = memo if memo is not None else Memo()
    for a in range(len(routes)):
        for b in range(a + 1, len(routes)):
            if len(routes[a]) < 3 or len(routes[b]) < 3:
                continue
            key = (1, memo.rid(routes[a]), memo.rid(routes[b]))
            if key in memo.failed:
                continue
            if _swap_pair(inst, routes, lengths, a, b):
                return True
            memo.failed.add(key)
    return False
