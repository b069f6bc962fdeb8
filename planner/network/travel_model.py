"""The travel model: how fast a patrol moves on rivers, trails and through forest.

All speeds are in km/h, distances in metres of a projected CRS, times in hours.
Every default below is a field of the frozen :class:`TravelModel` and can be
changed by the caller.

Rivers (boat)
    River lines are digitised in the direction of flow; a feature digitised
    the other way carries ``reversed=True``.  A boat makes ``boat_kmh`` (12) in
    still water; the current is ``current_kmh`` (3) or the feature's own value.
    Downstream speed is ``boat + current``, upstream ``boat - current``; where
    that is not positive the reach cannot be travelled upstream.  A feature with
    ``navigable=False`` is left out of the network.

Trails (foot)
    Walked both ways at ``walk_kmh`` (3) or the feature's own speed.  With a DEM
    every segment's speed in each direction is scaled by Tobler's hiking
    function relative to flat ground: ``exp(-3.5 |s + 0.05|) / exp(-3.5 * 0.05)``
    where ``s`` is the rise over run of the segment in the direction walked.

Roads (foot or motorbike)
    Route lines (``TrailLine(road=True)``) are trails with two differences: they
    are noded among themselves first, ends and crossings within ``road_snap_m``
    (50 m), and when ``road_kmh`` is set they are ridden at that speed both
    ways with no slope factor; otherwise they are walked like trails.

Forest (foot, off the network)
    A straight leg at ``forest_kmh`` (1), never longer than ``max_forest_m``
    (2000 m) and never through a no-go zone.

Transfers
    Going from boat to foot or back costs ``transfer_min`` (10 min).  It happens
    where a trail ends within ``snap_m`` of a river line and where a team lands
    on the bank to walk into the forest towards a terminal.

Terminals
    Bases and suspected plots (points, or polygons reached at their edge) join
    the network by a forest leg to the nearest point of the trail network and
    another to the nearest point of the river network (plus a transfer), each
    only where shorter than ``max_forest_m``.  Two terminals closer than
    ``max_forest_m`` are also joined directly through the forest, but only when
    no point of that straight leg is farther than ``max_forest_m`` from a trail
    or river.  So ``max_forest_m`` is the farthest a team ever goes from a
    trail or river: a plot farther is "too far from any trail or river", however
    close it is to another plot (no hopping from clearing to clearing).

Zones
    A hard zone (``factor=None``) is never entered: the network is cut at its
    boundary, forest legs may not cross it and terminals inside are
    unreachable.  One marked ``boat_passes`` keeps its rivers: a boat rides
    through without landing (no landing, trail, forest leg or terminal inside
    is used), for a river along or across a reserve's boundary.  A soft zone multiplies the travel time inside it by
    ``factor``; overlapping soft zones multiply.

Topology repair (counted in ``NetworkStats``)
    Line ends of the same kind within ``snap_m`` (10 m) are joined, a line
    ending within ``snap_m`` of the middle of another of its kind (a tributary
    on a river, a side trail on a trail) splits it there, and trails that cross
    are joined where they cross.  Rivers that cross are not joined (bridges,
    digitising errors) and neither are a river and a trail except at a trail end.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, FrozenSet, Optional, Sequence, Tuple

Coord = Tuple[float, float]

BOAT = "boat"
TRAIL = "trail"
FOREST = "forest"
TRANSFER = "transfer"
MODES = (BOAT, TRAIL, FOREST, TRANSFER)

_TOBLER_FLAT = math.exp(-3.5 * 0.05)


@dataclass(frozen=True)
class TravelModel:
    """Speeds and tolerances of the travel model (see the module docstring)."""

    boat_kmh: float = 12.0
    current_kmh: float = 3.0
    walk_kmh: float = 3.0
    forest_kmh: float = 1.0
    max_forest_m: float = 2000.0
    transfer_min: float = 10.0
    snap_m: float = 10.0
    road_kmh: Optional[float] = None  # None: roads are walked like trails; a speed: ridden, no slope factor
    road_snap_m: float = 50.0  # roads' own noding: route lines end farther from each other than trails

    def __post_init__(self) -> None:
        for name in ("boat_kmh", "walk_kmh", "forest_kmh"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be positive, not {getattr(self, name)!r}")
        if self.road_kmh is not None and not (math.isfinite(self.road_kmh) and self.road_kmh > 0):
            raise ValueError(f"road_kmh must be positive, not {self.road_kmh!r}")
        for name in ("current_kmh", "max_forest_m", "transfer_min", "snap_m", "road_snap_m"):
            if not getattr(self, name) >= 0:
                raise ValueError(f"{name} must not be negative, not {getattr(self, name)!r}")

    @property
    def transfer_h(self) -> float:
        return self.transfer_min / 60.0


@dataclass(frozen=True)
class RiverLine:
    """A river reach; ``coords`` follow the flow unless ``reversed``."""

    coords: Sequence[Coord]
    fid: Any = None
    reversed: bool = False
    current_kmh: Optional[float] = None
    navigable: bool = True
    months: Optional[FrozenSet[int]] = None  # months navigable (1-12), None: all year (crew.seasons)
    min_level_m: Optional[float] = None  # navigable from this water level up (crew.seasons)


@dataclass(frozen=True)
class TrailLine:
    """A trail, or a road (``road=True``: noded within ``road_snap_m``, at ``road_kmh`` unless its own speed)."""

    coords: Sequence[Coord]
    fid: Any = None
    walk_kmh: Optional[float] = None
    road: bool = False


@dataclass(frozen=True)
class Zone:
    """A shapely (Multi)Polygon; ``factor=None`` makes it a hard no-go zone.  ``boat_passes`` (a no-go zone
    only, off by default) lets boats ride its rivers through without landing: a boundary river."""

    polygon: Any
    factor: Optional[float] = None
    name: str = ""
    boat_passes: bool = False

    def __post_init__(self) -> None:
        if self.factor is not None and not (math.isfinite(self.factor) and self.factor > 0):
            raise ValueError(f"zone factor must be finite and positive, not {self.factor!r}")


@dataclass(frozen=True)
class Terminal:
    """A base or a plot: a shapely Point or (Multi)Polygon."""

    id: Any
    geometry: Any = field(compare=False)


def tobler_factor(rise: float, run: float) -> float:
    """Speed on a slope relative to flat ground, Tobler's hiking function.

    ``rise`` is the climb in the direction walked (negative when descending).
    """
    if run <= 0:
        return 1.0
    return math.exp(-3.5 * abs(rise / run + 0.05)) / _TOBLER_FLAT


def river_speeds(model: TravelModel, current_kmh: Optional[float]) -> Tuple[float, Optional[float]]:
    """(downstream, upstream) boat speed in km/h; upstream is None when impossible."""
    current = model.current_kmh if current_kmh is None else current_kmh
    up = model.boat_kmh - current
    return model.boat_kmh + current, (up if up > 0 else None)
