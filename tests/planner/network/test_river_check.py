"""River network diagnostics and the flow set from an outlet (issue 25, finding 6).

A river digitised against the flow is planned with up and down swapped; real hydrography
(the IGN 1:100k rivers) says nothing about the direction of its lines.
"""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from patrol_planner.planner.network import (
    AGAINST_FLOW,
    ISLAND_BASE,
    ISLAND_PLOT,
    PIECE,
    RiverLine,
    Terminal,
    TrailLine,
    TravelModel,
    build_network,
    check_network,
    set_flow,
)

MAIN = RiverLine([(0, 0), (10000, 0), (20000, 0)], 1)  # flows east
BACKWARDS = RiverLine([(5000, 0), (5000, 4000), (5000, 8000)], 2)  # a tributary drawn from its mouth
FORWARDS = RiverLine([(15000, 6000), (15000, 0)], 3)  # a tributary drawn from its source


def test_a_tributary_starting_in_the_middle_of_a_river_seems_digitised_against_the_flow() -> None:
    check = check_network([MAIN, BACKWARDS, FORWARDS])
    found = check.of(AGAINST_FLOW)
    assert [f.fid for f in found] == [2]
    assert found[0].where == (5000, 0)
    assert check.pieces == 1 and check.count(PIECE) == 0


def test_a_line_marked_reversed_is_read_the_way_it_flows() -> None:
    marked = RiverLine(BACKWARDS.coords, 2, reversed=True)
    assert check_network([MAIN, marked, FORWARDS]).count(AGAINST_FLOW) == 0


def test_a_tributary_drawn_from_a_confluence_where_the_river_is_split_is_found() -> None:
    upper = RiverLine([(0, 0), (5000, 0)], 1)
    lower = RiverLine([(5000, 0), (12000, 0)], 2)  # the river goes on eastwards
    backwards = RiverLine([(5000, 0), (5000, 6000)], 3)  # starts at the confluence, ends at its source
    joining = RiverLine([(9000, 5000), (9000, 0)], 4)
    found = check_network([upper, lower, backwards, joining]).of(AGAINST_FLOW)
    assert [f.fid for f in found] == [3]


def test_a_side_channel_joining_two_rivers_in_their_middles_is_not_blamed() -> None:
    other = RiverLine([(0, 3000), (20000, 3000)], 4)
    channel = RiverLine([(8000, 0), (8000, 3000)], 5)  # both ends on another river's middle: cannot tell
    assert check_network([MAIN, other, channel]).count(AGAINST_FLOW) == 0


def test_pieces_and_bases_and_plots_on_islands() -> None:
    far = RiverLine([(0, 50000), (8000, 50000)], 6)  # 8 km, no base
    lonely = RiverLine([(0, 90000), (3000, 90000)], 7)  # 3 km, a base and no plot
    bases = [Terminal("Alfa", Point(1000, 500)), Terminal("Sola", Point(1000, 90500))]
    plots = [Terminal("P1", Point(12000, 300)), Terminal("P2", Point(4000, 50400)), Terminal("P3", Point(0, 70000))]
    check = check_network([MAIN, far, lonely], bases=bases, plots=plots)
    assert check.pieces == 3
    assert sorted((f.piece, round(f.km)) for f in check.of(PIECE)) == [(2, 8), (3, 3)]  # the largest is piece 1
    assert [f.fid for f in check.of(ISLAND_PLOT)] == ["P2"]  # P3 joins no line: not an island, off the network
    assert [f.fid for f in check.of(ISLAND_BASE)] == ["Sola"]
    assert check.of(ISLAND_PLOT)[0].where == (4000, 50400)


def test_a_trail_joining_two_rivers_makes_one_piece() -> None:
    north = RiverLine([(0, 3000), (20000, 3000)], 4)
    trail = TrailLine([(2000, 5), (2000, 2995)], 9)  # ends within 10 m of both rivers
    plots, bases = [Terminal("P1", Point(500, 3200))], [Terminal("A", Point(0, 100))]
    check = check_network([MAIN, north], [trail], bases, plots)
    assert check.pieces == 1 and check.count(ISLAND_PLOT) == 0


def test_plots_close_together_share_a_piece_through_the_forest() -> None:
    far = RiverLine([(0, 3000), (9000, 3000)], 6)  # 3 km away: its own piece
    bases = [Terminal("Alfa", Point(1000, 500))]
    plots = [Terminal("P1", Point(1000, 1200)), Terminal("P2", Point(1000, 2800))]  # P2 is 1.6 km from P1
    check = check_network([MAIN, far], bases=bases, plots=plots)
    assert check.pieces == 2 and check.count(ISLAND_PLOT) == 0


def hours_down_the_tributary(rivers) -> float:
    source, mouth_east = Terminal("source", Point(5000, 8000)), Terminal("east", Point(20000, 0))
    matrix = build_network(rivers, []).matrix([source, mouth_east])
    return matrix.hours[0][1]


def test_the_flow_from_the_outlet_turns_the_backwards_tributary_and_nothing_else() -> None:
    flow = set_flow([MAIN, BACKWARDS, FORWARDS], outlets=[(20000, 0)])
    assert flow.reversed == (False, True, False)
    assert (flow.pieces, flow.flipped, flow.unknown) == (1, 1, 0)
    # 8 km down the tributary and 15 km down the river at 15 km/h, not 8 km up it at 9 km/h (and two landings)
    landings = 2 * 10 / 60
    wrong = hours_down_the_tributary([MAIN, BACKWARDS])
    fixed = RiverLine(BACKWARDS.coords, 2, reversed=flow.reversed[1])
    assert hours_down_the_tributary([MAIN, fixed]) == pytest.approx(23 / 15 + landings, rel=1e-6)
    assert wrong == pytest.approx(8 / 9 + 15 / 15 + landings, rel=1e-6)


def test_a_main_river_drawn_from_its_mouth_is_turned_with_its_tributaries() -> None:
    main = RiverLine([(20000, 0), (10000, 0), (0, 0)], 1)  # drawn westwards, flows east
    flow = set_flow([main, BACKWARDS, FORWARDS], outlets=[(20010, 5)])
    assert flow.reversed == (True, True, False)


def test_a_piece_without_an_outlet_is_left_as_drawn_and_counted() -> None:
    far = RiverLine([(0, 50000), (8000, 50000)], 6)
    flow = set_flow([MAIN, far], outlets=[(20000, 0)])
    assert flow.reversed == (False, None)
    assert (flow.pieces, flow.unknown) == (2, 1)


def test_the_lowest_end_by_the_elevation_model_is_the_outlet() -> None:
    def elevation(x: float, y: float) -> float:  # the land falls to the west
        return 200.0 + x / 100.0

    flow = set_flow([MAIN, BACKWARDS, FORWARDS], elevation=elevation)
    assert flow.reversed == (True, True, False)  # MAIN flows west here, so it is turned
    assert flow.outlets == ((0.0, 0.0),)


def test_no_outlet_and_no_elevation_is_refused() -> None:
    with pytest.raises(ValueError):
        set_flow([MAIN], outlets=[])


def test_diagnostics_use_the_travel_models_tolerance() -> None:
    gap = RiverLine([(20030, 0), (30000, 0)], 8)  # 30 m from MAIN's end
    assert check_network([MAIN, gap]).pieces == 2
    assert check_network([MAIN, gap], model=TravelModel(snap_m=50)).pieces == 1
