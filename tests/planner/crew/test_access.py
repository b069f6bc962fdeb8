"""Access times from the network: landings, foot and boat times, the boats' home landings."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from patrol_planner.planner.crew import build_access
from patrol_planner.planner.network import BOAT, RiverLine, Terminal, TrailLine, build_network

T = 1 / 6  # a transfer: 10 min


def test_only_the_landings_a_route_can_use_are_kept_and_times_are_by_hand() -> None:
    # A river east along y = 0 with 40 trails running 1 km north from it every 500 m.
    trails = [TrailLine([(x, 0), (x, 1_000)], fid=k) for k, x in enumerate(range(500, 20_001, 500))]
    net = build_network([RiverLine([(0, 0), (20_500, 0)], fid=1)], trails)
    terminals = [Terminal("Alfa", Point(0, 100)), Terminal("P", Point(10_000, 1_100))]
    cn = build_access(net, terminals, bases=[0], max_landings=3)
    # Alfa's own bank, and each terminal's three nearest on foot: at most 1 + 2 * 3 of 41 places
    assert len(cn.landings) <= 7
    access = cn.access
    home = access.home[0]
    assert cn.landings[home] == pytest.approx((0, 0), abs=1)
    # P walks 100 m of forest (0.1 h) and the 1 km trail at 3 km/h to the trail's end at (10000, 0)
    p_bank = cn.landings.index(min(cn.landings, key=lambda xy: abs(xy[0] - 10_000) + abs(xy[1])))
    assert access.to_landing[1][p_bank] == pytest.approx(0.1 + 1 / 3, abs=1e-3)
    assert access.from_landing[p_bank][1] == pytest.approx(0.1 + 1 / 3, abs=1e-3)
    # By boat 10 km downstream at 15 km/h with two transfers of 10 min; back up at 9 km/h
    assert access.boat[home][p_bank] == pytest.approx(10 / 15 + 1 / 3, abs=1e-3)
    assert access.boat[p_bank][home] == pytest.approx(10 / 9 + 1 / 3, abs=1e-3)
    assert access.boat_up[p_bank][home] == pytest.approx(10 / 9, abs=1e-3) and access.boat_down[p_bank][home] == 0


def neck():
    # A river loop 10 km south and back north (downstream all the way), and a 1 km trail across its neck
    # at y = -5 km: on foot the neck is quicker than the boat round the loop, in either direction.
    river = RiverLine(
        [(9_000, 20_000), (9_000, 0), (9_000, -10_000), (10_000, -10_000), (10_000, 0), (20_000, 0)], fid=1
    )
    return build_network([river], [TrailLine([(9_000, -5_000), (10_000, -5_000)], fid=1)])


@pytest.mark.parametrize("backend", ["scipy", "python"])
def test_access_by_mode_is_the_same_after_the_planner_searched_the_whole_network(monkeypatch, backend) -> None:
    # The planner searches the whole network first (boat and foot mixed), then the crew's access
    # searches it on foot only and by boat only: what the first search kept must not leak into the views.
    if backend == "python":
        monkeypatch.setenv("PATROL_PLANNER_NO_SCIPY", "1")
    else:
        pytest.importorskip("scipy")
        monkeypatch.delenv("PATROL_PLANNER_NO_SCIPY", raising=False)
    terminals = [Terminal("Alfa", Point(8_900, -5_000)), Terminal("P", Point(10_100, -5_000))]
    fresh = build_access(neck(), terminals, bases=[0])
    net = neck()
    whole = net.matrix(terminals)
    assert whole.backend == backend
    # mixed: walk the neck (0.1 h of forest, 1 km of trail at 3 km/h, 0.1 h of forest)
    assert whole.hours[0][1] == pytest.approx(0.1 + 1 / 3 + 0.1, abs=1e-3)
    cn = build_access(net, terminals, bases=[0])
    assert cn.boat.backend == backend
    assert cn.access == fresh.access
    west = cn.landings.index(min(cn.landings, key=lambda xy: abs(xy[0] - 9_000) + abs(xy[1] + 5_000)))
    east = cn.landings.index(min(cn.landings, key=lambda xy: abs(xy[0] - 10_000) + abs(xy[1] + 5_000)))
    # by boat only: round the loop, 11 km downstream at 15 km/h, with the two transfers
    assert cn.access.boat[west][east] == pytest.approx(11 / 15 + 2 * T, abs=1e-3)
    assert cn.access.boat_down[west][east] == pytest.approx(11 / 15, abs=1e-3)
    assert cn.boat.km(west, east)[BOAT] == pytest.approx(11, abs=1e-3)
    # on foot only: no boat in the walk from Alfa to P, and P's landing is the east bank
    assert cn.access.foot[0][1] == pytest.approx(0.1 + 1 / 3 + 0.1, abs=1e-3)


def test_the_boat_hours_up_and_down_read_as_a_matrix_row_by_row_or_sliced() -> None:
    trails = [TrailLine([(x, 0), (x, 1_000)], fid=k) for k, x in enumerate(range(500, 5_001, 500))]
    net = build_network([RiverLine([(0, 0), (5_500, 0)], fid=1)], trails)
    cn = build_access(net, [Terminal("Alfa", Point(0, 100)), Terminal("P", Point(2_500, 1_100))], bases=[0])
    up = cn.access.boat_up
    rows = [up[p] for p in range(len(up))]
    assert len(rows) == len(cn.landings) >= 3
    assert up[1:3] == rows[1:3] and up[::-1] == rows[::-1] and list(up) == rows and up == rows
    with pytest.raises(TypeError):
        hash(up)  # equal to a list of lists, and as unhashable
