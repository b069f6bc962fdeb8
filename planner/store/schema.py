"""The shared field store's schema in PostGIS: versioned, created and migrated by the plugin.

``migration_sql(schema)`` is one SQL text that brings any older schema (or
none) up to ``SCHEMA_VERSION``.  It runs as one transaction (a multi-statement
query is one implicit transaction in PostgreSQL) under an advisory lock, so two
coordinators opening the store at once do not both migrate; each version's DDL
runs only when its row is missing from ``schema_version``.  A database whose
schema is newer than ``SCHEMA_VERSION`` is refused (``check_version``): an old
plugin must not write into tables it does not know.

The layers mirror the field GeoPackage's (same names and fields, EPSG:4326),
so a coordinator sees the same layers whichever store holds them, plus the
shared record that only makes sense in one place: coverage history, plans and
their outcome.  A file is identified by its SHA-256 (``field_imports`` has a
unique constraint on it), which is what makes imports and sync idempotent.
"""

from __future__ import annotations

from typing import List, Optional, Tuple

from ..core import InputError, message
from .query import Sql, compose, join
from .sql import dollar_tag, identifier, literal

SCHEMA_VERSION = 1
DEFAULT_SCHEMA = "patrol"
# pg_advisory_xact_lock key: "PATROL" in ASCII, so other applications are unlikely to share it.
LOCK_KEY = 0x504154524F4C

# (version, DDL).  Never edit a released version's DDL: add a new version that alters it.
_MIGRATIONS: List[Tuple[int, str]] = [
    (
        1,
        """
CREATE TABLE {s}.field_imports (
    fid bigserial PRIMARY KEY,
    source_file text NOT NULL,
    source_sha256 text NOT NULL,
    format text,
    imported_at timestamptz NOT NULL DEFAULT now(),
    imported_by text NOT NULL DEFAULT current_user,
    origin text,
    tracks integer, points integer, waypoints integer, skipped integer,
    warnings text, skipped_detail text,
    CONSTRAINT field_imports_one_per_content UNIQUE (source_sha256)
);
CREATE TABLE {s}.field_tracks (
    fid bigserial PRIMARY KEY,
    source_file text, source_sha256 text NOT NULL
        REFERENCES {s}.field_imports (source_sha256) ON DELETE CASCADE,
    track_no integer NOT NULL, name text, kind text, device text, planned integer,
    start_time timestamptz, end_time timestamptz, length_m double precision, duration_s double precision,
    point_count integer,
    geom geometry(MultiLineStringZ, 4326),
    UNIQUE (source_sha256, track_no)
);
CREATE INDEX field_tracks_geom ON {s}.field_tracks USING gist (geom);
CREATE TABLE {s}.field_track_points (
    fid bigserial PRIMARY KEY,
    source_sha256 text NOT NULL, track_no integer NOT NULL, segment integer, seq integer,
    time timestamptz, ele double precision, speed double precision, rel_height double precision,
    source_line integer,
    geom geometry(PointZ, 4326)
);
-- BRIN, not GiST: a season holds millions of points, inserted track by track (so spatially
-- clustered); a GiST index doubled the import time, a BRIN index costs next to nothing.  No
-- b-tree on (source_sha256, track_no) either: it cost a third of the import, and only sync
-- reads points by file (coverage reads field_track_segments).
CREATE INDEX field_track_points_geom ON {s}.field_track_points USING brin (geom);
-- Each flown segment once more, as one row: what coverage reads (a million points in a few
-- thousand rows, instead of a million rows).
CREATE TABLE {s}.field_track_segments (
    source_sha256 text NOT NULL REFERENCES {s}.field_imports (source_sha256) ON DELETE CASCADE,
    track_no integer NOT NULL, segment integer NOT NULL,
    times double precision[], rel_heights double precision[],
    geom geometry(MultiPoint, 4326),
    PRIMARY KEY (source_sha256, track_no, segment)
);
CREATE INDEX field_track_segments_geom ON {s}.field_track_segments USING gist (geom);
CREATE TABLE {s}.field_waypoints (
    fid bigserial PRIMARY KEY,
    source_file text, source_sha256 text NOT NULL
        REFERENCES {s}.field_imports (source_sha256) ON DELETE CASCADE,
    name text, symbol text, time timestamptz, comment text, ele double precision,
    geom geometry(PointZ, 4326)
);
CREATE INDEX field_waypoints_geom ON {s}.field_waypoints USING gist (geom);
CREATE TABLE {s}.drone_footprints (
    fid bigserial PRIMARY KEY,
    source_sha256 text NOT NULL REFERENCES {s}.field_imports (source_sha256) ON DELETE CASCADE,
    track_no integer, name text, area_m2 double precision, fov_deg double precision,
    geom geometry(MultiPolygon, 4326)
);
CREATE INDEX drone_footprints_geom ON {s}.drone_footprints USING gist (geom);
CREATE TABLE {s}.coverage_history (
    fid bigserial PRIMARY KEY,
    run_id text NOT NULL, run_at timestamptz NOT NULL DEFAULT now(), run_by text NOT NULL DEFAULT current_user,
    plot_id text NOT NULL, covered integer, covered_by text, last_seen timestamptz, visits integer,
    tracks text, last_track text,
    geom geometry(Geometry, 4326),
    UNIQUE (run_id, plot_id)
);
CREATE INDEX coverage_history_plot ON {s}.coverage_history (plot_id, run_at);
CREATE INDEX coverage_history_geom ON {s}.coverage_history USING gist (geom);
CREATE TABLE {s}.patrol_plans (
    plan_id text PRIMARY KEY,
    name text, created_at timestamptz NOT NULL DEFAULT now(), created_by text NOT NULL DEFAULT current_user
);
CREATE TABLE {s}.plan_stops (
    fid bigserial PRIMARY KEY,
    plan_id text NOT NULL REFERENCES {s}.patrol_plans (plan_id) ON DELETE CASCADE,
    stop_id text NOT NULL, planned_at timestamptz, attributes jsonb,
    geom geometry(Point, 4326),
    UNIQUE (plan_id, stop_id)
);
CREATE INDEX plan_stops_geom ON {s}.plan_stops USING gist (geom);
CREATE TABLE {s}.stop_outcomes (
    fid bigserial PRIMARY KEY,
    plan_id text NOT NULL REFERENCES {s}.patrol_plans (plan_id) ON DELETE CASCADE,
    stop_id text NOT NULL, checked_at timestamptz NOT NULL DEFAULT now(), checked_by text NOT NULL DEFAULT current_user,
    reached integer, reached_at timestamptz, track text, distance_m double precision, delay_min double precision,
    geom geometry(Point, 4326)
);
CREATE INDEX stop_outcomes_plan ON {s}.stop_outcomes (plan_id, stop_id);
CREATE INDEX stop_outcomes_geom ON {s}.stop_outcomes USING gist (geom);
""",
    ),
]


