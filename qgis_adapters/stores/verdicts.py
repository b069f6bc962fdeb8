# SPDX-License-Identifier: GPL-2.0-or-later
"""A returned QField package into the field GeoPackage: verdicts, their photos, the recorded tracks (issue 30).

The package's ``plots`` layer is read whole first (an unknown verdict stops
the import before anything is written); then, in one transaction under the
store's lock (``stores.gpkg``), each verdict not yet stored (by its key: what
it says, the photo by its bytes) goes into ``field_verdicts``.  Photos are
copied beside the store as ``<store>_photos/<sha256>.<ext>``: named by their
bytes, a photo imported twice is one file.  Each recorded track goes through
the ordinary import (``stores.imports.write_results``) as its own record, so
a package brought back again after a second trip adds only the new tracks.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from functools import partial
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ...planner.core import Feedback, InputError, check_cancel, ensure
from ...planner.export import PACKAGE_GPKG, PLOTS_LAYER, TRACKS_LAYER
from ...planner.field import ImportResult, Track, TrackPoint, Verdict, latest_verdicts, photo_digest, read_verdict
from ..base.compat import wkb_type
from ..base.crs import checked_transform
from ..base.fields import NOTES, PHOTO, PLOT_ID, TEAM, VERDICT, VISITED_ON, make_fields
from ..translation import tr
from .gpkg import field_store
from .imports import create_spec_layer, from_qdatetime, to_qdatetime, write_results

VERDICTS_LAYER = "field_verdicts"
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
_READ = (PLOT_ID, VERDICT, VISITED_ON, TEAM, NOTES, PHOTO)


VERDICT_FIELDS = make_fields(
    [
        (PLOT_ID, QVariant.String),
        (VERDICT, QVariant.String),
        (VISITED_ON, QVariant.DateTime),
        (TEAM, QVariant.String),
        (NOTES, QVariant.String),
        (PHOTO, QVariant.String),
        ("photo_sha256", QVariant.String),
        ("verdict_key", QVariant.String),
        ("source_file", QVariant.String),
    ]
)


SPECS = {VERDICTS_LAYER: (wkb_type("Point"), VERDICT_FIELDS)}


@dataclass
class VerdictImport:
    """What one package brought: counted, for the coordinator's log."""

    added: int = 0
    duplicates: int = 0
    photos: int = 0
    tracks: int = 0
    track_duplicates: int = 0
    missing_photos: List[str] = field(default_factory=list)


def package_geopackage(path: Path) -> Path:
    """The package's GeoPackage, given its folder, its project or the GeoPackage itself."""
    path = Path(path)
    gpkg = path / PACKAGE_GPKG if path.is_dir() else path.with_name(PACKAGE_GPKG) if path.suffix == ".qgs" else path
    if not gpkg.is_file():
        raise InputError(tr("{path}: no QField package here (no {name})").format(path=path, name=PACKAGE_GPKG), path)
    return gpkg


