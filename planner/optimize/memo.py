"""What the local search already knows, so it is not worked out again.

The search meets the same routes again and again: after a ruin and repair
most routes of a local optimum come back unchanged, and within one local
search every pass re-examines routes no move touched.  Each route is
interned once (its plots in order -> a small number), and the answers that
depend on the route(s) alone are kept by that number: the route's 2-opt /
or-opt result, the route pairs without an improving relocate or swap, the
(free plot, route) pairs without an improving replace and each plot's best
insertion into a route.  Budgets, locks and scores are fixed for one
search, so a kept answer is always the answer the move would compute.
Everything is emptied when a table passes ``limit`` entries: memory stays
bounded (a few tens of MB).
"""

from __future__ import annotations

from typing import Dict, List, Set, Tuple

LIMIT = 100_000


class Memo:
    def __init__(self, limit: int = LIMIT) -> None:
        self.ids: Dict[Tuple[int, ...], int] = {}
        self.routes: Dict[int, Tuple[Tuple[int, ...], float]] = {}
        self.failed: Set[Tuple[int, int, int]] = set()
        self.inserts: Dict[Tuple[int, int], Tuple[float, int]] = {}
        self.limit = limit

    def rid(self, route: List[int]) -> int:
        """The number of ``route`` (the same plots in the same order get the same number)."""
        key = tuple(route)
        found = self.ids.get(key)
        if found is None:
            found = self.ids[key] = len(self.ids)
        return found

    def trim(self) -> None:
        """Empty everything once a table is full (the numbers are only valid together)."""
        if max(len(self.ids), len(self.failed), len(self.inserts)) > self.limit:
            self.ids.clear()
            self.routes.clear()
            self.failed.clear()
            self.inserts.clear()
