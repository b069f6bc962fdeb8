"""From network and plots to a finished plan: matrix, optimizer, days and camps.

This is the whole planning step in plain Python; the Processing algorithm
only turns layers into these inputs and the ``PatrolPlan`` back into layers.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple, Union

from ..core import Feedback, PlanningError, ScaledFeedback, check_cancel, collector_paused, ensure, message
from ..core.pulse import Pulse
from ..core.wording import code_of
from ..crew import MOTORS, Crew, Daylight, build_access, cut_off_plots
from ..network import TOO_FAR, RiverLine, TravelMatrix, TravelNetwork, Zone
from ..optimize import Camp, Plot, SolverOptions, Team
from ..optimize import Plan as SolverPlan
from ..optimize import TeamPlan as SolverRoute
from .aside import check_bases, point_of, set_aside
from .causes import network_reason
from .crewed import CrewedPlan, plan_crewed
from .idle import why_no_plot
from .leg_split import split_parts
from .model import BASE, CAMP, PLOT, Coord, Crewing, DayPlan, LeftOut, PathPart, PatrolPlan, PlannedStop, TeamPlan
from .previous import initial_routes, kept_orders
from .request import TeamRequest
from .sites import BaseSite, PlotSite, limits_of, travel_matrix, working_hours
from .stability import PreviousPlan, solve_stably

log = logging.getLogger(__name__)
# reasons for a plot some team could reach, only not in this plan ("not enough time" also with the boat)
IN_REACH = frozenset(
    {
        "not_enough_time",
        "boat_too_slow",
        "not_enough_fuel",
        "forest_per_day",
        "mandatory_missing",
        "kept_from_every_team",
    }
)


@dataclass(frozen=True)
class Assignments:
    """Coordinator's corrections between two runs: plot id -> team names."""

    locks: Dict[str, Tuple[str, ...]] = field(default_factory=dict)
    drops: Dict[str, Tuple[str, ...]] = field(default_factory=dict)

    def allowed(self, plot_id: str, teams: Sequence[str]) -> Optional[FrozenSet[str]]:
        locked = self.locks.get(plot_id)
        allowed = set(locked) if locked else set(teams)
        allowed -= set(self.drops.get(plot_id, ()))
        return None if allowed == set(teams) else frozenset(allowed)


def plan_patrols(
    network: TravelNetwork,
    bases: Sequence[BaseSite],
    plots: Sequence[PlotSite],
    teams: Sequence[TeamRequest],
    start: datetime,
    options: Optional[SolverOptions] = None,
    assignments: Optional[Assignments] = None,
    feedback: Optional[Feedback] = None,
    crews: Optional[Sequence[Crew]] = None,
    daylight: Optional[Daylight] = None,
    seasons: Optional[Seasons] = None,
    previous: Optional[PatrolPlan] = None,
    stability: Optional[PreviousPlan] = None,
    walk_h: Optional[Dict[int, float]] = None,
) -> PatrolPlan:
    """The plan; ``crews`` gives each team's boat, pilot and fuel (default: a peque-peque, no fuel limit),
    ``daylight`` ends each day's travel before sunset, ``seasons`` says which reaches were closed (to
    explain the plots they cut off); ``previous`` (the last plan for these plots) is where the optimizer
    starts, and ``stability`` (what the coordinator changed since the plan on screen) keeps the untouched
    teams' routes.  ``walk_h`` (per terminal, at least this plan's ``TravelMatrix.limit_of``): how far the
    walks to the boat landings are searched, for plans that share one search (``what_if``); the plan is
    the same."""
    with collector_paused():  # the searches' and the optimizer's allocation bursts, as in the network's build
        return _plan(
            network,
            bases,
            plots,
            teams,
            start,
            options,
            assignments,
            feedback,
            crews,
            daylight,
            seasons,
            previous,
            stability,
            walk_h,
        )


