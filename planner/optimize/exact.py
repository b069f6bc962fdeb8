"""Exact reference for small patrol problems (tests, and exact re-ordering of short routes).

For every team, Held-Karp dynamic programming gives the least working time
of every subset of plots (start base -> subset in some order -> end base).
The best combination of disjoint subsets, one per team, is then found by
enumerating subsets for all teams but the last and, for the last, taking the
best subset of what is left (precomputed over all masks).  Exponential: meant
for up to ~12 plots.
"""

from __future__ import annotations

from typing import AbstractSet, List, Mapping, Optional, Sequence, Tuple

from .instance import EPS, INF, Instance, build_instance
from .problem import Matrix, Plot, Team

Key = Tuple[int, float, float]  # (mandatory visited, priority, -hours)


def _held_karp(
    dd: List[List[float]], start: int, end: int, nodes: Sequence[int]
) -> Tuple[List[List[float]], List[List[int]]]:
    """cost[mask][j]: least time from ``start`` through ``mask`` ending at nodes[j]."""
    n = len(nodes)
    full = 1 << n
    cost = [[INF] * n for _ in range(full)]
    parent = [[-1] * n for _ in range(full)]
    for j, v in enumerate(nodes):
        cost[1 << j][j] = dd[start][v]
    for mask in range(1, full):
        row = cost[mask]
        for j in range(n):
            cj = row[j]
            if cj == INF or not mask >> j & 1:
                continue
            dj = dd[nodes[j]]
            for k in range(n):
                if mask >> k & 1:
                    continue
                c = cj + dj[nodes[k]]
                nxt = mask | 1 << k
                if c < cost[nxt][k]:
                    cost[nxt][k] = c
                    parent[nxt][k] = j
    return cost, parent


def _order(parent: List[List[int]], nodes: Sequence[int], mask: int, last: int) -> List[int]:
    out = []
    while last >= 0:
        out.append(nodes[last])
        mask, last = mask & ~(1 << last), parent[mask][last]
    return out[::-1]


def subset_costs(
    dd: List[List[float]], start: int, end: int, nodes: Sequence[int]
) -> Tuple[List[Tuple[float, int]], List[List[int]]]:
    """Least route time and order for every subset of ``nodes`` (bit i = nodes[i]): (time, last node's index)
    per subset, and the Held-Karp parents to walk the order back."""
    cost, parent = _held_karp(dd, start, end, nodes)
    n = len(nodes)
    best: List[Tuple[float, int]] = [(dd[start][end], -1)] + [(INF, -1)] * ((1 << n) - 1)
    for mask in range(1, 1 << n):
        row = cost[mask]
        for j in range(n):
            c = row[j] + dd[nodes[j]][end]
            if c < best[mask][0]:
                best[mask] = (c, j)
    return best, parent


def best_path_order(dd: List[List[float]], start: int, end: int, plots: Sequence[int]) -> Tuple[float, List[int]]:
    """The quickest order of ``plots`` between ``start`` and ``end``."""
    if not plots:
        return dd[start][end], []
    best, parent = subset_costs(dd, start, end, plots)
    full = (1 << len(plots)) - 1
    length, last = best[full]
    return length, _order(parent, plots, full, last) if last >= 0 else list(plots)


def exhaustive_solve(matrix: Matrix, teams: Sequence[Team], plots: Sequence[Plot]) -> Tuple[Key, List[List[int]]]:
    """The optimal key and one optimal set of plot orders (one list per team)."""
    inst, _ = build_instance(matrix, teams, plots)
    mandatory = {p.node for p in plots if p.mandatory}
    priority = {p.node: p.priority for p in plots}
    return exact_routes(inst, mandatory, priority)


def exact_routes(
    inst: Instance, mandatory: AbstractSet[int], priority: Mapping[int, float]
) -> Tuple[Key, List[List[int]]]:
    """Exact answer on the solver's own instance: (mandatory visited, priority, -hours) and plot orders."""
    nodes = list(inst.plots)
    n = len(nodes)
    full = (1 << n) - 1
    is_mandatory = [1 if v in mandatory else 0 for v in nodes]
    worth = [priority[v] for v in nodes]

    def value(mask: int, hours: float) -> Key:
        m = sum(is_mandatory[i] for i in range(n) if mask >> i & 1)
        s = sum(worth[i] for i in range(n) if mask >> i & 1)
        return (m, round(s, 9), -hours)

    tables = []
    for k in range(inst.n_teams):
        best, parent = subset_costs(inst.dd, inst.starts[k], inst.ends[k], nodes)
        # plots this team may visit (locks and drops, reach within its time)
        forbidden = 0
        for i, v in enumerate(nodes):
            if v not in inst.allowed[k]:
                forbidden |= 1 << i
        feasible = [not mask & forbidden and best[mask][0] <= inst.budgets[k] + EPS for mask in range(full + 1)]
        tables.append((best, parent, feasible))
    # For the last team: the best feasible subset inside every mask.
    last_best, _, last_ok = tables[-1]
    inside: List[Optional[Tuple[Key, int]]] = [None] * (full + 1)
    for mask in range(full + 1):
        cand = (value(mask, last_best[mask][0]), mask) if last_ok[mask] else None
        for i in range(n):
            if mask >> i & 1:
                sub = inside[mask & ~(1 << i)]
                if sub is not None and (cand is None or sub[0] > cand[0]):
                    cand = sub
        inside[mask] = cand

    best_total: Optional[Tuple[Key, List[int]]] = None

    def rec(k: int, left: int, chosen: List[int], hours: float) -> None:
        nonlocal best_total
        if k == inst.n_teams - 1:
            sub = inside[left]
            if sub is None:
                return
            masks = chosen + [sub[1]]
            union = 0
            for m in masks:
                union |= m
            key = value(union, hours + last_best[sub[1]][0])
            if best_total is None or key > best_total[0]:
                best_total = (key, masks)
            return
        best, _, feasible = tables[k]
        subset = left
        while True:
            if feasible[subset]:
                rec(k + 1, left & ~subset, chosen + [subset], hours + best[subset][0])
            if subset == 0:
                break
            subset = (subset - 1) & left

    rec(0, full, [], 0.0)
    if best_total is None:
        raise ValueError("no feasible plan: some team cannot reach its end base")
    key, masks = best_total
    orders = []
    for k, mask in enumerate(masks):
        best, parent, _ = tables[k]
        orders.append(_order(parent, nodes, mask, best[mask][1]) if mask else [])
    return key, orders
