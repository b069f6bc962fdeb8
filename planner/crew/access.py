"""The foot and boat times the boat model needs, from the travel network.

Landings are the points where a boat can put in: the nearest river bank of
every terminal (base or plot) and every river end of a trail's transfer.
The foot view of the network gives terminal <-> terminal and terminal <->
landing times (trails and forest legs, no boat); the boat view gives landing
-> landing times (rivers only, with getting on and off).  A base's boat is
kept at its own landing, or for a base inland at the landing nearest on foot.

A network may have thousands of landings (every trail that ends at a river)
while a route only ever boards at a terminal's few nearest.  So the walks are
searched only to the landings that could be among those: the nearest in a
straight line first, then any landing that the fastest walk could reach
sooner than the slowest of the nearest found (so none is missed).  When trails
take as long both ways (no DEM), the walk from a landing is the walk to it
backwards, and is not searched again.  The boat's split of each ride into
hours up and down the river (for the fuel) is worked out per landing when a
route first rides from it.
"""

from __future__ import annotations

import math
from collections import abc
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple, Union, overload

from shapely.geometry import Point, box
from shapely.geometry.base import BaseGeometry

from ..core import Feedback, ScaledFeedback, SpatialIndex, ensure
from ..network import (
    BOAT,
    TRANSFER,
    Leg,
    LegPart,
    Terminal,
    TravelMatrix,
    TravelModel,
    TravelNetwork,
    fastest_walk_kmh,
    foot_symmetric,
    mode_view,
)
from .evaluate import Access
from .forest import ForestWalks
from .motors import split_hours

Coord = Tuple[float, float]


@dataclass
class CrewNetwork:
    """The access times and the matrices they came from (to draw each leg again).

    ``outward`` has the terminals as sources over the terminals and the landings first searched;
    ``walks[k]`` is the matrix and column of the walks to the k-th landing kept (``outward``, or
    the second search for landings that had to be added); ``inward`` the landings kept as sources
    over those landings then the terminals, or None when walks take as long both ways (a walk
    from a landing is then drawn as the walk to it, reversed); ``kept[k]`` is the k-th landing
    kept's index among every landing found."""

    access: Access
    outward: TravelMatrix
    inward: Optional[TravelMatrix]
    boat: TravelMatrix  # over the landings kept
    landings: List[Coord]  # the landings kept
    kept: List[int]
    n_terminals: int
    walks: Dict[int, Tuple[TravelMatrix, int]]

    def foot_leg(self, a: int, b: int) -> Optional[Leg]:
        return self.outward.leg(a, b)

    def to_landing_leg(self, a: int, p: int) -> Optional[Leg]:
        matrix, column = self.walks[p]
        return matrix.leg(a, column)

    def from_landing_leg(self, m: int, b: int) -> Optional[Leg]:
        if self.inward is None:
            matrix, column = self.walks[m]
            return _backwards(matrix.leg(b, column))
        return self.inward.leg(m, len(self.kept) + b)

    def boat_leg(self, p: int, m: int) -> Optional[Leg]:
        return self.boat.leg(p, m)


def _backwards(leg: Optional[Leg]) -> Optional[Leg]:
    if leg is None:
        return None
    return Leg(leg.hours, [LegPart(p.mode, p.coords[::-1], p.hours, p.km) for p in reversed(leg.parts)])


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
        joins = joiner.joins(geometry, (BOAT,)) if geometry is not None else []
        own.append(add(joins[0].point) if joins else None)
    g = network.graph
    for e, mode in enumerate(g.edge_mode):
        if mode == TRANSFER:
            add(g.node_xy[g.edge_v[e]])
    return points, own


