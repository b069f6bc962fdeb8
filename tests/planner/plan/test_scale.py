# SPDX-License-Identifier: GPL-2.0-or-later
"""Thousands of plots, most far from any trail or river (issue 25, finding 2).

A real alert file holds thousands of plots, most farther from the network than a forest leg: they are
set aside before any search (one counted warning, each left out with its reason); a base that cannot
be reached is reported before any search; the landings searched for a terminal stop where no walk
within the horizon gets; and every phase tells the log how far it got, by a clock read on each unit
of work (the tests give it a clock that jumps, never the machine's time)."""

from __future__ import annotations

import logging
from datetime import datetime

import pytest
from shapely.geometry import Point

from patrol_planner.planner.core import PlanningError, pulse
from patrol_planner.planner.core.wording import code_of
from patrol_planner.planner.crew import access as access_module
from patrol_planner.planner.crew import build_access
from patrol_planner.planner.network import RiverLine, Terminal, TrailLine, build_network
from patrol_planner.planner.network import matrix as matrix_module
from patrol_planner.planner.optimize import SolverOptions
from patrol_planner.planner.plan import BaseSite, PlotSite, TeamRequest, plan_patrols

START = datetime(2026, 12, 1, 6, 0)
OPTIONS = SolverOptions(seed=1, time_limit_s=0.3)


def basin():
    """A river 20 km long, a trail inland from it, base Alfa by the river."""
    river = RiverLine([(0, 0), (20_000, 0)], fid=1)
    trail = TrailLine([(5_000, 0), (5_000, 6_000)], fid=2)
    return build_network([river], [trail]), [BaseSite("Alfa", Point(0, 100))]


def near_and_far(far: int):
    near = [PlotSite(f"N{k}", Point(2_000 + 1_500 * k, 300), 2.0, 20.0) for k in range(6)]
    # 30 km north of everything: farther than any forest leg (2 km), and within 2 km of one another
    off = [PlotSite(f"F{k}", Point(1_000 + 400 * k, 30_000 + 300 * (k % 3)), 1.0, 20.0) for k in range(far)]
    return near, off


@pytest.fixture
def searches(monkeypatch):
    """The terminals of every travel-time search made (each ``TravelMatrix``)."""
    made = []
    original = matrix_module.TravelMatrix.__init__

    def spy(self, network, terminals, *args, **kwargs):
        made.append([t.id for t in terminals])
        original(self, network, terminals, *args, **kwargs)

    monkeypatch.setattr(matrix_module.TravelMatrix, "__init__", spy)
    return made


def test_plots_that_join_no_network_are_set_aside_before_any_search_with_one_counted_warning(searches, caplog) -> None:
    net, bases = basin()
    near, off = near_and_far(60)
    with caplog.at_level(logging.INFO, logger="patrol_planner"):
        plan = plan_patrols(net, bases, near + off, [TeamRequest("Norte", "Alfa", "Alfa", 2, 8)], START, OPTIONS)
    assert searches, "the plan searched nothing"
    searched = {terminal for made in searches for terminal in made}
    assert not searched & {("plot", p.plot_id) for p in off}
    aside = {item.plot_id: item for item in plan.left_out if item.plot_id.startswith("F")}
    assert set(aside) == {p.plot_id for p in off}
    assert {code_of(item.reason) for item in aside.values()} == {"too_far_from_network"}
    assert all(item.unreachable for item in aside.values())
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and code_of(warnings[0].msg) == "plots_set_aside"
    assert warnings[0].msg.args["count"] == 60
    assert not any("F1" in r.getMessage() for r in caplog.records)  # counted, not listed one by one


