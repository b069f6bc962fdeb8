"""The patrol optimizer's problem and answer, as plain frozen dataclasses.

The problem is the Team Orienteering Problem with asymmetric travel times:
``k`` teams, each with its own start and end base and a working-time budget
of ``days * hours_per_day``, choose ordered plots to maximise the total
priority visited (ties: least total time).

Budget model (decided for issue 4): service time counts against
``hours_per_day`` exactly like travel, because daylight is the limit, not
walking.  A team camps wherever its day's hours run out, also in the middle
of a leg (the network side places the camp on the path) or at a plot whose
inspection or dismantling then continues the next morning.  Hence a route is
feasible exactly when travel + service <= days * hours_per_day, which keeps
feasibility a sum of cached route lengths, and a TOP benchmark instance
(one budget ``tmax`` per vehicle) is ``days=1, hours_per_day=tmax``.

Node indices refer to the travel-time matrix supplied by the network engine;
plots are identified by their node.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from typing import Dict, FrozenSet, List, Optional, Protocol, Sequence, Tuple

Matrix = Sequence[Sequence[Optional[float]]]


class HoursFrom(Protocol):
    """One node's row of a ``LegHours``: the hours to node ``b`` (None: no way)."""

    def __getitem__(self, b: int, /) -> Optional[float]: ...


class LegHours(Protocol):
    """``hours[a][b]``, the travel hours from node a to node b: a whole ``Matrix``, or only the legs of
    one route (``{a: {b: hours}}``)."""

    def __getitem__(self, a: int, /) -> HoursFrom: ...


@dataclass(frozen=True)
class Team:
    name: str
    start: int
    end: int
    days: int = 1
    hours_per_day: float = 8.0
    start_time: time = time(6, 0)

    @property
    def budget_h(self) -> float:
        return self.days * self.hours_per_day


@dataclass(frozen=True)
class Plot:
    node: int
    priority: float = 1.0
    service_h: float = 0.0
    mandatory: bool = False
    # Names of the teams that may visit this plot (None: any team).  The
    # coordinator's "lock to team" and "keep from team" end up here.
    teams: Optional[FrozenSet[str]] = None


@dataclass(frozen=True)
class SolverOptions:
    """Search settings.  ``stall_s`` ends the search after that long without a
    better plan (default: ``budget.stall``, a third of the time limit); the search
    also ends at once when the score bound (all reachable priority) is met."""

    seed: int = 0
    time_limit_s: float = 10.0
    stall_s: Optional[float] = None
    # Routes of at most this many plots are re-ordered exactly at the end.
    exact_order_max: int = 8
    # A previous plan to start from: per team (in ``teams`` order) its plot nodes in visiting order.
    # Plots no longer allowed, or over the budget, are taken out first (``warm``).
    initial_routes: Tuple[Tuple[int, ...], ...] = ()
    # False: a plot the boats leave out keeps the search's reason, without trying it in every route (a what-if
    # counts plots and gives no reasons: hundreds of such trials were a quarter of its time, issue 25).
    explain_left_out: bool = True
    # The teams (indices in ``teams``) whose routes grow from ``initial_routes``, a plan still possible as it is
    # (a what-if's change only adds a day, a team or fuel to them): the other teams keep theirs, and there is no
    # search from scratch (issue 25).  A plan the boats can no longer do is searched as usual.
    grow: Tuple[int, ...] = ()
    # The teams whose plan the coordinator kept: (team index, its plots in the order it was briefed).  When the
    # plan gives such a team those same plots it visits them in that order, if the boats can: the files it
    # carries stay as they are, whatever order the search found in its time.
    kept_orders: Tuple[Tuple[int, Tuple[int, ...]], ...] = ()


@dataclass(frozen=True)
class Stop:
    """A visit along a route.  ``day`` is 1-based; ``clock_h`` is the clock
    time of arrival in hours since midnight (6.5 = 06:30)."""

    node: int
    leg: int  # index of the leg that arrives here (0 = first leg from the start base)
    day: int
    clock_h: float
    elapsed_h: float  # working hours since the start, travel + service
    is_plot: bool
    service_h: float = 0.0
    priority: float = 0.0

    @property
    def clock(self) -> str:
        minutes = int(round(self.clock_h * 60.0))
        return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class Camp:
    """Where night ``night`` (after day ``night``) is spent: ``fraction`` of
    the travel time of leg ``leg`` is done.  ``fraction == 1.0`` means at the
    stop that ends the leg (e.g. an unfinished dismantling goes on next day)."""

    night: int
    leg: int
    fraction: float


@dataclass(frozen=True)
class TeamPlan:
    team: Team
    nodes: Tuple[int, ...]  # start base, plots in order, end base
    stops: Tuple[Stop, ...]
    camps: Tuple[Camp, ...]
    priority: float
    travel_h: float
    service_h: float
    days_used: int

    @property
    def total_h(self) -> float:
        return self.travel_h + self.service_h

    @property
    def plots(self) -> Tuple[int, ...]:
        return self.nodes[1:-1]


@dataclass(frozen=True)
class Plan:
    routes: Tuple[TeamPlan, ...]
    unplanned: Dict[int, str] = field(default_factory=dict)  # plot node -> reason
    upper_bound: float = 0.0  # total priority of all reachable plots
    seconds: float = 0.0
    iterations: int = 0

    @property
    def total_priority(self) -> float:
        return sum(r.priority for r in self.routes)

    @property
    def total_hours(self) -> float:
        return sum(r.total_h for r in self.routes)

    def visited(self) -> List[int]:
        return [p for r in self.routes for p in r.plots]
