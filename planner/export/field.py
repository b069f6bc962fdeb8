# SPDX-License-Identifier: GPL-2.0-or-later
"""What a field file may show of a plan's lines: one rule for every file the patrol carries (issue 27).

The team's GPX, the pilot's GPX, the field briefing's maps and the QField
package all take their lines from ``field_lines``: slid round the hidden
places onto their decoys (``hiding.shift_lines``, the stops the file shows
pinned, so the line still reaches them), cut away inside the places' stable
zones, and their cut ends trimmed until, in each group alone and all groups
together, they do not average onto a place (``ends.guard_ends``).  A river
through a base would otherwise leave two cut ends whose midpoint a finder
takes, whichever file they came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from .ends import Check, guard_ends
from .hiding import hiding_zones, shift_lines, trim_outside
from .simplify import LonLat, local_projector

Pieces = List[List[LonLat]]  # what is left of one line: its pieces outside every zone, in order


@dataclass(frozen=True)
class FieldHiding:
    """The places every field file hides (lon/lat), how far round them, and the project's secret."""

    places: Tuple[LonLat, ...]
    radius_m: float
    secret: bytes

    @property
    def active(self) -> bool:
        return bool(self.places) and self.radius_m > 0


def field_lines(
    groups: Sequence[Sequence[Sequence[LonLat]]],
    hiding: FieldHiding,
    pins: Sequence[Sequence[LonLat]] = (),
    fixed: Sequence[Sequence[Sequence[LonLat]]] = (),
    checks: Optional[Sequence[Check]] = None,
    slide: Sequence[Sequence[LonLat]] = (),
) -> List[List[Pieces]]:
    """Each line of each group (a team's, a pilot's: lon/lat) as the pieces a field file may show.

    ``pins``: per group, the stops its file shows (they stay put and the line reaches them); ``fixed``:
    groups of lines other carried files already show (as this function gave them), never trimmed;
    ``checks``: which groups and fixed groups a finder may hold together (``ends.guard_ends``); ``slide``: per
    group, the places its ground slides round, in the order its team's GPX slides them (default: all of
    ``hiding.places``), so a pilot's river and his team's track near their base slide alike.  A line left
    with nothing keeps its place as an empty list."""
    if not hiding.active:
        return [[[list(line)] if len(line) >= 2 else [] for line in lines] for lines in groups]
    # As listed, repeats kept: a team's base is its first and last stop, and the GPX has always slid the
    # ground round it once per listing; the pooled-attack figures (tests/planner/export) were made so.
    places = list(hiding.places)
    every = [p for lines in groups for line in lines for p in line] + places
    project = local_projector(every)
    zones = hiding_zones(places, hiding.radius_m, hiding.secret, project)
    cut: List[List[Pieces]] = []
    for number, lines in enumerate(groups):
        round_ = _nth(slide, number) or places
        slid = shift_lines([list(line) for line in lines], round_, hiding.radius_m, hiding.secret, _nth(pins, number))
        cut.append([trim_outside(line, [project(*p) for p in line], zones) for line in slid])
    flat = [[piece for pieces in lines for piece in pieces] for lines in cut]
    guarded = iter(iter(group) for group in guard_ends(flat, places, hiding.radius_m, fixed, checks))
    out = []
    for group in cut:
        kept = next(guarded)
        out.append([[piece for piece in (next(kept) for _ in pieces) if len(piece) >= 2] for pieces in group])
    return out


def _nth(per_group: Sequence[Sequence[LonLat]], number: int) -> Sequence[LonLat]:
    return per_group[number] if number < len(per_group) else ()
