# SPDX-License-Identifier: GPL-2.0-or-later
"""Places known to be watched or dangerous: kept out of the plan, or visited only by teams big enough.

A ``RiskPlace`` (a camp of an armed group, an airstrip, a recent threat) has a
distance to keep.  With no minimum team size, no team goes nearer: its circle
becomes a no-go zone of the network (unless a base lies inside it: the team
must still leave home) and the plots inside are left out with the reason.  With
a minimum size, only teams that large may visit the plots inside (the others
are kept from them); a plot no team is large enough for is left out; a smaller
team whose way passes nearer than the distance is told after the plan.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Dict, List, Mapping, Sequence, Tuple

from shapely.geometry import LineString, Point

from ..core import InputError
from ..core.messages import Message, message
from ..network import Zone
from ..plan import Assignments, Ground, LeftOut, PatrolPlan, PlanRequest
from ..plan import TeamPlan as PlannedTeam


@dataclass(frozen=True)
class RiskPlace:
    name: str
    geometry: Any  # shapely, in the plan's metric CRS
    keep_m: float
    min_team: int = 0  # 0: every team keeps away; n: teams of at least n people may go nearer


@dataclass(frozen=True)
class RiskOutcome:
    ground: Ground
    request: PlanRequest
    left_out: Tuple[LeftOut, ...]  # plots no team may visit, each with its reason


@dataclass(frozen=True)
class RiskNote:
    team: str
    reason: Message


def _size(team: str, sizes: Mapping[str, int]) -> int:
    return int(sizes.get(team, 0))


def apply_risk(
    ground: Ground, request: PlanRequest, places: Sequence[RiskPlace], team_sizes: Mapping[str, int]
) -> RiskOutcome:
    """The ground and request with the risk places' rules in: zones, plots left out, plots kept from small teams."""
    if not places:
        return RiskOutcome(ground, request, ())
    names = request.team_names
    zones = list(ground.zones)
    for place in places:
        allowed = [t for t in names if place.min_team > 0 and _size(t, team_sizes) >= place.min_team]
        circle = place.geometry.buffer(place.keep_m)
        if not allowed and not any(circle.contains(b.geometry) for b in ground.bases):
            zones.append(Zone(circle, None, f"risk {place.name}"))
    kept_plots = []
    left: List[LeftOut] = []
    drops: Dict[str, Tuple[str, ...]] = dict(request.assignments.drops)
    for plot in ground.plots:
        too_small: set = set()
        reason = None
        for place in places:
            distance = place.geometry.distance(plot.geometry)
            if distance > place.keep_m:
                continue
            if place.min_team <= 0:
                reason = message("risk_place_keep_out", place=place.name, distance=distance, keep=place.keep_m)
                break
            too_small |= {t for t in names if _size(t, team_sizes) < place.min_team}
            if len(too_small) == len(names):
                reason = message("risk_place_team_small", place=place.name, size=place.min_team)
                break
        if reason is not None:
            point = plot.geometry if plot.geometry.geom_type == "Point" else plot.geometry.representative_point()
            left.append(LeftOut(plot.plot_id, (point.x, point.y), plot.priority, reason, True))
            continue
        if too_small:
            drops[plot.plot_id] = tuple(sorted(set(drops.get(plot.plot_id, ())) | too_small))
        kept_plots.append(plot)
    assignments = Assignments(dict(request.assignments.locks), drops)
    return RiskOutcome(
        replace(ground, plots=tuple(kept_plots), zones=tuple(zones)),
        replace(request, assignments=assignments),
        tuple(left),
    )


def with_left_out(plan: PatrolPlan, extra: Sequence[LeftOut]) -> PatrolPlan:
    """The plan with the plots the risk places left out among its left-out plots."""
    return replace(plan, left_out=(*plan.left_out, *extra)) if extra else plan


def _team_lines(team: PlannedTeam) -> List[Any]:
    lines = []
    for day in team.days:
        for part in day.parts:
            coords = [tuple(c) for c in part.coords]
            if len(coords) >= 2:
                lines.append(LineString(coords))
            elif coords:
                lines.append(Point(coords[0]))
    return lines


def risk_notes(plan: PatrolPlan, places: Sequence[RiskPlace], team_sizes: Mapping[str, int]) -> List[RiskNote]:
    """Each team whose way passes nearer a risk place than it should (a team too small for it, or any team
    for a place whose circle could not be closed because a base lies inside)."""
    out = []
    for team in plan.teams:
        lines = _team_lines(team)
        for place in places:
            if place.min_team > 0 and _size(team.team, team_sizes) >= place.min_team:
                continue
            nearest = min((line.distance(place.geometry) for line in lines), default=float("inf"))
            if nearest < place.keep_m:
                out.append(
                    RiskNote(
                        team.team,
                        message(
                            "risk_place_passed", team=team.team, place=place.name, distance=nearest, keep=place.keep_m
                        ),
                    )
                )
    return out


def parse_team_sizes(text: str, teams: Sequence[str], source: str = "team_sizes") -> Dict[str, int]:
    """``"Equipo A=6;Equipo B=4"`` as team -> people; ``source`` names the input in the errors."""
    out: Dict[str, int] = {}
    for chunk in filter(None, (c.strip() for c in (text or "").split(";"))):
        team, _, size = (x.strip() for x in chunk.partition("="))
        if team not in teams:
            raise InputError(message("risk_team_unknown", team=team, known=", ".join(teams) or "-"), source)
        if not size.isdigit() or not 1 <= int(size) <= 200:
            raise InputError(message("risk_team_size", team=team, size=size), source)
        out[team] = int(size)
    return out
