"""The shared field store (PostGIS): its versioned schema and the SQL that reads and writes it.

Several base committees keep one record of what came back from the field.
``schema`` creates and migrates the tables (``migration_sql``, with a version
table; ``check_version`` refuses a schema newer than this plugin); ``sql``
turns one imported file into one atomic, idempotent statement
(``import_sql``); ``query`` composes all of it from constant templates and
quoted values; ``reads`` reads tracks for coverage in one snapshot and
whole files back for sync; ``conflicts`` says which files sync lists as
conflicts.  No database driver here: the QGIS side runs the SQL through
QGIS's own database connections (``qgis_adapters.stores.postgis``).
"""

from __future__ import annotations

from .conflicts import name_conflicts
from .query import Sql, compose, join
from .reads import (
    coverage_sql,
    coverage_tracks,
    imports_sql,
    parse_array,
    results_from_rows,
    track_points_sql,
    waypoints_sql,
)
from .schema import DEFAULT_SCHEMA, SCHEMA_VERSION, check_version, migration_sql, parse_version, version_sql
from .sql import array, identifier, import_sql, literal, typed, values

__all__ = [
    "name_conflicts",
    "Sql",
    "compose",
    "join",
    "values",
    "DEFAULT_SCHEMA",
    "SCHEMA_VERSION",
    "array",
    "check_version",
    "coverage_sql",
    "coverage_tracks",
    "identifier",
    "import_sql",
    "imports_sql",
    "literal",
    "migration_sql",
    "parse_array",
    "results_from_rows",
    "track_points_sql",
    "typed",
    "parse_version",
    "version_sql",
    "waypoints_sql",
]