def _plan(
    network: TravelNetwork,
    bases: Sequence[BaseSite],
    plots: Sequence[PlotSite],
    teams: Sequence[TeamRequest],
    start: datetime,
    options: Optional[SolverOptions],
    assignments: Optional[Assignments],
    feedback: Optional[Feedback],
    crews: Optional[Sequence[Crew]],
    daylight: Optional[Daylight],
    seasons: Optional[Seasons],
    previous: Optional[PatrolPlan],
    stability: Optional[PreviousPlan],
    walk_h: Optional[Dict[int, float]],
) -> PatrolPlan:
    pulse = Pulse(ensure(feedback))  # a line in the log at least every pulse, in every phase
    feedback = pulse
    crews = list(crews) if crews is not None else [Crew(MOTORS["peque"]) for _ in teams]
    if len(crews) != len(teams):
        raise PlanningError(message("plan_boat_count", teams=len(teams), boats=len(crews)))
    options = options or SolverOptions()
    assignments = assignments or Assignments()
    if not plots:
        raise PlanningError(message("no_plots_left"))
    base_by_name = {b.name: b for b in bases}
    used = sorted({t.base for t in teams} | {t.end_base for t in teams})
    check_bases(network, used, {name: base_by_name[name].geometry for name in used})
    order = {p.plot_id: k for k, p in enumerate(plots)}
    geometry_of = {p.plot_id: p.geometry for p in plots}
    plots, aside = set_aside(network, plots, pulse, ScaledFeedback(pulse, 0, 3))
    progress = ScaledFeedback(feedback, 3, 35)
    terminals, matrix = travel_matrix(network, base_by_name, used, plots, teams, start, daylight, pulse, progress)
    node_of_base = {name: i for i, name in enumerate(used)}
    first_plot = len(used)
    horizon = max(t.days * working_hours(t, start, daylight) for t in teams)
    check_cancel(feedback)
    for name in used:
        cut_off_base = matrix.unreachable_terminals.get(("base", name))
        if cut_off_base:
            raise PlanningError(message("plan_base_unreachable", base=name, reason=cut_off_base))

    team_names = [t.name for t in teams]
    solver_teams = [
        Team(
            t.name,
            node_of_base[t.base],
            node_of_base[t.end_base],
            t.days,
            working_hours(t, start, daylight),
            t.departure(start).time(),
        )
        for t in teams
    ]
    solver_plots = [
        Plot(
            first_plot + k,
            p.priority,
            p.service_min / 60.0,
            p.mandatory or bool(assignments.locks.get(p.plot_id)),
            assignments.allowed(p.plot_id, team_names),
        )
        for k, p in enumerate(plots)
    ]
    pulse.phase(message("phase_landings"))
    access = build_access(
        network,
        terminals,
        list(range(first_plot)),
        ScaledFeedback(feedback, 35, 45),
        horizon_h=limits_of(matrix),
        search_h=walk_h,
    )
    node_of_plot = {p.plot_id: first_plot + k for k, p in enumerate(plots)}
    warm = initial_routes(previous, team_names, node_of_plot)
    if warm:
        options = replace(options, initial_routes=warm)
    if stability is not None and stability.kept:
        options = replace(options, kept_orders=kept_orders(stability, team_names, node_of_plot))
    pulse.phase(message("phase_search", seconds=options.time_limit_s))
    solve_feedback = ScaledFeedback(feedback, 45, 95)
    crewed: Dict[int, CrewedPlan] = {}

    def run(ps: Sequence[Plot], opts: SolverOptions) -> SolverPlan:
        # The stable re-plan compares whole plans: keep each run's crew layout beside its plan.
        result = plan_crewed(access, network.model, matrix.hours, solver_teams, ps, crews, opts, solve_feedback)
        as_plan = SolverPlan(tuple(result[0]), dict(result[3]))
        crewed[id(as_plan)] = result
        return as_plan

    chosen, stability_note = solve_stably(run, solver_teams, solver_plots, node_of_plot, options, stability)
    routes, legs, timelines, unplanned = crewed[id(chosen)]
    check_cancel(feedback)
    team_plans = []
    pulse.phase(message("phase_schedule", teams=len(routes)))
    for k, r in enumerate(routes):  # each leg's path: searched again, so the bar moves per team
        feedback.set_progress(95.0 + 4.0 * k / max(1, len(routes)))
        check_cancel(feedback)
        home = access.access.home.get(r.team.start) if crews[k].has_boat else None
        end = access.access.home.get(r.team.end) if home is not None else None
        crewing = Crewing(
            motor.key if (motor := crews[k].motor) else "",
            crews[k].fuel_l,
            access.landings[home] if home is not None else None,
            datetime.combine(start.date(), r.team.start_time),
            r.team.hours_per_day,
            tuple(timelines[k]),
            crews[k].pilot_stays,
            access.landings[end] if end is not None else None,
            crews[k].forest_km_day,
        )
        team_plan = _team_plan(r, matrix, plots, first_plot, used, base_by_name, start, legs[k], crewing)
        if len(r.nodes) <= 2:  # no plot: say why rather than hand out a route to nowhere
            idle = why_no_plot(access.access, r.team, crews[k], solver_plots, matrix, terminals)
            team_plan = replace(team_plan, no_plot=idle)
        team_plans.append(team_plan)
    cut_off = {}
    if seasons is not None:
        cut_off = cut_off_plots(
            seasons.rivers,
            seasons.closed,
            network.model,
            seasons.zones,
            [base_by_name[name].geometry for name in used],
            {plots[n - first_plot].plot_id: plots[n - first_plot].geometry for n in unplanned}
            # a plot set aside may be off the network only while a reach is closed
            | {a.plot_id: geometry_of[a.plot_id] for a in aside if a.reason is TOO_FAR},
        )
    left_out = [replace(a, reason=cut_off.get(a.plot_id, a.reason)) for a in aside]
    pulse.phase(message("phase_reasons", count=len(unplanned) + len(aside)))
    for done, (node, reason) in enumerate(sorted(unplanned.items())):
        if done % 20 == 0:  # a plot no base reaches may need a search of its own
            feedback.set_progress(99.0 + done / len(unplanned))
            check_cancel(feedback)
        site = plots[node - first_plot]
        why = matrix.unreachable_terminals.get(("plot", site.plot_id)) or network_reason(
            matrix, node, reason, teams, node_of_base, site.service_min / 60.0, horizon
        )
        why = cut_off.get(site.plot_id, why)
        unreachable = why != reason or code_of(reason) not in IN_REACH
        left_out.append(LeftOut(site.plot_id, point_of(site.geometry), site.priority, why, unreachable))
    left_out.sort(key=lambda item: order[item.plot_id])
    feedback.set_progress(100)
    return PatrolPlan(tuple(team_plans), tuple(left_out), stability_note)


