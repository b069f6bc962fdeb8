"""The flow of a river network that has no direction attribute, set from its outlet.

Hydrography such as the IGN 1:100k rivers neither says which way water runs nor
is digitised in any known direction.  In a river network water runs towards the
outlet, so every reach flows from its end farther from the outlet (along the
network) to its nearer end: one search from the outlets (``search.settle``, the
engine's Dijkstra) orients every reach of a tree exactly, and a braid by its
shorter way out.

The outlet of a piece is the line end nearest to a point the coordinator gives,
or, with an elevation model, the lowest line end of the piece that joins no other
line.  A piece with neither keeps its lines as drawn and is counted as unknown.
The lines are joined as ``build_network`` joins them (``snap_m``); a line cut at
junctions takes the direction of most of its length.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from .diagnose import connected_pieces
from .graph import Elevation
from .noding import repair
from .search import INF, settle
from .topology import NetworkStats, prepare
from .travel_model import Coord, RiverLine, TravelModel


@dataclass(frozen=True)
class FlowResult:
    """For every river given, in order: True when drawn against the flow, False with it, None unknown."""

    reversed: Tuple[Optional[bool], ...]
    pieces: int  # pieces of river network
    flipped: int  # lines drawn against the flow
    unknown: int  # pieces with no outlet (their lines are None)
    outlets: Tuple[Coord, ...]  # the line end taken as the outlet, one or more per piece that has one


def set_flow(
    rivers: Sequence[RiverLine],
    outlets: Sequence[Coord] = (),
    elevation: Optional[Elevation] = None,
    model: Optional[TravelModel] = None,
) -> FlowResult:
    """The direction of every river line from the outlets, or from the elevation model's lowest ends.

    ``rivers`` are read as drawn (their ``reversed`` and ``navigable`` are ignored).
    Raises ``ValueError`` when neither an outlet nor an elevation model is given.
    """
    if not outlets and elevation is None:
        raise ValueError("set_flow needs an outlet point or an elevation model")
    model = model or TravelModel()
    drawn = [RiverLine(r.coords, n) for n, r in enumerate(rivers)]
    stats = NetworkStats()
    pieces, _, _ = repair(prepare(drawn, (), stats), model.snap_m, stats)
    numbers, km, metres = connected_pieces(pieces)
    node: Dict[Coord, int] = {}
    for p in pieces:
        for end in ((p.xs[0], p.ys[0]), (p.xs[-1], p.ys[-1])):
            node.setdefault(end, len(node))
    points = list(node)
    ends = [(node[(p.xs[0], p.ys[0])], node[(p.xs[-1], p.ys[-1])]) for p in pieces]
    adjacency: List[List[Tuple[int, float]]] = [[] for _ in points]
    degree = [0] * len(points)
    piece_of_node = [0] * len(points)
    for (u, v), length, n in zip(ends, metres, numbers):
        adjacency[u].append((v, length))
        adjacency[v].append((u, length))
        degree[u] += 1
        degree[v] += 1
        piece_of_node[u] = piece_of_node[v] = n
    starts = _outlets(points, outlets, elevation, degree, piece_of_node)
    distance = settle(adjacency, [(0.0, s) for s in starts])
    against: Dict[int, float] = {}
    along: Dict[int, float] = {}
    for (u, v), p in zip(ends, pieces):
        if distance[u] == INF or distance[u] == distance[v]:
            continue
        votes = against if distance[v] > distance[u] else along
        votes[p.fid] = votes.get(p.fid, 0.0) + abs(distance[v] - distance[u])
    flags: List[Optional[bool]] = [
        (against.get(n, 0.0) > along.get(n, 0.0)) if n in against or n in along else None for n in range(len(rivers))
    ]
    reached = {piece_of_node[s] for s in starts}
    return FlowResult(
        tuple(flags),
        len(km),
        sum(1 for f in flags if f),
        len(km) - len(reached),
        tuple(points[s] for s in starts),
    )


def _outlets(
    points: Sequence[Coord],
    given: Sequence[Coord],
    elevation: Optional[Elevation],
    degree: Sequence[int],
    piece_of_node: Sequence[int],
) -> List[int]:
    """The outlet nodes: the line end nearest each given point, then the lowest loose end of every other piece."""
    chosen = sorted({min(range(len(points)), key=lambda i: math.dist(points[i], g)) for g in given})
    if elevation is None:
        return chosen
    done = {piece_of_node[i] for i in chosen}
    lowest: Dict[int, Tuple[float, int]] = {}
    for i, (x, y) in enumerate(points):
        if degree[i] != 1 or piece_of_node[i] in done:
            continue
        z = elevation(x, y)
        if z is not None and math.isfinite(z) and (piece_of_node[i] not in lowest or z < lowest[piece_of_node[i]][0]):
            lowest[piece_of_node[i]] = (z, i)
    return chosen + sorted(i for _, i in lowest.values())
