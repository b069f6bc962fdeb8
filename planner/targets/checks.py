# SPDX-License-Identifier: GPL-2.0-or-later
"""What an alert may hold: checks every reader applies before an alert is kept.

Alert systems began with Landsat-era archives, so a detection before 1985 is
a wrong date, and one after tomorrow (UTC, a day of slack for time zones) is
too.  A point at (0, 0) is an unset coordinate, never an alert in the Amazon.
Latitude and longitude swapped put a Peruvian alert in the Southern Ocean:
an alert outside the area of work whose swapped pair falls inside it is
refused with that said.  The same id at two places is two alerts (a second
system reusing codes, or a merged export): the later ones keep the id with
``#2``, ``#3`` so neither is lost, and the ids are listed.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple, Union

from ..core import InputError, message
from .expiry import today_utc
from .model import Alert

EARLIEST = date(1985, 1, 1)
MAX_ID_CHARS = 200
MAX_FIELDS = 1000
# Peru and its borderlands (lon/lat degrees, west, south, east, north): where the plugin's alerts are.
AREA_OF_WORK = (-82.0, -19.0, -66.0, 2.0)
# Two records of one id closer than this (metres) are the same alert given twice.
SAME_PLACE_M = 1.0

Where = Union[str, Path]  # a file or layer, or a Message naming the input (a str)


def _inside(lon: float, lat: float) -> bool:
    west, south, east, north = AREA_OF_WORK
    return west <= lon <= east and south <= lat <= north


def check_lonlat(
    lon: float, lat: float, source: Where, line: Optional[int] = None, feature: Optional[int] = None
) -> None:
    """Refuse coordinates that cannot be an alert: not on Earth, (0, 0), or latitude and longitude swapped."""
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        raise InputError(message("alert_not_degrees", x=lon, y=lat), source, line=line, feature=feature)
    if abs(lon) < 1e-9 and abs(lat) < 1e-9:
        raise InputError(message("alert_zero_zero"), source, line=line, feature=feature)
    if not _inside(lon, lat) and _inside(lat, lon):
        raise InputError(message("alert_swapped", x=lon, y=lat), source, line=line, feature=feature)


def check_detected(
    detected: Optional[date], source: Where, line: Optional[int] = None, feature: Optional[int] = None
) -> Optional[date]:
    latest = today_utc() + timedelta(days=1)
    if detected is not None and not EARLIEST <= detected <= latest:
        raise InputError(
            message("alert_date_range", date=detected.isoformat(), earliest=EARLIEST.isoformat(), latest=latest),
            source,
            line=line,
            feature=feature,
        )
    return detected


def check_area(
    area: Optional[float], source: Where, line: Optional[int] = None, feature: Optional[int] = None
) -> Optional[float]:
    if area is not None and not (math.isfinite(area) and area >= 0):
        raise InputError(message("alert_area", area=area), source, line=line, feature=feature)
    return area


def check_id(alert_id: str, source: Where, line: Optional[int] = None, feature: Optional[int] = None) -> str:
    if len(alert_id) > MAX_ID_CHARS:
        raise InputError(message("alert_id_long", chars=len(alert_id), limit=MAX_ID_CHARS), source, line, feature)
    return alert_id


def distinct_ids(alerts: Sequence[Alert]) -> Tuple[List[Alert], int, Tuple[str, ...]]:
    """Each alert once: the same id at the same place counts once; at another place it is renamed ``id#n``.

    Returns the alerts, how many were repeats, and the ids found at more than one place.
    """
    places: Dict[str, List[Tuple[float, float]]] = {}
    kept: List[Alert] = []
    repeated = 0
    renamed: List[str] = []
    for alert in alerts:
        seen = places.setdefault(alert.alert_id, [])
        if any(math.hypot(alert.x - x, alert.y - y) < SAME_PLACE_M for x, y in seen):
            repeated += 1
            continue
        seen.append((alert.x, alert.y))
        if len(seen) > 1:
            if len(seen) == 2:
                renamed.append(alert.alert_id)
            alert = replace(alert, alert_id=f"{alert.alert_id}#{len(seen)}")
        kept.append(alert)
    return kept, repeated, tuple(renamed)
