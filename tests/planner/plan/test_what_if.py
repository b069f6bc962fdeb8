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


def _one_river(crews=None):
    """Norte of the first test on its river, one 6-hour day (with ``crews``: its boat and fuel)."""
    net = build_network([RiverLine([(0, 0), (20_000, 0)], fid=1)], [])
    plots = [PlotSite(f"P{x}", Point(x * 1000, 0), 1, 180) for x in (4, 8, 12, 16)]
    teams = [TeamRequest("Norte", "Alfa", "Alfa", 1, 6)]
    start, options = datetime(2026, 12, 1, 6), SolverOptions(seed=1, time_limit_s=1.0)
    return what_if(net, [BaseSite("Alfa", Point(0, 0))], plots, teams, start, options, crews=crews)


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
    options = _one_river()
    day = next(o for o in options if o.label == "one more day")
    assert (day.extra_plots, day.extra_priority) == (0, 0.0) and day.plots == options[0].plots
    assert calls[0] is None and all(previous is not None for previous in calls[1:]), "they start from the plan asked"


def _inland():
    """A river, two trails inland from it with landings where they meet it, base Alfa on the bank; five plots
    by the trails (a walk to a landing, then the boat): few enough plots that the boats' plan is exact, so a
    plan made twice from the same inputs is the same plan."""
    from patrol_planner.planner.network import TrailLine

    rivers = [RiverLine([(0, 0), (20_000, 0)], fid=1)]
    trails = [
        TrailLine([(5_000, 0), (5_000, 6_000)], fid=2),
        TrailLine([(12_000, 0), (12_000, 5_000)], fid=3),
        TrailLine([(5_000, 3_000), (12_000, 3_000)], fid=4),  # from trail to trail: long walks to far landings
    ]
    plots = [
        PlotSite("T1", Point(5_300, 2_000), 3, 60),
        PlotSite("T2", Point(4_700, 4_500), 2, 60),
        PlotSite("T3", Point(12_300, 1_500), 2, 60),
        PlotSite("T4", Point(11_800, 4_000), 1, 60),
        PlotSite("R1", Point(17_000, 300), 1, 60),
    ]
    return rivers, trails, [BaseSite("Alfa", Point(0, 100))], plots


def test_a_what_if_walks_to_the_landings_once_and_each_change_plans_as_a_plan_alone(monkeypatch) -> None:
    """The what-if plans on one network with one set of plots: the walks from the plots to the boat landings
    (seconds each with an alert file, issue 25) are searched once for all its plans, not once per plan, and
    each plan is the one a plan alone makes from the same inputs on a network of its own."""
    import importlib

    from patrol_planner.planner.crew import access as access_module
    from patrol_planner.planner.plan import plan_patrols

    module = importlib.import_module("patrol_planner.planner.plan.what_if")
    rivers, trails, bases, plots = _inland()
    teams = [TeamRequest("Norte", "Alfa", "Alfa", 1, 5)]
    crews = [Crew(MOTORS["peque"], fuel_l=3.0)]
    options = SolverOptions(seed=1, time_limit_s=1.0)
    walks = []
    real_walks = access_module._walks
    monkeypatch.setattr(access_module, "_walks", lambda *args: walks.append(args[3]) or real_walks(*args))
    alone = plan_patrols(
        build_network(rivers, trails), bases, plots, teams, datetime(2026, 12, 1, 6), options, crews=crews
    )
    once = len(walks)
    assert alone.planned_plots and once >= 1

    made = []
    real_plan = module.plan_patrols
    monkeypatch.setattr(module, "plan_patrols", lambda *a, **k: made.append((a, k, real_plan(*a, **k))) or made[-1][2])
    walks.clear()
    answers = what_if(
        build_network(rivers, trails), bases, plots, teams, datetime(2026, 12, 1, 6), options, crews=crews
    )
    assert [a.label for a in answers] == ["as planned", "one more day", "one more team", "more fuel"]
    assert len(walks) == once, "the what-if's four plans walk to the landings as often as one plan"
    for args, kwargs, plan in made:
        again = real_plan(build_network(rivers, trails), *args[1:], **kwargs)
        assert again.teams == plan.teams and again.left_out == plan.left_out


def test_each_change_grows_from_the_plan_as_asked(monkeypatch) -> None:
    """The plan as asked is searched; each change only adds a day, a team or fuel, so it starts from that plan and
    grows the routes of the team it is for (``SolverOptions.grow``), with no search from scratch (issue 25: the ten
    plans of the alert file)."""
    import importlib

    module = importlib.import_module("patrol_planner.planner.plan.what_if")
    real = module.plan_patrols
    grows = []
    monkeypatch.setattr(module, "plan_patrols", lambda *a, **k: grows.append(a[5].grow) or real(*a, **k))
    _one_river([Crew(MOTORS["peque"], fuel_l=2.4)])
    assert grows == [(), (0,), (0, 1), (0,)]  # nothing; then the team, the team and its partner, the team
