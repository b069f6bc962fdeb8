"""The travel-time matrix between terminals, and the path of any leg.

One multi-seed Dijkstra per source terminal gives the time to every target:
a target is reached at one of its joins, either from an end of the join's
edge, along the same edge as a source join, or by a direct forest leg.
``hours[i][j]`` is a float or None; None always comes with a reason, so no
``inf`` or NaN leaks out.  Paths are not kept (201 sources would hold 201
predecessor arrays); ``leg(i, j)`` searches from ``i`` again.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Protocol, Sequence, Set, Tuple, Union

from ..core import Feedback, InputError, Message, check_cancel, ensure, message
from ..core.third_party import optional_scipy
from .csgraph import searcher
from .entries import EntryPoints, position
from .graph import Graph
from .join import INSIDE_NO_GO, NO_CONNECTION, TOO_FAR, UPSTREAM_IMPOSSIBLE, DirectLeg, Join, TerminalJoiner, near_pairs
from .legs import Leg, LegPart, arrive, at, leave, merge
from .reach import chain_hours
from .search import INF, Km, Search, Seed
from .travel_model import BOAT, FOREST, TRAIL, Terminal, TravelModel

# A place on the network: segment index, fraction along it, the point.
Position = Tuple[int, float, Tuple[float, float]]
# How a leg goes: ("self",), ("direct",), ("edge", source's join, target's join) or ("node", node, target's
# join, via the edge's end); a leg is (km base: a node whose path is summed when asked for, or km; km added; how)
How = Tuple[Any, ...]
Special = Tuple[Km, Km, How]
Recipe = Tuple[Union[int, Km], Km, How]

BEYOND_HORIZON = message("beyond_horizon")
JOINS_SHARE = 10.0  # per cent of the progress bar for joining the terminals, the rest for the searches


class NetworkView(Protocol):
    """What the matrix needs of a built network (``build.TravelNetwork`` provides it).

    A protocol rather than an import keeps ``build`` -> ``matrix`` the only
    direction between the two modules."""

    graph: Graph
    model: TravelModel
    joiner: TerminalJoiner

    def component(self, node: int) -> int: ...

    def cut_between(self, here: Set[int], there: Set[int]) -> Optional[Message]: ...

    def edge_end(self, e: int, at_end: bool) -> Position: ...

    def edge_part(self, e: int, start: Position, end: Position) -> LegPart: ...

    def arc_part(self, arc: int) -> LegPart: ...


class TravelMatrix:
    """Times (hours) and distances by mode between terminals; rows only for the sources asked for.

    ``backend`` chooses the search: None takes scipy's compiled Dijkstra when scipy
    can be imported and the pure-Python one otherwise; "python" or "scipy" ask for
    one (``self.backend`` says which ran; "scipy" falls back when scipy is missing).

    ``horizon_h`` (the longest any team travels, or a limit per source): the searches stop
    there, so a leg longer than that may be None (``reason`` and ``exact_hours`` still tell it
    apart from no way).  ``reach`` (each team's start terminal and its hours) narrows it per
    source: the rows of the starts are searched first, and from a terminal reached after
    ``t`` hours a team has at most ``hours - t`` left (``limit_of`` tells the limit used)."""

    def __init__(
        self,
        network: NetworkView,
        terminals: Sequence[Terminal],
        sources: Optional[Sequence[int]],
        feedback: Optional[Feedback] = None,
        backend: Optional[str] = None,
        horizon_h: Union[None, float, Dict[int, float]] = None,
        reach: Optional[Sequence[Tuple[int, float]]] = None,
    ) -> None:
        self.network = network
        self.horizon_h = horizon_h
        self.reach = list(reach) if reach else []
        self._limits: Dict[int, float] = {}
        self.terminals = list(terminals)
        self.ids = [t.id for t in self.terminals]
        n = len(self.terminals)
        self.sources = list(range(n)) if sources is None else list(sources)
        joiner = network.joiner
        for t in self.terminals:
            if t.geometry is None or t.geometry.is_empty:
                raise InputError(message("terminal_no_geometry", terminal=t.id), source=message("source_terminals"))
        feedback = ensure(feedback)
        self.geometries = []
        self.joins: List[List[Join]] = []
        for k, t in enumerate(self.terminals):  # the joins: the first tenth of the bar
            if k % 20 == 0:
                check_cancel(feedback)
                feedback.set_progress(JOINS_SHARE * k / max(1, n))
            g = joiner.usable_geometry(t.geometry)
            self.geometries.append(g)
            self.joins.append(joiner.joins(g) if g is not None else [])
        self.direct: Dict[Tuple[int, int], DirectLeg] = {}
        self._direct_from: Dict[int, List[int]] = {}
        boxes = [None if g is None else g.bounds for g in self.geometries]
        pairs = near_pairs(boxes, network.model.max_forest_m, None if sources is None else set(self.sources))
        for k, (i, j) in enumerate(pairs):
            if k % 200 == 0:  # thousands of pairs where plots crowd: the log hears from them too (core.pulse)
                check_cancel(feedback)
                feedback.set_progress(JOINS_SHARE)
            leg = joiner.direct(self.geometries[i], self.geometries[j])
            if leg is not None:
                self.direct[(i, j)] = leg
                self.direct[(j, i)] = DirectLeg(leg.destination, leg.origin, leg.km, leg.hours)
                self._direct_from.setdefault(i, []).append(j)
                self._direct_from.setdefault(j, []).append(i)
        feedback.set_progress(JOINS_SHARE)  # joined; what follows is the searches
        linked = {i for i, _ in self.direct}
        self.unreachable_terminals: Dict[Any, str] = {}
        for i, t in enumerate(self.terminals):
            if self.geometries[i] is None:
                self.unreachable_terminals[t.id] = INSIDE_NO_GO
            elif not self.joins[i] and i not in linked:
                self.unreachable_terminals[t.id] = TOO_FAR
        # Rows only for the sources: the others share one row of None (the crews' access asks 201 rows of
        # thousands of landings; n x n would be tens of millions of entries).
        nothing: List[Optional[float]] = [None] * n
        wanted = set(self.sources)
        self.hours: List[List[Optional[float]]] = [[None] * n if i in wanted else nothing for i in range(n)]
        self._ways: Dict[int, List[int]] = {}  # source -> way (``entries``) into each terminal, -1: none
        # (i, j) -> (km by mode, km added, how) of legs not through a node: self, direct, along one edge
        self._special: Dict[Tuple[int, int], Special] = {}
        self._entries = EntryPoints(network.graph, self.joins)
        seeds = {i: self._seeds(i)[0] for i in self.sources if self.joins[i]}
        self._searcher = searcher(network.graph, seeds, backend)
        self.backend: str = self._searcher.name
        self._last_paths: Optional[Tuple[int, Search]] = None
        self._unlimited: Dict[int, List[Optional[float]]] = {}
        self._columns: Dict[int, List[float]] = {}
        self._compute(feedback)

    def _seeds(self, i: int) -> Tuple[List[Seed], List[Tuple[int, bool]]]:
        """Seeds of a search from terminal i, and (join index, towards the edge's end) of each."""
        g = self.network.graph
        seeds: List[Seed] = []
        meta: List[Tuple[int, bool]] = []
        for q, join in enumerate(self.joins[i]):
            e, k, t = join.edge, join.seg, join.t
            cum_km = g.edge_km[e]
            pos_km = position(cum_km, k, t)
            along, against = g.along_at(e, k, t), g.against_at(e, k, t)
            total = g.along_total(e)  # None exactly when ``along`` is
            if along is not None and total is not None:
                seeds.append((join.hours + total - along, g.edge_v[e], _km(join, cum_km[-1] - pos_km)))
                meta.append((q, True))
            if against is not None:
                seeds.append((join.hours + against, g.edge_u[e], _km(join, pos_km)))
                meta.append((q, False))
        return seeds, meta

    def _compute(self, feedback: Feedback) -> None:
        wanted = set(self.sources)
        anchors = sorted({a for a, _ in self.reach if a in wanted})
        horizon = self.horizon_h
        if isinstance(horizon, dict):
            self._limits = dict(horizon)
        elif horizon is not None:
            self._limits = {i: horizon for i in self.sources}
        by_edge: Dict[int, List[Tuple[int, int]]] = {}
        for j, joins in enumerate(self.joins):
            for q, join in enumerate(joins):
                by_edge.setdefault(join.edge, []).append((j, q))
        done = self._rows(anchors, 0, feedback)
        self._finish(anchors, by_edge)
        first = set(anchors)
        others = [i for i in self.sources if i not in first]
        if anchors:
            left = self._hours_left(by_edge)
            for i in others:  # what a team has left once there (none: no team gets there)
                self._limits[i] = min(self._limits.get(i, INF), max(0.0, left[i]))
            others.sort(key=lambda i: self._limits[i])  # a compiled batch searches as far as its farthest
        self._rows(others, done, feedback)
        self._finish(others, by_edge)
        feedback.set_progress(100.0)

    def _hours_left(self, by_edge: Dict[int, List[Tuple[int, int]]]) -> List[float]:
        """The most hours any team has left at each terminal, reached by the quickest chain of legs."""
        n = len(self.terminals)
        seeds = [[(h, node) for h, node, _ in self._seeds(i)[0]] if self.joins[i] else [] for i in range(n)]
        links: Dict[int, List[Tuple[int, float]]] = {}
        for i in range(n):
            near = set(self._direct_from.get(i, ()))
            near.update(j for join in self.joins[i] for j, _ in by_edge[join.edge])
            near.discard(i)
            for j in sorted(near):
                hours = self._quicker_special(i, j, None)[0]
                if hours is not None:
                    links.setdefault(i, []).append((j, hours))
        scipy = optional_scipy() if self.backend == "scipy" else None
        chains = chain_hours(self.network.graph, self._entries, seeds, links, [a for a, _ in self.reach], scipy)
        left = [-INF] * n
        for (_, budget), chain in zip(self.reach, chains):
            left = [max(x, budget - h) for x, h in zip(left, chain)]
        return left

    def limit_of(self, i: int) -> Optional[float]:
        """How far the searches from source i went (hours), None when not limited."""
        return self._limits.get(i)

    def _rows(self, sources: List[int], done: int, feedback: Feedback) -> int:
        total = max(1, len(self.sources))
        limits = self._limits or None
        for i, hours, ways in self._searcher.rows(sources, self._entries, limits):
            check_cancel(feedback)
            self.hours[i] = hours
            self._ways[i] = ways
            done += 1
            feedback.set_progress(JOINS_SHARE + (100.0 - JOINS_SHARE) * done / total)
        return done

    def _finish(self, sources: List[int], by_edge: Dict[int, List[Tuple[int, int]]]) -> None:
        n = len(self.terminals)
        for i in sources:
            if i not in self._ways:
                self._ways[i] = [-1] * n
            # The few legs that need not go through a node: to itself, straight through the forest, along
            # the edge both are joined to.  Each replaces the way through a node only when strictly quicker.
            others = set(self._direct_from.get(i, ()))
            others.update(j for join in self.joins[i] for j, _ in by_edge[join.edge])
            if self.geometries[i] is not None:
                others.add(i)
            for j in sorted(others):
                self._special_leg(i, j)
            if i in self._limits:
                self._beyond_horizon(i)

    def _beyond_horizon(self, i: int) -> None:
        """Leave out the legs longer than the horizon: the searches stopped there, so such a leg was found
        only by some way in, perhaps not the quickest (every leg within the horizon is exact)."""
        row, ways, limit = self.hours[i], self._ways[i], self._limits[i]
        for j, h in enumerate(row):
            if h is not None and h > limit:
                row[j] = None
                ways[j] = -1
                self._special.pop((i, j), None)

    def _special_leg(self, i: int, j: int) -> None:
        if i == j:
            self.hours[i][i] = 0.0
            self._ways[i][i] = -1
            self._special[(i, i)] = ((0.0, 0.0, 0.0), (0.0, 0.0, 0.0), ("self",))
            return
        best, found = self._quicker_special(i, j, self.hours[i][j])
        if found is not None:
            self.hours[i][j] = best
            self._ways[i][j] = -1
            self._special[(i, j)] = found

    def _quicker_special(self, i: int, j: int, best: Optional[float]) -> Tuple[Optional[float], Optional[Special]]:
        """The quickest leg not through a node when it beats ``best`` (hours, how), else (best, None)."""
        found: Optional[Special] = None
        leg = self.direct.get((i, j))
        if leg is not None and (best is None or leg.hours <= best):  # on a tie the direct leg, as before
            best, found = leg.hours, ((0.0, 0.0, 0.0), (0.0, 0.0, leg.km), ("direct",))
        g = self.network.graph
        for qt, tj in enumerate(self.joins[j]):
            e, k, t = tj.edge, tj.seg, tj.t
            cum_km = g.edge_km[e]
            pos_km = position(cum_km, k, t)
            along, against = g.along_at(e, k, t), g.against_at(e, k, t)
            for qs, sj in enumerate(self.joins[i]):
                if sj.edge != e:
                    continue
                # the source's time on the edge exists whenever the target's does (one edge, one direction)
                source_first = (sj.seg, sj.t) <= (k, t)  # along the edge's digitised direction
                if source_first and along is not None and (h := g.along_at(e, sj.seg, sj.t)) is not None:
                    hours = sj.hours + along - h
                elif not source_first and against is not None and (h := g.against_at(e, sj.seg, sj.t)) is not None:
                    hours = sj.hours + h - against
                else:
                    continue
                total = hours + tj.hours
                if best is None or total < best:
                    along_km = abs(pos_km - position(cum_km, sj.seg, sj.t))
                    best, found = total, ((0.0, 0.0, sj.forest_km), _km(tj, along_km), ("edge", qs, qt))
        return best, found

    def _how(self, i: int, j: int) -> Optional[Recipe]:
        """How the quickest leg goes (``Recipe``), None: no leg."""
        if self.hours[i][j] is None:
            return None
        special = self._special.get((i, j))
        if special is not None:
            return special
        w, e = self._ways[i][j], self._entries
        tj = self.joins[j][e.qt[w]]
        return e.node[w], _km(tj, e.along_km[w]), ("node", e.node[w], e.qt[w], e.via_end[w])

    def _paths(self, i: int, node: int) -> Search:
        """A search from source i that reaches ``node`` (kept for the next leg from i when it reaches all)."""
        if not self._searcher.complete_paths:
            return self._searcher.paths(i, [node])
        if self._last_paths is None or self._last_paths[0] != i:
            self._last_paths = (i, self._searcher.paths(i, [node]))
        return self._last_paths[1]

    def km(self, i: int, j: int) -> Optional[Dict[str, float]]:
        """Kilometres by mode (boat, trail, forest) of the quickest leg, None when unreachable.

        Through a node, the path is summed only now (a second search from i): the
        plan asks for the legs it uses, not for all n x n."""
        found = self._how(i, j)
        if found is None:
            return None
        base, extra, _ = found
        if isinstance(base, int):
            base = self._paths(i, base).km(base)
        return {BOAT: base[0] + extra[0], TRAIL: base[1] + extra[1], FOREST: base[2] + extra[2]}

    def exact_hours(self, i: int, j: int) -> Optional[float]:
        """``hours[i][j]``, searched again without limit when the limit cut it (None: no way).

        From a team's start the row is searched again; from any other terminal, the column to j
        (one search backwards from j, few distinct j are asked: the end bases)."""
        found = self.hours[i][j]
        if found is not None or i not in self._limits or i == j:
            return found
        if i in {a for a, _ in self.reach} or not self.joins[j]:
            if i not in self._unlimited:
                row = next(iter(self._searcher.rows([i], self._entries)), None)
                self._unlimited[i] = row[1] if row is not None else [None] * len(self.terminals)
            through = self._unlimited[i][j]
        else:
            if j not in self._columns:
                e = self._entries
                to_go = self._searcher.column(
                    [(e.plus[w] - e.minus[w] + e.join_h[w], e.node[w]) for w in range(e.first[j], e.first[j + 1])]
                )
                self._columns[j] = to_go
            to_go = self._columns[j]
            through = min((hours + to_go[node] for hours, node, _ in self._seeds(i)[0]), default=INF)
            through = None if through == INF else through
        return self._quicker_special(i, j, through)[0]

    def reason(self, i: int, j: int) -> Optional[str]:
        """Why j cannot be reached from i (None when it can)."""
        if self.hours[i][j] is not None:
            return None
        if i not in self.sources:
            return message("not_computed")
        if self.exact_hours(i, j) is not None:
            return BEYOND_HORIZON
        for k in (i, j):
            reason = self.unreachable_terminals.get(self.ids[k])
            if reason is not None:
                return reason
        if not self.joins[i] or not self.joins[j]:
            return TOO_FAR
        component = self.network.component
        g = self.network.graph
        mine = {component(g.edge_u[x.edge]) for x in self.joins[i]}
        theirs = {component(g.edge_u[x.edge]) for x in self.joins[j]}
        return UPSTREAM_IMPOSSIBLE if mine & theirs else self.network.cut_between(mine, theirs) or NO_CONNECTION

    def leg(self, i: int, j: int) -> Optional[Leg]:
        """The quickest way from terminal i to terminal j, part by part; None when unreachable."""
        found = self._how(i, j)
        if found is None:
            return None
        how = found[2]
        parts: List[LegPart] = []
        if how[0] == "direct":
            d = self.direct[(i, j)]
            parts.append(LegPart(FOREST, [d.origin, d.destination], d.hours, d.km))
        elif how[0] == "edge":
            sj, tj = self.joins[i][how[1]], self.joins[j][how[2]]
            parts += leave(sj)
            parts.append(self.network.edge_part(sj.edge, at(sj), at(tj)))
            parts += arrive(tj)
        elif how[0] == "node":
            _, node, qt, via_end = how
            meta = self._seeds(i)[1]
            search = self._paths(i, node)
            seed, arcs = search.arcs_to(node)
            q, forward = meta[seed]
            sj, tj = self.joins[i][q], self.joins[j][qt]
            parts += leave(sj)
            net = self.network
            parts.append(net.edge_part(sj.edge, at(sj), net.edge_end(sj.edge, forward)))
            parts += [net.arc_part(a) for a in arcs]
            parts.append(net.edge_part(tj.edge, net.edge_end(tj.edge, via_end), at(tj)))
            parts += arrive(tj)
        merged = merge(parts)
        return Leg(sum(p.hours for p in merged), merged)


def _km(join: Join, along_km: float) -> Km:
    return (along_km, 0.0, join.forest_km) if join.mode == BOAT else (0.0, along_km, join.forest_km)
