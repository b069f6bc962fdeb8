"""Where the field data lives: the coordinator's GeoPackage (the default) or a shared PostGIS database.

The algorithms (import, coverage, planned versus actual, sync) talk to a
store, never to a format:

- ``imported_hashes()`` and ``write_results(results, camera, origin)`` store
  whole imported files, each once (by its SHA-256);
- ``load_tracks(crs, kinds)`` gives the flown tracks for coverage;
- ``read_results(exclude)`` gives whole files back, for sync.

``open_store`` picks one: a saved PostgreSQL connection (or a
``postgresql://`` URL) and a schema give ``PostgisStore``, otherwise the
GeoPackage file gives ``GeoPackageStore``, which keeps using the existing
GeoPackage code (``stores.imports``, ``stores.gpkg``) unchanged.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple, Union

from qgis.core import QgsCoordinateReferenceSystem, QgsExpression, QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime, QVariant

from ...planner.core import Feedback, InputError
from ...planner.field import CameraConfig, CoverageTrack, ImportResult
from ...planner.store import results_from_rows
from ..base.crs import checked_transform
from ..base.fields import KIND, SEQ
from ..translation import tr
from .imports import IMPORTS, POINTS, TRACKS, WAYPOINTS, ImportReport, from_qdatetime, imported_hashes, write_results
from .postgis import PostgisStore


def _value(value):
    """QGIS attribute -> plain Python (NULL -> None, date-times -> epoch seconds)."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toMSecsSinceEpoch() / 1000 if value.isValid() else None
    return value


def _number(value) -> Optional[float]:
    # Missing attributes arrive as a NULL QVariant, which is not None.
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return float(value)


def load_tracks(
    gpkg: str, crs: QgsCoordinateReferenceSystem, kinds: Sequence[str] = ("foot", "boat", "drone")
) -> List[CoverageTrack]:
    """Flown tracks (planned routes left out) from the field GeoPackage, in ``crs``."""
    tracks_layer = QgsVectorLayer(f"{gpkg}|layername={TRACKS}", TRACKS, "ogr")
    points_layer = QgsVectorLayer(f"{gpkg}|layername={POINTS}", POINTS, "ogr")
    if not (tracks_layer.isValid() and points_layer.isValid()):
        raise InputError(tr("no imported field tracks in this GeoPackage"), gpkg)
    info: Dict[Tuple[str, int], Tuple[str, str]] = {}
    for f in tracks_layer.getFeatures():
        if f["planned"] or f[KIND] not in kinds:
            continue
        info[(f["source_sha256"], f["track_no"])] = (f[KIND], f"{f['name']} ({f['source_file']})")
    transform = checked_transform(points_layer.crs(), crs)
    grouped: Dict[Tuple[str, int], Dict[int, list]] = {}
    for f in points_layer.getFeatures():
        key = (f["source_sha256"], f["track_no"])
        if key not in info:
            continue
        point = transform.transform(f.geometry().asPoint())
        grouped.setdefault(key, {}).setdefault(f["segment"], []).append(
            (f[SEQ], point.x(), point.y(), from_qdatetime(f["time"]), _number(f["rel_height"]))
        )
    tracks = []
    for key, segments in grouped.items():
        kind, track_id = info[key]
        parts = tuple(
            tuple((x, y, t, h) for _, x, y, t, h in sorted(pts, key=lambda row: row[0]))
            for _, pts in sorted(segments.items())
        )
        tracks.append(CoverageTrack(track_id, kind, parts))
    return tracks