def test_a_plot_inside_a_no_go_zone_is_set_aside_with_that_reason(searches) -> None:
    from shapely.geometry import box

    from patrol_planner.planner.network import Zone

    net = build_network([RiverLine([(0, 0), (20_000, 0)], fid=1)], [], [Zone(box(9_000, 500, 11_000, 1_500))])
    plots = [PlotSite("IN", Point(10_000, 1_000)), PlotSite("OK", Point(4_000, 100))]
    plan = plan_patrols(net, [BaseSite("Alfa", Point(0, 100))], plots, [TeamRequest("A", "Alfa", "Alfa", 1, 8)], START)
    assert [(i.plot_id, code_of(i.reason)) for i in plan.left_out] == [("IN", "inside_no_go")]
    assert not {("plot", "IN")} & {t for made in searches for t in made}


def test_a_base_that_cannot_be_reached_is_reported_before_any_search(searches) -> None:
    net, bases = basin()
    near, off = near_and_far(20)
    with pytest.raises(PlanningError, match="Base Lejos cannot be reached: too far from any trail or river"):
        plan_patrols(
            net,
            [*bases, BaseSite("Lejos", Point(0, 50_000))],
            near + off,
            [TeamRequest("Norte", "Alfa", "Alfa", 1, 8), TeamRequest("Sur", "Lejos", "Lejos", 1, 8)],
            START,
            OPTIONS,
        )
    assert searches == []


def test_only_plots_off_the_network_is_a_clear_error_before_any_search(searches) -> None:
    net, bases = basin()
    _, off = near_and_far(5)
    with pytest.raises(PlanningError, match="5 plots"):
        plan_patrols(net, bases, off, [TeamRequest("Norte", "Alfa", "Alfa", 1, 8)], START, OPTIONS)
    assert searches == []


def test_a_landing_no_walk_within_the_horizon_gets_to_is_not_searched(monkeypatch) -> None:
    # Plots on a trail 60 km from the only river, whose twenty trail ends are landings: 20 h at the fastest
    # walk, more than the 8 h any team travels.  Only the base, by the river, has landings within reach.
    rivers = [RiverLine([(0, 0), (20_000, 0)], fid=1)]
    trails = [TrailLine([(0, 60_000), (20_000, 60_000)], fid=2)]
    trails += [TrailLine([(1_000 * k + 500, 0), (1_000 * k + 500, 1_000)], fid=3 + k) for k in range(20)]
    net = build_network(rivers, trails)
    terminals = [Terminal(("base", "B"), Point(600, 500))]
    terminals += [Terminal(("plot", k), Point(1_000 * k, 60_100)) for k in range(20)]
    asked = []
    original = access_module._walks

    def spy(foot_view, terms, sources, found, landings, *args):
        landings = sorted(set(landings))
        asked.append(landings)
        return original(foot_view, terms, sources, found, landings, *args)

    monkeypatch.setattr(access_module, "_walks", spy)
    limits = {0: 8.0, **{t: 8.0 for t in range(1, len(terminals))}}
    cn = build_access(net, terminals, bases=[0], horizon_h=limits)
    found, _ = access_module._landings(net, terminals)
    assert len(found) == 21  # the base's own landing and the twenty trail ends
    # the base's nearest (at least 6 + 2, in a ring that doubles) and its own, not the plots' 60 km away
    assert len(asked[0]) <= 12
    assert all(row[k] is None for row in cn.access.to_landing[1:] for k in range(len(cn.landings)))


