"""One entry point for every field file: pick the reader from the name and header."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Optional, Union

from ..core import InputError
from .dji_srt import read_dji_srt
from .flight_csv import read_flight_csv, sniff_flight_csv
from .geotag_csv import read_geotag_csv
from .gpx import read_gpx
from .model import ImportConfig, ImportResult

SUPPORTED_SUFFIXES = (".gpx", ".srt", ".csv")


def read_field_file(path: Union[str, Path], config: Optional[ImportConfig] = None) -> ImportResult:
    """Read a GPX, DJI SRT, flight CSV (DJI, Airdata, Litchi) or exiftool geotag CSV.

    Raises ``InputError`` naming the file (and line) when it cannot be read at
    all; otherwise returns every usable record, with the rest in ``skipped``.
    """
    config = config or ImportConfig()
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".gpx":
        return read_gpx(path, config)
    if suffix == ".srt":
        return read_dji_srt(path, config)
    if suffix == ".csv":
        try:
            with open(path, "rb") as handle:
                head = handle.read(64 * 1024).decode("utf-8-sig", errors="replace")
        except OSError as error:
            raise InputError(f"cannot read the file: {error.strerror or error}", path) from error
        header = next(csv.reader(io.StringIO(head)), [])
        if sniff_flight_csv(header):
            return read_flight_csv(path, config)
        if "GPSLatitude" in header:
            return read_geotag_csv(path, config)
        raise InputError("unknown CSV: expected a DJI flight record, an Airdata export, a Litchi "
                         "mission or an exiftool geotag export", path, 1)
    raise InputError(f"unsupported file type {suffix or '(none)'}: expected "
                     f"{', '.join(SUPPORTED_SUFFIXES)}", path)
