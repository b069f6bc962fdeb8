"""Daylight: when each day's travel must end.

Sunset is computed offline from the date, latitude and longitude with the
NOAA solar equations (equation of time and declination as Fourier series,
the sun's centre 0.833 degrees below the horizon for refraction and its
radius), accurate to a minute or two in the tropics.  A day's travel ends at
sunset less ``margin_min``, or at ``end_hour`` when the coordinator sets one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional, Sequence


def sunset_hour(day: date, latitude: float, longitude: float, utc_offset_h: float) -> float:
    """Local clock time of sunset in hours (18.2 = 18:12); longitude east positive."""
    n = day.timetuple().tm_yday
    g = 2.0 * math.pi / 365.0 * (n - 1)
    eqtime = 229.18 * (
        0.000075
        + 0.001868 * math.cos(g)
        - 0.032077 * math.sin(g)
        - 0.014615 * math.cos(2 * g)
        - 0.040849 * math.sin(2 * g)
    )
    decl = (
        0.006918
        - 0.399912 * math.cos(g)
        + 0.070257 * math.sin(g)
        - 0.006758 * math.cos(2 * g)
        + 0.000907 * math.sin(2 * g)
        - 0.002697 * math.cos(3 * g)
        + 0.00148 * math.sin(3 * g)
    )
    lat = math.radians(latitude)
    cos_ha = math.cos(math.radians(90.833)) / (math.cos(lat) * math.cos(decl)) - math.tan(lat) * math.tan(decl)
    ha = math.degrees(math.acos(max(-1.0, min(1.0, cos_ha))))
    utc_minutes = 720.0 - 4.0 * (longitude - ha) - eqtime
    return (utc_minutes / 60.0 + utc_offset_h) % 24.0


@dataclass(frozen=True)
class Daylight:
    """Where the patrol is (degrees) and how the day's end is set."""

    latitude: float
    longitude: float
    utc_offset_h: float = -5.0  # Peru
    margin_min: float = 30.0
    end_hour: Optional[float] = None  # a set hour instead of sunset

    def day_end(self, day: date) -> float:
        """Clock hour by which travel must be over."""
        if self.end_hour is not None:
            return self.end_hour
        return sunset_hour(day, self.latitude, self.longitude, self.utc_offset_h) - self.margin_min / 60.0

    def working_hours(self, first: date, days: int, start_hour: float, hours_per_day: float) -> float:
        """Hours a day the team can work: its own limit, or less where the day ends earlier."""
        ends: Sequence[float] = [self.day_end(first + timedelta(days=k)) for k in range(max(1, days))]
        return max(0.0, min([hours_per_day] + [end - start_hour for end in ends]))