_PROLOGUE = (
    "SELECT pg_advisory_xact_lock({lock});\n"
    "CREATE EXTENSION IF NOT EXISTS postgis;\n"
    "CREATE SCHEMA IF NOT EXISTS {s};\n"
    "CREATE TABLE IF NOT EXISTS {s}.schema_version (version integer PRIMARY KEY, "
    "applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL DEFAULT current_user, "
    "plugin text)"
)
_STEP = (
    "DO {tag} BEGIN IF NOT EXISTS (SELECT 1 FROM {s}.schema_version WHERE version = {version}) THEN\n"
    "{body}\nINSERT INTO {s}.schema_version (version, plugin) VALUES ({version}, {plugin});\n"
    "END IF; END {tag}"
)


def migration_sql(schema: str = DEFAULT_SCHEMA, upto: int = SCHEMA_VERSION, plugin: str = "") -> Sql:
    """One transaction that creates or migrates ``schema`` up to version ``upto``."""
    s = identifier(schema)
    parts = [compose(_PROLOGUE, s=s, lock=literal(LOCK_KEY))]
    for version, ddl in _MIGRATIONS:
        if version > upto:
            break
        body = compose(ddl.strip(), s=s)
        tag = dollar_tag(body, s, literal(plugin))
        parts.append(compose(_STEP, s=s, version=literal(version), body=body, plugin=literal(plugin), tag=tag))
    return compose("{parts};", parts=join(";\n", parts))


def version_sql(schema: str = DEFAULT_SCHEMA) -> Tuple[Sql, Sql]:
    """Two queries: does the version table exist (a name or NULL), then its highest version."""
    s = identifier(schema)
    table = compose("{s}.schema_version", s=s)
    return (
        compose("SELECT to_regclass({name})::text", name=literal(table)),
        compose("SELECT max(version) FROM {s}.schema_version", s=s),
    )


def parse_version(value: object, where: str) -> Optional[int]:
    """The highest ``schema_version`` read from the database: a whole number or None (no version yet)."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    text = str(value).strip() if isinstance(value, str) else ""
    if text.isdigit() and text.isascii() and len(text) < 10:
        return int(text)
    raise InputError(message("store_bad_version", value=str(value)[:40]), where)


def check_version(found: Optional[int], where: str) -> None:
    """Refuse a store made by a newer plugin: its tables may mean things this plugin does not know."""
    if found is not None and found > SCHEMA_VERSION:
        raise InputError(message("store_newer", found=found, known=SCHEMA_VERSION), where)
