# SPDX-License-Identifier: GPL-2.0-or-later
"""One name per concept in Spanish (issue 19, finding 6): i18n/glossary.json against every Spanish text.

The dock, the toolbox, the briefing and the GPX comments all read their
Spanish from ``i18n/patrol_planner_es.ts``; the tutorial and the training
project's names are checked as files.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import List, Tuple

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = json.loads((ROOT / "i18n" / "glossary.json").read_text(encoding="utf-8"))


def variant_patterns() -> List[Tuple[str, re.Pattern]]:
    return [
        (term["es"], re.compile(rf"(?<!\w)(?:{variant})(?!\w)", re.IGNORECASE))
        for term in GLOSSARY["terms"]
        for variant in term["variants"]
    ]


def variants_in(text: str) -> List[str]:
    return [
        f"{match.group(0)!r} (say {term!r})" for term, pattern in variant_patterns() for match in pattern.finditer(text)
    ]


def spanish_texts() -> List[Tuple[str, str]]:
    texts = []
    for message in ET.parse(ROOT / "i18n" / "patrol_planner_es.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") not in ("vanished", "obsolete") and translation.text:
            texts.append((f"patrol_planner_es.ts: {message.findtext('source')!r}", translation.text))
    for line_number, line in enumerate((ROOT / "docs" / "tutorial_es.md").read_text(encoding="utf-8").splitlines(), 1):
        texts.append((f"docs/tutorial_es.md:{line_number}", line))
    return texts


def test_the_glossary_flags_a_variant_term() -> None:
    found = variants_in("Imprima la hoja de patrulla y cargue la embarcación")
    assert "'hoja de patrulla' (say 'hoja de patrullaje')" in found and "'embarcación' (say 'bote')" in found
    assert variants_in("hoja de patrullaje, bote, monte, parcela verificada, no planificada, GPS, celular") == []
    assert variants_in("el equipo GPS del equipo Norte") == ["'equipo GPS' (say 'GPS')"]


def test_every_spanish_text_uses_the_glossary_terms() -> None:
    found = [f"{where}: {variant}" for where, text in spanish_texts() for variant in variants_in(text)]
    assert found == [], "\n".join(found)


def test_no_article_is_glued_to_a_device_name():
    """Device names have both genders ("el Garmin eTrex", "la Aplicación de celular"): a Spanish
    text names the device through a noun of its own ("el dispositivo «{device}»"), never
    "un {device}", which read "un Aplicación de celular" on a phone export."""
    glued = re.compile(r"(?<!\w)(?:un|una|el|la|del|al)\s+\{device\}", re.IGNORECASE)
    found = [f"{where}: {text}" for where, text in spanish_texts() if glued.search(text)]
    assert found == []
