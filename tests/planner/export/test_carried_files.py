"""Issue 27: a unit gets only the teams chosen for it; the pilot's GPX and landings follow the hiding rule."""

from __future__ import annotations

import math
from datetime import datetime

import gpxpy
import pytest

from patrol_planner.planner.core import ExportError, utm_projector
from patrol_planner.planner.export import (
    Landings,
    PilotMove,
    chosen_for_unit,
    hiding_zones_lonlat,
    pilot_gpx,
    segment_distance,
    shift_lines,
)

from .test_unit_findings import BASES, RADIUS, plan_team

TO_UTM = utm_projector(32718)
SECRET = b"project secret"


def test_a_unit_with_no_team_chosen_is_refused_with_a_sentence():
    teams = [plan_team("T1", "A", 1), plan_team("T2", "B", 2)]
    with pytest.raises(ExportError, match="choose the team"):
        chosen_for_unit(teams, [])


def test_a_unit_gets_only_the_chosen_teams_and_an_unknown_name_is_refused():
    teams = [plan_team("T1", "A", 1), plan_team("T2", "B", 2), plan_team("T3", "C", 3)]
    assert [t.team for t in chosen_for_unit(teams, ["T3", "T1"])] == ["T1", "T3"]
    with pytest.raises(ExportError, match="“T9”.*T1, T2, T3"):
        chosen_for_unit(teams, ["T9"])


def _move_through(base, day=1):
    """A boat move passing 100 m from ``base`` (lon/lat), 12 km long: its ends lie beyond any zone (a zone
    reaches at most about 4.5 hiding distances from its place)."""
    x, y = TO_UTM(*base)
    from .test_hiding_pooled import _lonlat

    return PilotMove(
        day,
        datetime(2026, 12, day, 9, 0),
        datetime(2026, 12, day, 10, 0),
        [_lonlat(x - 6000 + 20 * k, y + 100) for k in range(601)],
    )


def test_the_pilot_gpx_is_cut_round_every_hidden_place_and_names_landings_neutrally():
    zones = hiding_zones_lonlat(list(BASES.values()), RADIUS, SECRET)
    move = _move_through(BASES["A"])
    landings = Landings(zones, "home landing")
    start, end, home = move.points[0], move.points[-1], BASES["A"]
    assert [landings.name(start), landings.name(end), landings.name(home)] == ["L1", "L2", "home landing"]
    # A landing within 50 m of a named one is the same landing.
    x, y = TO_UTM(*start)
    from .test_hiding_pooled import _lonlat

    assert landings.name(_lonlat(x + 30, y)) == "L1"
    doc = gpxpy.parse(pilot_gpx([move], [(p, n) for p, n in landings.named], zones))
    assert [w.name for w in doc.waypoints] == ["L1", "L2"]
    points = [TO_UTM(p.longitude, p.latitude) for r in doc.routes for p in r.points]
    assert len(doc.routes) >= 2  # cut in two round the base
    for base in BASES.values():
        assert min(math.dist(p, TO_UTM(*base)) for p in points) > RADIUS


def test_pilot_routes_straight_at_a_base_no_longer_point_at_it_once_shifted():
    """The pilot's moves are slid with the team's tracks (shift_lines) before the cut: carried on from
    where they are cut, two moves crossing at the base meet more than half the hiding distance from it."""
    home = BASES["A"]
    x, y = TO_UTM(*home)
    from .test_hiding_pooled import _lonlat

    east = _move_through(home)
    north = PilotMove(2, east.start, east.end, [_lonlat(x + 100, y - 6000 + 20 * k) for k in range(601)])
    zones = hiding_zones_lonlat([home], RADIUS, SECRET)

    def meets(moves):
        doc = gpxpy.parse(pilot_gpx(moves, [], zones))
        routes = [[TO_UTM(p.longitude, p.latitude) for p in r.points] for r in doc.routes]
        assert len(routes) == 4  # each move cut in two round the base
        ends = [(r[-1], r[-2]) for r in routes[0::2]] + [(r[0], r[1]) for r in routes[1::2]]
        out = []
        for a, pa in ends[0::2]:  # the first move's two ends against the second's
            for b, pb in ends[1::2]:
                da, db = (a[0] - pa[0], a[1] - pa[1]), (b[0] - pb[0], b[1] - pb[1])
                den = da[0] * db[1] - da[1] * db[0]
                t = ((b[0] - a[0]) * db[1] - (b[1] - a[1]) * db[0]) / den
                out.append(math.dist((a[0] + t * da[0], a[1] + t * da[1]), (x, y)))
        return out

    assert max(meets([east, north])) < RADIUS / 2  # cut only: the lines still cross at the base
    shifted = [
        PilotMove(m.day, m.start, m.end, shift_lines([m.points], [home], RADIUS, SECRET)[0]) for m in (east, north)
    ]
    assert min(meets(shifted)) > RADIUS / 2


