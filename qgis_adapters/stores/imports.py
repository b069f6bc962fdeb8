"""Imported field data written to the coordinator's GeoPackage.

Layers (EPSG:4326): ``field_tracks`` (one line per track or flight, planned
routes flagged), ``field_track_points``, ``field_waypoints``,
``drone_footprints`` and the table ``field_imports``, one row per imported
file with its SHA-256, which is how a file already imported is recognised
and never written twice, whatever its name.

Every file is read completely before anything is written, so a file that
cannot be read leaves the GeoPackage untouched.  Writing goes through
``stores.gpkg``: in place, one transaction a file, so a crash half-way cannot
leave half a file behind, the GeoPackage is held only while a file's rows are
written (a coordinator's save in QGIS waits a moment, not the whole import),
and QGIS may keep the layers open (even in edit mode) meanwhile.  A file is already imported when
its bytes (``source_sha256``) or its points (``content_sha256``, the same
track saved again with other line endings) were imported before.
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Set

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsLineString,
    QgsMultiLineString,
    QgsPoint,
    QgsVectorFileWriter,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, QVariant

from ...planner.core import ExportError, Feedback, check_cancel, ensure, projector_for
from ...planner.field import (
    CameraConfig,
    ImportConfig,
    ImportResult,
    Track,
    content_digest,
    footprint,
    metric_track,
    read_field_file,
)
from ..base.compat import wkb_type
from ..base.crs import checked_transform
from ..base.fields import KIND, SEQ
from ..stores.gpkg import LOCK_TIMEOUT_S, Row, field_store, imported_keys
from ..translation import tr
from ..translation.reasons import localized_reason

logger = logging.getLogger(__name__)

TRACKS, POINTS, WAYPOINTS, FOOTPRINTS, IMPORTS = (
    "field_tracks",
    "field_track_points",
    "field_waypoints",
    "drone_footprints",
    "field_imports",
)
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
_KEYS = ("source_sha256", "content_sha256")
_POINT_Z = struct.Struct("<BIddd")  # ISO WKB PointZ, little-endian


def _fields(spec) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


SPECS: Dict[str, tuple] = {
    TRACKS: (
        wkb_type("MultiLineStringZ"),
        _fields(
            [
                ("source_file", QVariant.String),
                ("source_sha256", QVariant.String),
                ("track_no", QVariant.Int),
                ("name", QVariant.String),
                (KIND, QVariant.String),
                ("device", QVariant.String),
                ("planned", QVariant.Int),
                ("start_time", QVariant.DateTime),
                ("end_time", QVariant.DateTime),
                ("length_m", QVariant.Double),
                ("duration_s", QVariant.Double),
                ("point_count", QVariant.Int),
            ]
        ),
    ),
    POINTS: (
        wkb_type("PointZ"),
        _fields(
            [
                ("source_sha256", QVariant.String),
                ("track_no", QVariant.Int),
                ("segment", QVariant.Int),
                (SEQ, QVariant.Int),
                ("time", QVariant.DateTime),
                ("ele", QVariant.Double),
                ("speed", QVariant.Double),
                ("rel_height", QVariant.Double),
                ("source_line", QVariant.Int),
            ]
        ),
    ),
    WAYPOINTS: (
        wkb_type("PointZ"),
        _fields(
            [
                ("source_file", QVariant.String),
                ("source_sha256", QVariant.String),
                ("name", QVariant.String),
                ("symbol", QVariant.String),
                ("time", QVariant.DateTime),
                ("comment", QVariant.String),
                ("ele", QVariant.Double),
            ]
        ),
    ),
    FOOTPRINTS: (
        wkb_type("MultiPolygon"),
        _fields(
            [
                ("source_sha256", QVariant.String),
                ("track_no", QVariant.Int),
                ("name", QVariant.String),
                ("area_m2", QVariant.Double),
                ("fov_deg", QVariant.Double),
            ]
        ),
    ),
    IMPORTS: (
        wkb_type("NoGeometry"),
        _fields(
            [
                ("source_file", QVariant.String),
                ("source_sha256", QVariant.String),
                ("format", QVariant.String),
                ("imported_at", QVariant.DateTime),
                ("tracks", QVariant.Int),
                ("points", QVariant.Int),
                ("waypoints", QVariant.Int),
                ("skipped", QVariant.Int),
                ("warnings", QVariant.String),
                ("skipped_detail", QVariant.String),
                ("content_sha256", QVariant.String),
            ]
        ),
    ),
}


@dataclass
class ImportReport:
    """What happened to each file: written, or left out as a duplicate."""

    written: List[ImportResult] = field(default_factory=list)
    duplicates: List[str] = field(default_factory=list)


def to_qdatetime(value: Optional[datetime]):
    if value is None:
        return None
    v = value.astimezone(timezone.utc)
    return QDateTime(
        QDate(v.year, v.month, v.day), QTime(v.hour, v.minute, v.second, v.microsecond // 1000), Qt.TimeSpec.UTC
    )


def from_qdatetime(value) -> Optional[datetime]:
    """A QGIS date-time attribute as an aware UTC ``datetime`` (None for NULL or invalid)."""
    if isinstance(value, QDateTime):
        if not value.isValid():
            return None
        return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, tz=timezone.utc)
    return None


def imported_hashes(gpkg: Path) -> Set[str]:
    """SHA-256 of the bytes of every file already imported into ``gpkg``."""
    return imported_keys(Path(gpkg), IMPORTS, ("source_sha256",))


def _track_features(result: ImportResult, camera: CameraConfig) -> Dict[str, list]:
    """The rows of each layer for one file: QgsFeatures, except plain ``Row``s for the track points."""
    out: Dict[str, list] = {name: [] for name in SPECS}
    tracks: List[Track] = result.tracks + result.routes
    for number, track in enumerate(tracks, 1):
        lines = QgsMultiLineString()
        for segment in track.segments:
            if len(segment) >= 2:
                lines.addGeometry(QgsLineString([QgsPoint(p.lon, p.lat, p.ele or 0.0) for p in segment]))
        feature = QgsFeature(SPECS[TRACKS][1])
        feature.setAttributes(
            [
                result.source,
                result.sha256,
                number,
                track.name,
                track.kind,
                track.device,
                int(track.planned),
                to_qdatetime(track.start),
                to_qdatetime(track.end),
                track.length_m,
                track.duration_s,
                track.point_count,
            ]
        )
        if lines.numGeometries():
            feature.setGeometry(QgsGeometry(lines))
        out[TRACKS].append(feature)
        if track.planned:
            continue
        seq = 0
        for segment_no, segment in enumerate(track.segments, 1):
            for p in segment:
                seq += 1
                # Plain rows, not QgsFeatures: a season has a million points (see gpkg.Row).
                out[POINTS].append(
                    Row(
                        (result.sha256, number, segment_no, seq, p.time, p.ele, p.speed, p.rel_height, p.line),
                        _POINT_Z.pack(1, 1001, p.lon, p.lat, p.ele or 0.0),
                    )
                )
        if track.kind == "drone" and track.point_count:
            out[FOOTPRINTS].extend(_footprint_features(result, number, track, camera))
    for w in result.waypoints:
        feature = QgsFeature(SPECS[WAYPOINTS][1])
        feature.setAttributes([result.source, result.sha256, w.name, w.symbol, to_qdatetime(w.time), w.comment, w.ele])
        feature.setGeometry(QgsGeometry(QgsPoint(w.lon, w.lat, w.ele or 0.0)))
        out[WAYPOINTS].append(feature)
    row = QgsFeature(SPECS[IMPORTS][1])
    row.setAttributes(
        [
            result.source,
            result.sha256,
            result.format,
            to_qdatetime(datetime.now(timezone.utc)),
            len(result.tracks),
            result.point_count,
            len(result.waypoints),
            len(result.skipped),
            "\n".join(localized_reason(w) for w in result.warnings),
            "\n".join(f"line {s.line}: {s.reason}" for s in result.skipped[:1000]),
            result.content_sha256 or content_digest(result),
        ]
    )
    out[IMPORTS].append(row)
    return out


def _footprint_features(result: ImportResult, number: int, track: Track, camera: CameraConfig):
    first = track.points[0]
    epsg, project = projector_for(first.lon, first.lat)
    shape = footprint(metric_track(track, project).segments, camera)
    if shape.is_empty:
        return []
    geometry = QgsGeometry.fromWkt(shape.wkt)
    back = checked_transform(QgsCoordinateReferenceSystem(f"EPSG:{epsg}"), WGS84)
    geometry.transform(back)
    geometry.convertToMultiType()
    feature = QgsFeature(SPECS[FOOTPRINTS][1])
    feature.setAttributes([result.sha256, number, track.name, shape.area, camera.diagonal_fov()])
    feature.setGeometry(geometry)
    return [feature]


def _create_layer(path: Path, name: str, new_file: bool) -> None:
    """One empty layer of ``SPECS`` (the whole file is new when ``new_file``)."""
    create_spec_layer(SPECS, path, name, new_file)


def create_spec_layer(specs: Dict[str, tuple], path: Path, name: str, new_file: bool) -> None:
    """One empty WGS 84 layer of ``specs`` in the GeoPackage ``path`` (the whole file is new when ``new_file``)."""
    wkb, fields = specs[name]
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        if new_file
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    )
    writer = QgsVectorFileWriter.create(str(path), fields, wkb, WGS84, QgsCoordinateTransformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise ExportError(
            tr("{path}: cannot create layer {layer}: {error}").format(
                path=path, layer=name, error=writer.errorMessage()
            )
        )
    del writer  # closes the layer: flushes to disk


def import_field_files(
    paths: Iterable[str], gpkg: str, config: Optional[ImportConfig] = None, camera: Optional[CameraConfig] = None
) -> ImportReport:
    """Read every file, then append what is new to ``gpkg``, one transaction a file.

    Raises ``InputError`` (from the planner) before writing anything when any
    file cannot be read at all.
    """
    results = [read_field_file(p, config or ImportConfig()) for p in paths]
    return write_results(results, gpkg, camera)


def write_results(
    results: Sequence[ImportResult],
    gpkg: str,
    camera: Optional[CameraConfig] = None,
    lock_timeout_s: float = LOCK_TIMEOUT_S,
    feedback: Optional[Feedback] = None,
) -> ImportReport:
    """Append the results not yet in ``gpkg``; duplicates (by bytes or by points) are reported, not written.

    Each file is its own transaction, and the GeoPackage is held only while that file's rows are
    written: a coordinator saving an edit in QGIS during a long import waits a moment, not the whole
    import.  Cancelling stops between two files; the files stored before stay, each whole.
    """
    camera = camera or CameraConfig()
    feedback = ensure(feedback)
    for result in results:
        if not result.content_sha256:
            result.content_sha256 = content_digest(result)
    report = ImportReport()
    for number, result in enumerate(results):
        check_cancel(feedback)
        batch = _track_features(result, camera)  # the slow part: outside the lock
        with field_store(Path(gpkg), SPECS, _create_layer, lock_timeout_s) as store:
            # Under the lock: an import running at the same time cannot write the same file twice.
            seen = {key for row in store.values(IMPORTS, _KEYS) for key in row if key}
            if result.sha256 in seen or result.content_sha256 in seen:
                report.duplicates.append(result.source)
                logger.debug("%s was already imported: left out", result.source)
            else:
                report.written.append(result)
                for name, layer_features in batch.items():
                    if name == POINTS:
                        store.add_rows(name, SPECS[name][1], layer_features)
                    else:
                        store.add(name, layer_features)
        feedback.set_progress(100.0 * (number + 1) / len(results))
    return report
