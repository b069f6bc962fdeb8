# SPDX-License-Identifier: GPL-2.0-or-later
"""Every engine code (errors, reasons, notes, log lines) has a finished Spanish translation (issue 23)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from patrol_planner.planner.core import MESSAGES

ROOT = Path(__file__).resolve().parent.parent


def test_every_code_of_the_catalogue_is_translated_in_the_spanish_ts() -> None:
    finished = set()
    for context in ET.parse(ROOT / "i18n" / "patrol_planner_es.ts").getroot().iter("context"):
        if context.findtext("name") != "PatrolPlanner":
            continue
        for item in context.iter("message"):
            translation = item.find("translation")
            if translation is not None and translation.get("type") is None and (translation.text or "").strip():
                finished.add(item.findtext("source"))
    assert sorted(code for code, template in MESSAGES.items() if template not in finished) == []
