"""Building the travel network, and the network object the rest of the plugin uses.

``build_network`` runs the steps in order: clean the lines (``network_topology.prepare``),
repair the topology (snap ends, split at tributaries, trail crossings and
transfers), cut the zones (``network_zones``) and build the contracted graph
(``network_graph``).  ``TravelNetwork.matrix`` then joins terminals and
searches (``network_join``, ``network_matrix``).  The travel model itself is
documented in ``travel_model``.

Example::

    net = build_network(rivers, trails, zones, TravelModel(walk_kmh=2.5))
    m = net.matrix(terminals)
    m.hours[0][3], m.km(0, 3), m.reason(3, 0), m.leg(0, 3).parts
"""

from __future__ import annotations

import logging
import time
from typing import Dict, Optional, Sequence, Set, Tuple, Union

from ..core import Feedback, Message, NetworkError, ScaledFeedback, check_cancel, collector_paused, ensure, message
from .graph import Elevation, Graph, build_graph
from .grid import SegmentGrid
from .join import Joiner, TerminalJoiner
from .legs import LegPart
from .matrix import Position, TravelMatrix
from .memo import NetworkMemo
from .noding import repair
from .topology import NetworkStats, prepare
from .travel_model import RiverLine, Terminal, TrailLine, TravelModel, Zone
from .zones import Zones

log = logging.getLogger(__name__)


class TravelNetwork:
    """The repaired, contracted network; ``stats`` tells what the builder did."""

    def __init__(
        self,
        graph: Graph,
        model: TravelModel,
        zones: Zones,
        stats: NetworkStats,
        line_grids: Optional[Dict[str, SegmentGrid]] = None,
    ) -> None:
        self.graph = graph
        self.model = model
        self.zones = zones
        self.stats = stats
        self.joiner: TerminalJoiner = Joiner(graph, model, zones, line_grids)
        self.memo = NetworkMemo()  # the last matrix, the boats' access, the mode views (see ``memo``)

    def matrix(
        self,
        terminals: Sequence[Terminal],
        sources: Optional[Sequence[int]] = None,
        feedback: Optional[Feedback] = None,
        backend: Optional[str] = None,
        horizon_h: Union[None, float, Dict[int, float]] = None,
        reach: Optional[Sequence[Tuple[int, float]]] = None,
    ) -> TravelMatrix:
        """Travel times between terminals (rows only for ``sources``, by default all).

        ``backend``: None for scipy's compiled search when scipy is there, else
        pure Python; "python" or "scipy" to ask for one (see ``TravelMatrix``); ``horizon_h`` and
        ``reach``: legs longer than a team could use are not needed and may be None (``TravelMatrix``).
        The last matrix is kept: asked again for the same terminals (ids and
        geometries) it is returned at once, which is what planning again after a
        drop or a lock does."""
        key = (
            tuple((t.id, t.geometry.wkb if t.geometry is not None else None) for t in terminals),
            None if sources is None else tuple(sources),
            backend,
            tuple(sorted(horizon_h.items())) if isinstance(horizon_h, dict) else horizon_h,
            tuple(reach) if reach else None,
        )
        last = self.memo.matrix.get(key)
        if last is not None:
            ensure(feedback).set_progress(100.0)
            log.debug("Matrix of %d terminals reused", len(terminals))
            return last
        started = time.perf_counter()
        result = TravelMatrix(self, terminals, sources, feedback, backend, horizon_h, reach)
        self.memo.matrix.put(key, result)
        log.debug(
            "Matrix of %d x %d terminals in %.2f s (%s search)",
            len(result.sources),
            len(terminals),
            time.perf_counter() - started,
            result.backend,
        )
        return result

    def component(self, node: int) -> int:
        """A label shared by nodes connected when every edge could be travelled both ways."""
        if self.memo.components is None:
            parent = list(range(len(self.graph.node_xy)))

            def find(i: int) -> int:
                while parent[i] != i:
                    parent[i] = parent[parent[i]]
                    i = parent[i]
                return i

            for u, v in zip(self.graph.edge_u, self.graph.edge_v):
                a, b = find(u), find(v)
                if a != b:
                    parent[a] = b
            self.memo.components = [find(i) for i in range(len(parent))]
        return self.memo.components[node]

    def cut_between(self, here: Set[int], there: Set[int]) -> Optional[Message]:
        """Why no way joins the components ``here`` and ``there``: the no-go zone whose cuts end lines in both
        (None: none does, the lines were never joined)."""
        if self.memo.node_at is None:
            self.memo.node_at = {xy: n for n, xy in enumerate(self.graph.node_xy)}
        for name, ends in self.zones.cut_ends.items():
            sides = {self.component(n) for xy in ends if (n := self.memo.node_at.get(xy)) is not None}
            if sides & here and sides & there:
                return message("cut_by_zone", zone=name) if name else message("cut_by_a_zone")
        return None

    def edge_end(self, e: int, at_end: bool) -> Position:
        xs, ys = self.graph.edge_xs[e], self.graph.edge_ys[e]
        return (len(xs) - 2, 1.0, (xs[-1], ys[-1])) if at_end else (0, 0.0, (xs[0], ys[0]))

    def edge_part(self, e: int, start: Position, end: Position) -> LegPart:
        """The part of edge ``e`` between two positions, in travel order."""
        g = self.graph
        xs, ys = g.edge_xs[e], g.edge_ys[e]
        (k1, t1, p1), (k2, t2, p2) = start, end
        if (k1, t1) <= (k2, t2):
            vertices = range(k1 + 1, k2 + 1)
            a, b = g.along_at(e, k1, t1), g.along_at(e, k2, t2)
            hours = 0.0 if a is None or b is None else b - a
        else:
            vertices = range(k1, k2, -1)
            a, b = g.against_at(e, k1, t1), g.against_at(e, k2, t2)
            hours = 0.0 if a is None or b is None else a - b
        coords = [p1]
        for i in vertices:
            if (xs[i], ys[i]) != coords[-1]:
                coords.append((xs[i], ys[i]))
        if p2 != coords[-1]:
            coords.append(p2)
        if len(coords) == 1:
            coords.append(p2)
        km = abs(_pos(g.edge_km[e], k2, t2) - _pos(g.edge_km[e], k1, t1))
        return LegPart(g.edge_mode[e], coords, hours, km)

    def arc_part(self, arc: int) -> LegPart:
        e, forward = arc >> 1, not arc & 1
        return self.edge_part(e, self.edge_end(e, not forward), self.edge_end(e, forward))


