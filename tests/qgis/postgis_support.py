"""What the tests of the shared field store in PostGIS read and run (test_store_postgis*.py)."""

from __future__ import annotations

from pathlib import Path

from patrol_planner.planner.field import ImportConfig, read_field_file
from patrol_planner.planner.store import Sql

FIELD = Path(__file__).resolve().parents[1] / "data" / "field"


def run_sql(store, text: str) -> list:
    """The test's own SQL text, run the way the store runs its composed ``Sql``."""
    return store.execute(Sql(text))


def read(paths):
    return [read_field_file(str(p), ImportConfig()) for p in paths]
