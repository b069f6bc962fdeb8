"""Planned versus actual: which planned stops did the patrol reach, and when?

A stop counts as reached when a foot or boat track (drones by request) came
within ``radius_m`` of it.  The reported time is the first time the patrol
was that close, since that is when the stop's work could start; ``delay_s``
compares it with the planned time when both are known.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional, Sequence, Tuple

from shapely.geometry import Point

from ..core import Feedback, check_cancel, ensure
from .coverage import CoverageConfig, CoverageTrack, TrackIndex

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PlannedStop:
    stop_id: str
    x: float
    y: float
    planned_time: Optional[datetime] = None


@dataclass(frozen=True)
class StopOutcome:
    stop_id: str
    reached: bool
    reached_at: Optional[datetime] = None
    track_id: str = ""
    distance_m: Optional[float] = None  # closest approach of any track
    delay_s: Optional[float] = None  # reached_at - planned_time


@dataclass(frozen=True)
class PlanVsActualConfig:
    radius_m: float = 50.0
    kinds: Tuple[str, ...] = ("foot", "boat")


def compare_plan(
    stops: Sequence[PlannedStop],
    tracks: Sequence[CoverageTrack],
    config: Optional[PlanVsActualConfig] = None,
    feedback: Optional[Feedback] = None,
) -> List[StopOutcome]:
    config = config or PlanVsActualConfig()
    feedback = ensure(feedback)
    index = TrackIndex(tracks, CoverageConfig(radius_m=config.radius_m), kinds=config.kinds, feedback=feedback)
    r2 = config.radius_m**2
    outcomes: List[StopOutcome] = []
    for number, stop in enumerate(stops):
        if number % 500 == 0:
            check_cancel(feedback)
        where = Point(stop.x, stop.y)
        closest: Optional[float] = None
        first: Optional[Tuple[datetime, str]] = None
        untimed_track = ""
        for i in index.near(where, config.radius_m):
            piece = index.pieces[i]
            d = piece.geometry.distance(where)
            closest = d if closest is None else min(closest, d)
            if d > config.radius_m:
                continue
            track_id = index.tracks[piece.track].track_id
            # First recorded point inside the circle; a fast pass between two
            # points outside it still counts as reached, without a time.
            times = [
                p[2] for p in piece.points if p[2] is not None and (p[0] - stop.x) ** 2 + (p[1] - stop.y) ** 2 <= r2
            ]
            if times:
                when = min(times)
                if first is None or when < first[0]:
                    first = (when, track_id)
            elif not untimed_track:
                untimed_track = track_id
        if first is None and not untimed_track:
            outcomes.append(StopOutcome(stop.stop_id, False, distance_m=closest))
            continue
        reached_at, track_id = first if first is not None else (None, untimed_track)
        delay = (reached_at - stop.planned_time).total_seconds() if reached_at and stop.planned_time else None
        outcomes.append(StopOutcome(stop.stop_id, True, reached_at, track_id, closest, delay))
    return outcomes
