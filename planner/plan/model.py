"""What a finished plan looks like, independent of how it was computed.

The planning pipeline fills these; the QGIS side writes them as the routes,
stops and left-out-plots layers, and the GPX and briefing exports read them
back from those layers.  Coordinates are in the metric CRS the network was
built in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, List, Optional, Sequence, Tuple

Coord = Tuple[float, float]


def as_coord(xy: Sequence[float]) -> Coord:
    """A point as the tuple ``Coord`` is, from whatever sequence it came as (a list read back, for one)."""
    x, y = xy
    return (x, y)


BASE, PLOT, CAMP = "base", "plot", "camp"


@dataclass(frozen=True)
class PathPart:
    """A stretch travelled in one mode: ``boat``, ``trail`` or ``forest``."""

    mode: str
    coords: Sequence[Coord]
    hours: float
    km: float
    fuel_l: float = 0.0


@dataclass(frozen=True)
class PlannedStop:
    seq: int
    kind: str  # BASE, PLOT or CAMP
    name: str
    position: Coord
    day: int
    arrival: datetime
    plot_id: str = ""
    priority: float = 0.0
    service_min: float = 0.0
    sensitive: bool = False


@dataclass(frozen=True)
class DayPlan:
    day: int
    start: datetime
    end: datetime
    parts: Sequence[PathPart]

    @property
    def hours(self) -> float:
        return sum(p.hours for p in self.parts)

    def km(self, mode: str) -> float:
        return sum(p.km for p in self.parts if p.mode == mode)

    @property
    def coords(self) -> List[Coord]:
        out: List[Coord] = []
        for part in self.parts:
            for xy in part.coords:
                if not out or out[-1] != as_coord(xy):
                    out.append(as_coord(xy))
        return out


@dataclass(frozen=True)
class TimedPart:
    """A part of the travel at ``start_h`` working hours since the departure; ``who`` is
    ``team`` (the team, with the boat when the mode is boat) or ``pilot`` (the boat alone)."""

    start_h: float
    who: str
    part: PathPart


@dataclass(frozen=True)
class Crewing:
    """How a team and its boat travel: the motor, fuel budget, the boat's landing at the start,
    the working day (first day's start, hours a day) and every part in time order."""

    motor: str
    fuel_budget_l: Optional[float]
    boat_home: Optional[Coord]
    first_start: datetime
    hours_per_day: float
    timeline: Sequence[TimedPart]
    pilot_stays: bool = False
    boat_end: Optional[Coord] = None  # where the boat must be at the end: the end base's landing
    forest_km_day: Optional[float] = None  # the most the team walks through the forest in a day (None: no limit)


@dataclass(frozen=True)
class TeamPlan:
    team: str
    stops: Sequence[PlannedStop]
    days: Sequence[DayPlan]
    crewing: Optional[Crewing] = None
    no_plot: Optional[str] = None  # why the team visits no plot at all (a message); None when it visits some

    @property
    def fuel_l(self) -> float:
        if self.crewing is None:
            return 0.0
        return sum(t.part.fuel_l for t in self.crewing.timeline)

    @property
    def priority(self) -> float:
        return sum(s.priority for s in self.stops if s.kind == PLOT)

    @property
    def hours(self) -> float:
        return sum(d.hours for d in self.days)

    def km(self, mode: str) -> float:
        return sum(d.km(mode) for d in self.days)


@dataclass(frozen=True)
class LeftOut:
    plot_id: str
    position: Optional[Coord]
    priority: float
    reason: str
    # True when no team could ever get there (network, no-go zone, current);
    # False when it is reachable but did not fit in the teams' time.
    unreachable: bool = False

    @property
    def status(self) -> str:
        return "unreachable" if self.unreachable else "unplanned"


@dataclass(frozen=True)
class PatrolPlan:
    teams: Sequence[TeamPlan]
    left_out: Sequence[LeftOut] = field(default_factory=tuple)
    stability: Optional[Any] = None  # a stability.StabilityNote when re-planned against a previous plan

    @property
    def planned_plots(self) -> int:
        return sum(1 for t in self.teams for s in t.stops if s.kind == PLOT)