def _pos(cum: Sequence[float], k: int, t: float) -> float:
    return cum[k] + t * (cum[k + 1] - cum[k])


def build_network(
    rivers: Sequence[RiverLine],
    trails: Sequence[TrailLine],
    zones: Sequence[Zone] = (),
    model: Optional[TravelModel] = None,
    elevation: Optional[Elevation] = None,
    feedback: Optional[Feedback] = None,
) -> TravelNetwork:
    """Build the travel network from river and trail lines (metric CRS).

    ``elevation(x, y)`` (metres, or None where unknown) turns on Tobler's
    function for trails.  Raises ``NetworkError`` when no line is usable and
    ``Cancelled`` when the feedback asks to stop.
    """
    model = model or TravelModel()
    feedback = ensure(feedback)
    with collector_paused():
        return _build(rivers, trails, zones, model, elevation, feedback)


def _build(
    rivers: Sequence[RiverLine],
    trails: Sequence[TrailLine],
    zones: Sequence[Zone],
    model: TravelModel,
    elevation: Optional[Elevation],
    feedback: Feedback,
) -> TravelNetwork:
    stats = NetworkStats()
    started = time.perf_counter()
    pieces = prepare(rivers, trails, stats)
    if not pieces:
        raise NetworkError(
            message(
                "network_no_lines",
                rivers=len(rivers),
                trails=len(trails),
                unnavigable=stats.unnavigable,
                degenerate=stats.degenerate,
            )
        )
    feedback.set_progress(5)
    check_cancel(feedback)
    pieces, transfers, line_grids = repair(pieces, model.snap_m, stats, model.road_snap_m)
    feedback.set_progress(40)
    check_cancel(feedback)
    zone_set = Zones(zones)
    pieces, stats.zone_cuts = zone_set.cut(pieces)
    feedback.set_progress(50)
    graph = build_graph(pieces, transfers, model, elevation, stats, ScaledFeedback(feedback, 50, 100))
    feedback.set_progress(100)
    log.debug("Network built in %.2f s: %s", time.perf_counter() - started, stats)
    return TravelNetwork(graph, model, zone_set, stats, line_grids)
