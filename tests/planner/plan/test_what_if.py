"""What one more day, team or fuel adds, on the one-river area of test_pipeline (worked by hand)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from shapely.geometry import Point

from patrol_planner.planner.crew import MOTORS, Crew
from patrol_planner.planner.network import RiverLine, build_network
from patrol_planner.planner.optimize import SolverOptions
from patrol_planner.planner.plan import BaseSite, PlotSite, TeamRequest, what_if


def test_each_change_says_what_it_adds() -> None:
    # Plots on the bank 4, 8, 12 and 16 km downstream of Alfa, 3 h of work each.  A 6-hour day holds
    # one plot: P4 takes 1/6 + 4/15 + 1/6 + 3 + 1/6 + 4/9 + 1/6 = 4.38 h, P8 5.09 h, both 7.2 h.
    # Fuel (1.2 L/h down, 1.8 L/h up): P4 1.12 L, P8 and back 2.24 L, P12 3.36 L; the budget is 2.4 L.
    # So: one plot as planned; one more day: P4 and P8 (2.24 L); one more team: P4 and P8, one each;
    # more fuel (3.6 L): still one plot in one day.
    net = build_network([RiverLine([(0, 0), (20_000, 0)], fid=1)], [])
    plots = [PlotSite(f"P{x}", Point(x * 1000, 0), 1, 180) for x in (4, 8, 12, 16)]
    teams = [TeamRequest("Norte", "Alfa", "Alfa", 1, 6)]
    crews = [Crew(MOTORS["peque"], fuel_l=2.4)]
    options = what_if(
        net,
        [BaseSite("Alfa", Point(0, 0))],
        plots,
        teams,
        datetime(2026, 12, 1, 6),
        SolverOptions(seed=1, time_limit_s=1.0),
        crews=crews,
    )
    got = {o.label: (o.plots, o.extra_plots) for o in options}
    assert got == {"as planned": (1, 0), "one more day": (2, 1), "one more team": (2, 1), "more fuel": (1, 0)}


def test_each_team_gets_its_own_answer() -> None:
    # Norte as above; Sur's base is on a river of its own, with no plot: nothing for Sur adds a plot, and Sur has
    # no fuel budget, so no "more fuel" for Sur.  One more day, a partner or more fuel for Norte: as above.
    net = build_network(
        [RiverLine([(0, 0), (20_000, 0)], fid=1), RiverLine([(0, 50_000), (20_000, 50_000)], fid=2)], []
    )
    plots = [PlotSite(f"P{x}", Point(x * 1000, 0), 1, 180) for x in (4, 8, 12, 16)]
    teams = [TeamRequest("Norte", "Alfa", "Alfa", 1, 6), TeamRequest("Sur", "Beta", "Beta", 1, 6)]
    crews = [Crew(MOTORS["peque"], fuel_l=2.4), Crew(MOTORS["peque"])]
    options = what_if(
        net,
        [BaseSite("Alfa", Point(0, 0)), BaseSite("Beta", Point(0, 50_000))],
        plots,
        teams,
        datetime(2026, 12, 1, 6),
        SolverOptions(seed=1, time_limit_s=1.0),
        crews=crews,
    )
    got = [(o.label, o.team, o.plots, o.extra_plots) for o in options]
    assert got == [
        ("as planned", "", 1, 0),
        ("one more day", "Norte", 2, 1),
        ("one more team", "Norte", 2, 1),
        ("more fuel", "Norte", 1, 0),
        ("one more day", "Sur", 1, 0),
        ("one more team", "Sur", 1, 0),
    ]


def test_a_change_never_reads_as_a_loss(monkeypatch) -> None:
    """One more day, team or fuel leaves the plan as asked possible: a search that found less (it ran out of time on
    a big area) says the change adds nothing, not "-2 plots" (seen on the training area with 6 s of search)."""
    import importlib

    module = importlib.import_module("patrol_planner.planner.plan.what_if")

    real = module.plan_patrols
    calls = []

    def short_of_time(*args, **kwargs):
        plan = real(*args, **kwargs)
        calls.append(kwargs.get("previous"))
        if len(calls) == 2:  # the "one more day" search comes back with nothing
            return replace(plan, teams=tuple(replace(t, stops=()) for t in plan.teams))
        return plan

    monkeypatch.setattr(module, "plan_patrols", short_of_time)
    net = build_network([RiverLine([(0, 0), (20_000, 0)], fid=1)], [])
    plots = [PlotSite(f"P{x}", Point(x * 1000, 0), 1, 180) for x in (4, 8, 12, 16)]
    options = what_if(
        net,
        [BaseSite("Alfa", Point(0, 0))],
        plots,
        [TeamRequest("Norte", "Alfa", "Alfa", 1, 6)],
        datetime(2026, 12, 1, 6),
        SolverOptions(seed=1, time_limit_s=1.0),
    )
    day = next(o for o in options if o.label == "one more day")
    assert (day.extra_plots, day.extra_priority) == (0, 0.0) and day.plots == options[0].plots
    assert calls[0] is None and all(previous is not None for previous in calls[1:]), "they start from the plan asked"
