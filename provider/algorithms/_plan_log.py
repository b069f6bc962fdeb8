"""What Plan patrols tells the coordinator in the Processing log once a plan is made: a line per team (plots,
hours, km by mode, fuel), why a team got no plot, and the plots left out by cause, never one line per plot."""

from __future__ import annotations

from qgis.core import QgsProcessingFeedback

from ...planner.plan import PatrolPlan, left_out_causes
from ...qgis_adapters.translation import cause_line, localized_reason
from ._base import tr


def log_plan(plan: PatrolPlan, feedback: QgsProcessingFeedback) -> None:
    for team in (t for t in plan.teams if t.no_plot is not None):
        why = localized_reason(team.no_plot)
        feedback.pushWarning(tr("Team {team} gets no plot: {reason}").format(team=team.team, reason=why))
    for team in plan.teams:
        feedback.pushInfo(
            tr("{}: {} plots, {:.1f} h, {:.1f} km by boat, {:.1f} km on trails, {:.1f} km in forest").format(
                team.team,
                sum(1 for s in team.stops if s.kind == "plot"),
                team.hours,
                team.km("boat"),
                team.km("trail"),
                team.km("forest"),
            )
        )
        feedback.pushInfo(tr("{}: {:.1f} L of fuel").format(team.team, team.fuel_l))
        limit = team.crewing.forest_km_day if team.crewing is not None else None
        if limit is not None:  # the limit stated beside what the team's hardest day holds
            most = max((day.km("forest") for day in team.days), default=0.0)
            feedback.pushInfo(
                tr("{team}: at most {limit:g} km through the forest a day; its most in a day {most:.1f} km").format(
                    team=team.team, limit=limit, most=most
                )
            )
    if plan.left_out:  # by cause, with the first few plots of each: the layer has every plot and its reason
        feedback.pushInfo(tr("{count} plots left out:").format(count=len(plan.left_out)))
    for cause in left_out_causes(plan.left_out, first=5):
        feedback.pushInfo(cause_line(cause))
