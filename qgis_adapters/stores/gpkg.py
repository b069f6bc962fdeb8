# SPDX-License-Identifier: GPL-2.0-or-later
"""The one place that writes the field GeoPackage: in place, in one transaction.

Why not a copy that replaces the file: QGIS keeps its own SQLite connection
to a GeoPackage whose layers are loaded, so a file swapped under it is
corrupted when the coordinator saves edits ("database disk image is
malformed", every earlier import lost), two imports each replacing the file
lose one another's data, and the copy gets mode 0600.  So:

* the file is written where it is, through GDAL/OGR, inside one SQLite
  transaction: a crash or ``kill -9`` leaves the file as before the import
  (SQLite's journal), readers and QGIS's edit buffer see the old content or
  the new, never half;
* imports are serialised by an advisory lock on a small ``.<name>.lock``
  file beside the GeoPackage (released by the system when a process dies):
  the second waits up to ``lock_timeout_s`` and then fails with a clear
  message; the duplicate check runs under the lock, so two imports of the
  same file cannot both write it;
* SQLite itself waits (``busy_timeout``) while QGIS writes its own edits;
* the file keeps its mode; a read-only GeoPackage is refused, never replaced.

A new GeoPackage is created whole under a temporary name and renamed into
place, so a crash during creation leaves no half-made file.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Dict, Iterator, List, NamedTuple, Optional, Sequence, Set, Tuple

from osgeo import gdal, ogr
from qgis.core import QgsFeature
from qgis.PyQt.QtCore import QDateTime, QVariant

from ...planner.core import ExportError, exclusive_lock
from ..translation import tr

logger = logging.getLogger(__name__)

LOCK_TIMEOUT_S = 60.0
BUSY_TIMEOUT_MS = 30_000
_OGR_FIELD = {
    QVariant.String: ogr.OFTString,
    QVariant.Int: ogr.OFTInteger,
    QVariant.Double: ogr.OFTReal,
    QVariant.DateTime: ogr.OFTDateTime,
    QVariant.LongLong: ogr.OFTInteger64,
}

# (wkb type, QgsFields) by layer name: the schema the store keeps.
Specs = Dict[str, tuple]
CreateLayer = Callable[[Path, str, bool], None]


def _read_only(path: Path) -> bool:
    # Mode bits, not os.access: root may write anything, and Windows's read-only flag shows here.
    return not (path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _check_writable(path: Path) -> None:
    if path.exists() and _read_only(path):
        raise ExportError(
            tr(
                "{path}: the GeoPackage is read-only; nothing was imported. Make it writable (file "
                "properties) or choose another GeoPackage."
            ).format(path=path)
        )
    folder = path.parent
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(
            tr("{path}: cannot write in the folder {folder}; nothing was imported.").format(path=path, folder=folder)
        )


class FieldStore:
    """An open GeoPackage inside one transaction; made by ``field_store``."""

    def __init__(self, path: Path, ds) -> None:
        self.path = path
        self._ds = ds

    def values(self, layer: str, fields: Sequence[str]) -> List[Tuple]:
        """The values of ``fields`` in every row of ``layer`` (missing fields read as None)."""
        lyr = self._ds.GetLayerByName(layer)
        if lyr is None:
            return []
        defn = lyr.GetLayerDefn()
        index = [defn.GetFieldIndex(f) for f in fields]
        lyr.ResetReading()
        rows = [tuple(f.GetField(i) if i >= 0 else None for i in index) for f in lyr]
        lyr.ResetReading()
        return rows

    def add(self, layer: str, features: Sequence[QgsFeature]) -> None:
        if not features:
            return
        lyr = self._ds.GetLayerByName(layer)
        defn = lyr.GetLayerDefn()
        setters = [_setter(defn, field) for field in features[0].fields()]
        for feature in features:
            out = ogr.Feature(defn)
            for setter, value in zip(setters, feature.attributes()):
                if setter is not None and value is not None:
                    setter(out, value)
            geometry = feature.geometry()
            if not geometry.isNull() and not geometry.isEmpty():
                out.SetGeometryDirectly(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))
            if lyr.CreateFeature(out) != ogr.OGRERR_NONE:
                raise _write_failed(self.path, layer)

    def add_rows(self, layer: str, fields, rows: Sequence[Row]) -> None:
        """Plain rows (Python values in ``fields`` order, ISO WKB): the fast path for millions of points."""
        if not rows:
            return
        lyr = self._ds.GetLayerByName(layer)
        defn = lyr.GetLayerDefn()
        setters = [_plain_setter(defn, field) for field in fields]
        for values, wkb in rows:
            out = ogr.Feature(defn)
            for setter, value in zip(setters, values):
                if setter is not None and value is not None:
                    setter(out, value)
            if wkb is not None:
                out.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
            if lyr.CreateFeature(out) != ogr.OGRERR_NONE:
                raise _write_failed(self.path, layer)


def _write_failed(path: Path, layer: str) -> ExportError:
    return ExportError(
        tr("{path}: cannot write to layer {layer}: {error}").format(
            path=path, layer=layer, error=gdal.GetLastErrorMsg()
        )
    )


class Row(NamedTuple):
    """One feature as plain values (``datetime`` for date-times) and ISO WKB."""

    values: tuple
    wkb: Optional[bytes]


def _plain_setter(defn, field) -> Optional[Callable]:
    index = defn.GetFieldIndex(field.name())
    if index < 0:
        return None
    kind = field.type()
    if kind == QVariant.DateTime:

        def set_datetime(out, v) -> None:
            v = v.astimezone(timezone.utc)
            out.SetField(index, v.year, v.month, v.day, v.hour, v.minute, v.second + v.microsecond / 1e6, 100)

        return set_datetime
    if kind in (QVariant.Int, QVariant.LongLong):
        return lambda out, v: out.SetFieldInteger64(index, int(v))
    if kind == QVariant.Double:
        return lambda out, v: out.SetField(index, float(v))
    return lambda out, v: out.SetFieldString(index, str(v))


def _setter(defn, field) -> Optional[Callable]:
    """Like ``_plain_setter`` for a QgsFeature's values (QVariant NULLs, QDateTime)."""
    plain = _plain_setter(defn, field)
    if plain is None:
        return None

    def set_value(out, value) -> None:
        if isinstance(value, QVariant):
            if value.isNull():
                return
            value = value.value()
        if isinstance(value, QDateTime):
            if value.isNull():
                return
            v = value.toUTC()
            d, t = v.date(), v.time()
            value = datetime(
                d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec() * 1000, tzinfo=timezone.utc
            )
        if value is not None:
            plain(out, value)

    return set_value


