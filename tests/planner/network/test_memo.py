"""Each cache has one owner and one key (``network.memo``): kept for the same question, not for a view."""

from __future__ import annotations

import re

from shapely.geometry import Point

from patrol_planner.planner.crew import build_access
from patrol_planner.planner.network import BOAT, TRAIL, RiverLine, Terminal, TrailLine, build_network
from patrol_planner.planner.network.memo import LastResult
from patrol_planner.planner.network.modes import foot_symmetric, mode_view
from tests.planner.test_engine_isolation import PLANNER_DIR


def network():
    rivers = [RiverLine([(0, 0), (5000, 0), (10_000, 0)], 1)]
    trails = [TrailLine([(5000, 0), (5000, 4000)], 2, walk_kmh=3.0)]
    return build_network(rivers, trails)


def terminals():
    return [
        Terminal(("base", "Alfa"), Point(0, 50)),
        Terminal(("plot", "P1"), Point(5050, 3900)),
        Terminal(("plot", "P2"), Point(9900, 60)),
    ]


def test_a_last_result_is_given_back_for_its_key_only() -> None:
    kept: LastResult[str] = LastResult()
    assert kept.get(("a",)) is None
    assert kept.put(("a",), "value") == "value"
    assert kept.get(("a",)) == "value" and kept.get(("b",)) is None
    kept.clear()
    assert kept.get(("a",)) is None


def test_planning_again_reuses_the_matrix_and_the_access_and_clear_lets_them_go() -> None:
    net = network()
    matrix = net.matrix(terminals())
    access = build_access(net, terminals(), [0])
    assert net.matrix(terminals()) is matrix  # the same terminals, new objects: a plan again after a drop
    assert build_access(net, terminals(), [0]) is access
    assert build_access(net, terminals(), [0], max_landings=2) is not access  # another key
    net.memo.clear()
    assert net.matrix(terminals()) is not matrix


def test_a_view_has_its_own_memo_and_shares_only_the_edges_facts() -> None:
    net = network()
    symmetric = foot_symmetric(net)
    net.matrix(terminals())
    build_access(net, terminals(), [0])
    foot = mode_view(net, "foot")
    assert mode_view(net, "foot") is foot and net.memo.views == {"foot": foot, "boat": mode_view(net, "boat")}
    assert foot.memo is not net.memo and foot.graph.memo is not net.graph.memo
    assert foot.memo.views == {} and foot.memo.matrix.get(None) is None
    assert foot.graph.memo.foot_symmetric == symmetric
    assert foot.graph.memo.compiled is None or foot.graph.memo.compiled[0] is foot.graph.adj


def test_no_engine_module_parks_a_value_in_another_objects_dict() -> None:
    parked = re.compile(r"__dict__|setattr\(|getattr\(\w+, \"_")
    found = [
        f"{path.relative_to(PLANNER_DIR)}:{n}"
        for path in sorted(PLANNER_DIR.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if parked.search(line)
    ]
    assert found == []


def test_a_mode_views_joiner_joins_only_to_its_own_modes_whatever_it_is_asked() -> None:
    net = network()
    plot = Point(5050, 300)  # 50 m from the trail, 300 m from the river
    both = {j.mode for j in net.joiner.joins(plot, (TRAIL, BOAT))}
    assert both == {TRAIL, BOAT}
    assert {j.mode for j in mode_view(net, "boat").joiner.joins(plot, (TRAIL, BOAT))} == {BOAT}
    assert {j.mode for j in mode_view(net, "foot").joiner.joins(plot)} == {TRAIL}
    assert mode_view(net, "foot").joiner.joins(plot, (BOAT,)) == []


def test_recent_results_keep_the_last_few_keys_and_let_the_oldest_go() -> None:
    from patrol_planner.planner.network.memo import RecentResults

    kept: RecentResults[str] = RecentResults(2)
    kept.put("a", "A")
    kept.put("b", "B")
    assert kept.get("a") == "A"  # asked: now the most recent
    kept.put("c", "C")
    assert (kept.get("a"), kept.get("b"), kept.get("c")) == ("A", None, "C")
    kept.put("a", "A2")
    assert kept.get("a") == "A2" and kept.get("c") == "C"
    kept.clear()
    assert kept.get("a") is None
