"""Suspected illicit sites of the fictional training area (helper of make_training_data.py).

Where detections fall mimics the real pattern: coca near streams and trails,
labs by water, a clandestine airstrip on a dry interfluve far from villages, a
few plots along past patrols (so coverage analysis finds them), three on the
drone clip, and one inside the reserve that no patrol may reach.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import List, Optional, Tuple

import numpy as np
from shapely import affinity
from shapely.geometry import LineString, Point, Polygon
from training_human import Plot, World, blob, wander
from training_hydro import XY, distance_to


def build_plots(world: World, drone_day: date) -> None:
    rng = world.rng
    x0, y0, x1, y1 = world.extent
    net = _network_distance(world)
    candidates: List[Tuple[XY, str, str, Optional[str]]] = []  # xy, source, kind, fixed date
    for xy in world.drone_targets:
        candidates.append((xy, "drone", "coca", drone_day.isoformat()))
    patrol_lines = [
        ln for p in world.patrols for leg in p.legs if leg.mode == "walk" for ln in [leg.coords] if len(ln) > 10
    ]
    for k in range(8):  # close enough to past patrols that coverage analysis finds them
        line = patrol_lines[k % len(patrol_lines)]
        q = line[int(rng.integers(5, len(line) - 5))]
        candidates.append(((q[0] + rng.normal(0, 90), q[1] + rng.normal(0, 90)), "report", "coca", None))
    for k in range(26):
        # Most alerts are within a walk of a trail or a navigable river; a few are deep in
        # the forest, as real ones are, and the planner has to say it cannot reach them.
        reach = net if k % 6 else None
        candidates.append((_random_spot(world, rng.random() < 0.7, reach), "satellite", "coca", None))
    for _ in range(12):
        t = world.trail_lines[int(rng.integers(0, len(world.trail_lines)))][2]
        q = t[int(rng.integers(0, len(t)))]
        candidates.append(((q[0] + rng.normal(0, 400), q[1] + rng.normal(0, 400)), "drone", "coca", None))
    for kind, n in (("camp", 5), ("lab", 2)):
        for _ in range(n):
            candidates.append((_random_spot(world, True, net), "report", kind, None))
    airstrip = _airstrip_spot(world)
    _access_trail(world, airstrip)
    candidates.append((airstrip, "satellite", "airstrip", None))
    inside = world.reserve.representative_point()
    candidates.append(((inside.x, inside.y), "satellite", "coca", None))
    for n, (xy, source, kind, fixed) in enumerate(candidates, start=1):
        xy = (round(float(np.clip(xy[0], x0 + 200, x1 - 200)), 1), round(float(np.clip(xy[1], y0 + 200, y1 - 200)), 1))
        world.plots.append(_plot(world, f"P{n:03d}", xy, source, kind, fixed))
    # The alert inside the reserve can never be visited: kept optional so a plan stays
    # feasible, and the planner has to report it as unreachable rather than route into it.
    world.plots[-1].mandatory = 0


def _network_distance(world: World) -> np.ndarray:
    """Distance (m) from each DEM cell to the nearest trail or navigable river."""
    mask = np.zeros(world.dem.shape, dtype=bool)
    for _, _, line in world.trail_lines:
        for x, y in line:
            mask[world.cell(x, y)] = True
    for reach in world.reaches:
        if reach.navigable:
            for a, b in zip(reach.coords, reach.coords[1:]):
                for t in np.linspace(0, 1, int(math.dist(a, b) // 40) + 2):
                    mask[world.cell(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)] = True
    return distance_to(mask, world.gt[1])


def _random_spot(world: World, near_river: bool, net: Optional[np.ndarray] = None) -> XY:
    """A free spot; with ``net``, one the plugin's 2 km forest legs can reach."""
    x0, y0, x1, y1 = world.extent
    for _ in range(2000):
        x, y = world.rng.uniform(x0 + 500, x1 - 500), world.rng.uniform(y0 + 500, y1 - 500)
        d = world.river_distance(x, y)
        if world.blocked.contains(Point(x, y)) or d < 100:
            continue
        if net is not None and net[world.cell(x, y)] > 1600:
            continue
        if not near_river or d < 600:
            return (x, y)
    raise RuntimeError("no free spot for a plot: the extent is too crowded")


