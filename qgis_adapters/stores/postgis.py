"""The field store in a shared PostGIS database, through QGIS's own database connections.

The database is one of QGIS's saved PostgreSQL connections (Browser panel >
PostgreSQL > New Connection), named by the algorithms' connection parameter:
a project or model stores only that NAME, never a password; QGIS resolves
the credentials (its authentication database, a pg_service file or the
connection's saved settings) when the connection opens.  For scripts and
``qgis_process`` a libpq URL or key=value string is accepted as well
(``postgresql://user@host/db``).

Every statement goes through ``QgsAbstractDatabaseProviderConnection.executeSql``.
One imported file is one statement (``planner.store.import_sql``), hence one
transaction: it is stored whole or not at all, and a file another coordinator
is importing at the same moment is stored once.  The schema is created or
migrated when the store opens (``planner.store.migration_sql``).
"""

from __future__ import annotations

import hashlib
import logging
import re
import uuid
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from typing import Deque, Dict, Iterable, List, Optional, Sequence, Set, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform
from qgis.PyQt.QtCore import QVariant

from ...planner.core import ExportError, Feedback, InputError, check_cancel, ensure
from ...planner.field import CameraConfig, CoverageTrack, ImportResult, PlotCoverage
from ...planner.store import (
    DEFAULT_SCHEMA,
    SCHEMA_VERSION,
    Sql,
    check_version,
    compose,
    coverage_sql,
    coverage_tracks,
    identifier,
    import_sql,
    imports_sql,
    literal,
    migration_sql,
    parse_version,
    results_from_rows,
    track_points_sql,
    typed,
    values,
    version_sql,
    waypoints_sql,
)
from ..base.crs import checked_transform
from ..translation import tr
from .connection import (
    QGIS_ERRORS,
    conninfo_from_url,
    database_message,
    is_database_uri,
    label,
    open_connection,
    saved_connections,
    scrubbed,
    secrets,
)
from .imports import ImportReport

logger = logging.getLogger(__name__)
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
__all__ = ["PostgisStore", "conninfo_from_url", "is_database_uri", "open_connection", "saved_connections"]