class GeoPackageStore:
    """The coordinator's own GeoPackage: what Patrol Planner always used."""

    kind = "geopackage"

    def __init__(self, path: Union[str, Path]) -> None:
        self.path = Path(path)
        self.label = str(self.path)

    def imported_hashes(self) -> Set[str]:
        return imported_hashes(self.path)

    def write_results(
        self,
        results: Sequence[ImportResult],
        camera: Optional[CameraConfig] = None,
        origin: str = "",
        feedback: Optional[Feedback] = None,
    ) -> ImportReport:
        return write_results(results, str(self.path), camera, feedback=feedback)

    def load_tracks(
        self, crs: QgsCoordinateReferenceSystem, kinds: Sequence[str] = ("foot", "boat", "drone")
    ) -> List[CoverageTrack]:
        return load_tracks(str(self.path), crs, kinds)

    def _features(self, name: str, hashes: Optional[Set[str]] = None):
        layer = QgsVectorLayer(f"{self.path}|layername={name}", name, "ogr")
        if not layer.isValid():
            return iter(())
        if hashes is None:
            return layer.getFeatures()
        # Filtered by the provider (OGR SQL), not in Python: a season is a million points.
        listed = ", ".join(QgsExpression.quotedString(h) for h in sorted(hashes))
        return layer.getFeatures(QgsFeatureRequest(QgsExpression(f'"source_sha256" IN ({listed})')))

    def read_results(self, exclude: Iterable[str] = ()) -> List[ImportResult]:
        """Whole imported files from the GeoPackage's layers (in EPSG:4326, as ``stores.imports`` writes them)."""
        if not self.path.exists():
            return []
        skip = set(exclude)
        imports = [
            (
                f["source_sha256"],
                _value(f["source_file"]),
                _value(f["format"]),
                _value(f["warnings"]),
                _value(f["skipped_detail"]),
            )
            for f in self._features(IMPORTS)
            if f["source_sha256"] not in skip
        ]
        wanted = {row[0] for row in imports}
        if not wanted:
            return []
        points: Dict[Tuple[str, int], Dict[int, list]] = defaultdict(lambda: defaultdict(list))
        for f in self._features(POINTS, wanted):
            sha = f["source_sha256"]
            if sha in wanted:
                p = f.geometry().constGet()
                points[(sha, f["track_no"])][f["segment"]].append(
                    (
                        f[SEQ],
                        p.x(),
                        p.y(),
                        _value(f["time"]),
                        _value(f["ele"]),
                        _value(f["speed"]),
                        _value(f["rel_height"]),
                        _value(f["source_line"]),
                    )
                )
        tracks = []
        for f in self._features(TRACKS, wanted):
            sha, number = f["source_sha256"], f["track_no"]
            if sha not in wanted:
                continue
            head = (sha, number, _value(f["name"]), _value(f[KIND]), _value(f["device"]), bool(f["planned"]))
            if f["planned"]:  # a route or mission: its vertices are its points
                geometry = f.geometry()
                for segment, line in enumerate(geometry.asMultiPolyline() if not geometry.isNull() else [], 1):
                    tracks.append(
                        (
                            *head,
                            segment,
                            [p.x() for p in line],
                            [p.y() for p in line],
                            *([None] * len(line) for _ in range(5)),
                        )
                    )
                continue
            for segment, rows in sorted(points.get((sha, number), {}).items()):
                rows.sort(key=lambda row: row[0])
                tracks.append((*head, segment, *zip(*[row[1:] for row in rows])))
        waypoints = [
            (
                f["source_sha256"],
                f.geometry().constGet().x(),
                f.geometry().constGet().y(),
                _value(f["name"]),
                _value(f["symbol"]),
                _value(f["time"]),
                _value(f["comment"]),
                _value(f["ele"]),
            )
            for f in self._features(WAYPOINTS, wanted)
            if f["source_sha256"] in wanted
        ]
        return results_from_rows(imports, tracks, waypoints)


FieldStore = Union[GeoPackageStore, PostgisStore]


def open_store(geopackage: str = "", connection: str = "", schema: str = "") -> FieldStore:
    """The shared database when a connection is given, else the GeoPackage."""
    if connection:
        return PostgisStore(connection, schema)
    if geopackage:
        return GeoPackageStore(geopackage)
    raise InputError(tr("choose a field data GeoPackage or a shared database connection"))


def shared_tracks_layer(connection: str, schema: str, name: str):
    """The shared database's ``field_tracks`` as a QGIS layer (credentials stay in QGIS's connection)."""
    from qgis.core import QgsDataSourceUri

    from .postgis import open_connection

    uri = QgsDataSourceUri(open_connection(connection).uri())
    uri.setDataSource(schema, TRACKS, "geom", "", "fid")
    layer = QgsVectorLayer(uri.uri(False), name, "postgres")
    return layer if layer.isValid() else None


def store_parameters(tracks_layer) -> dict:
    """The field store a ``field_tracks`` layer comes from, as algorithm parameters ({} when it is neither)."""
    from qgis.core import QgsDataSourceUri

    source = tracks_layer.source()
    if tracks_layer.providerType() == "postgres":
        uri = QgsDataSourceUri(source)
        if uri.table() == TRACKS:
            return {"CONNECTION": uri.connectionInfo(False), "SCHEMA": uri.schema()}
        return {}
    path = source.split("|")[0]
    if path.lower().endswith(".gpkg") and f"layername={TRACKS}" in source:
        return {"GEOPACKAGE": path}
    return {}