def _ensure_schema(path: Path, ds, specs: Specs, create_layer: CreateLayer) -> None:
    """Missing layers and fields added (outside the transaction: an empty layer is harmless)."""
    for name, (_, fields) in specs.items():
        lyr = ds.GetLayerByName(name)
        if lyr is None:
            create_layer(path, name, False)
            continue
        defn = lyr.GetLayerDefn()
        for qfield in fields:
            if defn.GetFieldIndex(qfield.name()) < 0:
                kind = _OGR_FIELD.get(qfield.type(), ogr.OFTString)
                if lyr.CreateField(ogr.FieldDefn(qfield.name(), kind)) != ogr.OGRERR_NONE:
                    raise ExportError(
                        tr("{path}: cannot add the field {field} to {layer}: {error}").format(
                            path=path, field=qfield.name(), layer=name, error=gdal.GetLastErrorMsg()
                        )
                    )


def _open(path: Path):
    with gdal.quiet_errors() if hasattr(gdal, "quiet_errors") else contextlib.nullcontext():
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["GPKG"])
    if ds is None:
        raise ExportError(
            tr("{path}: cannot open the GeoPackage for writing: {error}").format(
                path=path, error=gdal.GetLastErrorMsg() or tr("unknown")
            )
        )
    ds.ExecuteSQL(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return ds


def _create(path: Path, specs: Specs, create_layer: CreateLayer) -> None:
    temp = path.with_name(f".{path.stem}-{os.getpid()}-new.gpkg")
    try:
        for number, name in enumerate(specs):
            create_layer(temp, name, number == 0)
        with contextlib.suppress(OSError):
            os.chmod(temp, 0o644)
        os.replace(temp, path)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


@contextlib.contextmanager
def field_store(
    path: Path, specs: Specs, create_layer: CreateLayer, lock_timeout_s: float = LOCK_TIMEOUT_S
) -> Iterator[FieldStore]:
    """Yield a ``FieldStore`` on ``path`` (created with ``specs`` if missing); commit on a clean exit.

    ``create_layer(path, name, new_file)`` makes one empty layer of ``specs``.
    Any exception rolls the transaction back and leaves the file as it was.
    Raises ``ExportError`` for a read-only file, a busy or unwritable one.
    """
    path = Path(path)
    _check_writable(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with exclusive_lock(path, lock_timeout_s):
        if not path.exists():
            _create(path, specs, create_layer)
        ds = _open(path)
        try:
            _ensure_schema(path, ds, specs, create_layer)
            ds = None  # layers made through QGIS: reopen to see them
            ds = _open(path)
            if ds.StartTransaction() != ogr.OGRERR_NONE:
                raise ExportError(
                    tr("{path}: the GeoPackage is busy: {error}").format(path=path, error=gdal.GetLastErrorMsg())
                )
            try:
                yield FieldStore(path, ds)
            except BaseException:
                ds.RollbackTransaction()
                raise
            if ds.CommitTransaction() != ogr.OGRERR_NONE:
                raise ExportError(
                    tr("{path}: the import could not be saved: {error}; nothing was imported").format(
                        path=path, error=gdal.GetLastErrorMsg()
                    )
                )
        finally:
            ds = None  # noqa: F841  (closes the GeoPackage)


def imported_keys(path: Path, layer: str, fields: Sequence[str]) -> Set[str]:
    """Every non-empty value of ``fields`` in ``layer`` (read-only, no lock)."""
    path = Path(path)
    if not path.exists():
        return set()
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR, allowed_drivers=["GPKG"])
    if ds is None:
        return set()
    store = FieldStore(path, ds)
    return {v for row in store.values(layer, fields) for v in row if v}
