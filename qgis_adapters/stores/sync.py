"""Sync a laptop's field GeoPackage with the shared database, back in the office.

Push sends every imported file the database lacks (whole, each in its own
transaction) and lists conflicts; pull brings back every file the laptop
lacks, so the laptop's coverage shows the plots other committees checked,
plus the shared coverage record (each plot's latest coverage run) as the
GeoPackage layer ``shared_coverage``.  Files are identified by content
(SHA-256), so running sync again adds nothing.

A conflict is listed, never resolved silently: the same file name holding
different content on the laptop and in the database (say, two committees'
``Current.gpx``).  Both are kept, because both are real field data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
)
from qgis.PyQt.QtCore import QVariant

from ...planner.core import ExportError
from ...planner.store import name_conflicts
from ..base.compat import wkb_type
from ..base.fields import COVERED, PLOT_ID
from ..translation import tr
from .field_store import GeoPackageStore
from .imports import WGS84
from .postgis import PostgisStore

SHARED_COVERAGE = "shared_coverage"


@dataclass
class SyncReport:
    pushed: List[str] = field(default_factory=list)
    pulled: List[str] = field(default_factory=list)
    conflicts: List[str] = field(default_factory=list)
    shared_plots: int = 0


def push(laptop: GeoPackageStore, shared: PostgisStore, report: SyncReport) -> SyncReport:
    results = laptop.read_results(exclude=shared.imported_hashes())
    names = shared.files_named([r.source for r in results])
    for name in name_conflicts(((r.source, r.sha256) for r in results), names):
        report.conflicts.append(f"{name}: the shared database already holds a different file of this name; both kept")
    written = shared.write_results(results, origin=laptop.label)
    report.pushed.extend(r.source for r in written.written)
    return report


def pull(shared: PostgisStore, laptop: GeoPackageStore, report: SyncReport) -> SyncReport:
    results = shared.read_results(exclude=laptop.imported_hashes())
    if results:
        written = laptop.write_results(results)
        report.pulled.extend(r.source for r in written.written)
    report.shared_plots = write_shared_coverage(shared, laptop)
    return report


def sync(laptop: GeoPackageStore, shared: PostgisStore, send: bool = True, receive: bool = True) -> SyncReport:
    report = SyncReport()
    if send:
        push(laptop, shared, report)
    if receive:
        pull(shared, laptop, report)
    return report


def write_shared_coverage(shared: PostgisStore, laptop: GeoPackageStore) -> int:
    """Each plot's latest coverage from the shared record, as the layer ``shared_coverage`` (replaced)."""
    rows = shared.latest_coverage()
    fields = QgsFields()
    for name, kind in (
        (PLOT_ID, QVariant.String),
        (COVERED, QVariant.Int),
        ("last_seen", QVariant.DateTime),
        ("checked_at", QVariant.DateTime),
        ("checked_by", QVariant.String),
        ("covered_by", QVariant.String),
    ):
        fields.append(QgsField(name, kind))
    features = []
    for plot_id, covered, last_seen, run_at, run_by, covered_by, wkt in rows:
        feature = QgsFeature(fields)
        feature.setAttributes([plot_id, covered, last_seen, run_at, run_by, covered_by])
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    if not features and not laptop.path.exists():
        return 0
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = SHARED_COVERAGE
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        if laptop.path.exists()
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    )
    writer = QgsVectorFileWriter.create(
        str(laptop.path), fields, wkb_type("Point"), WGS84, QgsCoordinateTransformContext(), options
    )
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError or (features and not writer.addFeatures(features)):
        raise ExportError(
            tr("{path}: cannot write layer {layer}: {error}").format(
                path=laptop.path, layer=SHARED_COVERAGE, error=writer.errorMessage()
            )
        )
    del writer
    return len(features)
