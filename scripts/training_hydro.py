"""River network and DEM of the fictional training area (helper of make_training_data.py).

The network is grown, not drawn: a meandering main river first, then tributaries
climbing away from it, each claiming a halo of cells on an occupancy grid so that
later (smaller) streams fill the gaps between earlier ones.  That is what makes
the result dendritic instead of a tangle of crossing lines.  Elevations are
assigned along the channels (concave profiles, steeper upstream: training_reaches,
which also cuts the reaches) and the DEM is built *around* them, so rivers flow
downhill on the DEM by construction.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

import numpy as np
from osgeo import gdal
from training_reaches import Reach, channel_elevations, split_reaches, strahler  # noqa: F401  (re-exported)

Extent = Tuple[float, float, float, float]
XY = Tuple[float, float]

# Halo each river keeps free around it: the main river's is its floodplain.
HALO_M = {6: 450.0, 5: 320.0, 4: 260.0, 3: 210.0, 2: 170.0, 1: 140.0}
LENGTH_M = {5: (18000, 28000), 4: (9000, 18000), 3: (3500, 8000), 2: (1200, 3500), 1: (350, 1400)}
# Junction spacing along a parent of a given design order (m).
SPACING_M = {6: (700, 1600), 5: (500, 1100), 4: (450, 1000), 3: (350, 800), 2: (300, 700)}
STEP_M = 60.0

STREAM_NAMES = [
    "Huito",
    "Lupuna",
    "Pijuayo",
    "Capirona",
    "Tornillo",
    "Huicungo",
    "Aguaje",
    "Ungurahui",
    "Bolaina",
    "Cetico",
    "Copaiba",
    "Tahuarí",
    "Moena",
    "Cumala",
    "Chonta",
    "Sapote",
    "Shapaja",
    "Catahua",
    "Renaco",
    "Quinilla",
    "Palisangre",
    "Ishpingo",
    "Marupá",
    "Requia",
    "Huayruro",
    "Caimito",
    "Shiringa",
    "Yarina",
    "Irapay",
    "Sinamillo",
    "Charichuelo",
    "Uvilla",
    "Zapote Chico",
    "Topa",
    "Pashaco",
    "Mashonaste",
    "Machimango",
    "Lagarto",
    "Añuje",
    "Majaz",
    "Sajino",
    "Carachupa",
]
NAME_SUFFIXES = ["", " Grande", " Chico", " Negro", " Blanco", " Colorado", " Hondo", " Seco"]


@dataclass
class River:
    rid: int
    name: Optional[str]
    down: List[XY]  # digitised downstream: source first, mouth last
    parent: Optional[int]
    junction: int  # index into the parent's ``down`` where this river ends (-1 for the main river)
    design_order: int
    children: List[int] = field(default_factory=list)
    order_at: List[int] = field(default_factory=list)  # Strahler order per vertex
    z: List[float] = field(default_factory=list)  # channel elevation per vertex


class Occupancy:
    """Cells claimed by rivers; a growing stream stops where it meets another's halo."""

    def __init__(self, extent: Extent, cell: float) -> None:
        self.x0, self.y0, x1, y1 = extent
        self.cell = cell
        self.nx = int(math.ceil((x1 - self.x0) / cell))
        self.ny = int(math.ceil((y1 - self.y0) / cell))
        self.owner = np.full((self.ny, self.nx), -1, dtype=np.int32)

    def _ij(self, x: float, y: float) -> Tuple[int, int]:
        return int((y - self.y0) // self.cell), int((x - self.x0) // self.cell)

    def mark(self, pts: Sequence[XY], rid: int, radius: float) -> None:
        r = int(math.ceil(radius / self.cell))
        offs = [(di, dj) for di in range(-r, r + 1) for dj in range(-r, r + 1) if di * di + dj * dj <= r * r]
        for x, y in pts:
            i, j = self._ij(x, y)
            for di, dj in offs:
                ii, jj = i + di, j + dj
                if 0 <= ii < self.ny and 0 <= jj < self.nx and self.owner[ii, jj] < 0:
                    self.owner[ii, jj] = rid

    def owner_at(self, x: float, y: float) -> int:
        i, j = self._ij(x, y)
        if 0 <= i < self.ny and 0 <= j < self.nx:
            return int(self.owner[i, j])
        return -2


def _main_river(extent: Extent, rng: np.random.Generator) -> List[XY]:
    """A Kinoshita (skewed sine-generated) curve steered from the west edge to the east edge."""
    x0, y0, x1, y1 = extent
    h = y1 - y0
    x, y = x0 - 2500.0, y0 + 0.40 * h
    target = (x1 + 6000.0, y0 + 0.72 * h)
    heading = math.atan2(target[1] - y, target[0] - x)
    phase = rng.uniform(0, 2 * math.pi)
    omega, wavelength = 1.5, 3800.0
    skew, flat = 0.035, 0.02
    pts: List[XY] = [(x, y)]
    while x < x1 + 2500.0:
        # Meander amplitude and wavelength drift slowly, as a real river's do along its course.
        omega = float(np.clip(omega + 0.03 * (1.45 - omega) + rng.normal(0, 0.045), 0.7, 2.0))
        wavelength = float(np.clip(wavelength + 0.02 * (3800 - wavelength) + rng.normal(0, 140), 2200, 6500))
        phase += 2 * math.pi * STEP_M / wavelength
        want = math.atan2(target[1] - y, target[0] - x)
        heading += 0.02 * math.atan2(math.sin(want - heading), math.cos(want - heading))
        theta = heading + omega * math.sin(phase) + omega**3 * (skew * math.cos(3 * phase) - flat * math.sin(3 * phase))
        x += STEP_M * math.cos(theta)
        y += STEP_M * math.sin(theta)
        pts.append((x, y))
    return pts


def _clip_to(pts: List[XY], extent: Extent) -> List[XY]:
    """The longest run of consecutive vertices inside the extent (rivers are cut at the area's edge)."""
    x0, y0, x1, y1 = extent
    best: List[XY] = []
    run: List[XY] = []
    for p in pts:
        if x0 <= p[0] <= x1 and y0 <= p[1] <= y1:
            run.append(p)
        else:
            if len(run) > len(best):
                best = run
            run = []
    return run if len(run) > len(best) else best


def _grow(
    start: XY,
    heading: float,
    length: float,
    rid: int,
    parent: int,
    parent_halo: float,
    order: int,
    occ: Occupancy,
    extent: Extent,
    rng: np.random.Generator,
) -> List[XY]:
    """Grow a stream upstream from its mouth; returns mouth-first vertices."""
    x0, y0, x1, y1 = extent
    x, y = start
    pts: List[XY] = [start]
    outward = heading
    drift = 0.0
    phase = rng.uniform(0, 2 * math.pi)
    amp = {5: 0.9, 4: 0.75, 3: 0.55, 2: 0.35, 1: 0.2}.get(order, 0.2)
    wavelength = rng.uniform(700, 1400) * (1 + 0.5 * order)
    # The first steps cross the parent's halo, which must not stop the stream.
    grace = int(parent_halo / (STEP_M * 0.5)) + 2
    dist = 0.0
    k = 0
    while dist < length:
        k += 1
        # Mean-reverting drift keeps the stream climbing away from its parent
        # instead of curling back into it, while still wandering.
        drift = 0.96 * drift + rng.normal(0, 0.09)
        phase += 2 * math.pi * STEP_M / wavelength
        h = outward + float(np.clip(drift, -1.0, 1.0)) + amp * math.sin(phase)
        nx_, ny_ = x + STEP_M * math.cos(h), y + STEP_M * math.sin(h)
        if not (x0 + 30 < nx_ < x1 - 30 and y0 + 30 < ny_ < y1 - 30):
            break
        owner = occ.owner_at(nx_, ny_)
        if owner >= 0 and owner != rid and not (owner == parent and k <= grace):
            break
        x, y = nx_, ny_
        pts.append((x, y))
        dist += STEP_M
    return pts


def _jitter(pts: List[XY], rng: np.random.Generator, keep_ends: bool = True) -> List[XY]:
    """Irregular vertex spacing and small offsets, like hand/auto-digitised hydrography."""
    out: List[XY] = []
    n = len(pts)
    for i, (x, y) in enumerate(pts):
        if keep_ends and (i == 0 or i == n - 1):
            out.append((round(x, 2), round(y, 2)))
            continue
        if 0 < i < n - 1 and rng.random() < 0.3:
            continue  # drop some vertices: spacing varies between 60 and ~180 m
        out.append((round(x + rng.normal(0, 6), 2), round(y + rng.normal(0, 6), 2)))
    return out


def build_network(extent: Extent, rng: np.random.Generator) -> List[River]:
    occ = Occupancy(extent, 50.0)
    main_down = _jitter(_clip_to(_main_river(extent, rng), extent), rng)
    rivers: List[River] = [River(0, "Río Huacamayo", main_down, None, -1, 6)]
    occ.mark(main_down, 0, HALO_M[6])
    state = _Growth(rivers, occ, extent, rng)
    state.run([(-6, 0, 0)])
    state.fill_gaps()
    strahler(rivers, 0)
    channel_elevations(rivers)
    return rivers


class _Growth:
    """Spawns tributaries along rivers, biggest design order first."""

    def __init__(self, rivers: List[River], occ: Occupancy, extent: Extent, rng: np.random.Generator) -> None:
        self.rivers, self.occ, self.extent, self.rng = rivers, occ, extent, rng
        self.named = 0
        self.seq = 1

    def _name(self, order: int) -> Optional[str]:
        if order >= 3 or (order == 2 and self.rng.random() < 0.5):
            n = len(STREAM_NAMES)
            base = STREAM_NAMES[self.named % n]
            self.named += 1
            return f"Quebrada {base}{NAME_SUFFIXES[((self.named - 1) // n) % len(NAME_SUFFIXES)]}"
        return None  # most first-order streams are unnamed in real hydrography

    def spawn(self, rid: int, i: int, heading: float, order: int, length: float, min_len: float) -> Optional[int]:
        """Grow a tributary of ``rid`` joining at its upstream-ordered vertex ``i``."""
        river = self.rivers[rid]
        up = river.down[::-1]
        new_id = len(self.rivers)
        grown = _grow(
            up[i], heading, length, new_id, rid, HALO_M[river.design_order], order, self.occ, self.extent, self.rng
        )
        if len(grown) * STEP_M < min_len:
            return None
        down = _jitter(grown, self.rng)[::-1]
        down[-1] = up[i]  # topologically exact confluence
        self.rivers.append(River(new_id, self._name(order), down, rid, len(up) - 1 - i, order))
        river.children.append(new_id)
        self.occ.mark(grown, new_id, HALO_M[order])
        return new_id

    def run(self, heap: List[Tuple[int, int, int]]) -> None:
        rng = self.rng
        while heap:
            _, _, rid = heapq.heappop(heap)
            river = self.rivers[rid]
            if river.design_order <= 1:
                continue
            up = river.down[::-1]
            lo, hi = SPACING_M[river.design_order]
            total = sum(math.dist(a, b) for a, b in zip(up, up[1:]))
            cum = 0.0
            next_at = rng.uniform(150, hi)
            for i in range(1, len(up) - 1):
                cum += math.dist(up[i - 1], up[i])
                if cum < next_at:
                    continue
                next_at = cum + rng.uniform(lo, hi)
                if total - cum < 300.0:
                    break  # no confluence right at a stream's source
                flow_up = math.atan2(up[i + 1][1] - up[i - 1][1], up[i + 1][0] - up[i - 1][0])
                side = 1 if rng.random() < 0.5 else -1
                heading = flow_up + side * math.radians(rng.uniform(40, 75))
                r = rng.random()
                drop = 1 if r < 0.55 else (2 if r < 0.9 else 3)
                order = max(1, min(river.design_order - drop, 5))
                length = rng.uniform(*LENGTH_M[order])
                new_id = self.spawn(rid, i, heading, order, length, max(300.0, 0.25 * length))
                if new_id is not None:
                    heapq.heappush(heap, (-order, self.seq, new_id))
                    self.seq += 1

    def _vertices(self) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
        verts = np.array([p for r in self.rivers for p in r.down])
        owners = np.array([(r.rid, i) for r in self.rivers for i in range(len(r.down))])
        lengths = np.array([len(self.rivers[rid].down) for rid in owners[:, 0]])
        ends = (owners[:, 1] <= 1) | (owners[:, 1] >= lengths - 2)
        return verts, owners, ends

    def fill_gaps(self) -> None:
        """Send a stream into every large river-free patch left by the random growth.

        Without this a corner can stay empty, which no real humid-tropics basin
        has (drainage density here is ~1 km/km²).
        """
        occ = self.occ
        verts, owners, ends = self._vertices()
        tried = np.zeros_like(occ.owner, dtype=bool)
        for _ in range(40):
            free = (occ.owner < 0) & ~tried
            dist = distance_to(~free | tried, occ.cell)
            dist[~free] = 0
            k = int(np.argmax(dist))
            if dist.flat[k] < 1200.0:
                break
            ti, tj = divmod(k, occ.nx)
            tx, ty = occ.x0 + (tj + 0.5) * occ.cell, occ.y0 + (ti + 0.5) * occ.cell
            d = np.hypot(verts[:, 0] - tx, verts[:, 1] - ty)
            d[ends] = np.inf  # a confluence needs a vertex with water both above and below it
            v = int(np.argmin(d))
            rid, di = (int(x) for x in owners[v])
            river = self.rivers[rid]
            i = len(river.down) - 1 - di
            r0 = int(max(1, 600 // occ.cell))
            tried[max(0, ti - r0) : ti + r0 + 1, max(0, tj - r0) : tj + r0 + 1] = True
            order = 3 if d[v] > 3500 else 2
            heading = math.atan2(ty - verts[v, 1], tx - verts[v, 0])
            new_id = self.spawn(rid, i, heading, order, d[v] * 1.3 + 1500, 400.0)
            if new_id is not None:
                self.run([(-order, self.seq, new_id)])
                self.seq += 1
                verts, owners, ends = self._vertices()


def distance_to(mask: np.ndarray, cell: float) -> np.ndarray:
    """Distance (m) from every cell to the nearest True cell, via GDAL's proximity."""
    ny, nx = mask.shape
    mem = gdal.GetDriverByName("MEM")
    src = mem.Create("", nx, ny, 1, gdal.GDT_Byte)
    src.SetGeoTransform((0, cell, 0, 0, 0, cell))
    src.GetRasterBand(1).WriteArray(mask.astype(np.uint8))
    dst = mem.Create("", nx, ny, 1, gdal.GDT_Float32)
    dst.SetGeoTransform(src.GetGeoTransform())
    gdal.ComputeProximity(src.GetRasterBand(1), dst.GetRasterBand(1), ["VALUES=1", "DISTUNITS=GEO"])
    return dst.GetRasterBand(1).ReadAsArray()
