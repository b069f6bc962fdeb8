"""River network diagnostics before planning: pieces, islands, lines that seem drawn against the flow.

The network is repaired exactly as ``build_network`` repairs it (the same ``snap_m``,
the same junctions), so a piece here is a piece the plan will see (no-go zones
aside: they can only cut it further).

- **Pieces**: the lines joined to each other (rivers, trails, roads and the transfers
  between them), numbered by length, the longest first.  Every piece but the first
  is a finding.
- **Islands**: a plot whose piece no base reaches, a base whose piece holds no plot.
  A terminal joins the nearest river and the nearest trail within ``max_forest_m``, and
  terminals closer than that join each other, as in the plan.  A terminal that joins
  nothing at all is off the network (``unjoined``), not an island.
- **Against the flow**: the network says nothing for sure, but two shapes almost
  always mean a line drawn from its mouth to its source: a line whose first vertex
  lands in the middle of another river (while its last vertex does not), and a line
  that starts at a confluence where the river goes on, flows into nothing, and is
  not the continuation of the river (the line best aligned with the one coming in).
"""

from __future__ import annotations

import math
import operator
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple

from shapely.geometry import LineString, MultiLineString, box

from ..core import SpatialIndex
from .grid import SegmentGrid
from .noding import repair
from .topology import NetworkStats, Piece, prepare, snap_ends
from .travel_model import BOAT, TRAIL, Coord, RiverLine, Terminal, TrailLine, TravelModel

PIECE = "piece"
ISLAND_BASE = "island_base"
ISLAND_PLOT = "island_plot"
AGAINST_FLOW = "against_flow"
KINDS = (PIECE, ISLAND_BASE, ISLAND_PLOT, AGAINST_FLOW)


@dataclass(frozen=True)
class Finding:
    """One thing to look at: ``where`` a point to zoom to, ``fid`` the line or the terminal's id."""

    kind: str
    where: Coord
    fid: Any = None
    piece: int = 0  # the piece (1 = the longest), 0 when none
    km: float = 0.0  # a piece's length of lines


@dataclass(frozen=True)
class NetworkCheck:
    pieces: int
    findings: Tuple[Finding, ...]
    unjoined: int = 0  # bases and plots joining no line and no other terminal
    road_nodes: int = 0  # junctions the roads' own noding made (``NetworkStats.road_nodes``)

    def of(self, kind: str) -> List[Finding]:
        return [f for f in self.findings if f.kind == kind]

    def count(self, kind: str) -> int:
        return sum(1 for f in self.findings if f.kind == kind)