def test_every_phase_writes_a_line_when_its_work_outlasts_the_pulse(monkeypatch) -> None:
    """With a clock that jumps 3 s at every reading, each unit of work outlasts the pulse: a line follows
    every progress report; with a clock that stands still, only the phases' first lines are written."""
    net, bases = basin()
    near, off = near_and_far(30)
    teams = [TeamRequest("Norte", "Alfa", "Alfa", 2, 8), TeamRequest("Sur", "Alfa", "Alfa", 2, 8)]

    class Recorder:
        def __init__(self) -> None:
            self.events = []

        def set_progress(self, percent: float) -> None:
            self.events.append(("progress", percent))

        def note(self, text) -> None:
            self.events.append(("note", text))

        def is_canceled(self) -> bool:
            return False

    now = [0.0]

    def jumping() -> float:
        now[0] += 3.0
        return now[0]

    monkeypatch.setattr(pulse, "clock", jumping)
    busy = Recorder()
    plan_patrols(net, bases, near + off, teams, START, OPTIONS, feedback=busy)
    kinds = [kind for kind, _ in busy.events]
    progress = kinds.count("progress")
    assert progress >= 10
    # no two progress reports without a line between them: no stretch of work longer than the pulse is silent
    assert all(not (a == b == "progress") for a, b in zip(kinds, kinds[1:]))
    phases = {code_of(text) for kind, text in busy.events if kind == "note"}
    assert {"phase_set_aside", "phase_searches", "phase_landings", "phase_search", "phase_schedule"} <= phases

    monkeypatch.setattr(pulse, "clock", lambda: 0.0)
    still = Recorder()
    plan_patrols(net, bases, near + off, teams, START, OPTIONS, feedback=still)
    notes = [text for kind, text in still.events if kind == "note"]
    assert len(notes) <= 8 and {code_of(t) for t in notes} == phases - {"phase_progress"}


def test_a_what_if_shares_the_search_time_among_its_plans(monkeypatch) -> None:
    """Four plans of 10 s each were most of a what-if's minutes with a whole alert file: each gets its share."""
    import importlib

    from patrol_planner.planner.crew import MOTORS, Crew
    from patrol_planner.planner.plan import what_if

    what_if_module = importlib.import_module(
        "patrol_planner.planner.plan.what_if"
    )  # the package's name is the function

    limits = []
    original = what_if_module.plan_patrols

    def spy(*args, **kwargs):
        limits.append(args[5].time_limit_s)
        return original(*args, **kwargs)

    monkeypatch.setattr(what_if_module, "plan_patrols", spy)
    net, bases = basin()
    near, _ = near_and_far(0)
    options = SolverOptions(seed=1, time_limit_s=2.0)
    crews = [Crew(MOTORS["peque"], fuel_l=20.0)]
    what_if(net, bases, near, [TeamRequest("Norte", "Alfa", "Alfa", 1, 8)], START, options, crews=crews)
    assert limits == [0.5, 0.5, 0.5, 0.5]


