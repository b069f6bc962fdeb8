"""Reaches of the training area's river network (helper of make_training_data.py, through training_hydro).

Once the network is grown (training_hydro), each river gets its Strahler order and a concave channel profile,
and is cut into reaches at every confluence and every 1-2 km, with its dry-season navigability and a few
reaches digitised the wrong way round, as real hydrography has them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, List, Optional

import numpy as np

if TYPE_CHECKING:  # training_hydro imports this module: its types are for annotations only
    from training_hydro import XY, River

# Channel gradient (m per km) by Strahler order: headwater streams are steep,
# the main river is a lowland river (the real Aguaytía drops ~0.5 m/km here).
GRADIENT_M_PER_KM = {1: 9.0, 2: 5.0, 3: 2.5, 4: 1.3, 5: 0.6, 6: 0.45, 7: 0.35}
MAIN_ORDER_AT_ENTRY = 5  # the main river's upper basin lies outside the area
OUTLET_ELEVATION_M = 172.0


@dataclass
class Reach:
    name: Optional[str]
    coords: List[XY]
    order: int
    current_kmh: Optional[float]
    navigable: int
    reversed: int
    river: int
    z_start: float
    z_end: float


def strahler(rivers: List[River], rid: int) -> int:
    river = rivers[rid]
    by_junction: Dict[int, List[int]] = {}
    for c in river.children:
        by_junction.setdefault(rivers[c].junction, []).append(strahler(rivers, c))
    cur = MAIN_ORDER_AT_ENTRY if river.parent is None else 1
    orders = []
    for i in range(len(river.down)):
        # A junction vertex starts the reach below the confluence, so it carries the new order.
        for child_order in by_junction.get(i, []):
            cur = cur + 1 if child_order == cur else max(cur, child_order)
        orders.append(cur)
    river.order_at = orders
    return cur


def channel_elevations(rivers: List[River]) -> None:
    for river in rivers:  # parents come before their children in the list
        n = len(river.down)
        z = [0.0] * n
        z[-1] = OUTLET_ELEVATION_M if river.parent is None else rivers[river.parent].z[river.junction]
        for i in range(n - 2, -1, -1):
            g = GRADIENT_M_PER_KM[min(river.order_at[i], 7)]
            z[i] = z[i + 1] + g * math.dist(river.down[i], river.down[i + 1]) / 1000.0
        river.z = z


def split_reaches(rivers: List[River], rng: np.random.Generator) -> List[Reach]:
    """Reaches split at every confluence and every 1-2 km, like national hydrography."""
    reaches: List[Reach] = []
    nav_at: Dict[int, List[bool]] = {}
    for river in rivers:  # parents come before their children
        junctions = {rivers[c].junction for c in river.children}
        n = len(river.down)
        from_mouth = [0.0] * n
        for i in range(n - 2, -1, -1):
            from_mouth[i] = from_mouth[i + 1] + math.dist(river.down[i], river.down[i + 1])
        # Dry season (Jun-Oct): boats get up a tributary only so far from its mouth,
        # and only if the river it joins is navigable there; above that the channel
        # is too shallow or blocked by logjams (palizadas).
        limit = rng.uniform(5000, 20000) if river.design_order >= 4 else rng.uniform(800, 5000)
        outlet_ok = river.parent is None or nav_at[river.parent][river.junction]
        flags = [False] * n
        start = 0
        since = 0.0
        target = rng.uniform(1000, 2000)
        for i in range(1, n):
            since += math.dist(river.down[i - 1], river.down[i])
            if i == n - 1 or i in junctions or (since >= target and n - 1 - i > 3):
                order = river.order_at[start]
                if order >= 5:
                    navigable, current = 1, round(rng.uniform(3.2, 4.8), 1)
                elif order >= 3:
                    navigable = int(outlet_ok and from_mouth[start] < limit)
                    current = round(rng.uniform(2.2, 3.2) if order == 4 else rng.uniform(1.5, 2.4), 1)
                else:
                    navigable, current = 0, None
                flags[start : i + 1] = [bool(navigable)] * (i + 1 - start)
                reaches.append(
                    Reach(
                        river.name,
                        list(river.down[start : i + 1]),
                        order,
                        current,
                        navigable,
                        0,
                        river.rid,
                        river.z[start],
                        river.z[i],
                    )
                )
                start, since, target = i, 0.0, rng.uniform(1000, 2000)
        nav_at[river.rid] = flags
    _flag_reversed(reaches, rng)
    return reaches


def _flag_reversed(reaches: List[Reach], rng: np.random.Generator) -> None:
    """A few reaches digitised upstream, as real data always has: geometry really reversed."""
    candidates = [i for i, r in enumerate(reaches) if r.order <= 4 and r.z_start - r.z_end > 2.0]
    for i in rng.choice(candidates, size=min(9, len(candidates)), replace=False):
        r = reaches[int(i)]
        r.coords = r.coords[::-1]
        r.z_start, r.z_end = r.z_end, r.z_start
        r.reversed = 1
    main = [i for i, r in enumerate(reaches) if r.river == 0]
    r = reaches[main[len(main) // 3]]
    r.coords, r.z_start, r.z_end, r.reversed = r.coords[::-1], r.z_end, r.z_start, 1
