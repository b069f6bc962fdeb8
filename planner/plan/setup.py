"""The plan's entry point: the coordinator's request and the ground, to a network, crews and a plan.

The QGIS side reads the layers into a ``Ground`` and the algorithm's parameters
into a ``PlanRequest`` (once, see the package's docstring); ``prepare_plan`` then
closes the river reaches out of season on the patrol's dates, builds the network
(or takes the session's, ``NetworkCache``), sets when each day's travel ends and
gives each team its crew.  The ``PlanSetup`` it returns plans (``plan``), or
plans again with more days, teams or fuel (``what_if``).  What the setup did is
told through ``notes`` as a code and its values, for the caller to put in words.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum
from typing import Any, Callable, List, Mapping, Optional, Sequence, Tuple

from ..core import Feedback, ScaledFeedback, ensure, message
from ..core.pulse import Pulse
from ..crew import Crew, Daylight, patrol_dates, seasonal_rivers
from ..network import NetworkCache, RiverLine, Terminal, TrailLine, TravelModel, TravelNetwork, Zone
from ..optimize import SolverOptions
from .boats import Boats
from .model import PatrolPlan
from .pipeline import Assignments, BaseSite, PlotSite, Seasons, plan_patrols
from .request import TeamRequest
from .stability import PreviousPlan
from .what_if import WhatIf, what_if

NETWORK_PART = 30.0  # of the progress bar: building the network; the rest is the plan

log = logging.getLogger(__name__)


class SetupCode(Enum):
    """What a ``SetupNote`` tells, and the values it carries."""

    CLOSED_REACHES = "closed_reaches"  # count: river reaches closed to boats on the plan's dates
    BUILDING_NETWORK = "building_network"  # rivers, trails: the lines the network is built from
    NETWORK_KEPT = "network_kept"  # the session's network was taken (same lines, zones and speeds)
    DAY_ENDS = "day_ends"  # hour, minute: travel ends each day by then (on the first day)
    NETWORK_CHECK = "network_check"  # check: the ``network.NetworkCheck`` (pieces, islands, lines against the flow)
    FOREST_PER_DAY = "forest_per_day"  # km: no team walks more through the forest in a day


@dataclass(frozen=True)
class SetupNote:
    code: SetupCode
    values: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DayEnd:
    """Travel ends each day ``sunset_margin_min`` before sunset, or at ``end_hour`` when it is set."""

    sunset_margin_min: float = 30.0
    end_hour: Optional[float] = None


@dataclass(frozen=True)
class PlanRequest:
    """What the coordinator asks for, typed: built once from the algorithm's parameters."""

    teams: Tuple[TeamRequest, ...]
    start: datetime
    boats: Boats = Boats()
    day_end: Optional[DayEnd] = DayEnd()  # None: each team's hours a day, whatever the sun does
    time_limit_s: float = 10.0  # the whole search (``optimize.budget`` shares it out)
    seed: int = 1
    assignments: Assignments = Assignments()  # the coordinator's locks and drops
    stability: Optional[PreviousPlan] = None  # the plan on screen, to keep what was not asked to change
    forest_km_day: Optional[float] = None  # the most any team walks through the forest in a day (None: no limit)

    @property
    def team_names(self) -> List[str]:
        return [t.name for t in self.teams]

    def options(self) -> SolverOptions:
        return SolverOptions(seed=self.seed, time_limit_s=self.time_limit_s)

    def dates(self) -> List[date]:
        """Every day of the longest patrol: a reach closed on any of them is closed for the plan."""
        return patrol_dates(self.start.date(), max(t.days for t in self.teams))


@dataclass(frozen=True)
class Ground:
    """The layers as engine objects, in one metric CRS."""

    rivers: Sequence[RiverLine]  # every reach, with its navigable months
    bases: Sequence[BaseSite]
    plots: Sequence[PlotSite]
    trails: Sequence[TrailLine] = ()
    zones: Sequence[Zone] = ()
    model: TravelModel = TravelModel()
    lat_lon: Optional[Tuple[float, float]] = None  # the bases' middle in degrees: where the sun sets
    elevation: Any = None  # ``network.Elevation``
    elevation_key: Any = None  # what the elevation is (a DEM's file and date), for ``NetworkCache``


