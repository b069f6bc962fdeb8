# SPDX-License-Identifier: GPL-2.0-or-later
"""One short name per place, the same on the unit, the briefing, the stops layer and the dock.

The scheme (documented in README "Names of places"):

- a **plot** is called by its plot id when that id, in plain ASCII, fits
  ``CODE_LENGTH`` characters and no other place already has it (compared
  without case and accents); otherwise by ``P`` and four letters/digits
  derived from the id (a CRC, so the code stays the same from one plan to
  the next), and the briefing prints the full id beside it;
- a **night camp** is ``C`` and the night's number, followed by the team's
  letter when the plan has more than one team (``C1``, or ``C1B`` for team
  B's first night); a camp used two nights keeps its first name;
- a **base** (community) is its name in plain ASCII, cut to ``CODE_LENGTH``.

Codes are ASCII and at most ``CODE_LENGTH`` long, the shortest waypoint name
of every device profile, so a code is never shortened (and never changes) on
the unit.  Two places never share a code and a place never gets two: that is
checked here, not hoped for.
"""

from __future__ import annotations

import string
import zlib
from dataclasses import dataclass
from typing import Dict, Hashable, List, Sequence, Tuple

from ..core import ExportError, message
from ..plan import BASE, CAMP, PLOT
from .devices import ASCII, PROFILES
from .names import UniqueNamer, clean_name, to_ascii

CODE_LENGTH = min(p.max_name_length for p in PROFILES)
# No I/1, O/0: read off a small screen.  (Spelt out, detect-secrets took it for a key.)
_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "IO01")


@dataclass(frozen=True)
class Place:
    """A stop as far as naming goes; ``x``/``y`` in any one CRS for the whole plan."""

    kind: str  # BASE, PLOT or CAMP
    team: str
    name: str  # plot id, base name or camp name (``C<night>``)
    x: float
    y: float


def place_key(place: Place) -> Hashable:
    """What makes two stops the same place."""
    if place.kind == PLOT:
        return (PLOT, place.name)
    if place.kind == BASE:
        return (BASE, to_ascii(place.name).casefold())
    # A camp belongs to one team; a rest day puts two nights at one spot.
    return (CAMP, place.team, round(place.x, 6), round(place.y, 6))  # degrees or metres


def team_letter(index: int) -> str:
    """A, B, ... Z, AA, AB ... for the 0-based team ``index``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def short_code(text: str, prefix: str = "P", length: int = 4) -> str:
    value = zlib.crc32(text.encode("utf-8"))
    out = []
    for _ in range(length):
        value, rest = divmod(value, len(_ALPHABET))
        out.append(_ALPHABET[rest])
    return prefix + "".join(out)


def place_codes(places: Sequence[Place], teams: Sequence[str] = ()) -> Dict[Hashable, str]:
    """The code of every place (by ``place_key``); ``teams`` gives the team order (letters)."""
    order: List[str] = list(dict.fromkeys(list(teams) + [p.team for p in places]))
    letters = {team: team_letter(i) for i, team in enumerate(order)}
    several = len(order) > 1
    first: Dict[Hashable, Place] = {}
    for place in places:
        if place.kind not in (BASE, PLOT, CAMP):
            raise ExportError(message("codes_unknown_kind", name=place.name, kind=place.kind))
        first.setdefault(place_key(place), place)
    namer = UniqueNamer(CODE_LENGTH, ASCII)
    codes: Dict[Hashable, str] = {}
    # Plot ids are what coordinators know: they choose first, then camps, then bases.
    wanted: List[Tuple[int, str, Hashable, str]] = []
    for key, place in first.items():
        if place.kind == PLOT:
            text = clean_name(place.name, 100, ASCII)
            code = text if text and len(text) <= CODE_LENGTH and text == to_ascii(place.name).strip() else ""
            wanted.append((0, place.name, key, code or short_code(place.name)))
        elif place.kind == CAMP:
            wanted.append(
                (
                    1,
                    f"{order.index(place.team):04d}{place.name}",
                    key,
                    place.name + (letters[place.team] if several else ""),
                )
            )
        else:
            wanted.append((2, place.name, key, clean_name(place.name, CODE_LENGTH, ASCII) or "BASE"))
    # Ids that fit are reserved before any cut or generated code can take them.
    for kind, _, key, code in sorted(wanted, key=lambda w: (w[0], w[1])):
        if kind == 0 and code and not namer.taken(code):
            namer.reserve(code)
            codes[key] = code
    for kind, label, key, code in sorted(wanted, key=lambda w: (w[0], w[1])):
        if key in codes:
            continue
        codes[key] = namer.name(code if kind else short_code(label), "X")
    if len({to_ascii(c).casefold() for c in codes.values()}) != len(codes):  # UniqueNamer's promise
        raise ExportError(message("codes_same_short_name"))
    return codes


def place_code_list(places: Sequence[Place], teams: Sequence[str] = ()) -> List[str]:
    """``place_codes`` in the order of ``places`` (one entry per stop)."""
    codes = place_codes(places, teams)
    return [codes[place_key(p)] for p in places]
