# SPDX-License-Identifier: GPL-2.0-or-later
"""Alerts from a CSV with coordinate columns (longitude/latitude in degrees, WGS 84).

The delimiter (comma, semicolon, tab) is sniffed; the coordinate columns are
guessed (``lon``/``lat``, ``longitude``/``latitude``, ``x``/``y``…) unless
named.  A row with coordinates that are not numbers or not on Earth stops the
import with the file and line, so nothing is half-read silently; a row with
both coordinates empty is skipped and counted.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, List, Optional, Tuple, Union

from ..core import InputError, message
from .fields import X_NAMES, Y_NAMES, FieldMapping, guess, guess_mapping, parse_date, parse_id, parse_number
from .model import Alert

Projector = Callable[[float, float], Tuple[float, float]]


@dataclass(frozen=True)
class CsvAlerts:
    alerts: List[Alert]
    mapping: FieldMapping
    x_field: str
    y_field: str
    skipped: int


def csv_columns(path: Union[str, Path]) -> List[str]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        sample = handle.read(65536)
    if not sample.strip():
        raise InputError(message("csv_empty"), path, line=1)
    try:
        dialect = csv.Sniffer().sniff(sample.splitlines()[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return next(csv.reader([sample.splitlines()[0]], dialect))


def read_alert_csv(
    path: Union[str, Path],
    project: Optional[Projector] = None,
    mapping: Optional[FieldMapping] = None,
    x_field: str = "",
    y_field: str = "",
) -> CsvAlerts:
    """Alerts of a CSV, projected with ``project`` (lon, lat -> metres; none keeps degrees)."""
    columns = csv_columns(path)
    x_field = x_field or guess(columns, X_NAMES)
    y_field = y_field or guess(columns, Y_NAMES)
    if not x_field or not y_field:
        raise InputError(message("csv_no_lonlat", columns=", ".join(columns)), path, line=1)
    mapping = mapping or guess_mapping([c for c in columns if c not in (x_field, y_field)])
    for name in (mapping.id_field, mapping.date_field, mapping.area_field):
        if name and name not in columns:
            raise InputError(message("csv_no_column", name=name), path, line=1)
    alerts: List[Alert] = []
    skipped = 0
    with open(path, newline="", encoding="utf-8-sig") as handle:
        first = handle.readline()
        handle.seek(0)
        try:
            dialect = csv.Sniffer().sniff(first, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.DictReader(handle, dialect=dialect)
        for row in reader:
            line = reader.line_num
            raw_x, raw_y = (row.get(x_field) or "").strip(), (row.get(y_field) or "").strip()
            if not raw_x and not raw_y:
                skipped += 1
                continue
            lon, lat = parse_number(raw_x), parse_number(raw_y)
            if lon is None or lat is None or not (-180 <= lon <= 180 and -90 <= lat <= 90):
                raise InputError(message("csv_bad_coordinates", x=raw_x, y=raw_y), path, line=line)
            x, y = project(lon, lat) if project else (lon, lat)
            alert_id = parse_id(row.get(mapping.id_field)) if mapping.id_field else ""
            detected: Optional[date] = parse_date(row.get(mapping.date_field)) if mapping.date_field else None
            area = parse_number(row.get(mapping.area_field)) if mapping.area_field else None
            alerts.append(Alert(alert_id or f"line{line}", x, y, detected, area))
    return CsvAlerts(alerts, mapping, x_field, y_field, skipped)
