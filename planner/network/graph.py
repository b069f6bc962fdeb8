"""The contracted travel graph: nodes at junctions, one edge per chain of pieces.

Vertices inside a line are never nodes, and chains of pieces joined end to
end at nodes of degree two are merged into one edge, so a river digitised as
a hundred short reaches is one edge.  Every edge keeps its geometry and the
cumulative time in each direction and distance at every vertex (``array('d')``,
8 bytes a number), which gives the cost of any part of it for terminal joins
and lets paths be drawn again.  A direction that cannot be travelled
(upstream against a strong current) has no cumulative times (``None``).

Transfer edges join a trail node to a river node; they cost ``transfer_h``
both ways.  Arcs are numbered ``2 * edge`` (along the digitised direction)
and ``2 * edge + 1`` (against it).
"""

from __future__ import annotations

import logging
import math
import operator
from array import array
from itertools import accumulate
from typing import Callable, Dict, List, Optional, Sequence, Tuple, Union

from ..core import Feedback, check_cancel
from .memo import GraphMemo
from .topology import NetworkStats, Piece
from .travel_model import BOAT, TRAIL, TRANSFER, Coord, TravelModel, river_speeds, tobler_factor

log = logging.getLogger(__name__)

Elevation = Callable[[float, float], Optional[float]]
# Hours in one direction: a float is a uniform rate (hours per km, the usual case: no
# zone, no DEM), a list gives each segment's hours, None means impossible.  Rates
# save building per-segment lists for the million segments of a large network.
Cost = Union[float, List[float], None]
SegCosts = Tuple[List[float], Cost, Cost]  # per-segment km, along, against


def segment_costs(piece: Piece, model: TravelModel, elevation: Optional[Elevation]) -> SegCosts:
    xs, ys = piece.xs, piece.ys
    km = [m * 0.001 for m in map(math.hypot, map(operator.sub, xs[1:], xs), map(operator.sub, ys[1:], ys))]
    along: Cost
    against: Cost
    if piece.kind == BOAT:
        down, up = river_speeds(model, piece.speed)
        along, against = 1.0 / down, (1.0 / up if up is not None else None)
    else:
        ridden = piece.road and model.road_kmh is not None  # a motorbike: Tobler's walker does not apply
        walk = model.walk_kmh if piece.speed is None else piece.speed
        if ridden and piece.speed is None and model.road_kmh is not None:
            walk = model.road_kmh
        if not walk > 0:
            along = against = None
        elif elevation is None or ridden:
            along = against = 1.0 / walk
        else:
            zs = [elevation(x, y) for x, y in zip(xs, ys)]
            along, against = [], []
            for i, k in enumerate(km):
                z0, z1 = zs[i], zs[i + 1]
                rise = 0.0 if z0 is None or z1 is None else z1 - z0
                along.append(k / (walk * tobler_factor(rise, 1000.0 * k)))
                against.append(k / (walk * tobler_factor(-rise, 1000.0 * k)))
    if piece.factors is not None:
        along = _scaled(along, km, piece.factors)
        against = _scaled(against, km, piece.factors)
    return km, along, against


def _per_segment(cost: Cost, km: List[float]) -> Optional[List[float]]:
    if cost is None:
        return None
    return [cost * k for k in km] if isinstance(cost, float) else list(cost)


def _scaled(cost: Cost, km: List[float], factors: List[float]) -> Cost:
    hours = _per_segment(cost, km)
    return None if hours is None else [h * f for h, f in zip(hours, factors)]


def _joined(a: Cost, a_km: List[float], b: Cost, b_km: List[float]) -> Cost:
    """The cost of two runs end to end (both passable)."""
    if isinstance(a, float) and isinstance(b, float) and a == b:
        return a
    tail = _per_segment(b, b_km) or []
    if isinstance(a, list):  # a fresh list of this chain's own: grow it in place
        a.extend(tail)
        return a
    return (_per_segment(a, a_km) or []) + tail


def _reversed(cost: Cost) -> Cost:
    return cost[::-1] if isinstance(cost, list) else cost


