"""DJI video-subtitle telemetry (the ``.SRT`` beside each video).

DJI changed the subtitle text with almost every firmware, so each record
(a block between blank lines) is searched for every known spelling instead of
recognising a "format" first; that also reads files that mix formats
(``mix_p4rtk_mavic2pro.srt``).  The traps, from ``drone/SOURCE.txt``:

* ``GPS(lon,lat,satellites)`` on Mavic Pro / Phantom firmware, but
  ``GPS(lat,lon,altM)`` on the Matrice 300 (its third value ends in ``M``);
* ``longtitude`` (sic) next to ``longitude``;
* heights are relative to take-off (``rel_alt``, ``BAROMETER``, ``Hb``, ``H``)
  or absolute (``abs_alt``, ``altitude``), depending on the model;
* clock times are the controller's local time, without a zone.
"""

from __future__ import annotations

import logging
import math
import re
from datetime import datetime
from pathlib import Path
from typing import List, Optional, Tuple, Union

from ..core import Feedback, InputError, check_cancel, ensure, message
from .model import ImportConfig, ImportResult, Track, TrackPoint, file_sha256, local_to_utc
from .outliers import clean_segments, nothing_usable

logger = logging.getLogger(__name__)

# Bounded digit runs (a 100 KB run of digits must not make the search quadratic) and an
# exponent read as part of the number: "latitude: 1e5" is 100000 (refused), never 1.0.
_NUM = r"([-+]?\d{1,20}(?:\.\d{1,20})?(?:[eE][-+]?\d{1,3})?)(?![\d.])"
_TIMECODE = re.compile(r"(\d{1,9}):(\d\d):(\d\d)[,.](\d{1,9})\s*-->")
_DATETIME = re.compile(r"(\d{4})[-.](\d{1,2})[-.](\d{1,2})\s{1,9}(\d{1,2}):(\d\d):(\d\d)(?:[.,](\d{1,6}))?")
_LAT = re.compile(r"latitude\s*:\s*" + _NUM)
_LON = re.compile(r"longt?itude\s*:\s*" + _NUM)
_GPS = re.compile(r"GPS\s*\(\s*" + _NUM + r"\s*,\s*" + _NUM + r"\s*(?:,\s*" + _NUM + r"\s*(M?))?\s*\)")
_REL = (
    re.compile(r"rel_alt\s*:\s*" + _NUM),
    re.compile(r"BAROMETER\s*:\s*" + _NUM),
    re.compile(r"\bHb\s*:\s*" + _NUM),
    re.compile(r"\bH\s+" + _NUM + r"\s*m\b"),
)
_ABS = (re.compile(r"abs_alt\s*:\s*" + _NUM), re.compile(r"\[altitude\s*:\s*" + _NUM))
_HSPEED = re.compile(r"H\.S\s+" + _NUM + r"\s*m/s")
# A real record is a few hundred characters; a huge one is not telemetry and only costs time.
MAX_BLOCK_CHARS = 20_000
_SPEED_XY = re.compile(r"drone_speedx\s*:\s*" + _NUM + r"\s+drone_speedy\s*:\s*" + _NUM)


def _first(patterns: Tuple[re.Pattern, ...], text: str) -> Optional[float]:
    for pattern in patterns:
        m = pattern.search(text)
        if m:
            return float(m.group(1))
    return None


def _blocks(text: str) -> List[Tuple[int, str]]:
    """(first line number, text) of each record; records are separated by blank lines."""
    blocks: List[Tuple[int, str]] = []
    current: List[str] = []
    start = 1
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append((start, "\n".join(current)))
            current = []
    if current:
        blocks.append((start, "\n".join(current)))
    return blocks


class _Record:
    __slots__ = ("line", "lon", "lat", "clock", "offset", "rel", "abs", "speed", "order")

    def __init__(self, line: int) -> None:
        self.line = line
        self.lon = self.lat = math.nan
        self.clock: Optional[datetime] = None
        self.offset: Optional[float] = None
        self.rel: Optional[float] = None
        self.abs: Optional[float] = None
        self.speed: Optional[float] = None
        self.order = ""


