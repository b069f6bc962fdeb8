"""The diagnostics, the flow and the roads on real layers: an IGN 1:100k extract and MTC routes (issue 25).

``tests/data/rivers/ign_pachitea_32718.geojson``: the IGN rivers and streams of the Pasco department around
the start of the Pachitea (no flow attribute, drawn in no known direction); its outlet is where the Pachitea
leaves the extract northwards.  ``tests/data/roads/mtc_padre_abad_32718.geojson``: MTC local routes around
Padre Abad, one line per route, not noded.  Origin and licence: ``tests/data/SOURCES.md``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shapely.geometry import Point

from patrol_planner.planner.network import (
    AGAINST_FLOW,
    PIECE,
    RiverLine,
    Terminal,
    TrailLine,
    TravelModel,
    build_network,
    check_network,
    set_flow,
)

DATA = Path(__file__).resolve().parents[2] / "data"
PACHITEA_OUT = (508673.78, 8913739.67)  # the Pachitea's last vertex in the extract


def lines(path: Path):
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    return [
        (n, [tuple(p) for p in part], f["properties"])
        for n, f in enumerate(features)
        for part in f["geometry"]["coordinates"]
    ]


@pytest.fixture(scope="module")
def rivers():
    return [RiverLine(coords, n) for n, coords, _ in lines(DATA / "rivers" / "ign_pachitea_32718.geojson")]


def test_the_ign_extract_has_pieces_and_lines_drawn_from_their_mouth(rivers) -> None:
    check = check_network(rivers)
    assert len(rivers) == 123
    assert check.pieces == 18 and check.count(PIECE) == 17  # the clip cuts streams off the rest
    assert check.count(AGAINST_FLOW) == 92


def test_the_flow_from_the_pachitea_agrees_with_the_diagnostics(rivers) -> None:
    flow = set_flow(rivers, outlets=[PACHITEA_OUT])
    assert (flow.pieces, flow.unknown) == (18, 17)
    known = {r.fid for r, f in zip(rivers, flow.reversed) if f is not None}
    flipped = {r.fid for r, f in zip(rivers, flow.reversed) if f}
    assert (len(known), len(flipped)) == (82, 76)
    seen = {f.fid for f in check_network(rivers).of(AGAINST_FLOW)} & known
    assert seen == flipped  # every line the rules blame is one the outlet turns, and no other
    fixed = [RiverLine(r.coords, r.fid, reversed=bool(f)) for r, f in zip(rivers, flow.reversed)]
    assert not {f.fid for f in check_network(fixed).of(AGAINST_FLOW)} & known


def test_down_a_turned_stream_to_the_outlet_is_quicker_than_up_it(rivers) -> None:
    flow = set_flow(rivers, outlets=[PACHITEA_OUT])
    n = max((i for i, f in enumerate(flow.reversed) if f), key=lambda i: len(rivers[i].coords))
    source = Terminal("source", Point(*rivers[n].coords[-1]))  # drawn from its mouth: the source is its last vertex
    outlet = Terminal("outlet", Point(*PACHITEA_OUT))
    model = TravelModel(max_forest_m=50)
    fixed = [RiverLine(r.coords, r.fid, reversed=bool(f)) for r, f in zip(rivers, flow.reversed)]
    as_drawn = build_network(rivers, [], (), model).matrix([source, outlet]).hours
    as_flowing = build_network(fixed, [], (), model).matrix([source, outlet]).hours
    assert as_flowing[0][1] < as_flowing[1][0]  # down to the outlet, then back up
    assert as_drawn[0][1] > as_flowing[0][1]


def test_the_mtc_routes_are_noded_within_the_road_tolerance() -> None:
    routes = lines(DATA / "roads" / "mtc_padre_abad_32718.geojson")
    roads = [TrailLine(coords, n, road=True) for n, coords, _ in routes]
    assert len(roads) == 44
    as_trails = check_network([], [TrailLine(c, n) for n, c, _ in routes], model=TravelModel(road_snap_m=50))
    noded = build_network([], roads, (), TravelModel(road_snap_m=50)).stats
    check = check_network([], roads, model=TravelModel(road_snap_m=50))
    assert noded.road_nodes == 13  # ends and crossings joined; 11 of them within the trails' 10 m
    assert (as_trails.pieces, check.pieces) == (33, 31)  # two gaps of 10-50 m between routes closed
