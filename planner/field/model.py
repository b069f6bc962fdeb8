"""What comes back from the field: tracks, track points and waypoints.

Every importer (GPX, DJI SRT, flight CSVs, geotag CSVs) produces an
``ImportResult``.  Importers are lenient: a bad record is skipped and listed in
``ImportResult.skipped`` with its line and reason, an oddity of the whole file
becomes a warning, and only a file that cannot be read at all raises
``InputError``.  Coordinates are WGS 84 longitude/latitude; times are aware
``datetime`` objects in UTC (or ``None`` when the device recorded none).
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import sys
from array import array
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Sequence, Tuple

logger = logging.getLogger(__name__)

KINDS = ("foot", "boat", "drone")
# Fastest believable speed between two fixes (m/s): a guard running, a fast boat downstream, a
# drone at full speed with the wind (DJI's fastest reach 23 m/s).
SPEED_LIMITS = {"foot": 5.0, "boat": 25.0, "drone": 30.0}
# Fastest believable pace kept up between two fixes minutes apart (m/s): a guard walking a good trail
# (7 km/h; the forest is slower), a boat with an outboard downstream, a drone cruising.  A gap in the
# recording covered faster than this was not travelled in a straight line.
SUSTAINED_SPEEDS = {"foot": 2.0, "boat": 20.0, "drone": 25.0}
EARTH_RADIUS_M = 6371008.8
# GPS receivers that lost their almanac report dates like 1901 or 1980-01-06;
# guards' devices in this project are all newer than 2000.
EARLIEST_PLAUSIBLE_TIME = datetime(2000, 1, 1, tzinfo=timezone.utc)


class TrackPoint(NamedTuple):
    """One recorded position.  A NamedTuple, not a dataclass: a season holds millions."""

    lon: float
    lat: float
    time: Optional[datetime] = None
    ele: Optional[float] = None
    speed: Optional[float] = None  # m/s, as recorded by the device
    rel_height: Optional[float] = None  # drones: metres above the take-off point
    line: Optional[int] = None  # line in the source file, for messages


@dataclass(frozen=True)
class Waypoint:
    """A place a guard marked on the device."""

    lon: float
    lat: float
    name: str = ""
    symbol: str = ""
    time: Optional[datetime] = None
    comment: str = ""
    ele: Optional[float] = None
    line: Optional[int] = None


@dataclass(frozen=True)
class Track:
    """One walk, boat trip or flight; a route or mission is a Track with ``planned=True``."""

    name: str
    kind: str
    segments: Tuple[Tuple[TrackPoint, ...], ...]
    device: str = ""
    source: str = ""
    planned: bool = False

    @property
    def points(self) -> List[TrackPoint]:
        return [p for segment in self.segments for p in segment]

    @property
    def point_count(self) -> int:
        return sum(len(s) for s in self.segments)

    @property
    def start(self) -> Optional[datetime]:
        return min((p.time for s in self.segments for p in s if p.time is not None), default=None)

    @property
    def end(self) -> Optional[datetime]:
        return max((p.time for s in self.segments for p in s if p.time is not None), default=None)

    @property
    def duration_s(self) -> Optional[float]:
        start, end = self.start, self.end
        return (end - start).total_seconds() if start and end else None

    @property
    def length_m(self) -> float:
        return sum(polyline_length_m(s) for s in self.segments)


@dataclass(frozen=True)
class SkippedRecord:
    line: Optional[int]
    reason: str


@dataclass
class ImportResult:
    """Everything read from one file.  Built by an importer, then read-only by convention."""

    source: str
    format: str
    sha256: str = ""  # of the file's bytes
    content_sha256: str = ""  # of what it says (``content_digest``): how a re-saved copy is recognised
    tracks: List[Track] = field(default_factory=list)
    routes: List[Track] = field(default_factory=list)  # planned: GPX routes, Litchi missions
    waypoints: List[Waypoint] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)
    skipped: List[SkippedRecord] = field(default_factory=list)

    def warn(self, message: str) -> None:
        logger.debug("%s: %s", self.source, message)
        self.warnings.append(message)

    def skip(self, line: Optional[int], reason: str) -> None:
        self.skipped.append(SkippedRecord(line, reason))

    def sort_skipped(self) -> None:
        """Records are found in two passes (reading, then the speed test): list them in file order."""
        self.skipped.sort(key=lambda record: record.line or 0)

    @property
    def point_count(self) -> int:
        return sum(t.point_count for t in self.tracks)

    def summary(self) -> str:
        return (
            f"{Path(self.source).name}: {len(self.tracks)} tracks, {self.point_count} points, "
            f"{len(self.waypoints)} waypoints, {len(self.routes)} planned routes, "
            f"{len(self.skipped)} records skipped, {len(self.warnings)} warnings"
        )


@dataclass(frozen=True)
class ImportConfig:
    """How to read field files.

    ``kind`` applies to GPX and generic tracks (drone formats are always
    ``drone``).  ``utc_offset_hours`` converts the local clock times DJI writes
    into SRT and OSD files to UTC (Peru is UTC-5 all year).  A point reached at
    more than ``max_speed_mps`` from the previous one is a GPS glitch whatever
    the mode; ``speed_limit_mps`` (``mode_speed_mps``, else the mode's
    ``SPEED_LIMITS``) is how fast the patrol itself can go: a fix reached
    faster than that is a glitch, and no line is drawn over a step faster;
    ``sustained_mps`` is the pace it keeps up: no line over a gap covered faster.
    """

    kind: str = "foot"
    device: str = ""
    utc_offset_hours: float = -5.0
    max_speed_mps: float = 70.0
    mode_speed_mps: Optional[float] = None
    # Points stamped with the same time may be this far apart (DJI repeats a
    # timestamp for several video frames); farther is a glitch.
    max_same_time_jump_m: float = 500.0
    # Recorded points farther apart start a new segment: a straight line over a gap was not seen.
    max_segment_m: float = 2000.0
    # So do points more than this many seconds apart that moved more than ``gap_m`` meanwhile: the
    # recording stopped, and whatever way was taken, it was not the straight line between them.
    max_gap_s: float = 600.0
    gap_m: float = 100.0
    # A step longer than this made faster than ``speed_limit_mps`` is not drawn as a line either.
    unwalked_m: float = 500.0
    # A lone fix this far off the way (and reached faster than the patrol goes) is a glitch.
    stray_m: float = 200.0

    @property
    def speed_limit_mps(self) -> float:
        return self.mode_speed_mps if self.mode_speed_mps is not None else SPEED_LIMITS[self.kind]

    @property
    def sustained_mps(self) -> float:
        """The pace the patrol keeps up over minutes: the mode's share of its burst limit."""
        return self.speed_limit_mps * SUSTAINED_SPEEDS[self.kind] / SPEED_LIMITS[self.kind]

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {self.kind!r}")


