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
) -> List[List[Pieces]]:
    """Each line of each group (a team's, a pilot's: lon/lat) as the pieces a field file may show.

    ``pins``: per group, the stops its file shows (they stay put and the line reaches them); ``fixed``:
    groups of lines other carried files already show (as this function gave them), never trimmed;
    ``checks``: which groups and fixed groups a finder may hold together (``ends.guard_ends``).  A line
    left with nothing keeps its place as an empty list."""
    if not hiding.active:
        return [[[list(line)] if len(line) >= 2 else [] for line in lines] for lines in groups]
    places = list(dict.fromkeys(hiding.places))
    every = [p for lines in groups for line in lines for p in line] + places
    project = local_projector(every)
    zones = hiding_zones(places, hiding.radius_m, hiding.secret, project)
    cut: List[List[Pieces]] = []
    for number, lines in enumerate(groups):
        slid = shift_lines([list(line) for line in lines], places, hiding.radius_m, hiding.secret, _pins(pins, number))
        cut.append([trim_outside(line, [project(*p) for p in line], zones) for line in slid])
    flat = [[piece for pieces in lines for piece in pieces] for lines in cut]
    guarded = iter(iter(group) for group in guard_ends(flat, places, hiding.radius_m, fixed, checks))
    out = []
    for group in cut:
        kept = next(guarded)
        out.append([[piece for piece in (next(kept) for _ in pieces) if len(piece) >= 2] for pieces in group])
    return out


def _pins(pins: Sequence[Sequence[LonLat]], number: int) -> Sequence[LonLat]:
    return pins[number] if number < len(pins) else ()
