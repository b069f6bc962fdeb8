# SPDX-License-Identifier: GPL-2.0-or-later
"""Every error the engine raises carries a code of the one catalogue, never an English sentence (issue 23).

The QGIS side can only translate a ``Message``; a plain ``str`` or f-string
handed to an engine exception would reach a Spanish coordinator in English.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import List

import pytest

from patrol_planner.planner.core import (
    MESSAGES,
    Cancelled,
    ExportError,
    InputError,
    Joined,
    PlannerError,
    PlanningError,
    message,
)
from patrol_planner.planner.core import errors as errors_module

PLANNER_DIR = Path(__file__).resolve().parents[2] / "planner"
MESSAGE_BUILDERS = {"message", "Joined"}


def _engine_errors() -> set:
    classes = {PlannerError}
    pending = [PlannerError]
    while pending:
        for sub in pending.pop().__subclasses__():
            classes.add(sub)
            pending.append(sub)
    return {c.__name__ for c in classes if c.__module__ == errors_module.__name__}


ENGINE_ERRORS = _engine_errors()


def _name(func: ast.AST) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _builds_a_message(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _name(node.func) in MESSAGE_BUILDERS


def sentences_in(source: str, filename: str = "<source>") -> List[str]:
    """``file:line`` of every engine exception built without a ``Message``, or with a source made of words."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not (isinstance(node, ast.Call) and _name(node.func) in ENGINE_ERRORS):
            continue
        text = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "message"), None)
        if text is None and _name(node.func) != "Cancelled":
            found.append(f"{filename}:{node.lineno}: no message")
        elif text is not None and not _builds_a_message(text):
            found.append(f"{filename}:{node.lineno}: {ast.unparse(text)[:80]}")
        where = (
            node.args[1] if len(node.args) > 1 else next((k.value for k in node.keywords if k.arg == "source"), None)
        )
        # A parameter id ("TEAMS") or a path is no sentence; a source put together from words is.
        if where is not None and isinstance(where, ast.JoinedStr):
            found.append(f"{filename}:{node.lineno}: source {ast.unparse(where)[:80]}")
    return found


def codes_in(source: str) -> List[str]:
    return [
        node.args[0].value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and _name(node.func) == "message"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]


def test_the_engine_raises_no_english_sentence() -> None:
    found = []
    for path in sorted(PLANNER_DIR.rglob("*.py")):
        found += sentences_in(path.read_text(encoding="utf-8"), str(path.relative_to(PLANNER_DIR.parent)))
    assert found == [], "raise engine errors with message(code, **values):\n" + "\n".join(found)


@pytest.mark.parametrize(
    "line",
    [
        'raise InputError(f"team {name}: bad", "TEAMS")',
        'raise ExportError("custom map: no tiles")',
        'raise PlanningError("no " + what)',
        'raise NetworkError("{} rivers".format(n))',
        'raise InputError(message="bad")',
        'raise InputError(message("csv_empty"), f"team {team!r}")',
        'raise Cancelled("stopped")',
    ],
)
def test_the_walk_finds_a_sentence(line: str) -> None:
    assert len(sentences_in(line)) == 1


def test_the_walk_lets_a_message_pass() -> None:
    assert sentences_in('raise InputError(message("csv_empty"), path, line=1)\nraise Cancelled()') == []


def test_every_code_the_engine_uses_is_in_the_catalogue() -> None:
    unknown = [
        f"{path.name}: {code}"
        for path in sorted(PLANNER_DIR.rglob("*.py"))
        for code in codes_in(path.read_text(encoding="utf-8"))
        if code not in MESSAGES
    ]
    assert unknown == []


def test_an_error_keeps_its_english_text_and_its_code() -> None:
    error = InputError(message("boats_litres_form", team="Alfa", text="9-6"), "BOATS")
    assert str(error) == "BOATS: team Alfa: litres per hour must look like 9/6.5 (upstream/downstream), got '9-6'"
    assert error.message.id == "boats_litres_form" and error.message.args == {"team": "Alfa", "text": "9-6"}
    assert str(Cancelled()) == "The operation was cancelled." and Cancelled().message.id == "cancelled"


def test_a_source_in_words_stays_a_message() -> None:
    error = InputError(message("speed_positive", name="walk_kmh", value=-1.0), message("source_trails"), feature=4)
    assert str(error) == "trails, feature 4: walk_kmh must be positive, not -1.0"
    assert error.source.id == "source_trails"


def test_numbers_are_values_the_template_formats() -> None:
    error = PlanningError(message("solver_cannot_reach_end", team="Alfa", hours=7.25))
    assert str(error) == "team Alfa: cannot even travel from its start base to its end base within its 7.2 h"
    assert error.message.args["hours"] == 7.25


def test_a_list_of_sentences_joins_and_keeps_each_code() -> None:
    items = [
        message("unit_routes", count=60, device="eTrex 10", capacity=50),
        message("unit_track_points", name="a.gpx", count=900, limit=500),
    ]
    joined = Joined(items, "; ")
    assert joined == "60 routes; a eTrex 10 holds 50; a.gpx has a track of 900 points; at most 500"
    assert [part.id for part in joined.parts] == ["unit_routes", "unit_track_points"]
    error = ExportError(message("unit_would_hold", folder="/gpx", problems=joined, others=""))
    assert str(error) == "/gpx: the unit would hold " + joined + "."


def test_the_phone_app_is_named_by_a_code_that_sentences_carry() -> None:
    from patrol_planner.planner.export import device_profile

    phone = device_profile("phone")
    assert phone.label == "Phone app (OsmAnd, Locus Map)" and phone.label.id == "device_phone"
    sentence = message("unit_routes", count=120, device=phone.label, capacity=100)
    assert sentence == "120 routes; a Phone app (OsmAnd, Locus Map) holds 100"
    assert sentence.args["device"].id == "device_phone"
    assert not hasattr(device_profile("etrex10").label, "id"), "a Garmin model name is no sentence to translate"
