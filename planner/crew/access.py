"""The foot and boat times the boat model needs, from the travel network.

Landings are the points where a boat can put in: the nearest river bank of
every terminal (base or plot) and every river end of a trail's transfer.
The foot view of the network gives terminal <-> terminal and terminal <->
landing times (trails and forest legs, no boat); the boat view gives landing
-> landing times (rivers only, with getting on and off).  A base's boat is
kept at its own landing, or for a base inland at the landing nearest on foot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from shapely.geometry import Point

from ..core import Feedback, ScaledFeedback, ensure
from ..network import BOAT, TRANSFER, Terminal, TravelMatrix, TravelNetwork, mode_view
from .evaluate import Access
from .motors import split_hours

Coord = Tuple[float, float]


@dataclass
class CrewNetwork:
    """The access times and the matrices they came from (to draw each leg again).

    ``outward`` has the terminals as sources over terminals then every landing found;
    ``inward`` the landings kept as sources over those landings then the terminals;
    ``kept[p]`` is landing ``p``'s index among every landing found."""

    access: Access
    outward: TravelMatrix
    inward: TravelMatrix
    boat: TravelMatrix  # over the landings kept
    landings: List[Coord]  # the landings kept
    kept: List[int]
    n_terminals: int

    def foot_leg(self, a: int, b: int):
        return self.outward.leg(a, b)

    def to_landing_leg(self, a: int, p: int):
        return self.outward.leg(a, self.n_terminals + self.kept[p])

    def from_landing_leg(self, m: int, b: int):
        return self.inward.leg(m, len(self.kept) + b)

    def boat_leg(self, p: int, m: int):
        return self.boat.leg(p, m)


def _landings(network: TravelNetwork, terminals: Sequence[Terminal]) -> Tuple[List[Coord], List[Optional[int]]]:
    points: List[Coord] = []
    index: Dict[Tuple[int, int], int] = {}
    own: List[Optional[int]] = []

    def add(xy: Coord) -> int:
        key = (round(xy[0]), round(xy[1]))
        if key not in index:
            index[key] = len(points)
            points.append((float(xy[0]), float(xy[1])))
        return index[key]

    joiner = network.joiner
    for t in terminals:
        geometry = joiner.usable_geometry(t.geometry) if t.geometry is not None else None
        joins = [j for j in joiner.joins(geometry) if j.mode == BOAT] if geometry is not None else []
        own.append(add(joins[0].point) if joins else None)
    g = network.graph
    for e, mode in enumerate(g.edge_mode):
        if mode == TRANSFER:
            add(g.node_xy[g.edge_v[e]])
    return points, own


def _nearest(row: Sequence[Optional[float]]) -> Optional[int]:
    """The landing nearest on foot (a base inland keeps its boat there), None when none is in reach."""
    found = [(h, p) for p, h in enumerate(row) if h is not None]
    return min(found)[1] if found else None


def build_access(network: TravelNetwork, terminals: Sequence[Terminal], bases: Sequence[int],
                 feedback: Optional[Feedback] = None, max_landings: int = 6) -> CrewNetwork:
    """Access times for ``terminals`` (the solver's nodes); ``bases`` are the terminal indices of bases.

    Only the landings a route can use are kept: each terminal's ``max_landings`` nearest on foot
    (the evaluator looks no further) and the bases' boat landings; so a network with thousands of
    trail ends on rivers costs no more than a few landings per terminal."""
    fb = ensure(feedback)
    found, own = _landings(network, terminals)
    n = len(terminals)
    foot_view = mode_view(network, "foot")
    sites = list(terminals) + [Terminal(("landing", i), Point(xy)) for i, xy in enumerate(found)]
    outward = foot_view.matrix(sites, sources=range(n), feedback=ScaledFeedback(fb, 0, 40))
    homes = {b: own[b] if own[b] is not None else _nearest(outward.hours[b][n:]) for b in bases}
    keep = {h for h in homes.values() if h is not None}
    for t in range(n):
        row = outward.hours[t][n:]
        keep.update(p for _, p in sorted((h, p) for p, h in enumerate(row) if h is not None)[:max_landings])
    kept = sorted(keep)
    index = {p: k for k, p in enumerate(kept)}
    points = [found[p] for p in kept]
    marks = [Terminal(("landing", k), Point(xy)) for k, xy in enumerate(points)]
    inward = foot_view.matrix(marks + list(terminals), sources=range(len(kept)), feedback=ScaledFeedback(fb, 40, 60))
    boat = mode_view(network, BOAT).matrix(marks, feedback=ScaledFeedback(fb, 60, 100))
    model = network.model
    n_land = len(kept)
    up: List[List[Optional[float]]] = [[None] * n_land for _ in range(n_land)]
    down: List[List[Optional[float]]] = [[None] * n_land for _ in range(n_land)]
    for p in range(n_land):
        for m in range(n_land):
            h = boat.hours[p][m]
            if h is None:
                continue
            km = boat.km(p, m) or {}
            up[p][m], down[p][m] = split_hours(max(0.0, h - 2 * model.transfer_h), km.get(BOAT, 0.0),
                                               model.boat_kmh, model.current_kmh)
    access = Access(
        foot=[row[:n] for row in outward.hours[:n]],
        to_landing=[[outward.hours[t][n + p] for p in kept] for t in range(n)],
        from_landing=[row[n_land:] for row in inward.hours[:n_land]],
        boat=boat.hours,
        boat_up=up,
        boat_down=down,
        home={b: None if h is None else index[h] for b, h in homes.items()},
        transfer_h=model.transfer_h,
        max_landings=max_landings,
    )
    return CrewNetwork(access, outward, inward, boat, points, kept, n)