class Graph:
    """Edges with geometry and cumulative costs, plus the adjacency used by the search."""

    def __init__(self) -> None:
        self.node_xy: List[Coord] = []
        self.edge_u: List[int] = []
        self.edge_v: List[int] = []
        self.edge_mode: List[str] = []
        self.edge_xs: List[List[float]] = []
        self.edge_ys: List[List[float]] = []
        self.edge_km: List[array] = []  # cumulative km at each vertex
        # Hours per km (float), or cumulative hours at each vertex (array), or None when impossible;
        # "against" counts from each vertex back to the start.
        self.edge_along: List[Union[float, array, None]] = []
        self.edge_against: List[Union[float, array, None]] = []
        self.adj: List[List[Tuple[int, float, int]]] = []  # node -> (next node, hours, arc)
        self.arc_from: List[int] = []
        self.arc_km: List[Tuple[float, float]] = []  # (boat km, trail km) of each arc
        self.memo = GraphMemo()  # what the searches derive from the arcs and edges

    def add_edge(
        self, u: int, v: int, mode: str, xs: List[float], ys: List[float], km: List[float], along: Cost, against: Cost
    ) -> int:
        e = len(self.edge_u)
        self.edge_u.append(u)
        self.edge_v.append(v)
        self.edge_mode.append(mode)
        # The lists are the chain's own (fresh from the builder): kept as they are, no copy.
        self.edge_xs.append(xs)
        self.edge_ys.append(ys)
        cum_km = array("d", accumulate(km, initial=0.0))
        self.edge_km.append(cum_km)
        length = cum_km[-1]
        # per-segment hours become the cumulative hours at each vertex
        along_h = array("d", accumulate(along, initial=0.0)) if isinstance(along, list) else along
        against_h = array("d", accumulate(against, initial=0.0)) if isinstance(against, list) else against
        self.edge_along.append(along_h)
        self.edge_against.append(against_h)
        split = (length, 0.0) if mode == BOAT else (0.0, length) if mode == TRAIL else (0.0, 0.0)
        self.arc_from.append(u)
        self.arc_from.append(v)
        self.arc_km.append(split)
        self.arc_km.append(split)
        if along_h is not None:
            self.adj[u].append((v, along_h * length if isinstance(along_h, float) else along_h[-1], 2 * e))
        if against_h is not None:
            self.adj[v].append((u, against_h * length if isinstance(against_h, float) else against_h[-1], 2 * e + 1))
        return e

    def along_at(self, e: int, k: int, t: float) -> Optional[float]:
        """Hours from the edge's start to the point at fraction t of segment k (None: impossible)."""
        return _at(self.edge_along[e], self.edge_km[e], k, t)

    def against_at(self, e: int, k: int, t: float) -> Optional[float]:
        """Hours from the point at fraction t of segment k back to the edge's start."""
        return _at(self.edge_against[e], self.edge_km[e], k, t)

    def along_total(self, e: int) -> Optional[float]:
        return _at(self.edge_along[e], self.edge_km[e], len(self.edge_km[e]) - 2, 1.0)

    def against_total(self, e: int) -> Optional[float]:
        return _at(self.edge_against[e], self.edge_km[e], len(self.edge_km[e]) - 2, 1.0)

    def edge_coords(self, e: int) -> List[Coord]:
        return list(zip(self.edge_xs[e], self.edge_ys[e]))


