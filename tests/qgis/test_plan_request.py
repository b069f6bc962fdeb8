"""The QGIS side reads the parameters into the engine's request; the engine never spells a parameter's id."""

from __future__ import annotations

import re
from pathlib import Path

PLANNER_DIR = Path(__file__).resolve().parents[2] / "planner"


def test_no_processing_parameter_id_is_spelled_in_the_engine(patrol_provider) -> None:
    ids = {p.name() for a in patrol_provider.algorithms() for p in a.parameterDefinitions()}
    assert {"BOATS", "FUEL", "PILOT_STAYS", "TEAMS", "START", "TIME_LIMIT"} <= ids  # the plan's, among others
    quoted = re.compile(r"""["']({})["']""".format("|".join(map(re.escape, sorted(ids)))))
    found = [
        f"{path.relative_to(PLANNER_DIR)}:{n}: {m.group(1)}"
        for path in sorted(PLANNER_DIR.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for m in quoted.finditer(line)
    ]
    assert found == []
