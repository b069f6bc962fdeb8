# SPDX-License-Identifier: GPL-2.0-or-later
"""Every code of the engine's catalogue has a finished Spanish translation that fills in the same values (issue 23).

Without one, ``translate_message`` falls back to the English sentence; with a
placeholder the English does not have, it falls back too.  So a code is done
only when the Spanish is finished and names exactly the English values.
"""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Dict, List, Set

from patrol_planner.planner.core import MESSAGES

ROOT = Path(__file__).resolve().parent.parent
SPANISH = ROOT / "i18n" / "patrol_planner_es.ts"
CONTEXT = "PatrolPlanner"


def finished_translations(ts: Path) -> Dict[str, str]:
    """English source -> finished translation, in the context the QGIS side looks engine templates up in."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for item in context.iter("message"):
            translation = item.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                out[item.findtext("source")] = translation.text
    return out


def placeholders(template: str) -> Set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


def catalogue_problems(ts: Path, catalogue: Dict[str, str]) -> List[str]:
    done = finished_translations(ts)
    problems = []
    for code, template in catalogue.items():
        spanish = done.get(template)
        if spanish is None:
            problems.append(f"{code}: no finished Spanish translation of {template!r}")
        elif placeholders(spanish) != placeholders(template):
            problems.append(
                f"{code}: the Spanish fills in {sorted(placeholders(spanish))}, the English "
                f"{sorted(placeholders(template))}"
            )
    return problems


def test_every_code_has_a_finished_spanish_translation() -> None:
    problems = catalogue_problems(SPANISH, MESSAGES)
    assert problems == [], "run scripts/i18n.py update, then fill:\n" + "\n".join(problems)


def test_a_code_without_a_finished_translation_fails(tmp_path: Path) -> None:
    ts = tmp_path / "patrol_planner_es.ts"
    ts.write_text(SPANISH.read_text(encoding="utf-8"), encoding="utf-8")
    new = dict(MESSAGES, brand_new=("A brand new error about {thing}"))
    assert catalogue_problems(ts, new) == [
        "brand_new: no finished Spanish translation of 'A brand new error about {thing}'"
    ]
    text = ts.read_text(encoding="utf-8").replace(
        "<translation>cada equipo necesita {width} valores ({columns})</translation>",
        '<translation type="unfinished">cada equipo necesita {width} valores ({columns})</translation>',
    )
    ts.write_text(text, encoding="utf-8")
    assert catalogue_problems(ts, MESSAGES) == [
        "team_values: no finished Spanish translation of 'each team needs {width} values ({columns})'"
    ]


def test_a_translation_that_names_other_values_fails(tmp_path: Path) -> None:
    ts = tmp_path / "patrol_planner_es.ts"
    ts.write_text(
        SPANISH.read_text(encoding="utf-8").replace(
            "cada equipo necesita {width} valores ({columns})", "cada equipo necesita {ancho} valores ({columns})"
        ),
        encoding="utf-8",
    )
    assert catalogue_problems(ts, MESSAGES) == [
        "team_values: the Spanish fills in ['ancho', 'columns'], the English ['columns', 'width']"
    ]