def test_the_pieces_of_a_cut_day_read_as_pieces_not_as_a_range_of_days(tmp_path):
    """Issue 27, finding 8: a day's track cut round a hidden place was "Día 1", "Día 1-2" (read as days 1
    to 2); its pieces are "Día 1", "Día 1b"..."""
    import random
    import re

    from patrol_planner.planner.export import ExportOptions, device_profile, export_to_unit

    from .test_hiding_pooled import BASES as TEAM_BASES
    from .test_hiding_pooled import RADIUS, _plan

    team = _plan("Equipo Huacamayo", "Nueva Alianza", random.Random(3))
    every_base = tuple(TEAM_BASES.values())
    options = ExportOptions(
        device=device_profile("gpsmap66"), hide_radius_m=RADIUS, hide_secret=SECRET, also_hide=every_base
    )
    export_to_unit([team], tmp_path, options)
    names = [t.name for path in tmp_path.glob("*.gpx") for t in gpxpy.parse(path.read_text(encoding="utf-8")).tracks]
    assert len(names) > len(team.day_paths), names  # the day passing another base is cut in two
    assert not [n for n in names if re.search(r"\d-\d", n)], names
    assert any(re.search(r"D[ií]a 2b$", n) for n in names), names


def test_a_pilot_whose_moves_all_lie_in_hiding_zones_gets_no_gpx_and_no_error():
    """Found by the Spanish run under load: a short plan whose pilot only moved the boat near the base
    stopped the briefing with "the pilot does not move the boat alone"; nothing is left to carry, so no file."""
    home = BASES["A"]
    x, y = TO_UTM(*home)
    from .test_hiding_pooled import _lonlat

    near = _move_through(home)
    near = PilotMove(near.day, near.start, near.end, [_lonlat(x - 100 + 20 * k, y + 50) for k in range(11)])
    zones = hiding_zones_lonlat([home], RADIUS, SECRET)
    assert pilot_gpx([near], [], zones) is None
    assert pilot_gpx([], [], zones) is None


@pytest.mark.parametrize("secret", [SECRET, b"another project", b"a third"])
def test_a_track_slid_round_a_base_still_passes_through_the_plots_the_unit_shows(tmp_path, secret):
    """The slide onto the decoy moves the ground up to 5 hiding distances from a base; a plot shown there
    keeps its true waypoint, so the track must still lead to it (a guard follows the line to the flag)."""
    from patrol_planner.planner.export import ExportOptions, ExportStop, TeamExport, device_profile, export_team_gpx

    base = (-75.10, -8.60)
    x0, y0 = TO_UTM(*base)
    from .test_hiding_pooled import _lonlat

    line = tuple(_lonlat(x0 + 20 * k, y0 + 5 * k) for k in range(200))  # 4.1 km east-north-east of the base
    t0 = datetime(2026, 12, 1, 6, 0)
    stops = (
        ExportStop("base", "Home", *base, 1, t0, sensitive=True),
        ExportStop("plot", "P1", *line[95], 1, t0, service_min=30),  # 2 km out: 4 hiding distances
        ExportStop("plot", "P2", *line[115], 1, t0, service_min=30),  # 2.4 km out
        ExportStop("plot", "P3", *line[-1], 1, t0, service_min=30),
    )
    options = ExportOptions(device=device_profile("gpsmap66"), hide_radius_m=RADIUS, hide_secret=secret)
    export_team_gpx(TeamExport("T", stops, (line,)), tmp_path, options)
    gpx = gpxpy.parse((tmp_path / "plan.gpx").read_text(encoding="utf-8"))
    pieces = [[TO_UTM(p.longitude, p.latitude) for p in s.points] for t in gpx.tracks for s in t.segments]
    legs = [(a, b) for piece in pieces for a, b in zip(piece, piece[1:])]
    for wpt in gpx.waypoints:
        where = TO_UTM(wpt.longitude, wpt.latitude)
        assert min(segment_distance(where, a, b) for a, b in legs) < 25.0, wpt.name