def haversine_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def polyline_length_m(points: Sequence[TrackPoint]) -> float:
    return sum(haversine_m(a.lon, a.lat, b.lon, b.lat) for a, b in zip(points, points[1:]))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def coordinate_problem(lon: float, lat: float) -> Optional[str]:
    """Why ``(lon, lat)`` cannot be a position, or None when it can."""
    if not (math.isfinite(lon) and math.isfinite(lat)):
        return f"coordinate is not a number (lat {lat}, lon {lon})"
    if abs(lat) > 90 and abs(lon) <= 90 and abs(lat) <= 180:
        return f"latitude and longitude look swapped (lat {lat}, lon {lon})"
    if abs(lat) > 90 or abs(lon) > 180:
        return f"coordinates out of range (lat {lat}, lon {lon})"
    if lat == 0 and lon == 0:
        # DJI and phones write 0,0 before the first GPS fix.
        return "no GPS fix (lat 0, lon 0)"
    return None


def plausible_time(value: Optional[datetime]) -> bool:
    return value is not None and value >= EARLIEST_PLAUSIBLE_TIME


_UTC_CACHE: Dict[int, timezone] = {}
_FAST_ISO = sys.version_info >= (3, 11)  # fromisoformat accepts "Z" and long fractions since 3.11
_ZERO = timedelta(0)
_ISO = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d{1,12}))?\s*(?:([Zz])|([+-])(\d\d)(?::?(\d\d))?)?",
    re.ASCII,
)


def parse_iso_time(text: str) -> Optional[datetime]:
    """Lenient ISO 8601 (``2019-12-15T20:19:55Z``, ``...52.2073437Z``, ``+02:00``, `` +0200``) to UTC.

    Python 3.11's C parser first (20x faster: a season holds a million
    points), then a regular expression that gives the same answers on the
    Python 3.9 QGIS ships on Windows, whose parser rejects ``Z``, 7-digit
    fractions and a space before the offset.  Returns None for text that is
    not a time, or one that cannot be put in UTC (year 1 at +05:00).
    """
    s = text.strip()
    if len(s) < 19 or len(s) > 40 or s[4] != "-" or s[7] != "-" or s[13] != ":" or s[16] != ":":
        return None
    value: Optional[datetime] = None
    if _FAST_ISO:
        try:
            value = datetime.fromisoformat(s)
        except ValueError:
            value = None
    if value is None:
        value = _parse_iso_slow(s)
        if value is None:
            return None
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    try:
        return value if value.utcoffset() == _ZERO else value.astimezone(timezone.utc)
    except OverflowError:
        return None


def _parse_iso_slow(s: str) -> Optional[datetime]:
    m = _ISO.fullmatch(s)
    if not m:
        return None
    year, month, day, hour, minute, second, fraction, zulu, sign, hh, mm = m.groups()
    micro = int((fraction or "0").ljust(6, "0")[:6])
    tz: Optional[timezone] = timezone.utc if zulu else None
    if sign:
        offset = (-1 if sign == "-" else 1) * (int(hh) * 60 + int(mm or 0))
        if abs(offset) >= 24 * 60:
            return None
        tz = _UTC_CACHE.get(offset) or _UTC_CACHE.setdefault(offset, timezone(timedelta(minutes=offset)))
    try:
        return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tzinfo=tz)
    except ValueError:
        return None


def local_to_utc(value: datetime, utc_offset_hours: float) -> Optional[datetime]:
    """A device's local clock time in UTC, or None when implausible or beyond the calendar (year 1, 9999)."""
    try:
        utc = (value - timedelta(hours=utc_offset_hours)).replace(tzinfo=timezone.utc)
    except OverflowError:
        return None
    return utc if plausible_time(utc) else None


def content_digest(result: ImportResult) -> str:
    """SHA-256 of what a file says (points, times, waypoints), not of its bytes.

    The same track saved again with other line endings, indentation or
    creator has the same digest, so it is recognised as already imported.
    """
    digest = hashlib.sha256()
    nan = math.nan
    for kind, tracks in (("trk", result.tracks), ("rte", result.routes)):
        for track in tracks:
            digest.update(f"{kind}\n".encode())
            for segment in track.segments:
                digest.update(b"seg\n")
                values = array("d")
                for p in segment:
                    values.extend(
                        (p.lon, p.lat, nan if p.ele is None else p.ele, nan if p.time is None else p.time.timestamp())
                    )
                digest.update(values.tobytes())
    for w in result.waypoints:
        digest.update(f"wpt {w.lon!r},{w.lat!r},{w.time},{w.name}\n".encode())
    return digest.hexdigest()
