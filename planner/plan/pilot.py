"""The pilot's own instructions, and each team's evening check-ins.

Both read the ``legs`` rows (``plan_legs``, or the legs layer read back):
the pilot is told where he waits with the boat, when he leaves, where he goes
alone (``boat_empty``) and by when he must be there, and where he takes the
team.  The evening check-in is the last place a team reaches each day (its
camp or its end base) and the time it gets there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable, List, Sequence, Tuple

from ..core.messages import Message, message

Coord = Tuple[float, float]


@dataclass(frozen=True)
class LegLike:
    """The fields of a legs row the instructions need."""

    day: int
    mode: str
    start: datetime
    end: datetime
    km: float
    first: Coord
    last: Coord


def _when(t: datetime) -> str:
    return f"{t:%d/%m %H:%M}"


def pilot_instructions(rows: Sequence[LegLike], place: Callable[[Coord], str]) -> List[Message]:
    """One line per thing the pilot does, in time order; ``place`` names a point (e.g. UTM coordinates)."""
    lines: List[Message] = []
    boat = [r for r in sorted(rows, key=lambda r: r.start) if r.mode in ("boat", "boat_empty")]
    waiting_since = None
    for k, row in enumerate(boat):
        if waiting_since is not None:
            lines.append(
                message("pilot_wait", place=place(row.first), since=_when(waiting_since), until=_when(row.start))
            )
        if row.mode == "boat_empty":
            lines.append(
                message(
                    "pilot_alone",
                    start=_when(row.start),
                    origin=place(row.first),
                    km=row.km,
                    destination=place(row.last),
                    end=_when(row.end),
                )
            )
        elif k == 0 or boat[k - 1].mode != "boat" or boat[k - 1].end != row.start:
            lines.append(
                message("pilot_take", start=_when(row.start), origin=place(row.first), destination=place(row.last))
            )
        waiting_since = row.end
    return lines


def check_ins(stops: Sequence[Tuple[int, str, str, datetime]]) -> List[Tuple[int, datetime, str]]:
    """(day, time, place) of each evening check-in from the stops (day, kind, name, arrival):
    the camp that ends a day, or the last stop of the last day."""
    by_day = {}
    for day, kind, name, arrival in sorted(stops, key=lambda s: s[3]):
        if kind in ("camp", "base"):  # the latest camp or base of the day: where the team sleeps
            by_day[day] = (day, arrival, name)
    return [by_day[d] for d in sorted(by_day)]
