# SPDX-License-Identifier: GPL-2.0-or-later
"""A pool of good routes met by the search, and the best plan combined from it.

Every local optimum of the iterated local search holds a few good routes,
but rarely all of the best ones at once.  The pool keeps, per start and end
base and set of plots, the quickest route seen; ``combine`` then picks one
route per team, no plot twice, with the most score: a set packing solved by
depth-first branch and bound (bitmasks for the plot sets, routes by score,
bound: the best route left for each remaining team).  A node limit keeps it
short; what it finds is a starting point that the local search then fills.
"""

from __future__ import annotations

from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from .instance import EPS, Instance

# Routes kept per (start, end): the best by score, then by time.  Trimmed back to KEEP when it reaches 2 x KEEP.
KEEP = 400


class RoutePool:
    def __init__(self, inst: Instance) -> None:
        self.inst = inst
        self.bit = {p: 1 << i for i, p in enumerate(inst.plots)}
        # (start, end) -> plot set -> (score, length, route)
        self.routes: Dict[Tuple[int, int], Dict[FrozenSet[int], Tuple[float, float, Tuple[int, ...]]]] = {}
        self.added = 0

    def add(self, routes: Sequence[Sequence[int]], lengths: Sequence[float]) -> None:
        score = self.inst.score
        for r, length in zip(routes, lengths):
            if len(r) < 3:
                continue
            plots = frozenset(r[1:-1])
            group = self.routes.setdefault((r[0], r[-1]), {})
            old = group.get(plots)
            if old is None or length < old[1] - 1e-9:
                group[plots] = (sum(score[p] for p in plots), length, tuple(r))
                self.added += 1
                if len(group) >= 2 * KEEP:
                    kept = sorted(group.items(), key=lambda item: (-item[1][0], item[1][1]))[:KEEP]
                    group.clear()
                    group.update(kept)

    def _candidates(self, k: int) -> List[Tuple[float, float, int, Tuple[int, ...]]]:
        inst = self.inst
        allowed, budget = inst.allowed[k], inst.budgets[k] + EPS
        out = []
        for plots, (score, length, route) in self.routes.get((inst.starts[k], inst.ends[k]), {}).items():
            if length <= budget and plots <= allowed:
                mask = 0
                for p in plots:
                    mask |= self.bit[p]
                out.append((score, length, mask, route))
        out.sort(key=lambda c: (-c[0], c[1]))
        return out

    def combine(self, target: float, node_limit: int = 100_000) -> Optional[List[List[int]]]:
        """Routes per team (bases only where none) with a total score above ``target``, or None.

        ``node_limit`` caps the routes tried (about 0.1 s of Python at the default)."""
        inst = self.inst
        teams = range(inst.n_teams)
        cands = [self._candidates(k) for k in teams]
        # Teams with the same candidates are interchangeable: their routes are taken in list order.
        same = [k > 0 and cands[k] == cands[k - 1] for k in teams]
        rest = [0.0] * (inst.n_teams + 1)
        for k in reversed(teams):
            rest[k] = rest[k + 1] + (cands[k][0][0] if cands[k] else 0.0)
        best: List[Optional[List[int]]] = [None]
        best_score = [target + 1e-6]
        chosen: List[int] = [-1] * inst.n_teams
        nodes = [0]

        def dfs(k: int, used: int, score: float, first: int) -> None:
            if k == inst.n_teams:
                if score > best_score[0]:
                    best_score[0] = score
                    best[0] = list(chosen)
                return
            if nodes[0] > node_limit or score + rest[k] <= best_score[0]:
                return
            start = first if same[k] else 0
            for i in range(start, len(cands[k])):
                s, _, mask, _ = cands[k][i]
                if score + s + rest[k + 1] <= best_score[0]:
                    break
                nodes[0] += 1
                if mask & used:
                    continue
                chosen[k] = i
                dfs(k + 1, used | mask, score + s, i + 1)
                if nodes[0] > node_limit:
                    return
            chosen[k] = -1
            dfs(k + 1, used, score, len(cands[k]))

        dfs(0, 0, 0.0, 0)
        if best[0] is None:
            return None
        return [list(cands[k][i][3]) if i >= 0 else [inst.starts[k], inst.ends[k]] for k, i in enumerate(best[0])]
