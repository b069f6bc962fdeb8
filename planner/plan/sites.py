# SPDX-License-Identifier: GPL-2.0-or-later
"""The plan's places (bases and plots) and the travel times between them, as far as any team can go.

Shared by a plan (``pipeline``) and a what-if (``what_if``), which makes the tables of its plans first
to know how far the walks to the landings must be searched.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Dict, List, Optional, Sequence, Tuple

from ..core import Feedback, PlanningError, message
from ..core.pulse import Pulse
from ..crew import Daylight
from ..network import Terminal, TravelMatrix, TravelNetwork
from .request import TeamRequest

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BaseSite:
    name: str
    geometry: Any = field(compare=False)  # shapely geometry, metric CRS
    sensitive: bool = True  # community bases stay off the units by default


@dataclass(frozen=True)
class PlotSite:
    plot_id: str
    geometry: Any = field(compare=False)
    priority: float = 1.0
    service_min: float = 30.0
    mandatory: bool = False
    sensitive: bool = False


def travel_matrix(
    network: TravelNetwork,
    base_by_name: Dict[str, BaseSite],
    used: Sequence[str],
    plots: Sequence[PlotSite],
    teams: Sequence[TeamRequest],
    start: datetime,
    daylight: Optional[Daylight],
    pulse: Pulse,
    progress: Feedback,
) -> Tuple[List[Terminal], TravelMatrix]:
    """The terminals (the ``used`` bases, then the plots) and the travel times between them."""
    terminals = [Terminal(("base", name), base_by_name[name].geometry) for name in used]
    terminals += [Terminal(("plot", p.plot_id), p.geometry) for p in plots]
    log.debug("travel times between %d bases and %d plots", len(used), len(plots))
    # No team travels longer than its days, and from a plot reached after t hours no longer than what is
    # left: the searches need not look farther (a plot beyond is still told apart, with its whole trip).
    budgets = [t.days * working_hours(t, start, daylight) for t in teams]
    reach = sorted({(list(used).index(t.base), h) for t, h in zip(teams, budgets)})
    pulse.phase(message("phase_searches", bases=len(used), plots=len(plots)))
    return terminals, network.matrix(terminals, feedback=progress, horizon_h=max(budgets), reach=reach)


def limits_of(matrix: TravelMatrix) -> Dict[int, float]:
    """How far the searches from each terminal went (the hours a team has left there), where limited."""
    return {i: limit for i in range(len(matrix.terminals)) if (limit := matrix.limit_of(i)) is not None}


def working_hours(team: TeamRequest, start: datetime, daylight: Optional[Daylight]) -> float:
    """The team's working hours a day: its own, or fewer where daylight ends travel earlier."""
    if daylight is None:
        return team.hours_per_day
    start = team.departure(start)
    clock = start.hour + start.minute / 60.0
    hours = daylight.working_hours(start.date(), team.days, clock, team.hours_per_day)
    if hours <= 0:
        raise PlanningError(message("plan_day_over", team=team.name, time=f"{start:%H:%M}"))
    return hours
