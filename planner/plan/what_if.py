"""What one more day, one more team or more fuel would add to a plan.

Plans again with each change on the same network and inputs and reports the
plots and priority gained over the plan as asked.  Each run is a whole
``plan_patrols`` (matrix, boats and all); the caller runs this in the
background (the Processing algorithm ``what_if`` does).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import List, Optional, Sequence, Tuple

from ..core import Feedback, ScaledFeedback, check_cancel, ensure
from ..core.pulse import Pulse
from ..crew import MOTORS, Crew, Daylight
from ..network import TravelNetwork
from ..optimize import SolverOptions, budget
from .aside import check_bases, set_aside
from .model import PatrolPlan
from .pipeline import Assignments, BaseSite, PlotSite, Seasons, plan_patrols
from .request import TeamRequest


@dataclass(frozen=True)
class WhatIf:
    label: str  # "as planned", "one more day", "one more team", "more fuel"
    plots: int
    priority: float
    extra_plots: int = 0
    extra_priority: float = 0.0


ASIDE_SHARE = 5.0  # per cent of the bar: the plots off the network set aside, before the plans


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
    """The plan as asked, then with one more day for every team, one more team (from the first team's
    base, with its boat) and, when fuel is limited, ``fuel_factor`` times the fuel."""
    fb = ensure(feedback)
    crews = list(crews) if crews is not None else [Crew(MOTORS["peque"]) for _ in teams]
    extra = TeamRequest(
        f"{teams[0].name} (+1)", teams[0].base, teams[0].end_base, teams[0].days, teams[0].hours_per_day
    )
    runs = [
        ("as planned", list(teams), crews),
        ("one more day", [replace(t, days=t.days + 1) for t in teams], crews),
        ("one more team", list(teams) + [extra], crews + [crews[0]]),
    ]
    if any(c.fuel_l is not None for c in crews):
        runs.append(
            (
                "more fuel",
                list(teams),
                [replace(c, fuel_l=None if c.fuel_l is None else c.fuel_l * fuel_factor) for c in crews],
            )
        )
    out: List[WhatIf] = []
    share = replace(budget.what_if(options or SolverOptions(), len(runs)), explain_left_out=False)
    # The plots off the network are set aside once, not in each plan: they change no plan's count.
    geometry_of = {b.name: b.geometry for b in bases}
    check_bases(network, sorted({t.base for t in teams} | {t.end_base for t in teams}), geometry_of)
    pulse = Pulse(fb)
    plots, _ = set_aside(network, plots, pulse, ScaledFeedback(pulse, 0, ASIDE_SHARE))
    fb = ScaledFeedback(fb, ASIDE_SHARE, 100.0)
    for k, (label, run_teams, run_crews) in enumerate(runs):
        check_cancel(fb)
        part = ScaledFeedback(fb, 100.0 * k / len(runs), 100.0 * (k + 1) / len(runs))
        plan = plan_patrols(
            network,
            bases,
            plots,
            run_teams,
            start,
            share,
            assignments,
            part,
            crews=run_crews,
            daylight=daylight,
            seasons=seasons,
        )
        count, priority = _score(plan)
        base = out[0] if out else None
        out.append(
            WhatIf(label, count, priority, count - base.plots if base else 0, priority - base.priority if base else 0.0)
        )
    return out
