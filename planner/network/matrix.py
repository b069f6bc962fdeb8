"""The travel-time matrix between terminals, and the path of any leg.

One multi-seed Dijkstra per source terminal gives the time to every target:
a target is reached at one of its joins, either from an end of the join's
edge, along the same edge as a source join, or by a direct forest leg.
``hours[i][j]`` is a float or None; None always comes with a reason, so no
``inf`` or NaN leaks out.  Paths are not kept (201 sources would hold 201
predecessor arrays); ``leg(i, j)`` searches from ``i`` again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Protocol, Sequence, Tuple

from ..core import Feedback, InputError, check_cancel, ensure
from .graph import Graph
from .join import INSIDE_NO_GO, NO_CONNECTION, TOO_FAR, UPSTREAM_IMPOSSIBLE, DirectLeg, Join, Joiner
from .search import INF, Km, Search, Seed, dijkstra
from .travel_model import BOAT, FOREST, TRAIL, TRANSFER, Coord, Terminal, TravelModel

# A place on the network: segment index, fraction along it, the point.
Position = Tuple[int, float, Tuple[float, float]]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LegPart:
    mode: str  # boat, trail, forest or transfer
    coords: List[Coord]
    hours: float
    km: float


@dataclass(frozen=True)
class Leg:
    hours: float
    parts: List[LegPart]

    def km(self) -> Dict[str, float]:
        out = {BOAT: 0.0, TRAIL: 0.0, FOREST: 0.0}
        for part in self.parts:
            if part.mode in out:
                out[part.mode] += part.km
        return out


class NetworkView(Protocol):
    """What the matrix needs of a built network (``build.TravelNetwork`` provides it).

    A protocol rather than an import keeps ``build`` -> ``matrix`` the only
    direction between the two modules."""

    graph: Graph
    model: TravelModel
    joiner: Joiner

    def component(self, node: int) -> int: ...

    def edge_end(self, e: int, at_end: bool) -> Position: ...

    def edge_part(self, e: int, start: Position, end: Position) -> LegPart: ...

    def arc_part(self, arc: int) -> LegPart: ...


def _position(cum, k: int, t: float) -> float:
    return cum[k] + t * (cum[k + 1] - cum[k])


class TravelMatrix:
    """Times (hours) and distances by mode between terminals; rows only for the sources asked for."""

    def __init__(self, network: NetworkView, terminals: Sequence[Terminal], sources: Optional[Sequence[int]],
                 feedback: Optional[Feedback] = None) -> None:
        self.network = network
        self.terminals = list(terminals)
        self.ids = [t.id for t in self.terminals]
        n = len(self.terminals)
        self.sources = list(range(n)) if sources is None else list(sources)
        joiner = network.joiner
        for t in self.terminals:
            if t.geometry is None or t.geometry.is_empty:
                raise InputError(f"terminal {t.id!r} has no geometry", source="terminals")
        self.geometries = [joiner.usable_geometry(t.geometry) for t in self.terminals]
        self.joins: List[List[Join]] = [joiner.joins(g) if g is not None else [] for g in self.geometries]
        self.direct: Dict[Tuple[int, int], DirectLeg] = {}
        radius = network.model.max_forest_m
        boxes = [None if g is None else g.bounds for g in self.geometries]
        for i in range(n):
            a = boxes[i]
            if a is None:
                continue
            for j in range(i + 1, n):
                b = boxes[j]
                if b is None or a[0] - radius > b[2] or b[0] - radius > a[2] or a[1] - radius > b[3] \
                        or b[1] - radius > a[3]:
                    continue
                leg = joiner.direct(self.geometries[i], self.geometries[j])
                if leg is not None:
                    self.direct[(i, j)] = leg
                    self.direct[(j, i)] = DirectLeg(leg.destination, leg.origin, leg.km, leg.hours)
        linked = {i for i, _ in self.direct}
        self.unreachable_terminals: Dict[Any, str] = {}
        for i, t in enumerate(self.terminals):
            if self.geometries[i] is None:
                self.unreachable_terminals[t.id] = INSIDE_NO_GO
            elif not self.joins[i] and i not in linked:
                self.unreachable_terminals[t.id] = TOO_FAR
        self.hours: List[List[Optional[float]]] = [[None] * n for _ in range(n)]
        self._km: Dict[Tuple[int, int], Km] = {}
        self._how: Dict[Tuple[int, int], tuple] = {}
        self._compute(ensure(feedback))

    def _seeds(self, i: int) -> Tuple[List[Seed], List[Tuple[int, bool]]]:
        """Seeds of a search from terminal i, and (join index, towards the edge's end) of each."""
        g = self.network.graph
        seeds: List[Seed] = []
        meta: List[Tuple[int, bool]] = []
        for q, join in enumerate(self.joins[i]):
            e, k, t = join.edge, join.seg, join.t
            cum_km = g.edge_km[e]
            pos_km = _position(cum_km, k, t)
            along, against = g.along_at(e, k, t), g.against_at(e, k, t)
            if along is not None:
                seeds.append((join.hours + g.along_total(e) - along, g.edge_v[e], _km(join, cum_km[-1] - pos_km)))
                meta.append((q, True))
            if against is not None:
                seeds.append((join.hours + against, g.edge_u[e], _km(join, pos_km)))
                meta.append((q, False))
        return seeds, meta

    def _compute(self, feedback: Feedback) -> None:
        g = self.network.graph
        n = len(self.terminals)
        targets = {node for joins in self.joins for j in joins for node in (g.edge_u[j.edge], g.edge_v[j.edge])}
        for count, i in enumerate(self.sources):
            check_cancel(feedback)
            feedback.set_progress(100.0 * count / max(1, len(self.sources)))
            search = dijkstra(g, self._seeds(i)[0], targets) if self.joins[i] else None
            for j in range(n):
                best = self._best(i, j, search)
                if best is not None:
                    self.hours[i][j], self._km[(i, j)], self._how[(i, j)] = best
        feedback.set_progress(100.0)

    def _best(self, i: int, j: int, search: Optional[Search]):
        """(hours, km by mode, how) of the quickest way from i to j, or None."""
        if i == j:
            return (0.0, (0.0, 0.0, 0.0), ("self",)) if self.geometries[i] is not None else None
        g = self.network.graph
        best = None
        leg = self.direct.get((i, j))
        if leg is not None:
            best = (leg.hours, (0.0, 0.0, 0.0), (0.0, 0.0, leg.km), ("direct",))
        for qt, tj in enumerate(self.joins[j]):
            e, k, t = tj.edge, tj.seg, tj.t
            cum_km = g.edge_km[e]
            pos_km = _position(cum_km, k, t)
            along, against = g.along_at(e, k, t), g.against_at(e, k, t)
            options = []
            if search is not None:
                u, v = g.edge_u[e], g.edge_v[e]
                if along is not None and search.dist[u] < INF:
                    options.append((search.dist[u] + along, u, pos_km, ("node", u, qt, False)))
                if against is not None and search.dist[v] < INF:
                    options.append((search.dist[v] + g.against_total(e) - against, v, cum_km[-1] - pos_km,
                                    ("node", v, qt, True)))
            for qs, sj in enumerate(self.joins[i]):
                if sj.edge != e:
                    continue
                start = (sj.hours, (0.0, 0.0, sj.forest_km), abs(pos_km - _position(cum_km, sj.seg, sj.t)),
                         ("edge", qs, qt))
                if (sj.seg, sj.t) <= (k, t) and along is not None:
                    options.append((start[0] + along - g.along_at(e, sj.seg, sj.t), *start[1:]))
                elif (sj.seg, sj.t) > (k, t) and against is not None:
                    options.append((start[0] + g.against_at(e, sj.seg, sj.t) - against, *start[1:]))
            for hours, base, along_km, how in options:
                total = hours + tj.hours
                if best is None or total < best[0]:
                    best = (total, base, _km(tj, along_km), how)
        if best is None:
            return None
        total, base, extra, how = best
        if isinstance(base, int):  # reached through a node: add up the path only now
            base = search.km(base)  # type: ignore[union-attr]
        return total, (base[0] + extra[0], base[1] + extra[1], base[2] + extra[2]), how

    def km(self, i: int, j: int) -> Optional[Dict[str, float]]:
        """Kilometres by mode (boat, trail, forest) of the quickest leg, None when unreachable."""
        km = self._km.get((i, j))
        return None if km is None else {BOAT: km[0], TRAIL: km[1], FOREST: km[2]}

    def reason(self, i: int, j: int) -> Optional[str]:
        """Why j cannot be reached from i (None when it can)."""
        if self.hours[i][j] is not None:
            return None
        if i not in self.sources:
            return "not computed"
        for k in (i, j):
            reason = self.unreachable_terminals.get(self.ids[k])
            if reason is not None:
                return reason
        if not self.joins[i] or not self.joins[j]:
            return TOO_FAR
        component = self.network.component
        g = self.network.graph
        mine = {component(g.edge_u[x.edge]) for x in self.joins[i]}
        if any(component(g.edge_u[x.edge]) in mine for x in self.joins[j]):
            return UPSTREAM_IMPOSSIBLE
        return NO_CONNECTION

    def leg(self, i: int, j: int) -> Optional[Leg]:
        """The quickest way from terminal i to terminal j, part by part; None when unreachable."""
        how = self._how.get((i, j))
        if how is None:
            return None
        parts: List[LegPart] = []
        if how[0] == "direct":
            d = self.direct[(i, j)]
            parts.append(LegPart(FOREST, [d.origin, d.destination], d.hours, d.km))
        elif how[0] == "edge":
            sj, tj = self.joins[i][how[1]], self.joins[j][how[2]]
            parts += _leave(sj)
            parts.append(self.network.edge_part(sj.edge, _at(sj), _at(tj)))
            parts += _arrive(tj)
        elif how[0] == "node":
            _, node, qt, via_end = how
            seeds, meta = self._seeds(i)
            g = self.network.graph
            search = dijkstra(g, seeds, [node])
            seed, arcs = search.arcs_to(node)
            q, forward = meta[seed]
            sj, tj = self.joins[i][q], self.joins[j][qt]
            parts += _leave(sj)
            net = self.network
            parts.append(net.edge_part(sj.edge, _at(sj), net.edge_end(sj.edge, forward)))
            parts += [net.arc_part(a) for a in arcs]
            parts.append(net.edge_part(tj.edge, net.edge_end(tj.edge, via_end), _at(tj)))
            parts += _arrive(tj)
        merged = _merge(parts)
        return Leg(sum(p.hours for p in merged), merged)


def _at(join: Join) -> Tuple[int, float, Coord]:
    return join.seg, join.t, join.point


def _km(join: Join, along_km: float) -> Km:
    return (along_km, 0.0, join.forest_km) if join.mode == BOAT else (0.0, along_km, join.forest_km)


def _leave(join: Join) -> List[LegPart]:
    """The forest leg from a terminal to its join, and the transfer onto a boat."""
    parts = [LegPart(FOREST, [join.origin, join.point], join.forest_hours, join.forest_km)]
    if join.mode == BOAT:
        parts.append(LegPart(TRANSFER, [join.point, join.point], join.transfer_hours, 0.0))
    return parts


def _arrive(join: Join) -> List[LegPart]:
    """The transfer off the boat and the forest leg from the join to a terminal."""
    parts: List[LegPart] = []
    if join.mode == BOAT:
        parts.append(LegPart(TRANSFER, [join.point, join.point], join.transfer_hours, 0.0))
    parts.append(LegPart(FOREST, [join.point, join.origin], join.forest_hours, join.forest_km))
    return parts


def _merge(parts: List[LegPart]) -> List[LegPart]:
    """Join consecutive parts of one mode and drop empty ones (a terminal right on the network)."""
    out: List[LegPart] = []
    for part in parts:
        if part.mode != TRANSFER and part.km == 0.0:
            continue
        if out and out[-1].mode == part.mode and part.mode != TRANSFER:
            last = out[-1]
            coords = last.coords + (part.coords[1:] if part.coords[:1] == last.coords[-1:] else part.coords)
            out[-1] = LegPart(part.mode, coords, last.hours + part.hours, last.km + part.km)
        else:
            out.append(part)
    return out or parts[:1]