class _Landings:
    """Landings in a spatial index, to find those near a terminal without measuring them all.

    The nearest are looked for in rings that double from the nearest landing's distance, up to a cap (no
    walk within a team's hours gets farther): a terminal far from every landing costs a few look-ups in the
    index, not a sweep over empty ground."""

    def __init__(self, points: Sequence[Coord]) -> None:
        self.points = points
        self.index = SpatialIndex([Point(xy) for xy in points])

    def within(self, geometry: BaseGeometry, radius: float) -> List[int]:
        x0, y0, x1, y1 = geometry.bounds
        points = self.points
        hits = self.index.query(box(x0 - radius, y0 - radius, x1 + radius, y1 + radius))
        if geometry.geom_type == "Point":  # the usual plot: plain arithmetic, no shapely object per landing
            return [i for i in hits if math.hypot(points[i][0] - x0, points[i][1] - y0) <= radius]
        return [i for i in hits if geometry.distance(Point(points[i])) <= radius]

    def nearest(self, geometry: BaseGeometry, count: int, cap: float = math.inf) -> List[int]:
        """At least ``count`` of the nearest in a straight line (all there are within ``cap`` when fewer)."""
        closest = self.index.nearest(geometry)
        if closest < 0:
            return []
        radius = max(1.0, geometry.distance(Point(self.points[closest])))
        while True:
            found = self.within(geometry, min(radius, cap))
            if len(found) >= count or len(found) == len(self.points) or radius >= cap:
                return found
            radius *= 2.0


def _walks(
    foot_view: TravelNetwork,
    terminals: Sequence[Terminal],
    sources: Sequence[int],
    found: List[Coord],
    landings: Iterable[int],
    horizon_h: Union[None, float, Dict[int, float]],
    feedback: Feedback,
) -> Tuple[TravelMatrix, Dict[int, int]]:
    """Walks from ``sources`` to the terminals and to ``landings``; each landing's column."""
    n = len(terminals)
    order = sorted(set(landings))
    sites = list(terminals) + [Terminal(("landing", p), Point(found[p])) for p in order]
    matrix = foot_view.matrix(sites, sources=sources, feedback=feedback, horizon_h=horizon_h)
    return matrix, {p: n + k for k, p in enumerate(order)}


@dataclass(frozen=True)
class _Found:
    """The walks searched: every landing found, each terminal's own (boat) landing, and the matrix and
    column of the walks to each landing searched."""

    found: List[Coord]
    own: List[Optional[int]]
    outward: TravelMatrix
    walks: Dict[int, Tuple[TravelMatrix, int]]


Limits = Dict[int, float]


def build_access(
    network: TravelNetwork,
    terminals: Sequence[Terminal],
    bases: Sequence[int],
    feedback: Optional[Feedback] = None,
    max_landings: int = 6,
    horizon_h: Union[None, float, Limits] = None,
    search_h: Union[None, float, Limits] = None,
) -> CrewNetwork:
    """Access times for ``terminals`` (the solver's nodes); ``bases`` are the terminal indices of bases.

    Only the landings a route can use are kept: each terminal's ``max_landings`` nearest on foot
    (the evaluator looks no further) and the bases' boat landings; so a network with thousands of
    trail ends on rivers costs no more than a few landings per terminal.  A walk to a landing that
    is none of a terminal's nearest may be left unsearched (None).  ``horizon_h`` (the longest any
    team travels, or per terminal what a team has left once there): a walk longer than that is of no
    use and need not be searched.  ``search_h`` (at least ``horizon_h`` for every terminal; by default
    the same): how far the walks are searched, so that plans with other horizons (a what-if's) share one
    search; each keeps the walks within its own ``horizon_h`` only, so its access is what it would be
    with its own search (the nearest landings within a horizon are all found within a wider one).
    The result is kept on the network: asked again for the same terminals it is returned at once."""
    fb = ensure(feedback)
    limits = _limits(horizon_h, len(terminals))
    searched = limits if search_h is None else _limits(search_h, len(terminals))
    if search_h is not None and any(t not in searched or searched[t] < h for t, h in limits.items()):
        raise ValueError("search_h must reach at least as far as horizon_h for every terminal")
    where = tuple((t.id, t.geometry.wkb if t.geometry is not None else None) for t in terminals)
    key = (where, tuple(bases), max_landings, tuple(sorted(limits.items())))
    last = network.memo.access.get(key)
    if last is not None:
        fb.set_progress(100.0)
        return last
    walks_key = (where, max_landings, tuple(sorted(searched.items())))
    walked = network.memo.walks.get(walks_key)
    if walked is None:
        walked = network.memo.walks.put(
            walks_key, _search_walks(network, terminals, max_landings, searched, ScaledFeedback(fb, 0, 45))
        )
    result = _access(network, terminals, bases, max_landings, limits, walked, fb)
    return network.memo.access.put(key, result)


