"""Communities, trails, no-go zones, plots and patrol routes of the fictional training area.

Everything here is invented: names, positions and detections.  Only the way it
is laid out mimics the real thing (villages on the high bank of the main river,
trails radiating into communal forest, GPS-traced trail segments that do not
quite meet, coca plots near streams, a clandestine airstrip on a flat interfluve).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import List, Optional, Sequence, Tuple

import numpy as np
from shapely.geometry import LineString, Point, Polygon
from shapely.prepared import prep
from training_hydro import XY, Extent, Reach, River

COMMUNITY_NAMES = [
    "Nueva Alianza",
    "Puerto Lupuna",
    "Santa Rosa de Huacamayo",
    "Bello Horizonte",
    "San Juan de Cetico",
    "Tres Hermanos",
    "Villa Copaiba",
]


@dataclass
class Base:
    name: str
    kind: str
    people: int
    xy: XY


@dataclass
class TrailFeature:
    name: str
    kind: str
    walk_kmh: Optional[float]
    coords: List[XY]


@dataclass
class Zone:
    name: str
    kind: str
    factor: Optional[float]
    polygon: Polygon


@dataclass
class Plot:
    plot_id: str
    source: str
    detected: str
    area_ha: float
    priority: float
    kind: str
    mandatory: int
    service_min: float
    xy: XY
    polygon: Optional[Polygon] = None


@dataclass
class Leg:
    coords: List[XY]
    mode: str  # walk / boat_down / boat_up


@dataclass
class Patrol:
    name: str
    day: date
    start_local_h: float
    legs: List[Leg] = field(default_factory=list)


def blob(cx: float, cy: float, rx: float, ry: float, rot: float, rng: np.random.Generator, n: int = 72) -> Polygon:
    """A smooth irregular polygon (few low harmonics of radial noise)."""
    t = np.linspace(0, 2 * math.pi, n, endpoint=False)
    r = np.ones(n)
    for k in range(2, 6):
        r += rng.normal(0, 0.12 / k * 2) * np.cos(k * t + rng.uniform(0, 2 * math.pi))
    x, y = rx * r * np.cos(t), ry * r * np.sin(t)
    xr = cx + x * math.cos(rot) - y * math.sin(rot)
    yr = cy + x * math.sin(rot) + y * math.cos(rot)
    return Polygon([(round(a, 1), round(b, 1)) for a, b in zip(xr, yr)]).buffer(0)


def wander(a: XY, b: XY, rng: np.random.Generator, wiggle: float = 0.05) -> List[XY]:
    """A walked path from a to b: low-frequency detours plus metre-scale meander, ends fixed."""
    length = math.dist(a, b)
    n = max(3, int(length / 25.0))
    t = np.linspace(0, 1, n)
    off = np.zeros(n)
    for k in range(1, 5):
        off += rng.normal(0, wiggle * length / k) * np.sin(k * math.pi * t + rng.uniform(0, 0.3))
    # Around fallen trees, swampy patches and ridges: tens of metres every few hundred.
    for _ in range(6):
        off += rng.normal(0, 12.0) * np.sin(2 * math.pi * t * length / rng.uniform(150, 600) + rng.uniform(0, 6.3))
    walk = np.cumsum(rng.normal(0, 2.5, n))
    off += (walk - np.linspace(walk[0], walk[-1], n)) * np.sin(math.pi * t)
    off *= np.sin(math.pi * t) ** 0.5
    ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
    return [(a[0] + ux * length * ti - uy * o, a[1] + uy * length * ti + ux * o) for ti, o in zip(t, off)]


def gps_segments(coords: Sequence[XY], rng: np.random.Generator, wide_gaps: bool = False) -> List[List[XY]]:
    """Cut a trail into the pieces guards traced on different days.

    Consecutive pieces share their end vertex only sometimes: otherwise the next
    one starts a few metres short (gap) or the previous one runs on past the
    joint (overshoot), and every vertex carries correlated GPS error under canopy.
    """
    pts = np.array(coords, dtype=float)
    err = np.zeros_like(pts)
    e = np.zeros(2)
    for i in range(len(pts)):
        e = 0.9 * e + rng.normal(0, 1.6, 2)
        err[i] = e
    pts = pts + err
    out: List[List[XY]] = []
    i = 0
    n = len(pts)
    while i < n - 1:
        j = min(n - 1, i + int(rng.integers(4, 16)))
        if n - 1 - j < 3:
            j = n - 1
        seg = [tuple(p) for p in pts[i : j + 1]]
        r = rng.random()
        if j < n - 1 and r < 0.2:  # overshoot: kept recording a few metres past the junction
            d = pts[j] - pts[j - 1]
            d = d / (np.linalg.norm(d) or 1.0)
            seg.append(tuple(pts[j] + d * rng.uniform(4, 18)))
        elif j < n - 1 and r < 0.45:  # gap: the next trace starts a bit later
            # Mostly within the plugin's 10 m snapping tolerance; minor paths also get
            # wider gaps that repair must leave alone (they stay dead ends).
            gap = rng.uniform(11, 22) if wide_gaps and rng.random() < 0.25 else rng.uniform(2, 9)
            step = pts[j + 1] - pts[j]
            pts[j] = pts[j] + step * min(0.8, gap / (float(np.linalg.norm(step)) or 1.0))
        out.append([(round(float(x), 2), round(float(y), 2)) for x, y in seg])
        i = j
    return [s for s in out if len(s) >= 2 and LineString(s).length > 1.0]


class World:
    """Builds the human layer on top of the river network."""

    def __init__(
        self,
        extent: Extent,
        rivers: List[River],
        reaches: List[Reach],
        dist_to_river,
        dem,
        geotransform,
        rng: np.random.Generator,
    ) -> None:
        self.extent, self.rivers, self.reaches, self.rng = extent, rivers, reaches, rng
        self.dist, self.dem, self.gt = dist_to_river, dem, geotransform
        self.main = LineString(rivers[0].down)
        self.main_block = prep(self.main.buffer(40))
        self.bases: List[Base] = []
        self.trails: List[TrailFeature] = []
        self.trail_lines: List[Tuple[str, str, List[XY]]] = []  # whole trails, before GPS cutting
        self.zones: List[Zone] = []
        self.plots: List[Plot] = []
        self.patrols: List[Patrol] = []
        self.drone_targets: List[XY] = []
        self.drone_launch: XY = (0.0, 0.0)

    def cell(self, x: float, y: float) -> Tuple[int, int]:
        gt = self.gt
        i = int((y - gt[3]) / gt[5])
        j = int((x - gt[0]) / gt[1])
        return min(max(i, 0), self.dem.shape[0] - 1), min(max(j, 0), self.dem.shape[1] - 1)

    def elevation(self, x: float, y: float) -> float:
        return float(self.dem[self.cell(x, y)])

    def river_distance(self, x: float, y: float) -> float:
        return float(self.dist[self.cell(x, y)])

    def inside(self, x: float, y: float, margin: float = 300.0) -> bool:
        x0, y0, x1, y1 = self.extent
        return x0 + margin < x < x1 - margin and y0 + margin < y < y1 - margin

    # -- zones ---------------------------------------------------------------------------------
    def build_zones(self) -> None:
        x0, y0, x1, y1 = self.extent
        rng = self.rng
        reserve = blob(x0 + 0.26 * (x1 - x0), y0 + 0.06 * (y1 - y0), 9500, 6500, 0.15, rng)
        self.reserve = reserve
        self.zones.append(Zone("Reserva PIACI Alto Huacamayo (ficticia)", "reserve_piaci", None, reserve))
        ring = reserve.buffer(2000, 16).difference(reserve)
        self.zones.append(Zone("Zona de amortiguamiento de la reserva (ficticia)", "soft", 2.0, ring))
        # A palm swamp (aguajal) on the floodplain: walkable, but slowly.
        px, py = self.main.interpolate(0.78, normalized=True).coords[0]
        swamp = blob(px + 1500, py - 2200, 1800, 1100, 0.5, rng).difference(self.main.buffer(150))
        self.zones.append(Zone("Aguajal Tres Bocas (ficticio)", "soft", 1.8, swamp))
        qx, qy = x0 + 0.55 * (x1 - x0), y0 + 0.88 * (y1 - y0)
        logging_zone = blob(qx, qy, 2200, 1500, 1.0, rng)
        self.zones.append(Zone("Zona de tala ilegal activa (ficticia)", "soft", 1.4, logging_zone))
        self.blocked = prep(reserve.buffer(300))

    # -- communities -----------------------------------------------------------------------------
    def build_bases(self) -> None:
        rng = self.rng
        sides = [-1, 1, -1, -1, 1, -1]
        for k, (frac, side) in enumerate(zip([0.12, 0.27, 0.41, 0.56, 0.70, 0.86], sides)):
            p = self.main.interpolate(frac, normalized=True)
            q = self.main.interpolate(frac + 0.002, normalized=True)
            dx, dy = q.x - p.x, q.y - p.y
            norm = math.hypot(dx, dy)
            # Villages sit on the high bank, a couple of hundred metres from the channel.
            off = rng.uniform(160, 260)
            xy = (round(p.x - side * dy / norm * off, 1), round(p.y + side * dx / norm * off, 1))
            self.bases.append(Base(COMMUNITY_NAMES[k], "community", int(rng.integers(90, 460)), xy))
        big = [r for r in self.rivers if r.design_order >= 4 and r.parent == 0 and r.down[-1][1] < self.main.centroid.y]
        trib = max(big or [r for r in self.rivers if r.design_order >= 4], key=lambda r: len(r.down))
        tx, ty = trib.down[max(0, len(trib.down) - 70)]
        self.bases.append(Base(COMMUNITY_NAMES[6], "community", int(rng.integers(60, 200)), (tx + 150, ty + 120)))
        self.trib = trib
        mouth = trib.down[-1]
        self.bases.append(
            Base(
                f"Puesto de vigilancia Boca {trib.name or 'Quebrada'}",
                "pickup",
                0,
                (round(mouth[0] + 90, 1), round(mouth[1] - 110, 1)),
            )
        )
        beach = self.main.interpolate(0.34, normalized=True)
        self.bases.append(Base("Playa Tahuarí (embarque)", "pickup", 0, (round(beach.x, 1), round(beach.y + 60, 1))))
        far = self.main.interpolate(0.95, normalized=True)
        self.bases.append(Base("Embarcadero Km 18", "pickup", 0, (round(far.x, 1), round(far.y - 80, 1))))

    # -- trails -----------------------------------------------------------------------------------
    def add_trail(self, name: str, kind: str, coords: List[XY], walk: Optional[float]) -> None:
        if len(coords) < 2:
            return
        self.trail_lines.append((name, kind, coords))
        for seg in gps_segments(coords, self.rng, wide_gaps=kind == "path"):
            self.trails.append(TrailFeature(name, kind, walk, seg))

    def _truncate(self, coords: List[XY], stop_at_river: bool = True) -> List[XY]:
        out: List[XY] = []
        for k, (x, y) in enumerate(coords):
            p = Point(x, y)
            if not self.inside(x, y, 100) or self.blocked.contains(p):
                break
            if stop_at_river and k > 8 and self.main_block.contains(p):
                break
            out.append((x, y))
        return out

    def build_trails(self) -> None:
        rng = self.rng
        comms = [b for b in self.bases if b.kind == "community"]
        south = [b for b in comms if self._side(b.xy) < 0]
        north = [b for b in comms if self._side(b.xy) > 0]
        for group in (south, north):
            group.sort(key=lambda b: b.xy[0])
            for a, b in zip(group, group[1:]):
                # Straight across would cut through meander loops; the trail swings inland
                # around them, and with no bridge it never crosses the main river.
                for push in (0.0, 1500.0, 3000.0, 4500.0):
                    mid = self._inland(((a.xy[0] + b.xy[0]) / 2, (a.xy[1] + b.xy[1]) / 2), push)
                    line = wander(a.xy, mid, rng, 0.05)[:-1] + wander(mid, b.xy, rng, 0.05)
                    if not any(self.main_block.contains(Point(p)) for p in line[5:-5]):
                        self.add_trail(f"Trocha {a.name} - {b.name}", "trail", line, self._walk(3.2, 0.1))
                        break
        for b in comms:
            # Landing: the path down the bank to where the canoes are tied.
            near = self.main.interpolate(self.main.project(Point(b.xy)))
            self.add_trail(f"Puerto {b.name}", "landing", wander(b.xy, (near.x, near.y), rng, 0.02), 3.0)
            away = math.atan2(b.xy[1] - near.y, b.xy[0] - near.x)
            # A few main trails leave each village in different directions; the rest of the
            # network hangs off them (hunting trails, paths to the chacras).
            for k, spread in enumerate((-1.0, 0.0, 1.0)):
                h = away + spread + rng.uniform(-0.3, 0.3)
                length = rng.uniform(6000, 13000)
                end = (b.xy[0] + length * math.cos(h), b.xy[1] + length * math.sin(h))
                line = self._truncate(wander(b.xy, end, rng, 0.07))
                if len(line) < 20:
                    continue
                self.add_trail(f"Trocha de caza {b.name} {k + 1}", "trail", line, self._walk(2.8, 0.15))
                self._branches(line, b.name, depth=0)
        self._landings()

    def _branches(self, line: List[XY], owner: str, depth: int) -> None:
        rng = self.rng
        cum = 0.0
        next_at = rng.uniform(300, 1200)
        for i in range(1, len(line) - 1):
            cum += math.dist(line[i - 1], line[i])
            if cum < next_at:
                continue
            next_at = cum + rng.uniform(500, 1400)
            h = math.atan2(line[i + 1][1] - line[i - 1][1], line[i + 1][0] - line[i - 1][0])
            h += (1 if rng.random() < 0.5 else -1) * math.radians(rng.uniform(35, 80))
            trail = depth == 0 and rng.random() < 0.35
            length = rng.uniform(2000, 5000) if trail else rng.uniform(400, 1800)
            start = line[i]
            end = (start[0] + length * math.cos(h), start[1] + length * math.sin(h))
            sub = self._truncate(wander(start, end, rng, 0.08))
            if len(sub) < 8:
                continue
            if trail:
                self.add_trail(f"Trocha de caza {owner} {i}", "trail", sub, self._walk(2.8, 0.15))
                self._branches(sub, owner, depth + 1)
            else:
                self.add_trail(f"Camino a chacra ({owner})", "path", sub, self._walk(2.0, 0.3))

    def _landings(self) -> None:
        """Landings on navigable tributaries: where a boat patrol ties up and walks into the forest."""
        rng = self.rng
        nav = [r for r in self.reaches if r.navigable and r.river != 0 and len(r.coords) > 4]
        picks = rng.choice(len(nav), size=min(26, len(nav)), replace=False)
        for k, idx in enumerate(picks):
            reach = nav[int(idx)]
            i = len(reach.coords) // 2
            a, b = reach.coords[i - 1], reach.coords[i + 1]
            h = math.atan2(b[1] - a[1], b[0] - a[0]) + (1 if rng.random() < 0.5 else -1) * math.pi / 2
            start = reach.coords[i]
            length = rng.uniform(300, 1800)
            end = (start[0] + length * math.cos(h), start[1] + length * math.sin(h))
            line = self._truncate(wander(start, end, rng, 0.05), stop_at_river=False)
            if len(line) >= 6:
                self.add_trail(f"Varadero {reach.name or 'quebrada'} {k + 1}", "landing", line, self._walk(2.5, 0.2))

    def _inland(self, xy: XY, push: float) -> XY:
        near = self.main.interpolate(self.main.project(Point(xy)))
        d = math.dist(xy, (near.x, near.y)) or 1.0
        return (xy[0] + (xy[0] - near.x) / d * push, xy[1] + (xy[1] - near.y) / d * push)

    def _walk(self, mean: float, p_null: float) -> Optional[float]:
        if self.rng.random() < p_null:
            return None  # nobody timed this one yet
        return round(float(self.rng.normal(mean, 0.3)), 1)

    def _side(self, xy: XY) -> int:
        d = self.main.project(Point(xy))
        p = self.main.interpolate(d)
        q = self.main.interpolate(min(d + 50, self.main.length))
        cross = (q.x - p.x) * (xy[1] - p.y) - (q.y - p.y) * (xy[0] - p.x)
        return 1 if cross > 0 else -1

    # -- patrols (the GPX tracks) and the drone flight -------------------------------------------
    def build_patrols(self) -> None:
        rng = self.rng
        comms = [b for b in self.bases if b.kind == "community"]
        main = self.rivers[0].down
        c = comms[2]
        i0 = int(np.argmin([math.dist(c.xy, p) for p in main]))
        i1 = min(len(main) - 1, i0 + 160)
        landing = next(t for t in self.trail_lines if t[0] == f"Puerto {c.name}")[2]
        boat = Patrol("Patrullaje fluvial Huacamayo", date(2026, 3, 17), 6.5)
        boat.legs = [
            Leg(landing, "walk"),
            Leg(main[i0 : i1 + 1], "boat_down"),
            Leg(main[i0 : i1 + 1][::-1], "boat_up"),
            Leg(landing[::-1], "walk"),
        ]
        self.patrols.append(boat)
        hunts = [t for t in self.trail_lines if t[0].startswith("Trocha de caza")]
        hunts.sort(key=lambda t: -LineString(t[2]).length)
        for k, (name, _, line) in enumerate(hunts[:2]):
            p = Patrol(f"Patrullaje a pie {name}", date(2026, 5 + 2 * k, 9 + 5 * k), 6.0 + 0.5 * k)
            p.legs = [Leg(line, "walk"), Leg(line[::-1], "walk")]
            self.patrols.append(p)
        links = [t for t in self.trail_lines if t[0].startswith("Trocha ") and " - " in t[0]]
        if links:
            p = Patrol(f"Patrullaje {links[0][0]}", date(2026, 8, 21), 6.25)
            p.legs = [Leg(links[0][2], "walk")]
            self.patrols.append(p)
        nav = [r.coords for r in self.reaches if r.river == self.trib.rid and r.navigable and not r.reversed]
        if nav:
            up = [p for c in nav for p in c][::-1]
            p = Patrol(f"Patrullaje fluvial {self.trib.name}", date(2026, 10, 2), 6.0)
            p.legs = [Leg(up, "boat_up"), Leg(up[::-1], "boat_down")]
            self.patrols.append(p)
        # The drone goes up from a landing on a tributary, over plots near it.
        lands = [t for t in self.trail_lines if t[0].startswith("Varadero")]
        land = lands[int(rng.integers(0, len(lands)))][2]
        self.drone_launch = land[0]
        tip = land[-1]
        h = math.atan2(tip[1] - land[0][1], tip[0] - land[0][0])
        for d, dh in [(260, -0.5), (420, 0.1), (330, 0.8)]:
            self.drone_targets.append((land[0][0] + d * math.cos(h + dh), land[0][1] + d * math.sin(h + dh)))
