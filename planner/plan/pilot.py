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
    through_hidden: bool = False  # the move's line passes through a hiding zone on its way


def _when(t: datetime) -> str:
    return f"{t:%d/%m %H:%M}"


def _nowhere(_: Coord) -> bool:
    return False


def pilot_instructions(
    rows: Sequence[LegLike], place: Callable[[Coord], str], hidden: Callable[[Coord], bool] = _nowhere
) -> List[Message]:
    """One line per thing the pilot does, in time order; ``place`` names a point (e.g. UTM coordinates),
    ``hidden`` tells the points of a hidden place (no time there, no km for a move touching one)."""
    lines: List[Message] = []
    boat = [r for r in sorted(rows, key=lambda r: r.start) if r.mode in ("boat", "boat_empty")]
    waiting_since = None
    for k, row in enumerate(boat):
        if waiting_since is not None:
            if hidden(row.first):
                lines.append(message("pilot_wait_hidden", place=place(row.first)))
            else:
                since, until = _when(waiting_since), _when(row.start)
                lines.append(message("pilot_wait", place=place(row.first), since=since, until=until))
        if row.mode == "boat_empty":
            lines.append(_move("pilot_alone", row, place, hidden))
        elif k == 0 or boat[k - 1].mode != "boat" or boat[k - 1].end != row.start:
            lines.append(_move("pilot_take", row, place, hidden))
        waiting_since = row.end
    return lines


def _move(code: str, row: LegLike, place: Callable[[Coord], str], hidden: Callable[[Coord], bool]) -> Message:
    """``pilot_take`` or ``pilot_alone`` for ``row``, with only the times and length a field paper may give."""
    ends = {"origin": place(row.first), "destination": place(row.last)}
    at_origin, at_destination = hidden(row.first), hidden(row.last)
    if at_origin and at_destination:
        return message(f"{code}_hidden", **ends)
    if at_origin:  # only by when he must be at the shown end
        return message(f"{code}_from_hidden", **ends, end=_when(row.end))
    if code == "pilot_take":  # a ride with the team gives only its start, at the shown origin
        return message(code, start=_when(row.start), **ends)
    if at_destination:
        return message("pilot_alone_to_hidden", start=_when(row.start), **ends)
    if row.through_hidden:
        return message("pilot_alone_through", start=_when(row.start), **ends, end=_when(row.end))
    return message(
        code,
        start=_when(row.start),
        origin=ends["origin"],
        km=row.km,
        destination=ends["destination"],
        end=_when(row.end),
    )


def check_ins(stops: Sequence[Tuple[int, str, str, datetime]]) -> List[Tuple[int, datetime, str]]:
    """(day, time, place) of each evening check-in from the stops (day, kind, name, arrival):
    the camp that ends a day, or the last stop of the last day."""
    by_day = {}
    for day, kind, name, arrival in sorted(stops, key=lambda s: s[3]):
        if kind in ("camp", "base"):  # the latest camp or base of the day: where the team sleeps
            by_day[day] = (day, arrival, name)
    return [by_day[d] for d in sorted(by_day)]