def _limits(horizon_h: Union[None, float, Limits], count: int) -> Limits:
    if isinstance(horizon_h, dict):
        return dict(horizon_h)
    return {t: horizon_h for t in range(count) if horizon_h is not None}


def _search_walks(
    network: TravelNetwork, terminals: Sequence[Terminal], max_landings: int, limits: Limits, fb: Feedback
) -> _Found:
    """The walks from the terminals to their nearest landings, searched to ``limits``."""
    found, own = _landings(network, terminals)
    n = len(terminals)
    foot_view = mode_view(network, "foot")
    cells = _Landings(found)
    usable = [network.joiner.usable_geometry(t.geometry) if t.geometry is not None else None for t in terminals]
    first: Set[int] = {p for p in own if p is not None}
    # No walk within a terminal's hours goes farther than those hours at the fastest pace: the cap.
    speed = fastest_walk_kmh(network)
    for t, g in enumerate(usable):
        if g is not None:
            cap = 1000.0 * speed * limits[t] if t in limits else math.inf
            first.update(cells.nearest(g, max_landings + 2, cap))
    outward, column = _walks(foot_view, terminals, range(n), found, first, limits, ScaledFeedback(fb, 0, 66))
    walks = {p: (outward, c) for p, c in column.items()}
    # A landing not searched yet could be nearer on foot than the slowest of a terminal's nearest found, if
    # a walk at the fastest pace reaches it sooner; a terminal off the trails walks to any landing within
    # a forest leg.  Search those too, from the terminals that need them (rarely any).
    more: Dict[int, Set[int]] = {}
    for t, g in enumerate(usable):
        if g is None:
            continue
        if not outward.joins[t]:
            radius = network.model.max_forest_m
        else:
            times = sorted(h for p, c in column.items() if (h := outward.hours[t][c]) is not None)
            slowest = times[max_landings - 1] if len(times) >= max_landings else float("inf")
            slowest = min(slowest, limits.get(t, float("inf")))
            # Any walk begins with a straight forest leg: to a landing directly, or to the trail join
            # (its hours spent, its metres covered) and on at the fastest pace at most.
            join = outward.joins[t][0]
            radius = 1000.0 * max(
                slowest * network.model.forest_kmh, join.forest_km + max(0.0, slowest - join.forest_hours) * speed
            )
        missed = {
            p for p in (cells.within(g, radius) if radius < float("inf") else range(len(found))) if p not in column
        }
        if missed:
            more[t] = missed
    if more:
        extra = set().union(*more.values())
        second, columns = _walks(foot_view, terminals, sorted(more), found, extra, limits, ScaledFeedback(fb, 66, 100))
        walks.update((p, (second, c)) for p, c in columns.items())
    return _Found(found, own, outward, walks)


