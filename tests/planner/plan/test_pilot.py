"""The pilot's instructions and the evening check-ins, read off the legs of a plan worked by hand."""

from __future__ import annotations

import math
from datetime import datetime

from patrol_planner.planner.export import PilotMove, pilot_gpx
from patrol_planner.planner.plan import LegLike, check_ins, pilot_instructions, plan_legs

from .test_validate import meander_plan


def test_the_pilot_is_told_where_to_wait_where_to_go_alone_and_by_when() -> None:
    plan = meander_plan()
    rows = [LegLike(r.day, r.mode, r.start, r.end, r.km, r.coords[0], r.coords[-1]) for r in plan_legs(plan.teams[0])]
    lines = pilot_instructions(rows, lambda xy: f"({xy[0]:.0f}, {xy[1]:.0f})")
    # Afloat at 06:16 (6 min of forest, 10 to get on), 10 km upstream in 66 min 40 s: at (10000, 0) at
    # 07:22:40; the team is ashore 10 min later and the pilot leaves, 21.3 km upstream in 142 min: there at
    # 09:54:40; the team (ashore at 07:32:40, 1.49 h on foot) has been waiting; 10 min to get on: 10:04:40.
    assert lines == [
        "01/12 06:16: take the team from (20000, 0) to (10000, 0)",
        "Wait with the boat at (10000, 0) from 01/12 07:22 until 01/12 07:32",
        "01/12 07:32: leave alone with the boat from (10000, 0), go 21.3 km to (9000, 300), be there by 01/12 09:54",
        "Wait with the boat at (9000, 300) from 01/12 09:54 until 01/12 10:04",
        "01/12 10:04: take the team from (9000, 300) to (9000, 5000)",
    ]


def test_the_evening_check_in_is_the_camp_or_the_end_base() -> None:
    stops = [
        (1, "base", "Alfa", datetime(2026, 12, 1, 6)),
        (1, "plot", "P1", datetime(2026, 12, 1, 9)),
        (1, "camp", "C1", datetime(2026, 12, 1, 17, 30)),
        (2, "plot", "P2", datetime(2026, 12, 2, 8)),
        (2, "base", "Beta", datetime(2026, 12, 2, 11, 15)),
    ]
    assert check_ins(stops) == [(1, datetime(2026, 12, 1, 17, 30), "C1"), (2, datetime(2026, 12, 2, 11, 15), "Beta")]


def test_the_pilot_gpx_has_one_route_per_move_and_no_place_names() -> None:
    text = pilot_gpx(
        [PilotMove(2, datetime(2026, 12, 2, 9, 40), datetime(2026, 12, 2, 11, 5), [(-74.5, -8.4), (-74.6, -8.45)])]
    )
    assert "<name>D2 09:40-11:05</name>" in text and text.count("<rtept") == 2


def _row(mode: str, start: tuple, end: tuple, km: float, first, last, through: bool = False) -> LegLike:
    return LegLike(1, mode, datetime(2026, 12, 1, *start), datetime(2026, 12, 1, *end), km, first, last, through)


def test_a_move_touching_a_hidden_place_gives_no_time_there_nor_its_length() -> None:
    """Issue 27: the pilot leaves from his base (hidden, at (0, 0)).  A departure time at the base and an
    arrival time at L1 give the ride's length, so the sheet gives only the time at the shown end; no km
    for a move that starts, ends or passes inside a hiding zone; no times for waiting at the base."""
    base, l1, l2, l3 = (0, 0), (5000, 0), (9000, 0), (12000, 0)
    names = {base: "home", l1: "L1", l2: "L2", l3: "L3"}
    rows = [
        _row("boat", (6, 14), (6, 47), 5.0, base, l1),
        _row("boat_empty", (7, 0), (7, 30), 5.0, l1, base),
        _row("boat_empty", (8, 0), (8, 40), 9.0, base, l2),
        _row("boat_empty", (9, 0), (9, 50), 7.0, l2, l3, through=True),
        _row("boat", (11, 0), (11, 40), 12.0, l3, base),
    ]
    lines = pilot_instructions(rows, names.__getitem__, lambda xy: xy == base)
    assert lines == [
        "Take the team from home to L1, be there by 01/12 06:47",
        "Wait with the boat at L1 from 01/12 06:47 until 01/12 07:00",
        "01/12 07:00: leave alone with the boat from L1 to home",
        "Wait with the boat at home",
        "Leave alone with the boat from home to L2, be there by 01/12 08:40",
        "Wait with the boat at L2 from 01/12 08:40 until 01/12 09:00",
        "01/12 09:00: leave alone with the boat from L2 to L3, be there by 01/12 09:50",
        "Wait with the boat at L3 from 01/12 09:50 until 01/12 11:00",
        "01/12 11:00: take the team from L3 to home",
    ]
    hidden_both = [
        _row("boat", (6, 0), (6, 20), 2.0, base, (100, 0)),
        _row("boat_empty", (7, 0), (7, 5), 1, base, base),
    ]
    assert pilot_instructions(hidden_both, lambda xy: "home", lambda xy: True) == [
        "Take the team from home to home",
        "Wait with the boat at home",
        "Leave alone with the boat from home to home",
    ]


def test_the_pilot_gpx_names_no_time_at_a_hidden_end() -> None:
    """Issue 27: "D3 12:13-12:25" for a move from L6 to the base gives the ride's length, as the sheet did."""
    start, end = datetime(2026, 12, 3, 12, 13), datetime(2026, 12, 3, 12, 25)
    line = [(-74.5, -8.4), (-74.6, -8.45)]
    home = pilot_gpx([PilotMove(3, start, end, line, to_hidden=True)]) or ""
    assert "<name>D3 12:13-</name>" in home and "12:25" not in home
    out = pilot_gpx([PilotMove(3, start, end, line, from_hidden=True)]) or ""
    assert "<name>D3 -12:25</name>" in out and "12:13" not in out
    both = pilot_gpx([PilotMove(3, start, end, line, from_hidden=True, to_hidden=True)]) or ""
    assert "<name>D3</name>" in both and "12:" not in both


def test_a_planned_pilot_leaving_from_the_base_gets_no_time_there() -> None:
    """The hand-worked plan above, its base at (20000, 0) hidden and the pilot's move alone passing a zone:
    the ride from the base gives only the arrival at (10000, 0), the move alone no km."""
    plan = meander_plan()
    base = plan_legs(plan.teams[0])[0].coords[0]
    rows = [
        LegLike(r.day, r.mode, r.start, r.end, r.km, r.coords[0], r.coords[-1], r.mode == "boat_empty")
        for r in plan_legs(plan.teams[0])
    ]
    lines = pilot_instructions(rows, lambda xy: f"({xy[0]:.0f}, {xy[1]:.0f})", lambda xy: math.dist(xy, base) < 500)
    assert lines[0] == "Take the team from (20000, 0) to (10000, 0), be there by 01/12 07:22"
    assert "06:16" not in " ".join(lines)
    assert lines[2] == "01/12 07:32: leave alone with the boat from (10000, 0) to (9000, 300), be there by 01/12 09:54"