def build_graph(
    pieces: List[Piece],
    transfers: Sequence[Tuple[Coord, Coord]],
    model: TravelModel,
    elevation: Optional[Elevation],
    stats: NetworkStats,
    feedback: Feedback,
) -> Graph:
    """The contracted graph; empties the pieces' coordinate lists as it copies them."""
    graph = Graph()
    ids: Dict[str, Dict[Coord, int]] = {BOAT: {}, TRAIL: {}}  # nodes of each kind, by exact coordinates
    node_xy, adj = graph.node_xy, graph.adj
    ends: List[Tuple[int, int]] = []
    incident: List[List[int]] = []  # node -> piece ends (2 * piece + 0 start / 1 end)
    for p, piece in enumerate(pieces):
        table = ids[piece.kind]
        pair: List[int] = []
        for xy in ((piece.xs[0], piece.ys[0]), (piece.xs[-1], piece.ys[-1])):
            n = table.get(xy)
            if n is None:
                n = table[xy] = len(node_xy)
                node_xy.append(xy)
                adj.append([])
                incident.append([])
            incident[n].append(2 * p + len(pair))
            pair.append(n)
        ends.append((pair[0], pair[1]))
    transfer_nodes = []
    for trail_xy, river_xy in transfers:
        a, b = ids[TRAIL].get(trail_xy), ids[BOAT].get(river_xy)
        if a is not None and b is not None:  # either may have been cut away by a no-go zone
            transfer_nodes.append((a, b))
    keep = {n for pair in transfer_nodes for n in pair}
    used = [False] * len(pieces)

    def oriented(p: int, forward: bool) -> Tuple[List[float], List[float], List[float], Cost, Cost]:
        piece = pieces[p]
        km, along, against = segment_costs(piece, model, elevation)
        if forward:
            return piece.xs, piece.ys, km, along, against
        return piece.xs[::-1], piece.ys[::-1], km[::-1], _reversed(against), _reversed(along)

    def walk(start_piece: int, forward: bool) -> None:
        xs, ys, km, along, against = oriented(start_piece, forward)
        copied = False
        chain = [start_piece]
        used[start_piece] = True
        u = ends[start_piece][0 if forward else 1]
        at = ends[start_piece][1 if forward else 0]
        while at not in keep and at != u and len(incident[at]) == 2:
            nxt = [pe for pe in incident[at] if not used[pe // 2]]
            if len(nxt) != 1 or pieces[nxt[0] // 2].kind != pieces[start_piece].kind:
                break
            q, q_end = nxt[0] // 2, nxt[0] % 2
            qx, qy, qkm, qalong, qagainst = oriented(q, q_end == 0)
            # Merge only pieces passable in the same directions, so an edge is all or nothing.
            if (qalong is None) != (along is None) or (qagainst is None) != (against is None):
                break
            if along is not None:
                along = _joined(along, km, qalong, qkm)
            if against is not None:
                against = _joined(against, km, qagainst, qkm)
            if not copied:  # the piece's own lists stay untouched
                xs, ys, km = list(xs), list(ys), list(km)
                copied = True
            used[q] = True
            chain.append(q)
            xs.extend(qx[1:])
            ys.extend(qy[1:])
            km.extend(qkm)
            at = ends[q][1 if q_end == 0 else 0]
        graph.add_edge(u, at, pieces[start_piece].kind, xs, ys, km, along, against)
        for p in chain:  # the edge holds a compact copy: let the piece's lists go
            pieces[p].xs = pieces[p].ys = []

    for p in range(len(pieces)):
        if p % 20000 == 0:
            check_cancel(feedback)
            feedback.set_progress(100.0 * p / max(1, len(pieces)))
        if used[p]:
            continue
        u, v = ends[p]
        if u in keep or len(incident[u]) != 2:
            walk(p, True)
        elif v in keep or len(incident[v]) != 2:
            walk(p, False)
    for p in range(len(pieces)):  # the rest are closed loops or chains broken by direction
        if not used[p]:
            walk(p, True)
    for a, b in transfer_nodes:
        graph.add_edge(
            a,
            b,
            TRANSFER,
            [graph.node_xy[a][0], graph.node_xy[b][0]],
            [graph.node_xy[a][1], graph.node_xy[b][1]],
            [0.0],
            [model.transfer_h],
            [model.transfer_h],
        )
    stats.nodes = len(set(graph.edge_u) | set(graph.edge_v))
    stats.edges = len(graph.edge_u)
    log.debug("Graph: %d nodes, %d edges from %d pieces", stats.nodes, stats.edges, len(pieces))
    return graph


def _at(cost: Union[float, array, None], cum_km: array, k: int, t: float) -> Optional[float]:
    if cost is None:
        return None
    if isinstance(cost, float):
        return cost * (cum_km[k] + t * (cum_km[k + 1] - cum_km[k]))
    return cost[k] + t * (cost[k + 1] - cost[k])
