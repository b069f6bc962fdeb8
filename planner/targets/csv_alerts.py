# SPDX-License-Identifier: GPL-2.0-or-later
"""Alerts from a CSV with coordinate columns (longitude/latitude in degrees, WGS 84).

The text is UTF-8 (with or without a BOM) or, failing that, Windows-1252 (what
Excel saves in Latin America), as GDAL reads a CSV; anything else is refused.
The delimiter (comma, semicolon, tab) is sniffed; the coordinate columns are
guessed (``lon``/``lat``, ``longitude``/``latitude``, ``x``/``y``…) unless
named.  A row with coordinates that are not numbers or not on Earth, a cell
past the ``csv`` module's 128 KB limit, an id, date or place no alert can have
(``checks``) stops the import with the file and line, so nothing is half-read
silently; a row with both coordinates empty is skipped and counted.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterator, List, Optional, Tuple, Union

from ..core import InputError, message
from .checks import check_area, check_detected, check_id, check_lonlat
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


def _text(path: Union[str, Path]) -> str:
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(message("csv_encoding"), path, line=data[: error.start].count(b"\n") + 1) from None


def _dialect(first: str) -> Any:
    try:
        return csv.Sniffer().sniff(first, delimiters=",;\t")
    except csv.Error:
        return csv.excel


def _first_line(text: str) -> str:
    return text[:65536].splitlines()[0] if text.strip() else ""


def csv_columns(path: Union[str, Path]) -> List[str]:
    text = _text(path)
    first = _first_line(text)
    if not first.strip():
        raise InputError(message("csv_empty"), path, line=1)
    try:
        return next(csv.reader([first], _dialect(first)))
    except csv.Error as error:
        raise InputError(message("csv_unreadable", error=error), path, line=1) from None


def _rows(path: Union[str, Path], text: str) -> Iterator[Tuple[int, dict]]:
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=_dialect(_first_line(text)))
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:  # a cell over 128 KB, a NUL byte: named, never a raw csv error
            raise InputError(message("csv_unreadable", error=error), path, line=reader.line_num + 1) from None
        yield reader.line_num, row


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
        raise InputError(message("csv_no_lonlat", columns=", ".join(columns)[:2000]), path, line=1)
    mapping = mapping or guess_mapping([c for c in columns if c not in (x_field, y_field)])
    for name in (mapping.id_field, mapping.date_field, mapping.area_field):
        if name and name not in columns:
            raise InputError(message("csv_no_column", name=name), path, line=1)
    alerts: List[Alert] = []
    skipped = 0
    for line, row in _rows(path, _text(path)):
        raw_x, raw_y = str(row.get(x_field) or "").strip(), str(row.get(y_field) or "").strip()
        if not raw_x and not raw_y:
            skipped += 1
            continue
        lon, lat = parse_number(raw_x), parse_number(raw_y)
        if lon is None or lat is None:
            raise InputError(message("csv_bad_coordinates", x=raw_x[:40], y=raw_y[:40]), path, line=line)
        check_lonlat(lon, lat, path, line=line)
        x, y = project(lon, lat) if project else (lon, lat)
        alert_id = check_id(parse_id(row.get(mapping.id_field)) if mapping.id_field else "", path, line)
        detected: Optional[date] = parse_date(row.get(mapping.date_field)) if mapping.date_field else None
        area = check_area(parse_number(row.get(mapping.area_field)) if mapping.area_field else None, path, line)
        alerts.append(Alert(alert_id or f"line{line}", x, y, check_detected(detected, path, line), area))
    return CsvAlerts(alerts, mapping, x_field, y_field, skipped)
