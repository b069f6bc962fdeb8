"""Planning with boats and pilots, and laying each team's route out part by part in time.

``plan_crewed`` runs ``crew.solve_with_boats`` on the access times of the
network and turns each route's evaluation (``LegChoice``) into the paths the
team walks and rides, the waits, and the pilot's own moves with the boat
(``boat_empty``), each with its start in working hours and its fuel.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

from ..core import Feedback
from ..crew import Crew, CrewNetwork, Motor, RouteResult, at_speed, solve_with_boats, split_hours
from ..network import BOAT, TRANSFER, Leg, TravelModel
from ..optimize import Matrix, Plot, SolverOptions, Team, schedule_route
from ..optimize import TeamPlan as SolverRoute
from .model import PathPart, TimedPart

# the routes (as the solver's team plans), each route's parts per leg, each team's timeline, the plots left out
CrewedPlan = Tuple[List[SolverRoute], List[List[List[PathPart]]], List[List[TimedPart]], Dict[int, str]]

WAIT = "wait"
BOAT_EMPTY = "boat_empty"


def _parts(leg: Optional[Leg], motor: Optional[Motor], model: TravelModel, empty: bool = False) -> List[PathPart]:
    """A matrix leg as plan parts; boat parts get their fuel; ``empty`` drops the team's transfers."""
    out: List[PathPart] = []
    if leg is None:
        return out
    for p in leg.parts:
        if empty and p.mode == TRANSFER:
            continue
        fuel, hours = 0.0, p.hours
        if p.mode == BOAT and motor is not None:
            up, down = split_hours(p.hours, p.km, model.boat_kmh, model.current_kmh)
            own = at_speed(up, down, model.boat_kmh, model.current_kmh, motor.still_kmh or model.boat_kmh)
            if own is not None:  # the route's evaluation rode it, so the motor can (None only by rounding)
                hours = own[0] + own[1]
                fuel = motor.litres(*own)
        mode = BOAT_EMPTY if empty and p.mode == BOAT else p.mode
        out.append(PathPart(mode, list(p.coords), hours, p.km, fuel))
    return out


def _timed(start: float, who: str, parts: Sequence[PathPart]) -> Tuple[List[TimedPart], float]:
    out = []
    for p in parts:
        out.append(TimedPart(start, who, p))
        start += p.hours
    return out, start


def layout_route(
    cn: CrewNetwork, model: TravelModel, crew: Crew, nodes: Sequence[int], result: RouteResult
) -> Tuple[List[List[PathPart]], List[TimedPart]]:
    """Per leg the team's parts (waits included), and the whole timeline with the pilot's moves."""
    legs: List[List[PathPart]] = []
    timeline: List[TimedPart] = []
    motor = crew.motor
    for (a, b), c in zip(zip(nodes, nodes[1:]), result.legs):
        parts: List[PathPart] = []
        if c.board is None or c.alight is None:  # walks all the way (a ride has both its landings)
            parts += _parts(cn.foot_leg(a, b) if a != b else None, motor, model)
        else:
            parts += _parts(cn.to_landing_leg(a, c.board), motor, model)
            point = cn.landings[c.board]
            wait = c.board_at - c.transfer_start
            if wait > 1e-6:
                parts.append(PathPart(WAIT, [point, point], wait, 0.0))
            parts += _parts(cn.boat_leg(c.board, c.alight), motor, model)
            parts += _parts(cn.from_landing_leg(c.alight, b), motor, model)
            if c.pilot_from is not None:
                pilot = _parts(cn.boat_leg(c.pilot_from, c.board), motor, model, empty=True)
                timeline += _timed(c.pilot_start, "pilot", pilot)[0]
        timeline += _timed(c.depart, "team", parts)[0]
        legs.append(parts)
    move = result.return_move
    if move is not None:
        pilot = _parts(cn.boat_leg(move.origin, move.destination), motor, model, empty=True)
        timeline += _timed(move.start, "pilot", pilot)[0]
    timeline.sort(key=lambda t: (t.start_h, t.who != "pilot"))
    return legs, timeline


def plan_crewed(
    cn: CrewNetwork,
    model: TravelModel,
    matrix: Matrix,
    teams: Sequence[Team],
    plots: Sequence[Plot],
    crews: Sequence[Crew],
    options: SolverOptions,
    feedback: Feedback,
) -> CrewedPlan:
    """Routes (as the solver's team plans with days and camps), each route's parts per leg,
    each team's timeline, and the plots left out with reasons."""
    boat_plan = solve_with_boats(matrix, teams, plots, crews, cn.access, options, feedback)
    service = {p.node: p.service_h for p in plots}
    priority = {p.node: p.priority for p in plots}
    routes, all_legs, timelines = [], [], []
    for team, crew, nodes, result in zip(teams, crews, boat_plan.routes, boat_plan.results):
        legs, timeline = layout_route(cn, model, crew, nodes, result)
        hours: Dict[int, Dict[int, Optional[float]]] = {}
        for (a, b), c in zip(zip(nodes, nodes[1:]), result.legs):
            hours.setdefault(a, {})[b] = c.arrive - c.depart
        stops, camps, days_used = schedule_route(team, nodes, hours, service, priority)
        served = sum(service.get(p, 0.0) for p in nodes[1:-1])
        travel = sum(c.arrive - c.depart for c in result.legs)
        routes.append(
            SolverRoute(
                team,
                tuple(nodes),
                tuple(stops),
                tuple(camps),
                sum(priority[p] for p in nodes[1:-1]),
                travel,
                served,
                days_used,
            )
        )
        all_legs.append(legs)
        timelines.append(timeline)
    return routes, all_legs, timelines, boat_plan.unplanned