@dataclass(frozen=True)
class PlanSetup:
    request: PlanRequest
    ground: Ground
    network: TravelNetwork
    reused: bool  # the session's network, not built again
    closed: Tuple[RiverLine, ...]  # reaches closed to boats on the plan's dates
    daylight: Optional[Daylight]
    crews: Tuple[Crew, ...]

    @property
    def seasons(self) -> Optional[Seasons]:
        return Seasons(self.ground.rivers, self.closed, self.ground.zones) if self.closed else None

    def _inputs(self) -> dict:
        g, r = self.ground, self.request
        return dict(
            network=self.network,
            bases=g.bases,
            plots=g.plots,
            teams=list(r.teams),
            start=r.start,
            options=r.options(),
            assignments=r.assignments,
            crews=list(self.crews),
            daylight=self.daylight,
            seasons=self.seasons,
        )

    def plan(self, previous: Optional[PatrolPlan] = None, feedback: Optional[Feedback] = None) -> PatrolPlan:
        """The plan; ``previous`` (the last plan for the same question) is where the search starts."""
        return plan_patrols(
            feedback=ScaledFeedback(ensure(feedback), NETWORK_PART, 100),
            previous=previous,
            stability=self.request.stability,
            **self._inputs(),
        )

    def what_if(self, feedback: Optional[Feedback] = None) -> List[WhatIf]:
        return what_if(feedback=ScaledFeedback(ensure(feedback), NETWORK_PART, 100), **self._inputs())


def prepare_plan(
    request: PlanRequest,
    ground: Ground,
    networks: Optional[NetworkCache] = None,
    feedback: Optional[Feedback] = None,
    notes: Optional[Callable[[SetupNote], None]] = None,
) -> PlanSetup:
    """Seasons, network, daylight and crews for ``request``; ``networks`` is the session's cache."""
    tell = notes or (lambda note: None)
    rivers, closed = seasonal_rivers(ground.rivers, request.dates())
    if closed:
        tell(SetupNote(SetupCode.CLOSED_REACHES, {"count": len(closed)}))
    tell(SetupNote(SetupCode.BUILDING_NETWORK, {"rivers": len(rivers), "trails": len(ground.trails)}))
    crews = _own_speeds(request.boats.crews(request.team_names), ground.model.boat_kmh)
    if request.forest_km_day is not None:
        crews = [replace(c, forest_km_day=request.forest_km_day) for c in crews]
        tell(SetupNote(SetupCode.FOREST_PER_DAY, {"km": request.forest_km_day}))
    networks = networks or NetworkCache()
    check = networks.check(
        rivers,
        ground.trails,
        [Terminal(b.name, b.geometry) for b in ground.bases],
        [Terminal(p.plot_id, p.geometry) for p in ground.plots],
        ground.model,
    )
    if check.findings or check.road_nodes:
        tell(SetupNote(SetupCode.NETWORK_CHECK, {"check": check}))
    pulse = Pulse(ensure(feedback))  # the note above is the phase's first line; its progress is logged too
    pulse.phase(message("phase_network"), announce=False)
    network, reused = networks.network(
        rivers,
        ground.trails,
        ground.zones,
        _fastest_boat(ground.model, crews),
        ground.elevation,
        ground.elevation_key,
        ScaledFeedback(pulse, 0, NETWORK_PART),
    )
    if reused:
        tell(SetupNote(SetupCode.NETWORK_KEPT))
    log.debug("%s", network.stats)  # for developers: the coordinator's log shows no dumps
    daylight = None
    if request.day_end is not None:
        daylight = _daylight(request.day_end, ground.lat_lon)
        end = round(daylight.day_end(request.start.date()) * 60)
        tell(SetupNote(SetupCode.DAY_ENDS, {"hour": end // 60, "minute": end % 60}))
    return PlanSetup(request, ground, network, reused, tuple(closed), daylight, tuple(crews))


def _own_speeds(crews: Sequence[Crew], boat_kmh: float) -> List[Crew]:
    """A motor without a speed of its own (the coordinator's litres per hour) rides at the boat speed asked."""
    return [
        replace(c, motor=replace(c.motor, still_kmh=boat_kmh)) if c.motor and c.motor.still_kmh is None else c
        for c in crews
    ]


def _fastest_boat(model: TravelModel, crews: Sequence[Crew]) -> TravelModel:
    """The network at the fastest motor's speed: the optimizer's times (boat and foot mixed freely) must stay
    a lower bound of every team's, and each crew rides them again at its own speed (``crew.at_speed``)."""
    speeds = [c.motor.still_kmh for c in crews if c.motor is not None and c.motor.still_kmh is not None]
    return replace(model, boat_kmh=max(speeds)) if speeds else model


def _daylight(day_end: DayEnd, lat_lon: Optional[Tuple[float, float]]) -> Daylight:
    if lat_lon is None:
        if day_end.end_hour is None:
            raise ValueError("sunset needs where the bases are (Ground.lat_lon)")
        lat_lon = (0.0, 0.0)  # a set hour: the place does not matter
    return Daylight(lat_lon[0], lat_lon[1], margin_min=day_end.sunset_margin_min, end_hour=day_end.end_hour)
