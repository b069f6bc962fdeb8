"""Iterated local search for the team orienteering problem.

Each iteration ruins part of the current solution (a stretch of each route,
random plots, the plots around one plot, or a whole route), repairs it with
randomised best-ratio insertion (usually without the plots just removed, so
the repair goes somewhere new) and runs the local search.  A slightly worse
result is accepted now and then so the search can leave a local optimum;
after a while without progress it goes back to the best solution, and after
longer it restarts from a fresh randomised construction.  The routes of
every local optimum go into a pool; now and then the best plan combined
from the pool (``pool.RoutePool.combine``) is searched from.  The local
search remembers what it has already found unimprovable (``memo.Memo``),
since the same routes come back again and again.  The search stops
at the time limit, when the score bound is met (nothing left to gain) or
after ``stall`` seconds without a better solution.
"""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import List, Optional, Sequence, Set, Tuple

from ..core import Feedback, check_cancel
from .instance import EPS, Instance, route_length
from .memo import Memo
from .moves import Routes, greedy_insert, relocate_move, replace_move, swap_move
from .order import improve_route
from .pool import RoutePool
from .warm import warm_routes

log = logging.getLogger(__name__)
# Accept a trial within up to 5 % of the best score; go back to the best after 150 idle iterations
# (tuned on hard Chao instances: 1.3 % mean gap against 2.4 % with 2 % and 60).
ACCEPT, RESET = 0.05, 150
# After this many iterations without a better solution (and every such multiple) the walk restarts
# from a fresh randomised construction and stays on it (no reset to the best) until the next multiple:
# on the 387 Chao instances 339 best-known scores matched against 328 when the restarts were never taken.
RESTART = 400
# Share of repairs that first fill the routes without the plots just removed (the local search may
# put them back afterwards).  Without it the repair mostly rebuilt the same solution: on 14 hard Chao
# instances (8 s each) the mean gap fell from 4.4 % to 1.3-1.8 % with it (1.0: 1.8 %, 0.9: 1.3 %).
TABU = 0.9
# Every this many iterations without a better solution (half-way in) the best plan combined from the
# pool of routes met so far is tried (``pool``), if new routes came in since the last try.
COMBINE = 100
# ... and once more in the last 3 % of the time limit (the pool may have grown since).
COMBINE_END = 0.03
# Started from the previous plan (``warm``), the search stops after this share of the time limit
# without a better plan (at least WARM_STALL_MIN_S): 1 s of a 20 s limit.
WARM_STALL, WARM_STALL_MIN_S = 0.05, 0.5


@dataclass
class Solution:
    routes: Routes
    lengths: List[float]

    def copy(self) -> Solution:
        return Solution([list(r) for r in self.routes], list(self.lengths))

    def key(self, inst: Instance) -> Tuple[float, float]:
        # Rounded so that float noise in lengths never masks a real score gain.
        score = sum(inst.score[p] for r in self.routes for p in r[1:-1])
        return (round(score, 6), -round(sum(self.lengths), 7))

    def free(self, inst: Instance) -> Set[int]:
        used = {p for r in self.routes for p in r[1:-1]}
        return {p for p in inst.plots if p not in used}


def local_search(inst: Instance, sol: Solution, memo: Optional[Memo] = None) -> None:
    memo = memo or Memo()
    free = sol.free(inst)
    routes, lengths = sol.routes, sol.lengths
    while True:
        for k, r in enumerate(routes):
            lengths[k] = improve_route(inst.dd, r, memo)
        while relocate_move(inst, routes, lengths, memo) or swap_move(inst, routes, lengths, memo):
            pass
        changed = greedy_insert(inst, routes, lengths, free, random.Random(0), 0.0, memo=memo)  # nosec B311 - noise 0: unused
        while replace_move(inst, routes, lengths, free, memo):
            changed = True
        if not changed:
            memo.trim()
            return


def _empty(inst: Instance) -> Solution:
    routes = [[s, e] for s, e in zip(inst.starts, inst.ends)]
    return Solution(routes, [inst.dd[s][e] for s, e in zip(inst.starts, inst.ends)])


def construct(inst: Instance, rng: random.Random, noise: float, memo: Optional[Memo] = None) -> Solution:
    sol = _empty(inst)
    greedy_insert(inst, sol.routes, sol.lengths, set(inst.plots), rng, noise, memo=memo)
    local_search(inst, sol, memo)
    return sol