class PostgisStore:
    """Imports, tracks, coverage history and plans in one schema of a PostGIS database."""

    kind = "postgis"

    def __init__(self, connection: str, schema: str = "", migrate: bool = True) -> None:
        self.name = connection
        self.schema = schema or DEFAULT_SCHEMA
        self.label = f"{label(connection)} ({self.schema})"
        self._hidden = secrets(connection)
        self.connection = open_connection(connection)
        self.s = identifier(self.schema)
        self.version = self._version()
        check_version(self.version, self.label)
        if migrate and (self.version is None or self.version < SCHEMA_VERSION):
            # Only then: a coordinator's login may lack the right to create schemas and tables.
            self.execute(migration_sql(self.schema, plugin="patrol_planner"))
            self.version = self._version()

    def execute(self, sql: Sql) -> list:
        if not isinstance(sql, Sql):  # values reach the text only quoted: see planner/store/query.py
            raise TypeError("the shared database runs only Sql made by planner.store.query.compose")
        failure = ""
        try:
            rows = self.connection.executeSql(sql)
        except QGIS_ERRORS as error:
            failure = scrubbed(database_message(error), self._hidden)
        if failure:  # raised outside the handler: QGIS's exception repeats the connection, password and all
            raise ExportError(tr("shared database {store}: {error}").format(store=self.label, error=failure))
        # SQL NULL arrives as a null QVariant, which is not None
        return [[None if isinstance(v, QVariant) and v.isNull() else v for v in row] for row in rows]

    def _version(self) -> Optional[int]:
        exists, highest = version_sql(self.schema)
        rows = self.execute(exists)
        if not rows or rows[0][0] in (None, ""):
            return None
        rows = self.execute(highest)
        return parse_version(rows[0][0] if rows else None, self.label)

    # -- field data ---------------------------------------------------------------------------------------
    def imported_hashes(self) -> Set[str]:
        return {str(row[0]) for row in self.execute(compose("SELECT source_sha256 FROM {s}.field_imports", s=self.s))}

    def write_results(
        self,
        results: Sequence[ImportResult],
        camera: Optional[CameraConfig] = None,
        origin: str = "",
        feedback: Optional[Feedback] = None,
    ) -> ImportReport:
        """Each file in its own transaction; a file already there (by content) is listed as a duplicate.

        A database error stops the import with its message, and cancelling stops it between two files;
        the files stored before stay (each whole), and importing again adds only the others.
        """
        feedback = ensure(feedback)
        report = ImportReport()
        seen = self.imported_hashes()
        new = []
        for result in results:
            if result.sha256 in seen:
                report.duplicates.append(result.source)
            else:
                seen.add(result.sha256)
                new.append(result)
        # One thread runs the statements, in order, while this one writes the next (QGIS lets go of
        # Python while the database works); at most two wait, so memory stays that of two files.
        pending: Deque[Tuple[ImportResult, Future]] = deque()
        with ThreadPoolExecutor(max_workers=1) as worker:
            try:
                for number, result in enumerate(new):
                    check_cancel(feedback)
                    feedback.set_progress(100.0 * number / len(new))
                    pending.append(
                        (result, worker.submit(self.execute, import_sql(self.schema, result, camera, origin)))
                    )
                    while len(pending) > 2:
                        self._collect(*pending.popleft(), report)
                while pending:
                    self._collect(*pending.popleft(), report)
            finally:
                for _, future in pending:
                    future.cancel()
        return report

    @staticmethod
    def _collect(result: ImportResult, future: Future, report: ImportReport) -> None:
        rows = future.result()
        if rows and int(rows[0][0]):
            report.written.append(result)
        else:  # another coordinator stored the same file a moment ago
            report.duplicates.append(result.source)
            logger.debug("%s was imported meanwhile by someone else: left out", result.source)

    def load_tracks(
        self, crs: QgsCoordinateReferenceSystem, kinds: Sequence[str] = ("foot", "boat", "drone")
    ) -> List[CoverageTrack]:
        """Flown tracks in ``crs``, from one consistent snapshot of the database."""
        epsg = _epsg(crs)
        rows = self.execute(coverage_sql(self.schema, epsg or 4326, kinds))
        tracks = coverage_tracks(rows)
        if epsg is None:  # a CRS PostGIS may not know: reproject here
            transform = checked_transform(WGS84, crs)
            tracks = [_transformed(t, transform) for t in tracks]
        if not tracks and not self.execute(compose("SELECT 1 FROM {s}.field_tracks LIMIT 1", s=self.s)):
            raise InputError(tr("no imported field tracks in this shared database"), self.label)
        return tracks

    def read_results(self, exclude: Iterable[str] = ()) -> List[ImportResult]:
        """Whole imported files (except those in ``exclude``), as the readers made them: for sync."""
        imports = self.execute(imports_sql(self.schema, set(exclude)))
        hashes = {str(row[0]) for row in imports}
        if not hashes:
            return []
        tracks = self.execute(track_points_sql(self.schema, hashes))
        waypoints = self.execute(waypoints_sql(self.schema, hashes))
        return results_from_rows(imports, tracks, waypoints)

    def files_named(self, names: Iterable[str]) -> Dict[str, Set[str]]:
        """File name -> content hashes stored under that name (base names: laptops keep other folders)."""
        found: Dict[str, Set[str]] = {}
        for source, sha in self.execute(compose("SELECT source_file, source_sha256 FROM {s}.field_imports", s=self.s)):
            found.setdefault(_base(str(source)), set()).add(str(sha))
        return {n: found[_base(n)] for n in names if _base(n) in found}

    # -- coverage history ---------------------------------------------------------------------------------
    def record_coverage(self, results: Sequence[PlotCoverage], wkts: Sequence[Optional[str]]) -> str:
        """One coverage run (plots in EPSG:4326 WKT) appended to the history; returns its id."""
        run_id = uuid.uuid4().hex
        if not results:
            return run_id
        rows = []
        for r, wkt in zip(results, wkts):
            rows.append(
                [
                    literal(run_id),
                    typed(r.plot_id, "text"),
                    typed(int(r.covered), "integer"),
                    typed(",".join(r.covered_by), "text"),
                    typed(r.last_seen, "timestamptz"),
                    typed(r.visits, "integer"),
                    typed("; ".join(r.tracks), "text"),
                    typed(r.last_track, "text"),
                    _geometry(wkt),
                ]
            )
        self.execute(
            compose(
                "INSERT INTO {s}.coverage_history (run_id, plot_id, covered, covered_by, last_seen, "
                "visits, tracks, last_track, geom) VALUES {rows}",
                s=self.s,
                rows=values(rows),
            )
        )
        return run_id

    def latest_coverage(self) -> List[Tuple]:
        """Each plot's latest known state: (plot_id, covered, last_seen, run_at, run_by, covered_by, WKT)."""
        return [
            tuple(row)
            for row in self.execute(
                compose(
                    "SELECT DISTINCT ON (plot_id) plot_id, covered, last_seen, run_at, run_by, covered_by, "
                    "ST_AsText(ST_PointOnSurface(geom)) FROM {s}.coverage_history "
                    "ORDER BY plot_id, run_at DESC, fid DESC",
                    s=self.s,
                )
            )
        ]

    # -- plans and their outcome --------------------------------------------------------------------------
    def record_plan(self, name: str, stops: Sequence[Tuple[str, Optional[datetime], str, float, float]]) -> str:
        """A plan's stops (id, planned arrival, attributes as JSON, longitude, latitude); returns the plan id.

        The id is a hash of the stops (ids and places), so the plan that Plan patrols recorded and the same
        stops given later to Planned versus actual are one plan, whose outcome joins it.
        """
        digest = hashlib.sha256()
        for stop_id, _, _, lon, lat in sorted(stops, key=lambda stop: stop[0]):
            digest.update(f"{stop_id}|{lon:.6f}|{lat:.6f}\n".encode())
        plan_id = digest.hexdigest()
        rows = [
            [
                literal(plan_id),
                typed(stop_id, "text"),
                typed(when, "timestamptz"),
                typed(attrs, "jsonb"),
                compose("ST_SetSRID(ST_MakePoint({x}, {y}), 4326)", x=literal(float(lon)), y=literal(float(lat))),
            ]
            for stop_id, when, attrs, lon, lat in stops
        ]
        sql = compose(
            "INSERT INTO {s}.patrol_plans (plan_id, name) VALUES ({plan}, {name}) ON CONFLICT (plan_id) DO NOTHING",
            s=self.s,
            plan=literal(plan_id),
            name=typed(name, "text"),
        )
        if rows:
            sql = compose(
                "{plan}; INSERT INTO {s}.plan_stops (plan_id, stop_id, planned_at, attributes, geom) "
                "VALUES {rows} ON CONFLICT (plan_id, stop_id) DO NOTHING",
                plan=sql,
                s=self.s,
                rows=values(rows),
            )
        self.execute(sql)
        return plan_id

    def record_outcomes(self, plan_id: str, outcomes: Sequence, wkts: Sequence[Optional[str]]) -> int:
        rows = [
            [
                literal(plan_id),
                typed(o.stop_id, "text"),
                typed(int(o.reached), "integer"),
                typed(o.reached_at, "timestamptz"),
                typed(o.track_id, "text"),
                typed(o.distance_m, "float8"),
                typed(o.delay_s / 60 if o.delay_s is not None else None, "float8"),
                _geometry(wkt),
            ]
            for o, wkt in zip(outcomes, wkts)
        ]
        if rows:
            self.execute(
                compose(
                    "INSERT INTO {s}.stop_outcomes (plan_id, stop_id, reached, reached_at, track, "
                    "distance_m, delay_min, geom) VALUES {rows}",
                    s=self.s,
                    rows=values(rows),
                )
            )
        return len(rows)

    def count(self, table: str) -> int:
        return int(self.execute(compose("SELECT count(*) FROM {s}.{table}", s=self.s, table=identifier(table)))[0][0])


def _geometry(wkt: Optional[str]) -> Sql:
    """EPSG:4326 WKT as a 2D geometry (the record's columns have no Z; a layer's points may)."""
    return compose("ST_Force2D(ST_GeomFromText({wkt}, 4326))", wkt=literal(wkt)) if wkt else typed(None, "geometry")


def _base(path: str) -> str:
    return re.split(r"[\\/]", path)[-1]


def _epsg(crs: QgsCoordinateReferenceSystem) -> Optional[int]:
    authid = crs.authid()
    if authid.upper().startswith("EPSG:") and authid[5:].isdigit():
        return int(authid[5:])
    return None


def _transformed(track: CoverageTrack, transform: QgsCoordinateTransform) -> CoverageTrack:
    from qgis.core import QgsPointXY

    segments = tuple(
        tuple((*_xy(transform.transform(QgsPointXY(x, y))), t, h) for x, y, t, h in segment)
        for segment in track.segments
    )
    return CoverageTrack(track.track_id, track.kind, segments)


def _xy(point) -> Tuple[float, float]:
    return point.x(), point.y()