class Groups:
    """Union-find over any hashable keys."""

    def __init__(self) -> None:
        self.parent: Dict[Any, Any] = {}

    def find(self, key: Any) -> Any:
        parent = self.parent
        root = parent.setdefault(key, key)
        while parent[root] != root:
            root = parent[root]
        while parent[key] != root:  # path compression
            parent[key], key = root, parent[key]
        return root

    def join(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


def connected_pieces(
    pieces: Sequence[Piece], transfers: Sequence[Tuple[Coord, Coord]] = ()
) -> Tuple[List[int], List[float], List[float]]:
    """(piece number of every repaired line, km of each piece, metres of every line); the pieces are
    numbered 0.. by length, the longest first."""
    groups = Groups()
    for p in pieces:
        groups.join((p.kind, p.xs[0], p.ys[0]), (p.kind, p.xs[-1], p.ys[-1]))
    for (tx, ty), (rx, ry) in transfers:
        groups.join((TRAIL, tx, ty), (BOAT, rx, ry))
    roots = [groups.find((p.kind, p.xs[0], p.ys[0])) for p in pieces]
    metres = [
        sum(map(math.hypot, map(operator.sub, p.xs[1:], p.xs), map(operator.sub, p.ys[1:], p.ys))) for p in pieces
    ]
    km: Dict[Any, float] = {}
    for root, m in zip(roots, metres):
        km[root] = km.get(root, 0.0) + m / 1000.0
    order = sorted(km, key=lambda r: -km[r])
    number = {root: n for n, root in enumerate(order)}
    return [number[r] for r in roots], [km[r] for r in order], metres


def check_network(
    rivers: Sequence[RiverLine],
    trails: Sequence[TrailLine] = (),
    bases: Sequence[Terminal] = (),
    plots: Sequence[Terminal] = (),
    model: Optional[TravelModel] = None,
) -> NetworkCheck:
    """Pieces, islands and lines that seem drawn against the flow (see the module's docstring)."""
    model = model or TravelModel()
    findings = against_flow(rivers, model.snap_m)
    stats = NetworkStats()
    pieces, transfers, _ = repair(prepare(rivers, trails, stats), model.snap_m, stats, model.road_snap_m)
    numbers, km, metres = connected_pieces(pieces, transfers)
    longest: Dict[int, int] = {}
    for k, n in enumerate(numbers):
        if n and (n not in longest or metres[k] > metres[longest[n]]):
            longest[n] = k
    for n in sorted(longest):
        p = pieces[longest[n]]
        mid = len(p.xs) // 2
        findings.append(Finding(PIECE, (p.xs[mid], p.ys[mid]), p.fid, n + 1, km[n]))
    islands, unjoined = _islands(pieces, numbers, bases, plots, model.max_forest_m)
    return NetworkCheck(len(km), tuple(findings + islands), unjoined, stats.road_nodes)


def _islands(
    pieces: Sequence[Piece], numbers: Sequence[int], bases: Sequence[Terminal], plots: Sequence[Terminal], reach: float
) -> Tuple[List[Finding], int]:
    terminals = [(ISLAND_BASE, t) for t in bases] + [(ISLAND_PLOT, t) for t in plots]
    if not terminals:
        return [], 0
    groups = Groups()
    shapes = [t.geometry for _, t in terminals]
    boxes = [g.bounds for g in shapes]  # once: shapely 1.8 builds coordinates anew on every access
    points = [g.geom_type == "Point" for g in shapes]
    cells = _cells(boxes, reach)
    for kind in (BOAT, TRAIL):  # the nearest river and the nearest trail, as the plan joins them
        for i, part in _nearest_parts(shapes, boxes, cells, pieces, numbers, kind, reach):
            groups.join(("t", i), ("p", part))
    for members in cells.values():  # terminals close enough to walk between, cell by cell
        for i in members:
            for j in _neighbours(cells, boxes[i], reach):
                if j > i and groups.find(("t", i)) != groups.find(("t", j)):
                    if points[i] and points[j]:
                        apart = math.hypot(boxes[i][0] - boxes[j][0], boxes[i][1] - boxes[j][1])
                    else:
                        apart = shapes[i].distance(shapes[j])
                    if apart <= reach:
                        groups.join(("t", i), ("t", j))
    has_base, has_plot, has_line = set(), set(), set()
    for key in list(groups.parent):
        root = groups.find(key)
        if key[0] == "p":
            has_line.add(root)
        elif terminals[key[1]][0] == ISLAND_BASE:
            has_base.add(root)
        else:
            has_plot.add(root)
    findings, unjoined = [], 0
    for i, (kind, t) in enumerate(terminals):
        root = groups.find(("t", i))
        if root not in has_line:
            unjoined += 1
        elif root not in (has_plot if kind == ISLAND_BASE else has_base):
            point = t.geometry.representative_point()
            findings.append(Finding(kind, (point.x, point.y), t.id))
    return findings, unjoined


Cell = Tuple[int, int]


def _cells(bounds: Sequence[Tuple[float, float, float, float]], size: float) -> Dict[Cell, List[int]]:
    """Every box in the cells of side ``size`` it touches."""
    size = max(size, 1.0)
    cells: Dict[Cell, List[int]] = {}
    for n, (x0, y0, x1, y1) in enumerate(bounds):
        for i in range(math.floor(x0 / size), math.floor(x1 / size) + 1):
            for j in range(math.floor(y0 / size), math.floor(y1 / size) + 1):
                cells.setdefault((i, j), []).append(n)
    return cells


def _neighbours(cells: Dict[Cell, List[int]], bounds: Tuple[float, float, float, float], size: float) -> set:
    size = max(size, 1.0)
    x0, y0, x1, y1 = bounds
    found: set = set()
    for i in range(math.floor(x0 / size) - 1, math.floor(x1 / size) + 2):
        for j in range(math.floor(y0 / size) - 1, math.floor(y1 / size) + 2):
            found.update(cells.get((i, j), ()))
    return found


def _nearest_parts(
    terminals: Sequence[Any],
    boxes: Sequence[Tuple[float, float, float, float]],
    cells: Dict[Cell, List[int]],
    pieces: Sequence[Piece],
    numbers: Sequence[int],
    kind: str,
    reach: float,
) -> List[Tuple[int, int]]:
    """(terminal, piece) for every terminal within ``reach`` of a line of ``kind``: the piece of the nearest.

    The lines near a cell of terminals are fetched once and merged by piece, so a terminal is
    measured against a few multi-lines (in GEOS) rather than each line (shapely 1.8's nearest is slow).
    """
    shapes = [LineString(list(zip(p.xs, p.ys))) for p in pieces if p.kind == kind]
    if not shapes:
        return []
    part = [n for p, n in zip(pieces, numbers) if p.kind == kind]
    index = SpatialIndex(shapes)
    found = []
    for members in cells.values():
        x0 = min(boxes[i][0] for i in members) - reach
        y0 = min(boxes[i][1] for i in members) - reach
        x1 = max(boxes[i][2] for i in members) + reach
        y1 = max(boxes[i][3] for i in members) + reach
        near: Dict[int, List[Any]] = {}
        for k in index.query(box(x0, y0, x1, y1)):
            near.setdefault(part[k], []).append(shapes[k])
        merged = [(n, MultiLineString(lines)) for n, lines in sorted(near.items())]
        for i in members:
            if merged:
                distance, n = min((terminals[i].distance(m), n) for n, m in merged)
                if distance <= reach:
                    found.append((i, n))
    return found


def against_flow(rivers: Sequence[RiverLine], snap: float) -> List[Finding]:
    """Rivers that seem digitised from their mouth (``reversed`` applied): see the module's docstring."""
    lines = prepare(rivers, (), NetworkStats())
    snap_ends(lines, snap)
    ends: Dict[Coord, List[Tuple[int, bool]]] = {}  # point -> (line, True where it starts there)
    for n, p in enumerate(lines):
        ends.setdefault((p.xs[0], p.ys[0]), []).append((n, True))
        ends.setdefault((p.xs[-1], p.ys[-1]), []).append((n, False))
    grid = SegmentGrid([(p.xs, p.ys) for p in lines])

    def on_middle(n: int, x: float, y: float) -> bool:
        """A lone end within ``snap`` of another river's middle (not of its ends)."""
        if len(ends[(x, y)]) != 1:
            return False
        for _, other, _, _, nx, ny in grid.hits(x, y, snap):
            o = lines[other]
            if other != n and (nx, ny) not in ((o.xs[0], o.ys[0]), (o.xs[-1], o.ys[-1])):
                return True
        return False

    def dead_end(n: int) -> bool:
        p = lines[n]
        return len(ends[(p.xs[-1], p.ys[-1])]) == 1 and not on_middle(n, p.xs[-1], p.ys[-1])

    suspects = set()
    for n, p in enumerate(lines):
        if on_middle(n, p.xs[0], p.ys[0]) and not on_middle(n, p.xs[-1], p.ys[-1]):
            suspects.add(n)
    for meeting in ends.values():
        coming = [n for n, starts in meeting if not starts]
        going = [n for n, starts in meeting if starts]
        if not coming or len(going) < 2:
            continue
        stem = max(going, key=lambda n: _alignment(lines[coming[0]], lines[n]))
        suspects.update(n for n in going if n != stem and dead_end(n))
    return [Finding(AGAINST_FLOW, (lines[n].xs[0], lines[n].ys[0]), lines[n].fid) for n in sorted(suspects)]


def _alignment(into: Piece, out: Piece) -> float:
    """Cosine between the last segment coming in and the first going out: 1 when the river goes straight on."""
    ax, ay = into.xs[-1] - into.xs[-2], into.ys[-1] - into.ys[-2]
    bx, by = out.xs[1] - out.xs[0], out.ys[1] - out.ys[0]
    norm = math.hypot(ax, ay) * math.hypot(bx, by)
    return (ax * bx + ay * by) / norm if norm > 0 else -1.0
