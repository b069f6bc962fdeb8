"""A leg between two terminals as the parts a team travels: forest, trail, boat, transfers.

The matrix finds a leg's way; these are its pieces and the rules that put them
together (a terminal's forest leg to its join, getting on and off a boat,
consecutive parts of one mode merged).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Tuple

from .join import Join
from .travel_model import BOAT, FOREST, TRAIL, TRANSFER, Coord


@dataclass(frozen=True)
class LegPart:
    mode: str  # boat, trail, forest or transfer
    coords: List[Coord]
    hours: float
    km: float


@dataclass(frozen=True)
class Leg:
    hours: float
    parts: List[LegPart]

    def km(self) -> Dict[str, float]:
        out = {BOAT: 0.0, TRAIL: 0.0, FOREST: 0.0}
        for part in self.parts:
            if part.mode in out:
                out[part.mode] += part.km
        return out


def at(join: Join) -> Tuple[int, float, Coord]:
    return join.seg, join.t, join.point


def leave(join: Join) -> List[LegPart]:
    """The forest leg from a terminal to its join, and the transfer onto a boat."""
    parts = [LegPart(FOREST, [join.origin, join.point], join.forest_hours, join.forest_km)]
    if join.mode == BOAT:
        parts.append(LegPart(TRANSFER, [join.point, join.point], join.transfer_hours, 0.0))
    return parts


def arrive(join: Join) -> List[LegPart]:
    """The transfer off the boat and the forest leg from the join to a terminal."""
    parts: List[LegPart] = []
    if join.mode == BOAT:
        parts.append(LegPart(TRANSFER, [join.point, join.point], join.transfer_hours, 0.0))
    parts.append(LegPart(FOREST, [join.point, join.origin], join.forest_hours, join.forest_km))
    return parts


def merge(parts: List[LegPart]) -> List[LegPart]:
    """Join consecutive parts of one mode and drop empty ones (a terminal right on the network)."""
    out: List[LegPart] = []
    for part in parts:
        if part.mode != TRANSFER and part.km == 0.0:
            continue
        if out and out[-1].mode == part.mode and part.mode != TRANSFER:
            last = out[-1]
            coords = last.coords + (part.coords[1:] if part.coords[:1] == last.coords[-1:] else part.coords)
            out[-1] = LegPart(part.mode, coords, last.hours + part.hours, last.km + part.km)
        else:
            out.append(part)
    return out or parts[:1]
