# SPDX-License-Identifier: GPL-2.0-or-later
"""Schema names and schema versions from a hostile database (issue 28)."""

from __future__ import annotations

import re

import pytest

from patrol_planner.planner.core import InputError
from patrol_planner.planner.store import identifier, migration_sql, parse_version


@pytest.mark.parametrize("schema", ["a$migrate$b", "$migrate$", "x$migrate1$y$migrate$"])
def test_a_schema_name_never_ends_the_dollar_quoted_migration(schema):
    text = migration_sql(schema)
    for block in re.finditer(r"DO (\$\w*\$) ", text):
        tag = block.group(1)
        body_start = block.end()
        body_end = text.index(tag, body_start)
        # the block ends only at its END: the schema name inside never closes it early
        assert text[body_end - len("END IF; END ") : body_end] == "END IF; END "


@pytest.mark.parametrize("name", ["x" * 64, "ñ" * 32, "tab\there", "new\nline", "nul\x00"])
def test_a_name_postgresql_would_truncate_or_that_holds_control_characters_is_refused(name):
    with pytest.raises(InputError, match="schema"):
        identifier(name)


def test_a_name_of_63_bytes_is_kept():
    assert identifier("x" * 63) == '"' + "x" * 63 + '"'


@pytest.mark.parametrize("value", ["abc", "1.5", "", "  ", "-1", "9" * 30, 1.5, object()])
def test_a_schema_version_that_is_not_a_whole_number_is_the_projects_error(value):
    with pytest.raises(InputError, match="version"):
        parse_version(value, "the office database")


@pytest.mark.parametrize("value, found", [(None, None), (1, 1), ("2", 2), (" 3 ", 3)])
def test_a_schema_version_is_read(value, found):
    assert parse_version(value, "db") == found