def _layer(gpkg: Path, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    if not layer.isValid():
        raise InputError(tr("{path}: the package has no layer {layer}").format(path=gpkg, layer=name), gpkg)
    return layer


def read_verdicts(gpkg: Path) -> List[Tuple[Verdict, QgsPointXY]]:
    """Every filled form of the package's plots layer, with the plot's position in WGS 84."""
    plots = _layer(gpkg, PLOTS_LAYER)
    to_wgs84 = checked_transform(plots.crs(), WGS84)
    names = plots.fields().names()
    out = []
    for feature in plots.getFeatures():
        row = {name: feature[name] for name in _READ if name in names}
        if VISITED_ON in row:
            row[VISITED_ON] = from_qdatetime(row[VISITED_ON])
        verdict = read_verdict(row, gpkg, feature.id())
        if verdict is None:
            continue
        verdict = replace(verdict, photo_sha256=photo_digest(gpkg.parent, verdict.photo))
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(to_wgs84)
        out.append((verdict, geometry.asPoint()))
    return out


def _time(started: Optional[datetime], m: float) -> Optional[datetime]:
    """A fix's time from its M value: QField writes the time since the session began, or an epoch time."""
    if m != m:  # NaN: no measure
        return None
    if m > 1e11:  # milliseconds since 1970
        return datetime.fromtimestamp(m / 1000.0, timezone.utc)
    if m > 1e9:
        return datetime.fromtimestamp(m, timezone.utc)
    return started + timedelta(seconds=m) if started else None


def read_tracks(gpkg: Path) -> List[ImportResult]:
    """One import record per recorded track, keyed by its own content, so each is stored once."""
    tracks = _layer(gpkg, TRACKS_LAYER)
    to_wgs84 = checked_transform(tracks.crs(), WGS84)
    out = []
    for feature in tracks.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        started = from_qdatetime(feature["started"]) if "started" in feature.fields().names() else None
        segments = []
        for part in geometry.constParts():
            points = []
            for vertex in part.vertices():
                lonlat = to_wgs84.transform(QgsPointXY(vertex.x(), vertex.y()))
                points.append(
                    TrackPoint(lonlat.x(), lonlat.y(), _time(started, vertex.m()) if vertex.isMeasure() else None)
                )
            if len(points) >= 2:
                segments.append(tuple(points))
        if not segments:
            continue
        team = str(feature[TEAM] or "") if TEAM in feature.fields().names() else ""
        track = Track(team or "QField", "foot", tuple(segments), device="QField", source=str(gpkg))
        digest = hashlib.sha256(bytes(geometry.asWkb()) + str(started).encode()).hexdigest()
        out.append(ImportResult(f"{gpkg}#{TRACKS_LAYER}/{feature.id()}", "qfield", digest, tracks=[track]))
    return out


def _keep_photo(package: Path, verdict: Verdict, store: Path) -> bool:
    """Copies the photo beside the store under its hash; False when that copy was there already."""
    folder = store.parent / f"{store.stem}_photos"
    target = folder / f"{verdict.photo_sha256}{Path(verdict.photo).suffix.lower()}"
    if target.exists():
        return False
    folder.mkdir(exist_ok=True)
    partial = target.with_name(f".{target.name}.part")
    shutil.copyfile(package / verdict.photo, partial)
    partial.replace(target)
    return True


def import_package(path: Path, store: Path, feedback: Optional[Feedback] = None) -> VerdictImport:
    """The package at ``path`` (folder, project or GeoPackage) into the field GeoPackage ``store``."""
    feedback = ensure(feedback)
    gpkg = package_geopackage(path)
    verdicts = read_verdicts(gpkg)  # read whole first: a bad form stops the import before any write
    tracks = read_tracks(gpkg)
    report = VerdictImport()
    check_cancel(feedback)
    with field_store(Path(store), SPECS, partial(create_spec_layer, SPECS)) as opened:
        seen = {row[0] for row in opened.values(VERDICTS_LAYER, ("verdict_key",))}
        new = []
        for verdict, point in verdicts:
            if verdict.key in seen:
                report.duplicates += 1
                continue
            seen.add(verdict.key)
            row = QgsFeature(SPECS[VERDICTS_LAYER][1])
            row.setAttributes(
                [
                    verdict.plot_id,
                    verdict.verdict,
                    to_qdatetime(verdict.visited_on),
                    verdict.team,
                    verdict.notes,
                    verdict.photo,
                    verdict.photo_sha256,
                    verdict.key,
                    str(gpkg),
                ]
            )
            row.setGeometry(QgsGeometry.fromPointXY(point))
            new.append(row)
            if verdict.photo and not verdict.photo_sha256:
                report.missing_photos.append(verdict.photo)
            elif verdict.photo_sha256 and _keep_photo(gpkg.parent, verdict, Path(store)):
                report.photos += 1
        opened.add(VERDICTS_LAYER, new)
        report.added = len(new)
    written = write_results(tracks, str(store), feedback=feedback)
    report.tracks, report.track_duplicates = len(written.written), len(written.duplicates)
    return report


def stored_verdicts(store: Path) -> Dict[str, Tuple[Verdict, QgsPointXY]]:
    """Every verdict in the field GeoPackage, by plot: its latest one (``planner.field.latest_verdicts``)."""
    layer = QgsVectorLayer(f"{store}|layername={VERDICTS_LAYER}", VERDICTS_LAYER, "ogr")
    if not Path(store).exists() or not layer.isValid():
        return {}
    rows = []
    for feature in layer.getFeatures():
        verdict = Verdict(
            str(feature[PLOT_ID]),
            str(feature[VERDICT]),
            from_qdatetime(feature[VISITED_ON]),
            str(feature[TEAM] or ""),
            str(feature[NOTES] or ""),
            str(feature[PHOTO] or ""),
            str(feature["photo_sha256"] or ""),
        )
        rows.append((verdict, feature.geometry().asPoint()))
    latest = latest_verdicts(v for v, _ in rows)
    where = {v.plot_id: p for v, p in rows if latest[v.plot_id] is v}
    return {plot: (verdict, where[plot]) for plot, verdict in latest.items()}
