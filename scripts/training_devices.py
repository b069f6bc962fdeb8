"""Past patrols as a Garmin eTrex 22x writes GPX, and a drone clip as DJI writes its SRT.

The byte layout copies real files in ../shared/data: the eTrex 20x GPX from gpxpy's
test files (one line, Garmin namespaces, <ele> and <time> on every trkpt) and the
"FrameCnt / rel_alt abs_alt" DJI subtitle layout of MAVIC3.srt (DJI_SRT_Parser samples).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone
from typing import Callable, List, Sequence, Tuple

import numpy as np
from training_human import Patrol
from training_hydro import XY

ToLonLat = Callable[[float, float], Tuple[float, float]]
Elevation = Callable[[float, float], float]
PERU = timezone(timedelta(hours=-5))
SPEED_KMH = {"walk": 2.6, "boat_down": 12.0, "boat_up": 8.0}

GPX_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>'
    '<gpx xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxx="http://www.garmin.com/xmlschemas/GpxExtensions/v3"'
    ' xmlns:gpxtrkx="http://www.garmin.com/xmlschemas/TrackStatsExtension/v1"'
    ' xmlns:wptx1="http://www.garmin.com/xmlschemas/WaypointExtension/v1"'
    ' xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1" creator="eTrex 22x" version="1.1"'
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.topografix.com/GPX/1/1'
    " http://www.topografix.com/GPX/1/1/gpx.xsd http://www.garmin.com/xmlschemas/GpxExtensions/v3"
    " http://www8.garmin.com/xmlschemas/GpxExtensionsv3.xsd http://www.garmin.com/xmlschemas/TrackStatsExtension/v1"
    " http://www8.garmin.com/xmlschemas/TrackStatsExtension.xsd http://www.garmin.com/xmlschemas/WaypointExtension/v1"
    " http://www8.garmin.com/xmlschemas/WaypointExtensionv1.xsd http://www.garmin.com/xmlschemas/TrackPointExtension/v1"
    ' http://www8.garmin.com/xmlschemas/TrackPointExtensionv1.xsd">'
)


def _along(coords: Sequence[XY], step: float) -> List[XY]:
    """Points every ``step`` metres along a polyline (the receiver samples by time, not by vertex)."""
    out: List[XY] = [coords[0]]
    carry = 0.0
    for a, b in zip(coords, coords[1:]):
        seg = math.dist(a, b)
        pos = step - carry
        while pos < seg:
            t = pos / seg
            out.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
            pos += step
        carry = (carry + seg) % step
    out.append(coords[-1])
    return out


def _utc(t: datetime) -> str:
    return t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def patrol_gpx(patrol: Patrol, to_lonlat: ToLonLat, elevation: Elevation, rng: np.random.Generator) -> str:
    day = datetime(patrol.day.year, patrol.day.month, patrol.day.day, tzinfo=PERU)
    start = day + timedelta(hours=patrol.start_local_h)
    t = start + timedelta(seconds=int(rng.integers(0, 600)))
    segments: List[List[str]] = [[]]
    err = np.zeros(2)
    ele_err = 0.0
    for k, leg in enumerate(patrol.legs):
        if k == 2 and len(patrol.legs) > 3:
            # Switched off over lunch at the turning point: a new <trkseg> as the eTrex writes it.
            t += timedelta(minutes=int(rng.integers(35, 70)))
            segments.append([])
        speed = SPEED_KMH[leg.mode] / 3.6
        canopy = 4.0 if leg.mode == "walk" else 1.5
        pos = _along(leg.coords, speed * 8.0)
        for x, y in pos:
            dt = float(rng.uniform(4.0, 12.0))
            if leg.mode == "walk" and rng.random() < 0.004:
                dt += float(rng.uniform(300, 1200))  # a rest, or looking around a clearing
            t += timedelta(seconds=dt)
            if leg.mode == "walk" and rng.random() < 0.01:
                continue  # fix lost under dense canopy
            err = 0.85 * err + rng.normal(0, canopy * 0.5, 2)
            lon, lat = to_lonlat(x + err[0], y + err[1])
            # No barometer on the 22x: GPS heights wander slowly by several metres.
            ele_err = 0.92 * ele_err + rng.normal(0, 1.5)
            ele = elevation(x, y) + (1.2 if leg.mode != "walk" else 1.6) + ele_err
            segments[-1].append(
                f'<trkpt lat="{lat:.10f}" lon="{lon:.10f}"><ele>{ele:.2f}</ele><time>{_utc(t)}</time></trkpt>'
            )
    name = start.strftime("%Y-%m-%d %H:%M:%S")
    body = "".join("<trkseg>" + "".join(s) + "</trkseg>" for s in segments if s)
    return (
        GPX_HEAD + f'<metadata><link href="http://www.garmin.com"><text>Garmin International</text></link>'
        f"<time>{_utc(t + timedelta(seconds=30))}</time></metadata>"
        + f"<trk><name>{name}</name><extensions><gpxx:TrackExtension><gpxx:DisplayColor>Red"
        "</gpxx:DisplayColor></gpxx:TrackExtension></extensions>" + body + "</trk></gpx>"
    )


def _timecode(ms: int) -> str:
    h, rest = divmod(ms, 3600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def drone_srt(
    launch: XY,
    targets: Sequence[XY],
    start_local: datetime,
    seconds: int,
    fps: int,
    to_lonlat: ToLonLat,
    elevation: Elevation,
    rng: np.random.Generator,
) -> str:
    """One video clip's subtitle track: one cue per frame, as DJI cameras record it."""
    frames = seconds * fps
    route = [launch, *targets, launch]
    lengths = [math.dist(a, b) for a, b in zip(route, route[1:])]
    total = sum(lengths)
    ground = elevation(*launch)
    baro = float(rng.normal(0, 2.0))  # barometric height is offset from the true altitude
    frame_ms = 1000 // fps
    out: List[str] = []
    clock = start_local
    for n in range(1, frames + 1):
        f = (n - 1) / (frames - 1)
        d = total * f
        k = 0
        while k < len(lengths) - 1 and d > lengths[k]:
            d -= lengths[k]
            k += 1
        a, b = route[k], route[k + 1]
        t = min(1.0, d / lengths[k]) if lengths[k] else 0.0
        x = a[0] + (b[0] - a[0]) * t + rng.normal(0, 0.2)
        y = a[1] + (b[1] - a[1]) * t + rng.normal(0, 0.2)
        lon, lat = to_lonlat(x, y)
        # Climb out over the landing, cruise at survey height, sink back towards the pilot.
        rel = 30.0 + 45.0 * min(1.0, f / 0.12) - 25.0 * max(0.0, (f - 0.9) / 0.1)
        diff = frame_ms + int(rng.integers(-1, 2))
        clock += timedelta(milliseconds=diff)
        out.append(
            f"{n}\n{_timecode((n - 1) * frame_ms)} --> {_timecode(n * frame_ms)}\n"
            f'<font size="28">FrameCnt: {n}, DiffTime: {diff}ms\n'
            f"{clock.strftime('%Y-%m-%d %H:%M:%S')}.{clock.microsecond // 1000:03d}\n"
            f"[iso: 100] [shutter: 1/1000.0] [fnum: 2.8] [ev: 0] [ct: 5600] [color_md : default] "
            f"[focal_len: 24.00] [latitude: {lat:.6f}] [longitude: {lon:.6f}] "
            f"[rel_alt: {rel:.3f} abs_alt: {ground + rel + baro:.3f}] </font>\n"
        )
    return "\n".join(out) + "\n"