@dataclass(frozen=True)
class Seasons:
    """Every river line (open or not), the reaches closed on the plan's dates, the zones."""

    rivers: Sequence[RiverLine]
    closed: Sequence[RiverLine]
    zones: Sequence[Zone] = ()


def _team_plan(
    route: SolverRoute,
    matrix: TravelMatrix,
    plots: Sequence[PlotSite],
    first_plot: int,
    used: Sequence[str],
    base_by_name: Dict[str, BaseSite],
    start: datetime,
    legs: Optional[List[List[PathPart]]] = None,
    crewing: Optional[Crewing] = None,
) -> TeamPlan:
    team = route.team
    nodes = route.nodes
    if legs is None:
        legs = []
        for a, b in zip(nodes, nodes[1:]):
            leg = matrix.leg(a, b) if a != b else None
            legs.append([PathPart(p.mode, list(p.coords), p.hours, p.km) for p in leg.parts] if leg else [])
    day_start = datetime.combine(start.date(), team.start_time)

    def when(day: int, clock_h: float) -> datetime:
        return datetime.combine(start.date(), datetime.min.time()) + timedelta(days=day - 1, hours=clock_h)

    def site(node: int) -> Tuple[str, Union[BaseSite, PlotSite]]:
        if node < first_plot:
            return used[node], base_by_name[used[node]]
        return plots[node - first_plot].plot_id, plots[node - first_plot]

    # Split the route into days at the camps.
    camps_by_leg: Dict[int, List[Camp]] = {}
    for planned in route.camps:
        camps_by_leg.setdefault(planned.leg, []).append(planned)
    days: List[DayPlan] = []
    current: List[PathPart] = []
    stops: List[PlannedStop] = []
    seq = 0
    day = 1
    hpd = team.hours_per_day
    name, base = site(nodes[0])
    stops.append(PlannedStop(seq, BASE, name, point_of(base.geometry), 1, day_start, sensitive=base.sensitive))

    def camp(night: int, point: Coord) -> None:
        nonlocal seq, day, current
        end = when(day, _clock(team) + hpd)
        days.append(DayPlan(day, when(day, _clock(team)), end, tuple(current)))
        seq += 1
        stops.append(PlannedStop(seq, CAMP, f"C{night}", point, day, end))
        current = []
        day += 1

    for leg_index, parts in enumerate(legs):
        done_h = 0.0
        leg_hours = sum(p.hours for p in parts)
        leg_camps = sorted(camps_by_leg.get(leg_index, []), key=lambda c: (c.fraction, c.night))
        for night in [c for c in leg_camps if c.fraction < 1.0 - 1e-9]:
            before, parts, point = split_parts(parts, night.fraction * leg_hours - done_h)
            current += before
            done_h += sum(p.hours for p in before)
            camp(night.night, point)
        current += parts
        stop = route.stops[leg_index + 1]
        name, where = site(stop.node)
        seq += 1
        if isinstance(where, PlotSite):  # the stop is a plot (``stop.is_plot``)
            stops.append(
                PlannedStop(
                    seq,
                    PLOT,
                    name,
                    point_of(where.geometry),
                    stop.day,
                    when(stop.day, stop.clock_h),
                    plot_id=name,
                    priority=where.priority,
                    service_min=where.service_min,
                    sensitive=where.sensitive,
                )
            )
        else:
            stops.append(
                PlannedStop(
                    seq,
                    BASE,
                    name,
                    point_of(where.geometry),
                    stop.day,
                    when(stop.day, stop.clock_h),
                    sensitive=where.sensitive,
                )
            )
        # the day ran out during the inspection: the night is spent at the plot
        for night in [c for c in leg_camps if c.fraction >= 1.0 - 1e-9]:
            camp(night.night, stops[-1].position)
    last_end = when(day, route.stops[-1].clock_h)
    days.append(DayPlan(day, when(day, _clock(team)), last_end, tuple(current)))
    return TeamPlan(team.name, tuple(stops), tuple(days), crewing)


def _clock(team: Team) -> float:
    return team.start_time.hour + team.start_time.minute / 60.0