def _access_trail(world: World, target: XY) -> None:
    """The trail the airstrip's owners cut from the nearest navigable river."""
    blocked = world.reserve.buffer(300)
    bank = sorted((p for r in world.reaches if r.navigable for p in r.coords), key=lambda p: math.dist(p, target))
    for p in bank[:200:10]:
        if not LineString([p, target]).intersects(blocked):
            world.add_trail("Trocha a la pista", "trail", wander(p, target, world.rng, 0.05), None)
            return
    raise RuntimeError("no access to the airstrip that avoids the reserve")


def _airstrip_spot(world: World) -> XY:
    # Flattest, driest ground far from any village: an interfluve away from rivers.
    best, best_d = (0.0, 0.0), -1.0
    for _ in range(400):
        x, y = _random_spot(world, near_river=False)
        if min(math.dist((x, y), b.xy) for b in world.bases) < 7000:
            continue
        d = world.river_distance(x, y)
        if d > best_d:
            best, best_d = (x, y), d
    return best


def _plot(world: World, pid: str, xy: XY, source: str, kind: str, fixed: Optional[str]) -> Plot:
    rng = world.rng
    if fixed:
        detected = fixed
    elif source == "drone":
        detected = (date(2026, 6, 12) + timedelta(days=int(rng.choice([0, 52, 97])))).isoformat()
    elif source == "satellite":  # weekly alerts (GLAD/RADD-like) over the last year
        detected = (date(2025, 11, 3) + timedelta(weeks=int(rng.integers(0, 52)))).isoformat()
    else:
        detected = (date(2025, 9, 1) + timedelta(days=int(rng.integers(0, 440)))).isoformat()
    area = {"coca": float(rng.lognormal(0.2, 0.6)), "airstrip": 2.7, "camp": 0.05, "lab": 0.1}[kind]
    area = round(area * 2) / 2 if source == "report" and kind == "coca" else round(area, 2)
    area = max(area, 0.05)
    base = {"coca": 1.5 + min(area, 4.0) * 0.5, "airstrip": 5.0, "lab": 4.5, "camp": 3.0}[kind]
    recent = detected >= "2026-08-01"
    priority = float(np.clip(round((base + (0.5 if recent else 0.0) + rng.normal(0, 0.3)) * 2) / 2, 1.0, 5.0))
    mandatory = int(kind in ("airstrip", "lab") or (priority >= 4.5 and rng.random() < 0.5))
    service = {"coca": 20.0 + 10.0 * min(area, 6.0), "airstrip": 120.0, "lab": 60.0, "camp": 30.0}[kind]
    polygon = None
    if kind == "coca":
        r = math.sqrt(area * 10000 / math.pi)
        polygon = blob(xy[0], xy[1], r, r * rng.uniform(0.6, 1.0), rng.uniform(0, math.pi), rng, 14)
        polygon = _scale_to_area(polygon, area * 10000)
    elif kind == "airstrip":
        h = rng.uniform(0, math.pi)
        c, s = math.cos(h), math.sin(h)
        pts = [(-450, -15), (450, -15), (450, 15), (-450, 15)]
        polygon = Polygon([(round(xy[0] + px * c - py * s, 1), round(xy[1] + px * s + py * c, 1)) for px, py in pts])
    return Plot(pid, source, detected, area, priority, kind, mandatory, round(service, 0), xy, polygon)


def _scale_to_area(poly: Polygon, target: float) -> Polygon:
    f = math.sqrt(target / poly.area)
    scaled = affinity.scale(poly, f, f, origin="centroid")
    return Polygon([(round(x, 1), round(y, 1)) for x, y in scaled.exterior.coords]).buffer(0)
