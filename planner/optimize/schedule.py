"""Days, clock times and night camps along one team's route.

Each day a team works (travels and inspects or dismantles) at most
``hours_per_day``, starting at ``start_time``; service time counts against
the day like travel because daylight is the limit.  When the day's hours
run out the team camps where it is: part-way along a leg (reported as the
leg index and the fraction of that leg's travel time already done, so the
network side can place the camp on the path) or at a plot whose service then
goes on the next morning (fraction 1.0 of the leg that reached it).  Under
this rule a route fits in ``days`` exactly when its total working time is at
most ``days * hours_per_day``, which is what the optimizer checks.
"""

from __future__ import annotations

from typing import Dict, List, Sequence, Tuple

from .problem import Camp, LegHours, Stop, Team

_EPS = 1e-9


def _clock_hours(team: Team) -> float:
    t = team.start_time
    return t.hour + t.minute / 60.0 + t.second / 3600.0


def schedule_route(
    team: Team,
    nodes: Sequence[int],
    matrix: LegHours,
    service_h: Dict[int, float],
    priority: Dict[int, float],
) -> Tuple[List[Stop], List[Camp], int]:
    """Stops (start base first, end base last), camps, and the number of days used."""
    hpd = team.hours_per_day
    start_clock = _clock_hours(team)
    day, used, elapsed = 1, 0.0, 0.0
    stops = [Stop(nodes[0], -1, 1, start_clock, 0.0, False)]
    camps: List[Camp] = []
    last = len(nodes) - 2
    for leg, (a, b) in enumerate(zip(nodes, nodes[1:])):
        hours = 0.0 if a == b else matrix[a][b]
        if hours is None:
            raise ValueError(f"no travel path from node {a} to node {b}")
        left = float(hours)
        while left > hpd - used + _EPS:
            left -= hpd - used
            camps.append(Camp(day, leg, (hours - left) / hours))
            day, used = day + 1, 0.0
        used += left
        elapsed += left
        is_plot = leg < last
        service = service_h.get(b, 0.0) if is_plot else 0.0
        worth = priority.get(b, 0.0) if is_plot else 0.0
        stops.append(Stop(b, leg, day, start_clock + used, elapsed, is_plot, service, worth))
        while service > hpd - used + _EPS:
            service -= hpd - used
            elapsed += hpd - used
            camps.append(Camp(day, leg, 1.0))
            day, used = day + 1, 0.0
        used += service
        elapsed += service
    return stops, camps, day
