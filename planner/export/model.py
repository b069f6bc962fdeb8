"""What a team's GPX export takes (the stops, the day paths, the options) and what each file holds.

``gpx`` turns a ``TeamExport`` into ``GpxDocument``s; ``teams`` and ``unit``
write them; the QGIS side fills these from its layers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Optional, Tuple

from ..core import ExportError, message
from .comments import GpxLabels
from .devices import ETREX_22X_32X, DeviceProfile
from .simplify import LonLat

# Replaces a GPX library's usual creator, which would tell a finder which software
# (and so which kind of group) made the file.
NEUTRAL_CREATOR = "GPX export"
NEUTRAL_STEM = "plan"
# gpxx:DisplayColor_t values (team colours come from ``palette``).
DISPLAY_COLORS = (
    "Black",
    "DarkRed",
    "DarkGreen",
    "DarkYellow",
    "DarkBlue",
    "DarkMagenta",
    "DarkCyan",
    "LightGray",
    "DarkGray",
    "Red",
    "Green",
    "Yellow",
    "Blue",
    "Magenta",
    "Cyan",
    "White",
    "Transparent",
)


@dataclass(frozen=True)
class ExportStop:
    kind: str  # BASE, PLOT or CAMP
    name: str  # plot id or place name, shown in the description
    lon: float
    lat: float
    day: int = 1  # 1-based day of the patrol
    arrival: Optional[datetime] = None  # planned, in the plan's local time
    priority: float = 0.0
    service_min: float = 0.0
    extras: Tuple[Tuple[str, str], ...] = ()  # more "label: value" for the description
    sensitive: bool = False
    code: str = ""  # the place's short name (``codes``); made here when empty


@dataclass(frozen=True)
class TeamExport:
    team: str
    stops: Tuple[ExportStop, ...]  # in visiting order
    day_paths: Tuple[Tuple[LonLat, ...], ...] = ()  # day_paths[0] is day 1
    color: Optional[str] = None  # a gpxx DisplayColor; default: the first team's palette colour
    tag: str = ""  # the team's letter in the plan, in route and track names ("Ruta B")


@dataclass(frozen=True)
class ExportOptions:
    device: DeviceProfile = ETREX_22X_32X
    hide_sensitive: bool = True  # leave out bases and sensitive stops, trim the track round them
    hide_radius_m: float = 500.0
    max_deviation_m: float = 25.0  # the track stays this close to the planned path
    min_tolerance_m: float = 1.0  # below GPS noise: never worth a track point
    split: bool = True  # False: raise ExportError when the plan exceeds the unit
    creator: str = NEUTRAL_CREATOR
    author: Optional[str] = None  # only when the coordinator sets one
    title: Optional[str] = None
    labels: GpxLabels = field(default_factory=GpxLabels)
    # Other places to keep out of the file (lon, lat): the other teams' bases.
    also_hide: Tuple[LonLat, ...] = ()
    # The project's secret, which fixes each hidden place's zone across exports (``hiding``).  Empty: a
    # new secret per export, so files of several exports could be pooled; the QGIS side always passes one.
    hide_secret: bytes = b""
    # Share of the unit's waypoints and tracks left free for the guards' own marks.
    headroom: float = 0.2

    def __post_init__(self) -> None:
        if min(self.hide_radius_m, self.max_deviation_m, self.min_tolerance_m) < 0:
            raise ExportError(message("gpx_options_negative"))
        if not 0 <= self.headroom < 1:
            raise ExportError(message("gpx_headroom"))


@dataclass(frozen=True)
class GpxPart:
    """What one file holds; ``path`` is set once it is written."""

    days: Tuple[int, int]  # first and last day covered
    waypoints: int
    routes: int
    route_points: int
    tracks: int
    track_points: int
    original_track_points: int
    tolerance_m: float
    max_deviation_m: float  # measured: farthest planned-path vertex from the simplified track
    path: Optional[Path] = None


@dataclass(frozen=True)
class GpxDocument:  # one file's GPX text and what it holds, before it is written
    xml: str
    part: GpxPart
