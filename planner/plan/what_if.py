"""What one more day, one more team or more fuel would add to a plan, team by team.

Plans again with each change on the same network and inputs and reports the
plots and priority gained over the plan as asked: for each team, one more day
for that team, a second team from its base with the same boat, and, when it
has a fuel budget, half as much fuel again; so the coordinator sees where an
extra day, partner or drum of fuel does most.  Each run is a whole
``plan_patrols`` (matrix, boats and all); the caller runs this in the
background (the Processing algorithm ``what_if`` does).

What the runs have in common is worked out once (issue 25, with thousands of
alert plots): the plots off the network are set aside before them, each
plot's joins to the network are kept on it (``network.join``), the matrices
of the plan as asked and of one more day per team are made first and kept
(``NetworkMemo``: one more team from the same base, or more fuel, asks the
same), and the walks from the plots to the boat landings are searched once,
as far as the widest of those matrices needs (``build_access``'s
``search_h``): each plan keeps the walks within its own horizons, so it is
the plan a plan alone makes with the same inputs.  Each change only adds a day,
a team or fuel, so the plan as asked is still possible with it: the change
grows from it (``SolverOptions.grow``: no search from scratch, its share of
the time all spent growing with the boats the routes of the team it is for,
and of its partner; the other teams keep their routes).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Dict, FrozenSet, List, Optional, Sequence, Set, Tuple

from ..core import Feedback, ScaledFeedback, check_cancel, ensure
from ..core.pulse import Pulse
from ..crew import MOTORS, Crew, Daylight
from ..network import TravelNetwork
from ..optimize import SolverOptions, budget
from .aside import check_bases, set_aside
from .model import PatrolPlan
from .pipeline import Assignments, BaseSite, PlotSite, Seasons, plan_patrols
from .request import TeamRequest
from .sites import limits_of, travel_matrix


@dataclass(frozen=True)
class WhatIf:
    label: str  # "as planned", "one more day", "one more team", "more fuel"
    plots: int
    priority: float
    extra_plots: int = 0
    extra_priority: float = 0.0
    team: str = ""  # the team the change is for ("" for the plan as asked)


ASIDE_SHARE = 5.0  # per cent of the bar: the plots off the network set aside, before the plans
MATRICES_SHARE = 15.0  # and up to here: the travel times of every plan, to know how far their walks go


def _score(plan: PatrolPlan) -> Tuple[int, float]:
    return plan.planned_plots, sum(t.priority for t in plan.teams)


def what_if(
    network: TravelNetwork,
    bases: Sequence[BaseSite],
    plots: Sequence[PlotSite],
    teams: Sequence[TeamRequest],
    start: datetime,
    options: Optional[SolverOptions] = None,
    assignments: Optional[Assignments] = None,
    crews: Optional[Sequence[Crew]] = None,
    daylight: Optional[Daylight] = None,
    seasons: Optional[Seasons] = None,
    feedback: Optional[Feedback] = None,
    fuel_factor: float = 1.5,
) -> List[WhatIf]:
    """The plan as asked, then for each team: one more day, one more team like it (from its base, with its boat)
    and, when its fuel is limited, ``fuel_factor`` times its fuel."""
    fb = ensure(feedback)
    crews = list(crews) if crews is not None else [Crew(MOTORS["peque"]) for _ in teams]
    # each run: label, team, teams, crews, and the teams (indices) whose routes the change grows
    runs: List[Tuple[str, str, List[TeamRequest], List[Crew], Tuple[int, ...]]] = [
        ("as planned", "", list(teams), crews, ())
    ]
    for k, team in enumerate(teams):
        longer = [replace(t, days=t.days + 1) if i == k else t for i, t in enumerate(teams)]
        partner = TeamRequest(f"{team.name} (+1)", team.base, team.end_base, team.days, team.hours_per_day)
        runs.append(("one more day", team.name, longer, crews, (k,)))
        runs.append(("one more team", team.name, list(teams) + [partner], crews + [crews[k]], (k, len(teams))))
        fuel = crews[k].fuel_l
        if fuel is not None:
            more = [replace(c, fuel_l=fuel * fuel_factor) if i == k else c for i, c in enumerate(crews)]
            runs.append(("more fuel", team.name, list(teams), more, (k,)))
    out: List[WhatIf] = []
    asked: Optional[PatrolPlan] = None
    share = replace(budget.what_if(options or SolverOptions(), len(runs)), explain_left_out=False)
    # The plots off the network are set aside once, not in each plan: they change no plan's count.
    geometry_of = {b.name: b.geometry for b in bases}
    check_bases(network, sorted({t.base for t in teams} | {t.end_base for t in teams}), geometry_of)
    pulse = Pulse(fb)
    plots, _ = set_aside(network, plots, pulse, ScaledFeedback(pulse, 0, ASIDE_SHARE))
    walk_h = _widest(network, bases, plots, [r[2] for r in runs], start, daylight, pulse)
    fb = ScaledFeedback(fb, MATRICES_SHARE, 100.0)
    for k, (label, name, run_teams, run_crews, grow) in enumerate(runs):
        check_cancel(fb)
        part = ScaledFeedback(fb, 100.0 * k / len(runs), 100.0 * (k + 1) / len(runs))
        plan = plan_patrols(
            network,
            bases,
            plots,
            run_teams,
            start,
            replace(share, grow=grow),  # the plan as asked grows nothing: it is searched
            assignments,
            part,
            crews=run_crews,
            daylight=daylight,
            seasons=seasons,
            previous=asked,  # each change starts from the plan as asked
            walk_h=walk_h,
        )
        count, priority = _score(plan)
        if asked is None:
            asked = plan
            out.append(WhatIf(label, count, priority, 0, 0.0, name))
            continue
        base = out[0]
        # Each change only adds a day, a team or fuel: the plan as asked is still possible with it. A search that
        # found less (short of time) has not found the better plan, not a loss: the change adds at least nothing.
        if (priority, count) < (base.priority, base.plots):
            count, priority = base.plots, base.priority
        out.append(WhatIf(label, count, priority, count - base.plots, priority - base.priority, name))
    return out


def _widest(
    network: TravelNetwork,
    bases: Sequence[BaseSite],
    plots: Sequence[PlotSite],
    runs: Sequence[Sequence[TeamRequest]],
    start: datetime,
    daylight: Optional[Daylight],
    pulse: Pulse,
) -> Dict[int, float]:
    """Per terminal, the farthest any run's searches go from it (none when one of them is not limited there):
    each run's matrix made now and kept on the network for it.  Every run has the bases of the plan as asked
    (a partner leaves from its team's base), so a terminal is the same in all; a partner or more fuel asks
    for the matrix of the plan as asked (the same bases, days and hours), made once."""
    base_by_name = {b.name: b for b in bases}
    used = sorted({t.base for t in runs[0]} | {t.end_base for t in runs[0]})
    asks: Dict[FrozenSet[Tuple[str, str, int, float, float]], Sequence[TeamRequest]] = {}
    for teams in runs:
        asks.setdefault(frozenset((t.base, t.end_base, t.days, t.hours_per_day, t.shift_h) for t in teams), teams)
    widest: Dict[int, float] = {}
    unlimited: Set[int] = set()
    for k, teams in enumerate(asks.values()):
        check_cancel(pulse)
        step = (MATRICES_SHARE - ASIDE_SHARE) / len(asks)
        part = ScaledFeedback(pulse, ASIDE_SHARE + step * k, ASIDE_SHARE + step * (k + 1))
        terminals, matrix = travel_matrix(network, base_by_name, used, plots, teams, start, daylight, pulse, part)
        limits = limits_of(matrix)
        unlimited.update(i for i in range(len(terminals)) if i not in limits)
        for i, hours in limits.items():
            widest[i] = max(widest.get(i, hours), hours)
    return {i: hours for i, hours in widest.items() if i not in unlimited}
