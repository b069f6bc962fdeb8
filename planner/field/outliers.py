# SPDX-License-Identifier: GPL-2.0-or-later
"""Position glitches: drop impossible points without trusting any single fix.

Comparing each point with the last one *kept* lets one bad fix decide for the
whole track: a unit switched on with a stale position 60 km away condemned
every real point after it until enough time had passed for the jump to look
possible, and then a 60 km line was drawn that "covered" plots nobody saw.
Here the points are grown into chains in which each step is physically
possible (speed, or a jump with no time between); a point joins the longest
chain it is consistent with, else starts its own, and only the longest chain
is kept.  So a glitch loses against the majority wherever it appears.

Kept timed points farther apart than ``ImportConfig.max_segment_m`` start a new
segment: nobody saw the ground along a straight line drawn over a gap in the
recording, so coverage must not count it.
"""

from __future__ import annotations

import math
from typing import Iterable, List, Optional, Tuple

from ..core import InputError, message
from .model import ImportConfig, ImportResult, TrackPoint, coordinate_problem, haversine_m

# Chains kept alive besides the longest; more would only matter for a file that is mostly glitches.
_ACTIVE_CHAINS = 8
_M_PER_DEGREE = math.pi * 6371008.8 / 180


def _distance(a: TrackPoint, b: TrackPoint) -> float:
    # Flat-earth first (4x cheaper, exact enough below a few km); haversine beyond.
    dx = (b.lon - a.lon) * math.cos(math.radians(b.lat)) * _M_PER_DEGREE
    dy = (b.lat - a.lat) * _M_PER_DEGREE
    flat = math.hypot(dx, dy)
    return flat if flat < 2000.0 and abs(b.lon - a.lon) < 180 else haversine_m(a.lon, a.lat, b.lon, b.lat)


def _possible(a: TrackPoint, b: TrackPoint, config: ImportConfig) -> bool:
    dist = _distance(a, b)
    if dist <= 50.0 or a.time is None or b.time is None:
        return True  # without times nothing says how fast a jump was (drawn tracks)
    dt = (b.time - a.time).total_seconds()
    return dist / dt <= config.max_speed_mps if dt > 0 else dist <= config.max_same_time_jump_m


def _valid(raw: Iterable[TrackPoint], result: ImportResult) -> List[TrackPoint]:
    out = []
    for p in raw:
        # NaN fails every comparison, so it takes the slow path and gets its message.
        if -90.0 <= p.lat <= 90.0 and -180.0 <= p.lon <= 180.0 and (p.lat or p.lon):
            out.append(p)
        else:
            result.skip(p.line, coordinate_problem(p.lon, p.lat) or "unusable coordinates")
    return out


def _longest_chain(points: List[TrackPoint], config: ImportConfig) -> List[int]:
    """Indexes of the longest run of mutually possible steps (see the module's docstring)."""
    chains: List[List[int]] = []
    active: List[int] = []  # chain numbers, most recently extended last
    best = -1
    for i, p in enumerate(points):
        candidates = active if best < 0 or best in active else active + [best]
        chosen: Optional[int] = None
        for c in candidates:
            if (chosen is None or len(chains[c]) > len(chains[chosen])) and _possible(points[chains[c][-1]], p, config):
                chosen = c
        if chosen is None:
            chains.append([i])
            chosen = len(chains) - 1
        else:
            chains[chosen].append(i)
        if chosen in active:
            active.remove(chosen)
        active.append(chosen)
        del active[:-_ACTIVE_CHAINS]
        if best < 0 or len(chains[chosen]) > len(chains[best]):
            best = chosen
    return chains[best] if chains else []


def _skip_reason(p: TrackPoint, near: Optional[TrackPoint]) -> str:
    if near is None:
        return "position inconsistent with the rest of the track"
    dist = haversine_m(near.lon, near.lat, p.lon, p.lat)
    if abs(p.lat) <= 180 and abs(p.lon) <= 90 and haversine_m(near.lon, near.lat, p.lat, p.lon) < dist / 100:
        return f"latitude and longitude look swapped (lat {p.lat}, lon {p.lon})"
    if p.time is not None and near.time is not None:
        dt = abs((p.time - near.time).total_seconds())
        if dt > 0:
            return f"impossible jump of {dist:.0f} m in {dt:g} s ({dist / dt:.0f} m/s)"
        return f"impossible jump of {dist:.0f} m in no time"
    return f"impossible jump of {dist:.0f} m"


def clean_points(
    raw: Iterable[TrackPoint], config: ImportConfig, result: ImportResult, check_speed: bool = True
) -> List[TrackPoint]:
    """Drop impossible points, recording each in ``result.skipped``.

    Planned routes pass ``check_speed=False``: their times are when a point
    was drawn, not reached.
    """
    points = _valid(raw, result)
    if not check_speed or len(points) < 2:
        return points
    keep = _longest_chain(points, config)
    kept_set = set(keep)
    last_kept: Optional[TrackPoint] = None
    position = 0
    for i, p in enumerate(points):
        if i in kept_set:
            last_kept = p
            position += 1
            continue
        near = last_kept if last_kept is not None else (points[keep[position]] if position < len(keep) else None)
        result.skip(p.line, _skip_reason(p, near))
    return [points[i] for i in keep]


def split_at_gaps(points: List[TrackPoint], config: ImportConfig) -> List[Tuple[TrackPoint, ...]]:
    """``points`` cut wherever two timed neighbours are more than ``max_segment_m`` apart.

    Untimed tracks are drawn, not recorded: their long straight legs are the drawing.
    """
    segments: List[Tuple[TrackPoint, ...]] = []
    start = 0
    for i in range(1, len(points)):
        a, b = points[i - 1], points[i]
        if a.time is not None and b.time is not None and _distance(a, b) > config.max_segment_m:
            segments.append(tuple(points[start:i]))
            start = i
    segments.append(tuple(points[start:]))
    return segments


def clean_segments(
    raw: Iterable[TrackPoint], config: ImportConfig, result: ImportResult
) -> List[Tuple[TrackPoint, ...]]:
    """``clean_points`` then ``split_at_gaps``: the segments a recorded track may draw."""
    return split_at_gaps(clean_points(raw, config, result), config)


def nothing_usable(result: ImportResult, code: str) -> InputError:
    """The error for a file whose every position was refused, naming the first refusal.

    ``code`` names what was refused: ``rows_unusable`` or ``records_unusable``.
    """
    first = min(result.skipped, key=lambda record: record.line or 0, default=None)
    detail = message("first_refused", line=first.line, reason=first.reason) if first is not None else ""
    return InputError(
        message(code, count=len(result.skipped), first=detail), result.source, first.line if first is not None else None
    )
