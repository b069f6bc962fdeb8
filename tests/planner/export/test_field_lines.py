"""Issue 27: one rule for what a field file may show (``field.field_lines``), the pilot's moves included.

The pilot takes the boat alone down a river through the team's base.  Cut
round the base's zone, the move leaves two ends on either side; with the
ends of the team's own route (as its GPX and field briefing show it), a
finder takes their midpoint, mean, circle and hull's centroid.  Each must
miss the base by more than half the hiding distance.
"""

from __future__ import annotations

import math
import random
from datetime import datetime
from typing import List, Sequence, Tuple

import pytest

from patrol_planner.planner.export import (
    ExportOptions,
    FieldHiding,
    PilotMove,
    centroid,
    circle_fit,
    field_lines,
    plan_cut,
    shown_moves,
)

from .test_hiding_pooled import BASES, RADIUS, TO_UTM, _lonlat, _plan

XY = Tuple[float, float]
TEAM_OF = {
    "Nueva Alianza": "Equipo Huacamayo",
    "Puerto Lupuna": "Equipo Lupuna",
    "Santa Rosa de Huacamayo": "Equipo Santa Rosa",
}


def _river_move(base, heading: float, bend: float) -> PilotMove:
    """A boat move 6 km long down a river through ``base``, a point every 20 m."""
    x, y = TO_UTM(*base)
    points = []
    for k in range(-150, 151):
        a = heading + bend * k
        points.append(_lonlat(x + 20 * k * math.cos(a), y + 20 * k * math.sin(a)))
    return PilotMove(1, datetime(2026, 12, 1, 9, 0), datetime(2026, 12, 1, 10, 0), points)


def _ends_near(lines: Sequence[Sequence[XY]], centre: XY) -> List[XY]:
    ends = [end for line in lines if len(line) >= 2 for end in (line[0], line[-1])]
    return [end for end in ends if math.dist(end, centre) < 4 * RADIUS]


def _hull_centroid(points: Sequence[XY]):
    from .hiding_attacks import _hull

    hull = _hull(points)
    return centroid(tuple(hull)) if len(hull) >= 3 else None


CASES = [(name, seed) for name in BASES for seed in range(12)]


@pytest.mark.parametrize("name,seed", CASES, ids=[f"{n.split()[0]}-{s}" for n, s in CASES])
def test_a_pilot_move_down_a_river_through_a_base_leaves_no_ends_that_meet_on_it(name, seed):
    rng = random.Random(seed)
    secret = f"project {seed}".encode()
    base = BASES[name]
    centre = TO_UTM(*base)
    hiding = FieldHiding(tuple(BASES.values()), RADIUS, secret)
    team = _plan(TEAM_OF[name], name, rng)
    options = ExportOptions(hide_radius_m=RADIUS, hide_secret=secret, also_hide=tuple(BASES.values()))
    beside = [line for day in plan_cut([team], options)[team.team].values() for line in day]  # as GPX and paper
    move = _river_move(base, rng.uniform(0, 2 * math.pi), rng.uniform(-3e-4, 3e-4))
    landings = [move.points[0], move.points[-1]]  # where the pilot leaves and meets the team: L1, L2
    (moves,) = shown_moves([[move]], hiding, [landings], [beside])
    pilot = [[TO_UTM(*p) for p in m.points] for m in moves]
    assert pilot, "the move is shown beyond the zone"
    assert min(math.dist(p, centre) for line in pilot for p in line) > RADIUS - 25.0
    ends = _ends_near(pilot, centre)
    if len(ends) == 2:  # the two cut ends either side of the base
        mid = ((ends[0][0] + ends[1][0]) / 2, (ends[0][1] + ends[1][1]) / 2)
        assert math.dist(mid, centre) > RADIUS / 2, ("midpoint", round(math.dist(mid, centre)))
    pooled = ends + _ends_near([[TO_UTM(*p) for p in line] for line in beside], centre)
    guesses = {"mean": (sum(p[0] for p in pooled) / len(pooled), sum(p[1] for p in pooled) / len(pooled))}
    guesses["circle"] = circle_fit(pooled)
    guesses["hull"] = _hull_centroid(pooled)
    misses = {k: round(math.dist(g, centre)) for k, g in guesses.items() if g is not None}
    assert min(misses.values()) > RADIUS / 2, misses


def test_the_lines_of_a_plan_with_nothing_to_hide_are_shown_whole():
    line = [(-75.0, -8.6), (-75.01, -8.61), (-75.02, -8.6)]
    assert field_lines([[line, line[:1]]], FieldHiding((), RADIUS, b"s")) == [[[line], []]]
    assert field_lines([[line]], FieldHiding(((-75.0, -8.6),), 0.0, b"s")) == [[[line]]]
