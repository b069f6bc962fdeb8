# SPDX-License-Identifier: GPL-2.0-or-later
"""One reason per cause, never tied to one team's base, counted (issue 25, finding 5).

Thousands of plots left out read as a few causes with a count each and the first few plots of each;
a plot no base reaches reads the same whichever team is listed first."""

from __future__ import annotations

from datetime import datetime

from shapely.geometry import Point

from patrol_planner.planner.core.wording import code_of
from patrol_planner.planner.network import RiverLine, build_network
from patrol_planner.planner.optimize import SolverOptions
from patrol_planner.planner.plan import BaseSite, LeftOut, PlotSite, TeamRequest, left_out_causes, plan_patrols

START = datetime(2026, 12, 1, 6, 0)
OPTIONS = SolverOptions(seed=1, time_limit_s=0.3)


def two_rivers():
    """A river too strong to go up (current = boat speed) flowing east, and a river apart from it."""
    rivers = [
        RiverLine([(0, 0), (20_000, 0)], fid=1, current_kmh=12.0),
        RiverLine([(0, 40_000), (20_000, 40_000)], fid=2),
    ]
    bases = [BaseSite("Alfa", Point(0, 100)), BaseSite("Beta", Point(100, 100))]
    plots = [PlotSite(f"UP{k}", Point(8_000 + 1_000 * k, 100)) for k in range(4)]  # downstream: no way back
    plots += [PlotSite(f"APART{k}", Point(3_000 * k, 40_100)) for k in range(5)]  # on the other river
    return build_network(rivers, []), bases, plots


def test_a_plot_no_base_reaches_reads_the_same_whichever_team_comes_first() -> None:
    net, bases, plots = two_rivers()
    teams = [TeamRequest("Norte", "Alfa", "Alfa", 1, 8), TeamRequest("Sur", "Beta", "Beta", 1, 8)]
    first = plan_patrols(net, bases, plots, teams, START, OPTIONS)
    second = plan_patrols(net, bases, plots, teams[::-1], START, OPTIONS)
    reasons = {item.plot_id: str(item.reason) for item in first.left_out}
    assert reasons == {item.plot_id: str(item.reason) for item in second.left_out}
    assert not any("Alfa" in r or "Beta" in r for r in reasons.values())
    assert len({reasons[f"UP{k}"] for k in range(4)}) == 1
    assert len({reasons[f"APART{k}"] for k in range(5)}) == 1
    assert reasons["UP0"] != reasons["APART0"]
    assert "upstream impossible" in reasons["UP0"] and "no connection" in reasons["APART0"]


def test_the_causes_are_counted_with_their_first_few_plots() -> None:
    net, bases, plots = two_rivers()
    plan = plan_patrols(net, bases, plots, [TeamRequest("Norte", "Alfa", "Alfa", 1, 8)], START, OPTIONS)
    causes = left_out_causes(plan.left_out, first=3)
    assert [(c.count, c.first) for c in causes] == [(5, ("APART0", "APART1", "APART2")), (4, ("UP0", "UP1", "UP2"))]
    assert sum(c.count for c in causes) == len(plan.left_out)


def test_a_reason_with_its_own_figures_is_counted_under_its_cause() -> None:
    from patrol_planner.planner.core import message

    left = [
        LeftOut(f"P{k}", (0.0, 0.0), 1.0, message("trip_too_long", trip_h=30.0 + k, budget_h=24.0), True)
        for k in range(7)
    ]
    left += [LeftOut("Q", (0.0, 0.0), 1.0, message("not_enough_time"), False)]
    (too_far, no_time) = left_out_causes(left, first=2)
    assert (too_far.count, too_far.first, code_of(too_far.cause)) == (7, ("P0", "P1"), "cause_trip_too_long")
    assert (no_time.count, code_of(no_time.cause)) == (1, "not_enough_time")


def test_a_reason_read_back_as_plain_text_is_its_own_cause() -> None:
    left = [LeftOut(f"P{k}", None, 1.0, "demasiado lejos", True) for k in range(3)]
    (only,) = left_out_causes(left)
    assert (only.count, str(only.cause)) == (3, "demasiado lejos")