def test_the_forest_legs_between_crowded_plots_report_progress_as_they_go() -> None:
    """Alert plots crowd: thousands of pairs within a forest leg of each other, each leg checked against the
    zones.  The matrix reports progress every 200 pairs, so the log (``core.pulse``) hears from them."""
    from patrol_planner.planner.network import matrix as matrix_module

    net, _ = basin()
    terminals = [Terminal(("plot", k), Point(4_000 + 30 * (k % 30), 500 + 30 * (k // 30))) for k in range(90)]
    seen = []

    class Recorder:
        def set_progress(self, percent: float) -> None:
            seen.append(percent)

        def is_canceled(self) -> bool:
            return False

    made = net.matrix(terminals, feedback=Recorder())
    pairs = len(made.direct) // 2
    assert pairs == 90 * 89 // 2
    during = seen.count(matrix_module.JOINS_SHARE)  # the pairs' reports, and the one when they are done
    assert during >= 1 + pairs // 200


def test_a_what_if_sets_the_plots_off_the_network_aside_once(monkeypatch) -> None:
    import importlib

    from patrol_planner.planner.crew import MOTORS, Crew
    from patrol_planner.planner.plan import what_if

    pipeline = importlib.import_module("patrol_planner.planner.plan.pipeline")
    given = []
    original = pipeline.set_aside

    def spy(network, plots, *args):
        given.append(len(plots))
        return original(network, plots, *args)

    monkeypatch.setattr(pipeline, "set_aside", spy)
    net, bases = basin()
    near, off = near_and_far(40)
    crews = [Crew(MOTORS["peque"], fuel_l=20.0)]
    options = SolverOptions(seed=1, time_limit_s=1.0)
    what_if(net, bases, near + off, [TeamRequest("Norte", "Alfa", "Alfa", 1, 8)], START, options, crews=crews)
    assert given == [len(near)] * 4  # each plan sees only the plots a team can get to


def test_a_forest_leg_far_from_every_slow_zone_is_not_cut_at_their_boundaries(monkeypatch) -> None:
    """Tens of thousands of forest legs between crowded plots: only a slow zone whose box the leg meets is
    intersected with it (same lengths, far fewer shapely operations)."""
    from shapely.geometry import box

    from patrol_planner.planner.network import Zone
    from patrol_planner.planner.network import zones as zones_module

    zones = zones_module.Zones(
        [Zone(box(0, 0, 1_000, 1_000), factor=2.0), Zone(box(5_000, 0, 6_000, 1_000), factor=3.0)]
    )
    assert zones.leg_factor_length((0, 500), (2_000, 500)) == 3_000.0  # 1 km at twice, 1 km plain
    cut = []
    original = zones_module._weighted

    def spy(xs, ys, soft, prepared, *args):
        cut.append(len(soft))
        return original(xs, ys, soft, prepared, *args)

    monkeypatch.setattr(zones_module, "_weighted", spy)
    assert zones.leg_factor_length((2_000, 5_000), (4_000, 5_000)) == 2_000.0
    assert zones.leg_factor_length((5_500, 500), (7_000, 500)) == 500.0 * 3 + 1_000.0
    assert cut == [1]  # the leg near the second zone only, with that zone only


def test_a_what_if_tries_no_plot_left_out_in_the_routes(monkeypatch) -> None:
    """A what-if counts plots and gives no reasons: the boats' reason for each plot left out (tried in every
    route) is not worked out; a plan works it out."""
    import importlib

    from patrol_planner.planner.crew import MOTORS, Crew
    from patrol_planner.planner.plan import what_if

    solve = importlib.import_module("patrol_planner.planner.crew.solve")
    tried = []
    original = solve.why_left_out
    monkeypatch.setattr(solve, "why_left_out", lambda *args: tried.append(args[2]) or original(*args))
    net, bases = basin()
    near, _ = near_and_far(0)
    teams = [TeamRequest("Norte", "Alfa", "Alfa", 1, 2.5)]  # room for a few of the plots, not all
    crews = [Crew(MOTORS["peque"], fuel_l=20.0)]
    plan = plan_patrols(net, bases, near, teams, START, OPTIONS, crews=crews)
    assert plan.left_out and tried
    tried.clear()
    what_if(net, bases, near, teams, START, OPTIONS, crews=crews)
    assert tried == []


def test_a_what_if_of_five_teams_makes_each_travel_time_table_once(monkeypatch) -> None:
    """A what-if asks for the tables of the plan as asked and of one more day for each team, then again for each
    plan: with five teams, four kept tables made some twice (the alert file: 20 s where 18 s did)."""
    from patrol_planner.planner.crew import MOTORS, Crew
    from patrol_planner.planner.plan import what_if

    made = []
    original = matrix_module.TravelMatrix.__init__

    def spy(self, network, terminals, sources, *args, **kwargs):
        original(self, network, terminals, sources, *args, **kwargs)
        asked = (tuple(self.ids), tuple(self.sources), repr(self.horizon_h), repr(self.reach))
        made.append((id(network), asked))

    monkeypatch.setattr(matrix_module.TravelMatrix, "__init__", spy)
    net, bases = basin()
    near, _ = near_and_far(0)
    teams = [TeamRequest(f"Equipo {k}", "Alfa", "Alfa", 1 + k % 2, 6 + k) for k in range(5)]
    what_if(net, bases, near, teams, START, OPTIONS, crews=[Crew(MOTORS["peque"]) for _ in teams])
    assert made and len(made) == len(set(made)), f"{len(made)} tables made for {len(set(made))} questions"