def _access(
    network: TravelNetwork,
    terminals: Sequence[Terminal],
    bases: Sequence[int],
    max_landings: int,
    limits: Limits,
    walked: _Found,
    fb: Feedback,
) -> CrewNetwork:
    """The access within ``limits`` from the walks searched (perhaps farther: a walk past a terminal's
    limit is dropped, as a search to the limit would not have found it)."""
    found, own, outward, walks = walked.found, walked.own, walked.outward, walked.walks
    n = len(terminals)
    foot_view = mode_view(network, "foot")

    def within(t: int, h: Optional[float]) -> Optional[float]:
        return None if h is None or h > limits.get(t, math.inf) else h

    fb.set_progress(45.0)
    row_of = {t: [(within(t, matrix.hours[t][c]), p) for p, (matrix, c) in walks.items()] for t in range(n)}
    homes = {b: own[b] if own[b] is not None else _nearest_of(row_of[b]) for b in bases}
    keep = {h for h in homes.values() if h is not None}
    for t in range(n):
        keep.update(p for _, p in sorted((h, p) for h, p in row_of[t] if h is not None)[:max_landings])
    kept = sorted(keep)
    index = {p: k for k, p in enumerate(kept)}
    points = [found[p] for p in kept]
    marks = [Terminal(("landing", k), Point(xy)) for k, xy in enumerate(points)]
    to_landing = [[within(t, walks[p][0].hours[t][walks[p][1]]) for p in kept] for t in range(n)]
    inward: Optional[TravelMatrix] = None
    if foot_symmetric(network):
        from_landing = [[to_landing[t][k] for t in range(n)] for k in range(len(kept))]
    else:
        inward = foot_view.matrix(
            marks + list(terminals),
            sources=range(len(kept)),
            feedback=ScaledFeedback(fb, 45, 70),
            horizon_h=max(limits.values(), default=None),
        )
        from_landing = [row[len(kept) :] for row in inward.hours[: len(kept)]]
    boat = mode_view(network, BOAT).matrix(
        marks, feedback=ScaledFeedback(fb, 70, 100), horizon_h=max(limits.values(), default=None)
    )
    split = _SplitRows(boat, network.model)
    access = Access(
        foot=[[within(t, h) for h in row[:n]] for t, row in enumerate(outward.hours[:n])],
        to_landing=to_landing,
        from_landing=from_landing,
        boat=boat.hours,
        boat_up=split.up,
        boat_down=split.down,
        home={b: None if h is None else index[h] for b, h in homes.items()},
        transfer_h=network.model.transfer_h,
        max_landings=max_landings,
        boat_kmh=network.model.boat_kmh,
        current_kmh=network.model.current_kmh,
    )
    result = CrewNetwork(access, outward, inward, boat, points, kept, n, {k: walks[p] for k, p in enumerate(kept)})
    access.forest = ForestWalks(result)
    return result


def _nearest_of(row: Sequence[Tuple[Optional[float], int]]) -> Optional[int]:
    found = [(h, p) for h, p in row if h is not None]
    return min(found)[1] if found else None


class _SplitRows:
    """The boat's hours up and down the river for each ride, a row (one landing's rides) at a time.

    Splitting needs each ride's boat kilometres, summed along its path: one more search from the
    landing.  Routes ride from few of the landings, so a row is worked out when first asked for."""

    def __init__(self, boat: TravelMatrix, model: TravelModel) -> None:
        self.boat, self.model = boat, model
        self._rows: Dict[int, Tuple[List[Optional[float]], List[Optional[float]]]] = {}
        self.up = _Rows(self, 0)
        self.down = _Rows(self, 1)

    def row(self, p: int) -> Tuple[List[Optional[float]], List[Optional[float]]]:
        found = self._rows.get(p)
        if found is None:
            boat, model = self.boat, self.model
            n = len(boat.hours)
            up: List[Optional[float]] = [None] * n
            down: List[Optional[float]] = [None] * n
            for m, h in enumerate(boat.hours[p]):
                if h is None:
                    continue
                km = boat.km(p, m) or {}
                up[m], down[m] = split_hours(
                    max(0.0, h - 2 * model.transfer_h), km.get(BOAT, 0.0), model.boat_kmh, model.current_kmh
                )
            found = self._rows[p] = (up, down)
        return found


class _Rows(Sequence[List[Optional[float]]]):
    """``rows[p][m]`` reading one side of ``_SplitRows`` (a matrix to the evaluator)."""

    def __init__(self, split: _SplitRows, side: int) -> None:
        self.split, self.side = split, side

    def __len__(self) -> int:
        return len(self.split.boat.hours)

    @overload
    def __getitem__(self, p: int) -> List[Optional[float]]: ...

    @overload
    def __getitem__(self, p: slice) -> List[List[Optional[float]]]: ...

    def __getitem__(self, p: Union[int, slice]) -> Union[List[Optional[float]], List[List[Optional[float]]]]:
        if isinstance(p, slice):
            return [self[i] for i in range(len(self))[p]]
        return self.split.row(p)[self.side]

    # two accesses compare equal when their times do; defining __eq__ alone leaves the class unhashable
    # (``__hash__`` None), like the lists it equals
    def __eq__(self, other: object) -> bool:
        return isinstance(other, abc.Sequence) and list(self) == list(other)
