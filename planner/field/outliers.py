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

Kept timed points farther apart than ``ImportConfig.max_segment_m``, or apart
by more than ``max_gap_s`` having moved meanwhile, start a new segment: nobody
saw the ground along a straight line drawn over a gap in the recording, so
coverage must not count it; nor over a step covered faster than the mode's
sustained pace.  The speed limit is the mode's (on foot, boat, drone), in
the chains too, and a first fix apart from the rest by many of the track's
own intervals is the unit's stale position, however near it lies.
"""

from __future__ import annotations

import math
from dataclasses import replace
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


def _possible(a: TrackPoint, b: TrackPoint, config: ImportConfig, limit: float) -> bool:
    dist = _distance(a, b)
    if dist <= 50.0 or a.time is None or b.time is None:
        return True  # without times nothing says how fast a jump was (drawn tracks)
    dt = (b.time - a.time).total_seconds()
    return dist / dt <= limit if dt > 0 else dist <= config.max_same_time_jump_m


def _finite(value: Optional[float]) -> Optional[float]:
    return value if value is None or math.isfinite(value) else None


def _valid(raw: Iterable[TrackPoint], result: ImportResult) -> List[TrackPoint]:
    out = []
    for p in raw:
        # NaN fails every comparison, so it takes the slow path and gets its message.
        if -90.0 <= p.lat <= 90.0 and -180.0 <= p.lon <= 180.0 and (p.lat or p.lon):
            if not all(v is None or math.isfinite(v) for v in (p.ele, p.speed, p.rel_height)):
                p = p._replace(ele=_finite(p.ele), speed=_finite(p.speed), rel_height=_finite(p.rel_height))
            out.append(p)
        else:
            result.skip(p.line, coordinate_problem(p.lon, p.lat) or "unusable coordinates")
    return out


def _kept_chain(points: List[TrackPoint], config: ImportConfig, result: ImportResult) -> List[int]:
    """The longest chain at the mode's own limit: 70 m/s let a run of glitches a car could reach beat a
    walk on foot.  But a track more than a tenth of whose (otherwise possible) points outrun the mode (a
    boat ride read as on foot) is not glitches: then only jumps over ``max_speed_mps`` are, and the
    coordinator is told to check the mode."""
    limit = min(config.max_speed_mps, config.speed_limit_mps)
    keep = _longest_chain(points, config, limit)
    if limit < config.max_speed_mps:
        glitches_only = _longest_chain(points, config, config.max_speed_mps)
        if len(keep) < 0.9 * len(glitches_only):
            warning = message("track_faster_than_mode", limit=limit, mode=config.kind, glitch=config.max_speed_mps)
            if warning not in result.warnings:  # once per file, not once per segment
                result.warn(warning)
            return glitches_only
    return keep


def _longest_chain(points: List[TrackPoint], config: ImportConfig, limit: float) -> List[int]:
    """Indexes of the longest run of mutually possible steps (see the module's docstring)."""
    chains: List[List[int]] = []
    active: List[int] = []  # chain numbers, most recently extended last
    best = -1
    for i, p in enumerate(points):
        candidates = active if best < 0 or best in active else active + [best]
        chosen: Optional[int] = None
        for c in candidates:
            if (chosen is None or len(chains[c]) > len(chains[chosen])) and _possible(
                points[chains[c][-1]], p, config, limit
            ):
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


def _gap(a: TrackPoint, b: TrackPoint, config: ImportConfig) -> bool:
    """True when the recording stopped between ``a`` and ``b``: long in time and moved meanwhile."""
    if a.time is None or b.time is None:
        return False
    return (b.time - a.time).total_seconds() > config.max_gap_s and _distance(a, b) > config.gap_m


def _too_fast(a: TrackPoint, b: TrackPoint, limit: float, beyond_m: float = 50.0) -> bool:
    """True when going from ``a`` to ``b`` (more than ``beyond_m`` apart) needs more than ``limit`` m/s."""
    if a.time is None or b.time is None:
        return False
    dist = _distance(a, b)
    if dist <= beyond_m:
        return False
    dt = (b.time - a.time).total_seconds()
    return dt <= 0 or dist / dt > limit


def _usual_step(points: List[TrackPoint]) -> Optional[float]:
    """The track's usual recording interval (s): the median of its first hundred time steps."""
    steps = sorted(
        (b.time - a.time).total_seconds()
        for a, b in zip(points[:100], points[1:101])
        if a.time is not None and b.time is not None and b.time > a.time
    )
    return steps[len(steps) // 2] if steps else None


def _unwalked_gap(a: TrackPoint, b: TrackPoint, config: ImportConfig, usual: Optional[float]) -> bool:
    """True when the unit stopped recording between ``a`` and ``b`` (many of its usual intervals, or
    ``_gap``) and they lie farther apart than the patrol keeps up its pace for that long (``sustained_mps``):
    whatever way was taken, a straight line would show ground nobody could have seen."""
    if a.time is None or b.time is None or _distance(a, b) <= config.gap_m:
        return False
    if _gap(a, b, config):
        return True
    seconds = (b.time - a.time).total_seconds()
    stopped = usual is None or seconds > max(60.0, 6 * usual)
    return stopped and _too_fast(a, b, config.sustained_mps, config.gap_m)


def _stale(first: TrackPoint, rest: List[TrackPoint], config: ImportConfig) -> bool:
    """Whether ``first`` is the position a unit shows before its first fix: far from the next point, and
    before it by many of the track's own intervals.  Judged by the time gap (and the pace that gap would
    need), so a jump a car could make minutes earlier is stale too, not only one ten minutes earlier."""
    second = rest[0]
    if first.time is None or second.time is None or _distance(first, second) <= config.gap_m:
        return False
    usual = _usual_step(rest)
    seconds = (second.time - first.time).total_seconds()
    return _gap(first, second, config) or (usual is not None and seconds > max(60.0, 6 * usual))


def _mode(config: ImportConfig, kind: str) -> ImportConfig:
    return replace(config, kind=kind) if kind and kind != config.kind else config


def _without_strays(
    kept: List[TrackPoint], config: ImportConfig, result: ImportResult, first_fix: bool
) -> List[TrackPoint]:
    """Drop a stale first fix (by its time gap) and lone fixes off the way (at the patrol's own speed)."""
    limit = config.speed_limit_mps
    if first_fix and len(kept) >= 2 and _stale(kept[0], kept[1:], config):
        # A unit switched on shows its last position until it has a fix: a first point long before
        # and far from the rest is that stale position, however slow the jump would have been.
        first, second = kept[0], kept[1]
        seconds = (second.time - first.time).total_seconds()  # type: ignore[operator]
        result.skip(
            first.line, f"stale first fix: {_distance(first, second):.0f} m and {seconds:.0f} s before the next"
        )
        kept = kept[1:]
    out: List[TrackPoint] = []
    for i, p in enumerate(kept):
        before = out[-1] if out else None
        after = kept[i + 1] if i + 1 < len(kept) else None
        if (
            before is not None
            and after is not None
            and _too_fast(before, p, limit, config.stray_m)
            and _too_fast(p, after, limit, config.stray_m)
            and not _too_fast(before, after, limit)
        ):
            result.skip(p.line, f"a lone fix {_distance(before, p):.0f} m off the way, faster than {limit:g} m/s")
            continue
        out.append(p)
    return out


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
    raw: Iterable[TrackPoint],
    config: ImportConfig,
    result: ImportResult,
    check_speed: bool = True,
    kind: str = "",
    first_fix: bool = True,
) -> List[TrackPoint]:
    """Drop impossible points, recording each in ``result.skipped``.

    Planned routes pass ``check_speed=False``: their times are when a point
    was drawn, not reached.  ``kind`` overrides ``config.kind`` (drone files);
    photos pass ``first_fix=False``: each has its own fix, none is a unit's stale start.
    """
    config = _mode(config, kind)
    points = _valid(raw, result)
    if not check_speed or len(points) < 2:
        return points
    keep = _kept_chain(points, config, result)
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
    return _without_strays([points[i] for i in keep], config, result, first_fix)


def split_at_gaps(points: List[TrackPoint], config: ImportConfig, kind: str = "") -> List[Tuple[TrackPoint, ...]]:
    """``points`` cut wherever two timed neighbours are more than ``max_segment_m`` apart, or the
    recording stopped between them (``max_gap_s`` and ``gap_m``), or a step of more than
    ``unwalked_m`` is faster than the patrol goes, or the unit stopped recording for longer than the
    patrol keeps up its pace over that distance (``sustained_mps``): nobody saw the ground on that line.

    Untimed tracks are drawn, not recorded: their long straight legs are the drawing.
    """
    config = _mode(config, kind)
    limit = config.speed_limit_mps
    usual = _usual_step(points)
    segments: List[Tuple[TrackPoint, ...]] = []
    start = 0
    for i in range(1, len(points)):
        a, b = points[i - 1], points[i]
        if (a.time is not None and b.time is not None and _distance(a, b) > config.max_segment_m) or (
            _gap(a, b, config) or _too_fast(a, b, limit, config.unwalked_m) or _unwalked_gap(a, b, config, usual)
        ):
            segments.append(tuple(points[start:i]))
            start = i
    segments.append(tuple(points[start:]))
    return segments


def clean_segments(
    raw: Iterable[TrackPoint], config: ImportConfig, result: ImportResult, kind: str = ""
) -> List[Tuple[TrackPoint, ...]]:
    """``clean_points`` then ``split_at_gaps``: the segments a recorded track may draw."""
    return split_at_gaps(clean_points(raw, config, result, kind=kind), config, kind)


def nothing_usable(result: ImportResult, code: str) -> InputError:
    """The error for a file whose every position was refused, naming the first refusal.

    ``code`` names what was refused: ``rows_unusable`` or ``records_unusable``.
    """
    first = min(result.skipped, key=lambda record: record.line or 0, default=None)
    detail = message("first_refused", line=first.line, reason=first.reason) if first is not None else ""
    return InputError(
        message(code, count=len(result.skipped), first=detail), result.source, first.line if first is not None else None
    )