def _parse_block(line: int, block: str) -> Optional[_Record]:
    record = _Record(line)
    m = _TIMECODE.search(block)
    if m:
        h, mi, s, frac = m.groups()
        record.offset = int(h) * 3600 + int(mi) * 60 + int(s) + int(frac) / 10 ** len(frac)
    m = _DATETIME.search(block)
    if m:
        y, mo, d, h, mi, s, frac = m.groups()
        try:
            record.clock = datetime(
                int(y), int(mo), int(d), int(h), int(mi), int(s), int((frac or "0").ljust(3, "0")[:3]) * 1000
            )
        except ValueError:
            record.clock = None
    lat, lon = _LAT.search(block), _LON.search(block)
    gps = _GPS.search(block)
    if lat or lon:
        if not (lat and lon):
            return record  # truncated record: position incomplete
        record.lat, record.lon, record.order = float(lat.group(1)), float(lon.group(1)), "[latitude] [longitude]"
    elif gps:
        a, b = float(gps.group(1)), float(gps.group(2))
        third = gps.group(3) or ""
        if gps.group(4) == "M" or "." in third or "e" in third.lower():
            # Matrice 300 firmware: GPS(lat, lon, altitude M); satellites are a whole number.
            record.lat, record.lon, record.order = a, b, "GPS(lat,lon,alt)"
            record.abs = float(third)
        else:
            record.lon, record.lat, record.order = a, b, "GPS(lon,lat,satellites)"
    elif "N/A" in block and "GPS" in block:
        record.order = "no fix"
    record.rel = _first(_REL, block)
    if record.abs is None:
        record.abs = _first(_ABS, block)
    m = _HSPEED.search(block)
    if m:
        record.speed = float(m.group(1))
    else:
        m = _SPEED_XY.search(block)
        if m:
            record.speed = math.hypot(float(m.group(1)), float(m.group(2)))
    return record


def read_dji_srt(
    path: Union[str, Path], config: Optional[ImportConfig] = None, feedback: Optional[Feedback] = None
) -> ImportResult:
    """Read one DJI subtitle file as one drone flight."""
    config = config or ImportConfig()
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(message("file_unreadable", reason=str(error.strerror or error)), path) from error
    text = data.decode("utf-8-sig", errors="replace")
    blocks = _blocks(text)
    if not blocks:
        raise InputError(message("srt_empty"), path, 1)
    result = ImportResult(source=str(path), format="dji-srt", sha256=file_sha256(path))
    feedback = ensure(feedback)
    records = []
    for number, (line, block) in enumerate(blocks):
        if number % 2048 == 0:
            check_cancel(feedback)
        if len(block) > MAX_BLOCK_CHARS:
            result.skip(line, f"a subtitle record of {len(block)} characters: not DJI telemetry")
            continue
        record = _parse_block(line, block)
        if record is not None:
            records.append(record)
    cues = [r for r in records if r.offset is not None or r.clock is not None]
    if not cues:
        raise InputError(message("srt_no_records"), path, 1)
    positioned = [r for r in cues if not math.isnan(r.lat)]
    if not positioned:
        result.warn(message("srt_no_gps", count=len(cues)))
        return result
    for r in cues:
        if math.isnan(r.lat):
            result.skip(
                r.line,
                "no GPS fix (GPS N/A)"
                if r.order == "no fix"
                else "subtitle record without a complete GPS position (truncated?)",
            )
    orders = sorted({r.order for r in positioned})
    result.format = f"dji-srt {' + '.join(orders)}"

    if any(r.clock for r in positioned):
        sign = "+" if config.utc_offset_hours >= 0 else "-"
        hours = abs(config.utc_offset_hours)
        result.warn(message("srt_local_time", offset=f"{sign}{int(hours):02d}:{int(round(hours % 1 * 60)):02d}"))
    if not all(r.clock for r in positioned):
        result.warn(message("srt_no_time"))
    take_off_abs = next((r.abs for r in positioned if r.abs is not None), None)
    if any(r.rel is None for r in positioned) and take_off_abs is not None:
        result.warn(message("srt_height_estimated"))

    raw: List[TrackPoint] = []
    for r in positioned:
        when = None
        if r.clock is not None:
            when = local_to_utc(r.clock, config.utc_offset_hours)
        rel = r.rel
        if rel is None and r.abs is not None and take_off_abs is not None:
            rel = r.abs - take_off_abs
        raw.append(TrackPoint(r.lon, r.lat, when, r.abs, r.speed, rel, r.line))
    segments = clean_segments(raw, config, result, "drone")
    result.sort_skipped()
    if not any(segments):
        raise nothing_usable(result, "records_unusable")
    if result.skipped:
        result.warn(message("srt_records_skipped", count=len(result.skipped)))
    device = config.device or "DJI drone"
    result.tracks.append(Track(path.stem, "drone", tuple(segments), device, str(path)))
    return result
