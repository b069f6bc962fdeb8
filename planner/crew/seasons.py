"""River seasons: which reaches a boat can use on the plan's dates.

A reach carries the months it is navigable (1-12; ``None``: all year), or a
minimum water level with the level given for the planning dates.  A reach
closed on any day of the patrol is left out of the network (a boat that goes
up a tributary in the last days of the high water may not come back down).
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from shapely.geometry.base import BaseGeometry

from ..core import InputError, message
from ..core.messages import Message
from ..network import BOAT, RiverLine, Terminal, TravelModel, Zone, build_network

_SPANISH = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "set", "oct", "nov", "dic")


def _month(token: str) -> int:
    t = token.strip().lower()[:3]
    if t.isdigit() and 1 <= int(t) <= 12:
        return int(t)
    english = [m.lower() for m in calendar.month_abbr[1:]]
    for names in (
        english,
        list(_SPANISH),
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    ):
        if t in names:
            return names.index(t) + 1
    raise ValueError(token)


def parse_months(text: Optional[str]) -> Optional[FrozenSet[int]]:
    """``"11-5"`` or ``"nov-may"`` (wrapping round the new year), ``"1,2,12"``; empty: all year."""
    if text is None or not str(text).strip():
        return None
    months = set()
    for chunk in str(text).replace(";", ",").split(","):
        if not chunk.strip():
            continue
        first, sep, last = chunk.partition("-")
        try:
            a = _month(first)
            b = _month(last) if sep else a
        except ValueError as error:
            raise InputError(
                message("months_not_a_month", text=text, token=error.args[0]), message("source_months")
            ) from None
        m = a
        while True:
            months.add(m)
            if m == b:
                break
            m = m % 12 + 1
    return frozenset(months)


def patrol_dates(first: date, days: int) -> List[date]:
    return [first + timedelta(days=k) for k in range(max(1, days))]


def seasonal_rivers(
    rivers: Sequence[RiverLine], dates: Sequence[date], level_m: Optional[float] = None
) -> Tuple[List[RiverLine], List[RiverLine]]:
    """(rivers as navigable on these dates, the reaches closed on one of them)."""
    months = {d.month for d in dates}
    kept, closed = [], []
    for river in rivers:
        shut = (river.months is not None and not months <= set(river.months)) or (
            river.min_level_m is not None and level_m is not None and level_m < river.min_level_m
        )
        if shut and river.navigable:
            closed.append(river)
            kept.append(replace(river, navigable=False))
        else:
            kept.append(river)
    return kept, closed


def describe_months(months: Optional[FrozenSet[int]]) -> str:
    if not months:
        return "all year"
    return ", ".join(_SPANISH[m - 1] for m in sorted(months))


# the English start of every "cut off" reason (``closed_reach``), for a reader of the English text
CLOSED_REACH = "cut off: the way there goes along a river reach closed to boats in this season"


def closed_reach(fid: object, months: Optional[FrozenSet[int]]) -> Message:
    """Why a plot is cut off: the reach (its feature id when known) and the months it is navigable."""
    if fid is None:
        return message("closed_reach_unnamed", months=describe_months(months))
    return message("closed_reach", reach=fid, months=describe_months(months))


def cut_off_plots(
    all_rivers: Sequence[RiverLine],
    closed: Sequence[RiverLine],
    model: Optional[TravelModel],
    zones: Sequence[Zone],
    bases: Sequence[BaseGeometry],
    plots: Dict[str, BaseGeometry],
) -> Dict[str, Message]:
    """Plots a boat could reach with every reach open, along a reach closed now: plot id -> reason."""
    if not closed or not plots:
        return {}
    from shapely.geometry import LineString

    net = build_network([replace(r, navigable=r.navigable or r in closed) for r in all_rivers], [], zones, model)
    ids = list(plots)
    terminals = [Terminal(("base", k), g) for k, g in enumerate(bases)]
    terminals += [Terminal(("plot", i), plots[i]) for i in ids]
    matrix = net.matrix(terminals, sources=range(len(bases)))
    lines = [(LineString(r.coords), r) for r in closed if len(r.coords) > 1]
    out: Dict[str, Message] = {}
    for j, plot_id in enumerate(ids, len(bases)):
        for b in range(len(bases)):
            leg = matrix.leg(b, j)
            if leg is None:
                continue
            for part in leg.parts:
                if part.mode != BOAT or len(part.coords) < 2:
                    continue
                path = LineString(part.coords)
                for line, reach in lines:
                    if path.intersection(line.buffer(1.0)).length > 5.0:
                        out[plot_id] = closed_reach(reach.fid, reach.months)
                        break
                if plot_id in out:
                    break
            if plot_id in out:
                break
    return out
