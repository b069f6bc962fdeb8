# SPDX-License-Identifier: GPL-2.0-or-later
"""Work at a plot that runs past the day's end and goes on the next morning.

The optimizer lets a team camp at a plot whose inspection or dismantling does
not fit in the day (``optimize.problem``); the plan then lists the plot, and
right after it the night's camp at an hour earlier than the work's end.  Said
plainly, so nobody reads "P057 at 13:14, camp at 14:00" as two hours of work
done in 46 minutes.
"""

from __future__ import annotations

from typing import Dict, Sequence

from .model import CAMP, PLOT, PlannedStop


def next_morning_minutes(stops: Sequence[PlannedStop]) -> Dict[int, float]:
    """For each plot (by ``seq``) whose work goes on the next morning: the minutes left for that morning."""
    out: Dict[int, float] = {}
    for stop, after in zip(stops, stops[1:]):
        if stop.kind != PLOT or after.kind != CAMP or stop.service_min <= 0:
            continue
        done = (after.arrival - stop.arrival).total_seconds() / 60.0
        left = stop.service_min - done
        if left >= 1.0:
            out[stop.seq] = float(round(left))
    return out