def _ruin(inst: Instance, sol: Solution, rng: random.Random, memo: Memo) -> Set[int]:
    """Remove part of ``sol``; return the plots removed."""
    routes = sol.routes
    visited = [p for r in routes for p in r[1:-1]]
    if not visited:
        return set()
    kind = rng.random()
    if kind < 0.35:
        for r in routes:
            inner = len(r) - 2
            if inner <= 0:
                continue
            size = rng.randint(1, max(1, inner // 3 + 1))
            at = rng.randint(1, inner - size + 1) if inner >= size else 1
            del r[at : at + size]
        drop = set(visited) - {p for r in routes for p in r[1:-1]}
    else:
        if kind < 0.65:
            count = rng.randint(1, max(1, len(visited) // 4))
            drop = set(rng.sample(visited, min(count, len(visited))))
        elif kind < 0.9:
            seed = rng.choice(visited)
            row = inst.dd[seed]
            count = rng.randint(2, max(2, len(visited) // 3))
            drop = set(sorted(visited, key=lambda q: row[q] + inst.dd[q][seed])[:count])
        else:
            drop = set(rng.choice(routes)[1:-1])
        for r in routes:
            r[1:-1] = [p for p in r[1:-1] if p not in drop]
    for k, r in enumerate(routes):
        sol.lengths[k] = improve_route(inst.dd, r, memo)
    return drop


def search(
    inst: Instance,
    seed: int,
    time_limit_s: float,
    stall_s: float,
    feedback: Feedback,
    tie_iterations: int = 50,
    initial: Sequence[Sequence[int]] = (),
) -> Tuple[Solution, int]:
    """Best solution found and the number of iterations done; ``initial`` is a previous plan to start from."""
    started = time.monotonic()
    deadline = started + time_limit_s
    rng = random.Random(seed)  # nosec B311 - seeded search noise: the same plan again, nothing secret
    bound = round(inst.upper_bound(), 6)
    memo = Memo()
    best = construct(inst, rng, 0.0, memo)
    best_key = best.key(inst)
    warm = warm_routes(inst, initial)
    if warm is not None:
        previous = Solution(*warm)
        local_search(inst, previous, memo)
        if previous.key(inst) >= best_key:
            best, best_key = previous, previous.key(inst)
            # Planning again after a drop or a lock: the last plan was searched already, so a short
            # stall ends the search (a coordinator waits for each correction).
            stall_s = min(stall_s, max(WARM_STALL_MIN_S, WARM_STALL * time_limit_s))
    current, current_key = best.copy(), best_key
    pool, pooled, closed = RoutePool(inst), 0, False
    pool.add(best.routes, best.lengths)
    last_gain = time.monotonic()
    since_best = 0
    iterations = 0
    while True:
        now = time.monotonic()
        if now >= deadline or now - last_gain >= stall_s:
            break
        # At the score bound only the time can still improve: a short tie-break phase.
        if best_key[0] >= bound - EPS and since_best >= tie_iterations:
            break
        check_cancel(feedback)
        feedback.set_progress(min(99.0, 100.0 * (now - started) / max(time_limit_s, 1e-9)))
        iterations += 1
        restart = since_best > 0 and since_best % RESTART == 0
        combined = None
        closing = not closed and now >= deadline - COMBINE_END * time_limit_s
        if not restart and (since_best % COMBINE == COMBINE // 2 or closing) and pool.added > pooled:
            pooled, closed = pool.added, closed or closing
            combined = pool.combine(best_key[0])
        if restart:
            trial = construct(inst, rng, 0.6, memo)
        elif combined is not None:
            trial = Solution(combined, [route_length(inst.dd, r) for r in combined])
            local_search(inst, trial, memo)
        else:
            trial = current.copy()
            dropped = _ruin(inst, trial, rng, memo)
            free = trial.free(inst)
            if rng.random() < TABU:  # keep the removed plots out of the repair: go somewhere new
                free -= dropped
            greedy_insert(
                inst,
                trial.routes,
                trial.lengths,
                free,
                rng,
                rng.choice((0.0, 0.3, 1.0)),
                rng.choice((1.0, 1.0, 1.5, 2.0)),
                memo,
            )
            local_search(inst, trial, memo)
        pool.add(trial.routes, trial.lengths)
        key = trial.key(inst)
        if key > best_key:
            best, best_key = trial.copy(), key
            last_gain, since_best = time.monotonic(), 0
            log.debug("iteration %d: score %.1f, %.3f h", iterations, key[0], -key[1])
        else:
            since_best += 1
        # Accept equal or slightly worse solutions to drift across plateaus.
        # A restart is always taken (a fresh construction is rarely within ACCEPT of the best).
        if restart or key >= current_key or key[0] >= best_key[0] * (1.0 - ACCEPT * rng.random()):
            current, current_key = trial, key
        elif since_best and since_best % RESET == 0 and (since_best // RESTART) % 2 == 0:
            current, current_key = best.copy(), best_key
    return best, iterations
