"""Photo geotags exported with ``exiftool -csv`` (DMS strings such as ``8 deg 17' 39.30" S``).

Each photo becomes a waypoint (symbol ``photo``) and, ordered by time, the
photos form the flight's track, so position glitches (a photo "in Paris"
between two in Ucayali) are caught by the same speed test as any track.
Photo positions carry an absolute altitude only: without the ground height
under the drone no camera footprint can be drawn from them, which the result
says in a warning.  Geotagged JPGs themselves are read on the QGIS side with
``native:importphotos``.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import List, Optional, Tuple, Union

from ..core import Feedback, InputError, message
from .csv_lines import csv_rows, header_of
from .model import (
    ImportConfig,
    ImportResult,
    Track,
    TrackPoint,
    Waypoint,
    coordinate_problem,
    file_sha256,
    local_to_utc,
)
from .outliers import clean_points, split_at_gaps
from .values import MAX_NUMBER_CHARS, strict_float

logger = logging.getLogger(__name__)

_DMS = re.compile(
    r"^\s*([-+]?\d+(?:\.\d+)?)\s*(?:deg|°)?\s*(?:(\d+(?:\.\d+)?)\s*')?\s*(?:(\d+(?:\.\d+)?)\s*\")?\s*([NSEWnsew])?\s*$"
)


def parse_dms(text: str) -> Optional[float]:
    """``8 deg 17' 39.30" S`` -> -8.294250; plain decimals pass through; None if unreadable."""
    if not text or len(text) > 2 * MAX_NUMBER_CHARS:  # no real geotag is longer: keeps the match linear
        return None
    m = _DMS.match(text)
    if not m or not text.strip():
        return None
    degrees, minutes, seconds, hemisphere = m.groups()
    value = abs(float(degrees)) + float(minutes or 0) / 60 + float(seconds or 0) / 3600
    negative = degrees.startswith("-") or (hemisphere or "").upper() in ("S", "W")
    return -value if negative else value


def _time(text: str, config: ImportConfig) -> Optional[datetime]:
    try:
        local = datetime.strptime(text.strip()[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    return local_to_utc(local, config.utc_offset_hours)


def _number(text: str) -> Optional[float]:
    return strict_float(text)


def read_geotag_csv(
    path: Union[str, Path], config: Optional[ImportConfig] = None, feedback: Optional[Feedback] = None
) -> ImportResult:
    config = config or ImportConfig()
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError as error:
        raise InputError(message("file_unreadable", reason=str(error.strerror or error)), path) from error
    if not {"GPSLatitude", "GPSLongitude"} <= set(header_of(text)):
        raise InputError(message("geotag_no_columns"), path, 1)
    result = ImportResult(source=str(path), format="exiftool-geotag-csv", sha256=file_sha256(path))
    photos: List[Tuple[Optional[datetime], TrackPoint, Waypoint]] = []
    for line, row in csv_rows(text, result, feedback):
        name = (row.get("FileName") or row.get("SourceFile") or "").strip()[:200]
        lat_text, lon_text = row.get("GPSLatitude") or "", row.get("GPSLongitude") or ""
        if not lat_text.strip() or not lon_text.strip():
            result.skip(line, f"{name}: the photo has no GPS position")
            continue
        lat, lon = parse_dms(lat_text), parse_dms(lon_text)
        if lat is None or lon is None:
            result.skip(line, f"{name}: unreadable GPS position ({lat_text[:40]!r}, {lon_text[:40]!r})")
            continue
        problem = coordinate_problem(lon, lat)
        if problem:
            result.skip(line, f"{name}: {problem}")
            continue
        when = _time(row.get("DateTimeOriginal") or "", config)
        altitude = _number(row.get("AbsoluteAltitude") or row.get("GPSAltitude") or "")
        pitch = _number(row.get("GimbalPitchDegree") or "")
        note = "" if pitch is None else f"gimbal pitch {pitch:g}"
        if pitch is not None and pitch > -45:
            note += " (camera not looking down)"
        waypoint = Waypoint(lon, lat, name, "photo", when, note, altitude, line)
        photos.append((when, TrackPoint(lon, lat, when, altitude, None, None, line), waypoint))
    if not photos:
        raise InputError(message("geotag_no_positions"), path, 2)
    epoch = datetime.min.replace(tzinfo=timezone.utc)
    photos.sort(key=lambda item: item[0] or epoch)
    kept_lines = {
        p.line for p in clean_points([p for _, p, _ in photos], config, result, kind="drone", first_fix=False)
    }
    result.waypoints.extend(w for _, p, w in photos if p.line in kept_lines)
    points = [p for _, p, _ in photos if p.line in kept_lines]
    result.tracks.append(
        Track(
            f"{path.stem} photo positions",
            "drone",
            tuple(split_at_gaps(points, config, "drone")),
            config.device or "DJI drone (photo geotags)",
            str(path),
        )
    )
    result.warn(message("photo_local_time", offset=config.utc_offset_hours))
    result.warn(message("photo_no_footprint"))
    result.sort_skipped()
    if result.skipped:
        result.warn(message("import_photos_skipped", count=len(result.skipped)))
    return result
