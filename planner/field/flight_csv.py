"""Drone flight records and missions exported as CSV.

Three exports are recognised by their header:

* DJI flight record converted by TXTlogToCSVtool / PhantomHelp
  (``OSD.latitude``, ``OSD.height [m]``, ``CUSTOM.updateTime`` in local time);
* Airdata (``height_above_takeoff(feet)``, ``datetime(utc)``): imperial units;
* Litchi mission (``actiontype1``...): a *planned* flight.  It is returned as a
  route (``planned=True``), never as a track, so it cannot count as coverage.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple, Union

from ..core import Feedback, InputError, ensure, message
from .csv_lines import csv_rows, header_of
from .model import ImportConfig, ImportResult, Track, TrackPoint, file_sha256, local_to_utc, plausible_time
from .outliers import clean_points, clean_segments, nothing_usable
from .values import strict_float

logger = logging.getLogger(__name__)

FOOT_M = 0.3048
MPH_MS = 0.44704


def _float(row: Dict[str, str], key: str) -> Optional[float]:
    return strict_float(row.get(key))


def _position(
    row: Dict[str, str], lat_key: str, lon_key: str, line: int, result: ImportResult
) -> Optional[Tuple[float, float]]:
    """(lat, lon), or None (the row skipped) when either is missing or not a number."""
    lat, lon = strict_float(row.get(lat_key)), strict_float(row.get(lon_key))
    if lat is None or lon is None:
        shown = ((row.get(lat_key) or "")[:40], (row.get(lon_key) or "")[:40])
        result.skip(line, f"latitude/longitude missing or not a number ({shown[0]!r}, {shown[1]!r})")
        return None
    return lat, lon


def _dji_osd(text: str, path: Path, config: ImportConfig, result: ImportResult, feedback: Feedback) -> None:
    raw: List[TrackPoint] = []
    device = config.device
    for line, row in csv_rows(text, result, feedback):
        pos = _position(row, "OSD.latitude", "OSD.longitude", line, result)
        if pos is None:
            continue
        when = None
        stamp = (row.get("CUSTOM.updateTime") or "").strip()
        if stamp:
            try:
                when = local_to_utc(datetime.strptime(stamp[:40], "%Y/%m/%d %H:%M:%S.%f"), config.utc_offset_hours)
            except ValueError:
                when = None
        device = device or (row.get("OSD.droneType") or "").strip()
        raw.append(
            TrackPoint(
                pos[1],
                pos[0],
                when,
                _float(row, "OSD.altitude [m]"),
                _float(row, "CUSTOM.hSpeed [m/s]"),
                _float(row, "OSD.height [m]"),
                line,
            )
        )
    result.warn(message("flight_local_time", offset=config.utc_offset_hours))
    _finish_flight(raw, path, device or "DJI drone", config, result)


def _airdata(text: str, path: Path, config: ImportConfig, result: ImportResult, feedback: Feedback) -> None:
    raw: List[TrackPoint] = []
    start: Optional[datetime] = None
    start_ms = 0.0
    for line, row in csv_rows(text, result, feedback):
        pos = _position(row, "latitude", "longitude", line, result)
        if pos is None:
            continue
        millis = _float(row, "time(millisecond)")
        when = None
        if start is None:
            try:
                start = datetime.strptime(row.get("datetime(utc)", "").strip()[:40], "%Y-%m-%d %H:%M:%S")
                start = start.replace(tzinfo=timezone.utc)
                start_ms = millis or 0.0
            except ValueError:
                start = None
        if start is not None and millis is not None:
            # datetime(utc) has whole seconds only; the millisecond clock gives 10 Hz times.
            try:
                when = start + timedelta(milliseconds=millis - start_ms)
            except OverflowError:
                when = None
            when = when if plausible_time(when) else None
        height = _float(row, "height_above_takeoff(feet)")
        altitude = _float(row, "altitude_above_seaLevel(feet)")
        speed = _float(row, "speed(mph)")
        raw.append(
            TrackPoint(
                pos[1],
                pos[0],
                when,
                altitude * FOOT_M if altitude is not None else None,
                speed * MPH_MS if speed is not None else None,
                height * FOOT_M if height is not None else None,
                line,
            )
        )
    result.warn(message("airdata_imperial"))
    _finish_flight(raw, path, config.device or "DJI drone (Airdata export)", config, result)


def _finish_flight(raw: List[TrackPoint], path: Path, device: str, config: ImportConfig, result: ImportResult) -> None:
    if not raw:
        raise InputError(message("flight_no_positions"), path, 2)
    segments = clean_segments(raw, config, result, "drone")
    result.sort_skipped()
    if not any(segments):
        raise nothing_usable(result, "rows_unusable")
    if result.skipped:
        result.warn(message("import_rows_skipped", count=len(result.skipped)))
    result.tracks.append(Track(path.stem, "drone", tuple(segments), device, str(path)))


def _litchi(text: str, path: Path, config: ImportConfig, result: ImportResult, feedback: Feedback) -> None:
    raw: List[TrackPoint] = []
    for line, row in csv_rows(text, result, feedback):
        pos = _position(row, "latitude", "longitude", line, result)
        if pos is None:
            continue
        raw.append(TrackPoint(pos[1], pos[0], None, None, _float(row, "speed(m/s)"), _float(row, "altitude(m)"), line))
    if not raw:
        raise InputError(message("litchi_no_waypoints"), path, 2)
    points = clean_points(raw, config, result, check_speed=False)
    result.routes.append(
        Track(path.stem, "drone", (tuple(points),), config.device or "Litchi mission", str(path), planned=True)
    )
    result.warn(message("litchi_planned"))


_KINDS: Dict[str, Callable[[str, Path, ImportConfig, ImportResult, Feedback], None]] = {
    "dji-osd-csv": _dji_osd,
    "airdata-csv": _airdata,
    "litchi-mission-csv": _litchi,
}


def sniff_flight_csv(header: List[str]) -> Optional[str]:
    names = {h.strip() for h in header}
    if "OSD.latitude" in names:
        return "dji-osd-csv"
    if "height_above_takeoff(feet)" in names:
        return "airdata-csv"
    if "actiontype1" in names and "latitude" in names:
        return "litchi-mission-csv"
    return None


def read_flight_csv(
    path: Union[str, Path], config: Optional[ImportConfig] = None, feedback: Optional[Feedback] = None
) -> ImportResult:
    """Read a DJI flight-record CSV, an Airdata CSV or a Litchi mission CSV."""
    config = config or ImportConfig()
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError as error:
        raise InputError(message("file_unreadable", reason=str(error.strerror or error)), path) from error
    kind = sniff_flight_csv(header_of(text))
    if kind is None:
        raise InputError(message("flight_csv_unknown"), path, 1)
    result = ImportResult(source=str(path), format=kind, sha256=file_sha256(path))
    _KINDS[kind](text, path, config, result, ensure(feedback))
    return result
