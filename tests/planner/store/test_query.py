"""SQL is composed only from constant templates and quoted pieces: what a value cannot do to a statement.

The same statements run against a real PostGIS in tests/qgis/test_store_postgis.py
(``test_hostile_names_are_stored_as_text_and_plain_text_is_refused``).
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from patrol_planner.planner.field import ImportResult, Track, TrackPoint, Waypoint
from patrol_planner.planner.store import (
    Sql,
    array,
    compose,
    coverage_sql,
    identifier,
    import_sql,
    imports_sql,
    join,
    literal,
    migration_sql,
    typed,
    waypoints_sql,
)

HOSTILE = "x'); DROP TABLE patrol.field_imports; --"


def test_a_piece_must_be_quoted_sql_never_a_plain_string() -> None:
    with pytest.raises(TypeError, match="quote values with literal"):
        compose("SELECT {v}", v=HOSTILE)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="quote values with literal"):
        join(", ", [literal(1), "2"])  # type: ignore[list-item]
    with pytest.raises(KeyError, match="no SQL piece for {table}"):
        compose("SELECT 1 FROM {table}")
    with pytest.raises(TypeError, match="without a hole"):
        compose("SELECT 1", v=literal(1))
    with pytest.raises(ValueError, match="cannot join"):
        join("; DROP TABLE x; ", [literal(1), literal(2)])
    # Gluing Sql to a str by hand gives a plain str, which compose (and the store) refuse.
    glued = Sql("SELECT ") + HOSTILE
    assert not isinstance(glued, Sql)


def test_a_value_that_looks_like_a_hole_or_a_quote_stays_a_value() -> None:
    assert compose("SELECT {a}, {b}", a=literal("{b}"), b=literal(1)) == "SELECT '{b}', 1"
    assert compose("'{{{n}}}'", n=Sql("1")) == "'{1}'"
    assert literal(HOSTILE) == "'x''); DROP TABLE patrol.field_imports; --'"
    assert identifier('patrol"; DROP SCHEMA public; --') == '"patrol""; DROP SCHEMA public; --"'


def test_type_names_and_number_arrays_refuse_anything_else() -> None:
    with pytest.raises(ValueError, match="not an SQL type name"):
        typed(1, "integer; DROP TABLE x")
    with pytest.raises(TypeError, match="numbers and None only"):
        array(["1}'::float8[]; DROP TABLE x; --"], "float8")  # type: ignore[list-item]
    assert typed(None, "float8[]") == "NULL::float8[]"


def _hostile_result() -> ImportResult:
    t0 = datetime(2024, 3, 1, 12, tzinfo=timezone.utc)
    walk = Track(HOSTILE, "foot", ((TrackPoint(-74.5, -8.3, t0), TrackPoint(-74.6, -8.4, t0)),), device=HOSTILE)
    return ImportResult(
        HOSTILE,
        "gpx",
        "ab" * 32,
        tracks=[walk],
        waypoints=[Waypoint(-74.5, -8.3, HOSTILE, HOSTILE)],
        warnings=[HOSTILE],
    )


def _outside_quotes(sql: str) -> str:
    """The statement with every quoted literal and quoted name taken out: the part a value could hijack."""
    out, quote = [], ""
    for char in sql:
        if quote:
            if char == quote:
                quote = ""  # a doubled quote closes and reopens: the same text outside either way
            continue
        if char in "'\"":
            quote = char
            continue
        out.append(char)
    return "".join(out)


@pytest.mark.parametrize(
    "make",
    [
        lambda: import_sql(HOSTILE, _hostile_result(), origin=HOSTILE),
        lambda: coverage_sql(HOSTILE, 32718, [HOSTILE]),
        lambda: imports_sql(HOSTILE, {HOSTILE}),
        lambda: waypoints_sql(HOSTILE, {HOSTILE}),
        lambda: migration_sql(HOSTILE, plugin=HOSTILE),
    ],
)
def test_hostile_names_never_reach_the_statement_outside_quotes(make) -> None:
    sql = make()
    assert isinstance(sql, Sql)
    assert HOSTILE.replace("'", "''") in sql or '"' + HOSTILE + '"' in sql
    assert "DROP" not in _outside_quotes(sql)
