# SPDX-License-Identifier: GPL-2.0-or-later
"""Which attribute is the alert id, the detection date, the area: guesses and parsing.

Alert systems name the same thing differently (MapBiomas ``alert_code``,
``detected_at``, ``area_ha``; GLAD/RADD ``date``, ``alert_date``; Geobosques
``fecha``, ``area``).  The guess is the first field whose lower-case name
matches a known name, then one that contains a known word; the coordinator
sees it and can choose another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Optional, Sequence

ID_NAMES = (
    "alert_id",
    "alert_code",
    "alertcode",
    "codigo",
    "código",
    "cod_alerta",
    "id_alerta",
    "id",
    "fid",
    "objectid",
    "name",
    "nombre",
)
DATE_NAMES = (
    "detected",
    "detected_at",
    "detection_date",
    "alert_date",
    "date",
    "fecha",
    "fecha_det",
    "fecha_deteccion",
    "fec_alerta",
    "gfw_integrated_alerts__date",
    "glad_date",
    "radd_date",
)
AREA_NAMES = (
    "area_ha",
    "area",
    "areaha",
    "area_has",
    "ha",
    "hectares",
    "hectareas",
    "superficie",
    "sup_ha",
    "alert__area_ha",
)
DATE_WORDS = ("date", "fecha", "detect")
AREA_WORDS = ("area", "hect")
ID_WORDS = ("code", "codigo", "id")
LENGTH_NAMES = ("length_m", "length", "longitud", "longitud_m", "largo", "largo_m", "len")
X_NAMES = ("lon", "longitude", "longitud", "long", "lng", "x", "este", "easting", "xcoord")
Y_NAMES = ("lat", "latitude", "latitud", "y", "norte", "northing", "ycoord")


@dataclass(frozen=True)
class FieldMapping:
    id_field: str = ""
    date_field: str = ""
    area_field: str = ""


def guess(names: Sequence[str], exact: Sequence[str], words: Sequence[str] = ()) -> str:
    lower = {n.lower(): n for n in reversed(list(names))}
    for candidate in exact:
        if candidate in lower:
            return lower[candidate]
    for word in words:
        for name in names:
            if word in name.lower():
                return name
    return ""


def guess_mapping(names: Sequence[str]) -> FieldMapping:
    date_field = guess(names, DATE_NAMES, DATE_WORDS)
    area_field = guess([n for n in names if n != date_field], AREA_NAMES, AREA_WORDS)
    id_field = guess([n for n in names if n not in (date_field, area_field)], ID_NAMES, ID_WORDS)
    return FieldMapping(id_field, date_field, area_field)


_EXCEL_EPOCH = date(1899, 12, 30)
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_YEAR_DAY = re.compile(r"^(\d{4})(\d{3})$")  # GLAD's year and day of year, e.g. 2024123


def parse_date(value: object) -> Optional[date]:
    """A date from ISO text (with or without time), dd/mm/yyyy, yyyyddd, a date or datetime; else None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    match = _DAY_FIRST.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    match = _YEAR_DAY.match(text)
    if match and 1 <= int(match.group(2)) <= 366:
        return date(int(match.group(1)), 1, 1) + timedelta(days=int(match.group(2)) - 1)
    return None


def parse_number(value: object) -> Optional[float]:
    """A number from a number or text (a decimal comma is accepted); None when empty or not a number."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if value == value else None
    text = str(value).strip().replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None
    return number if number == number else None


def parse_id(value: object) -> str:
    """Ids as text; a whole float (``10000002.0`` from a spreadsheet) loses its ``.0``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()
