"""One entry point for every field file: pick the reader from the name and header."""

from __future__ import annotations

import csv
import logging
from pathlib import Path
from typing import Optional, Union

from ..core import Feedback, InputError, message
from .csv_lines import header_of
from .dji_srt import read_dji_srt
from .flight_csv import read_flight_csv, sniff_flight_csv
from .geotag_csv import read_geotag_csv
from .gpx import read_gpx
from .model import ImportConfig, ImportResult, content_digest

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".gpx", ".srt", ".csv")
# What a reader may still raise on a hostile file that no specific check foresaw: it becomes
# an InputError naming the file, so a batch goes on with the other files.
_UNFORESEEN = (
    ValueError,
    OverflowError,
    LookupError,
    UnicodeError,
    csv.Error,
    RecursionError,
    MemoryError,
    IndexError,
    KeyError,
    TypeError,
    ZeroDivisionError,
)


def read_field_file(
    path: Union[str, Path], config: Optional[ImportConfig] = None, feedback: Optional[Feedback] = None
) -> ImportResult:
    """Read a GPX, DJI SRT, flight CSV (DJI, Airdata, Litchi) or exiftool geotag CSV.

    Raises ``InputError`` naming the file (and line) when it cannot be read at
    all, ``Cancelled`` when ``feedback`` asks to stop; otherwise returns every
    usable record, with the rest in ``skipped``.
    """
    config = config or ImportConfig()
    path = Path(path)
    try:
        result = _read(path, config, feedback)
    except InputError:
        raise
    except _UNFORESEEN as error:
        logger.exception("unforeseen error reading %s", path)
        detail = str(error)[:200]
        raise InputError(message("file_unforeseen", kind=type(error).__name__, detail=detail), path) from error
    result.content_sha256 = content_digest(result)
    return result


def _read(path: Path, config: ImportConfig, feedback: Optional[Feedback]) -> ImportResult:
    suffix = path.suffix.lower()
    if suffix == ".gpx":
        return read_gpx(path, config, feedback)
    if suffix == ".srt":
        return read_dji_srt(path, config, feedback)
    if suffix == ".csv":
        try:
            with open(path, "rb") as handle:
                head = handle.read(64 * 1024).decode("utf-8-sig", errors="replace")
        except OSError as error:
            raise InputError(message("file_unreadable", reason=str(error.strerror or error)), path) from error
        header = header_of(head)
        if sniff_flight_csv(header):
            return read_flight_csv(path, config, feedback)
        if "GPSLatitude" in header:
            return read_geotag_csv(path, config, feedback)
        raise InputError(message("csv_unknown"), path, 1)
    expected = ", ".join(SUPPORTED_SUFFIXES)
    if not suffix:
        raise InputError(message("file_type_none", expected=expected), path)
    raise InputError(message("file_type_unsupported", suffix=suffix, expected=expected), path)
