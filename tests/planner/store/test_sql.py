"""SQL text for the shared field store: quoting, arrays, one statement per file, the schema's migrations.

The statements run against a real PostGIS in tests/qgis/test_store_postgis.py; these check the text.
"""

from __future__ import annotations

import struct
from datetime import datetime, timedelta, timezone

import pytest

from patrol_planner.planner.core import InputError
from patrol_planner.planner.field import ImportResult, SkippedRecord, Track, TrackPoint, Waypoint
from patrol_planner.planner.store import (
    SCHEMA_VERSION,
    array,
    check_version,
    coverage_tracks,
    identifier,
    import_sql,
    literal,
    migration_sql,
    parse_array,
    results_from_rows,
)
from patrol_planner.planner.store.wkb import multilinestring_z, multipoint, read_multipoint


def test_literals_quote_text_and_never_pass_it_raw() -> None:
    assert literal("O'Higgins; DROP TABLE x") == "'O''Higgins; DROP TABLE x'"
    assert literal(None) == "NULL" and literal(True) == "TRUE" and literal(3) == "3"
    assert literal(float("nan")) == "NULL" and literal(0.1) == "0.1"
    when = datetime(2024, 3, 1, 7, tzinfo=timezone(timedelta(hours=-5)))
    assert literal(when) == "'2024-03-01T12:00:00+00:00'"
    assert identifier('odd"name') == '"odd""name"'
    with pytest.raises(InputError, match="cannot be a database schema name"):
        identifier("")


def test_arrays_round_trip_through_postgresql_text() -> None:
    assert array([1.5, None, -74.123456789], "float8") == "'{1.5,NULL,-74.123456789}'::float8[]"
    assert array([float("nan"), 2.0, float("-inf")], "float8") == "'{NULL,2.0,NULL}'::float8[]"
    assert array([3, 4], "integer") == "'{3,4}'::integer[]"
    assert parse_array("{1.5,NULL,-74.123456789}") == [1.5, None, -74.123456789]
    assert parse_array("{}") == [] and parse_array(None) == []


def result() -> ImportResult:
    t0 = datetime(2024, 3, 1, 12, tzinfo=timezone.utc)
    walk = Track(
        "walk",
        "foot",
        (
            (
                TrackPoint(-74.5, -8.3, t0, 150.0, line=3),
                TrackPoint(-74.5001, -8.3001, t0 + timedelta(seconds=10), None, line=4),
            ),
        ),
    )
    route = Track("plan", "foot", ((TrackPoint(-74.5, -8.3), TrackPoint(-74.6, -8.4)),), planned=True)
    return ImportResult(
        "C:\\GPS\\Current.gpx",
        "gpx",
        "ab" * 32,
        tracks=[walk],
        routes=[route],
        waypoints=[Waypoint(-74.5, -8.3, "chacra 'nueva'", "Flag")],
        warnings=["clock reset"],
        skipped=[SkippedRecord(9, "no position")],
    )


def test_one_file_is_one_statement_that_inserts_nothing_when_the_file_is_there() -> None:
    sql = import_sql("patrol", result())
    assert sql.startswith('WITH imp AS (INSERT INTO "patrol".field_imports')
    assert "ON CONFLICT (source_sha256) DO NOTHING" in sql
    assert sql.count(";") == 0  # one statement: one transaction
    assert "'{-74.5,-74.5001}'::float8[]" in sql  # the points travel as arrays; the route's are no track points
    assert "NULL::float8[]" in sql  # no speed at all: one NULL, not an array of them
    assert "'chacra ''nueva'''::text" in sql
    assert sql.endswith("SELECT count(*) FROM imp")


def test_rows_read_back_rebuild_the_file() -> None:
    original = result()
    tracks = [
        (
            original.sha256,
            1,
            "walk",
            "foot",
            "",
            0,
            1,
            "{-74.5,-74.5001}",
            "{-8.3,-8.3001}",
            "{1709294400,1709294410}",
            "{150,NULL}",
            "{NULL,NULL}",
            "{NULL,NULL}",
            "{3,4}",
        ),
        (
            original.sha256,
            2,
            "plan",
            "foot",
            "",
            1,
            1,
            "{-74.5,-74.6}",
            "{-8.3,-8.4}",
            "{NULL,NULL}",
            "{0,0}",
            "{NULL,NULL}",
            "{NULL,NULL}",
            "{NULL,NULL}",
        ),
    ]
    imports = [(original.sha256, original.source, "gpx", "clock reset", "line 9: no position")]
    waypoints = [(original.sha256, -74.5, -8.3, "chacra 'nueva'", "Flag", None, None, None)]
    (back,) = results_from_rows(imports, tracks, waypoints)
    assert back.tracks[0].segments == original.tracks[0].segments
    assert [(p.lon, p.lat) for p in back.routes[0].points] == [(-74.5, -8.3), (-74.6, -8.4)]
    assert back.routes[0].planned and back.waypoints == [Waypoint(-74.5, -8.3, "chacra 'nueva'", "Flag", ele=None)]
    assert (back.warnings, back.skipped) == (["clock reset"], [SkippedRecord(9, "no position")])


def test_coverage_rows_become_tracks_in_order() -> None:
    rows = [
        ("foot", "walk (a.gpx)", 1, "\\x" + multipoint([(1, 3), (2, 4)]).hex(), "{0,10}", None),
        ("foot", "walk (a.gpx)", 2, "\\x" + multipoint([(5, 6)]).hex(), None, None),
        ("drone", "flight (b.SRT)", 1, "\\x" + multipoint([(7, 8)]).hex(), "{20}", "{80.5}"),
    ]
    walk, flight = coverage_tracks(rows)
    assert walk.track_id == "walk (a.gpx)" and len(walk.segments) == 2
    assert walk.segments[0][1] == (2.0, 4.0, datetime(1970, 1, 1, 0, 0, 10, tzinfo=timezone.utc), None)
    assert walk.segments[1] == ((5.0, 6.0, None, None),)
    assert flight.kind == "drone" and flight.segments[0][0][3] == 80.5


def test_wkb_written_and_read_back() -> None:
    assert read_multipoint(multipoint([(-74.5, -8.25), (1e-9, 2.5)]).hex()) == [(-74.5, -8.25), (1e-9, 2.5)]
    line = multilinestring_z([[(0, 0, 1), (1, 1, 2)], [(5, 5, 0)]])  # a one-point part makes no line
    assert line.hex() == ("01ed0300000100000001ea03000002000000" + struct.pack("<6d", 0, 0, 1, 1, 1, 2).hex())
    with pytest.raises(InputError, match="not a track segment"):
        read_multipoint(line.hex())


def test_migrations_are_versioned_locked_and_run_once() -> None:
    sql = migration_sql("patrol")
    assert sql.startswith("SELECT pg_advisory_xact_lock(")
    assert 'CREATE TABLE IF NOT EXISTS "patrol".schema_version' in sql
    assert sql.count('IF NOT EXISTS (SELECT 1 FROM "patrol".schema_version WHERE version = ') == SCHEMA_VERSION
    assert "CONSTRAINT field_imports_one_per_content UNIQUE (source_sha256)" in sql
    assert 'field_track_points_geom ON "patrol".field_track_points USING brin (geom)' in sql
    assert 'field_track_segments_geom ON "patrol".field_track_segments USING gist (geom)' in sql
    assert "version = 1" not in migration_sql("patrol", upto=0)
    check_version(None, "db")
    check_version(SCHEMA_VERSION, "db")
    with pytest.raises(InputError, match=r"db: the shared field store was made by a newer Patrol Planner"):
        check_version(SCHEMA_VERSION + 1, "db")
