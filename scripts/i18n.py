#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Keep ``i18n/*.ts`` in step with the source.

pylupdate guesses contexts from class names, which does not fit a module-level
``tr()`` helper; this reads the source with ``ast`` instead and knows the
project's two idioms: ``tr("literal")`` (context ``PatrolPlanner``) and
``QCoreApplication.translate("Context", "literal")``, plus ``.ui`` strings
(context = the form's class) and the engine's message catalogue
(``N_("literal")`` in ``planner/core/messages.py``, context ``PatrolPlanner``).

  i18n.py update   add new strings to every .ts, keep translations, mark vanished ones
  i18n.py check    list strings without a finished translation (exit 1 if any)
  i18n.py fill LANG FILE.json   set translations from {"source text": "translation"}
"""

from __future__ import annotations

import ast
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Dict, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("provider", "qgis_adapters", "ui")
SOURCE_FILES = ("plugin.py", "planner/core/messages.py", "planner/core/reasons.py")
DEFAULT_CONTEXT = "PatrolPlanner"
Key = Tuple[str, str]  # (context, source text)


def python_sources() -> List[Path]:
    files = [ROOT / name for name in SOURCE_FILES]
    for folder in SOURCE_DIRS:
        files += sorted((ROOT / folder).rglob("*.py"))
    return [f for f in files if "__pycache__" not in f.parts]


def _literal(node: ast.AST):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract() -> Dict[Key, Tuple[str, int]]:
    found: Dict[Key, Tuple[str, int]] = {}
    for path in python_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            args = [_literal(a) for a in node.args]
            if name in ("tr", "N_") and len(args) == 1 and args[0]:
                key = (DEFAULT_CONTEXT, args[0])
            elif name == "translate" and len(args) >= 2 and args[0] and args[1]:
                key = (args[0], args[1])
            else:
                continue
            found.setdefault(key, (path.relative_to(ROOT).as_posix(), node.lineno))
    for path in sorted((ROOT / "ui").rglob("*.ui")):
        root = ET.parse(path).getroot()
        context = root.findtext("class") or path.stem
        for string in root.iter("string"):
            if string.text and string.get("notr") != "true":
                found.setdefault((context, string.text), (path.relative_to(ROOT).as_posix(), 0))
    return found


def load_ts(path: Path) -> Dict[Key, Tuple[str, bool]]:
    out: Dict[Key, Tuple[str, bool]] = {}
    if not path.exists():
        return out
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            done = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            out[(name, message.findtext("source"))] = (text, done and bool(text))
    return out


def write_ts(path: Path, language: str, strings: Dict[Key, Tuple[str, int]], old: Dict[Key, Tuple[str, bool]]):
    ts = ET.Element("TS", version="2.1", language=language)
    keys = sorted(set(strings) | set(old))
    for context in sorted({k[0] for k in keys}):
        ctx = ET.SubElement(ts, "context")
        ET.SubElement(ctx, "name").text = context
        for key in [k for k in keys if k[0] == context]:
            message = ET.SubElement(ctx, "message")
            if key in strings:
                filename, line = strings[key]
                ET.SubElement(message, "location", filename=f"../{filename}", line=str(line))
            ET.SubElement(message, "source").text = key[1]
            text, done = old.get(key, ("", False))
            translation = ET.SubElement(message, "translation")
            translation.text = text or None
            if key not in strings:
                translation.set("type", "vanished")
            elif not done:
                translation.set("type", "unfinished")
    ET.indent(ts)
    body = ET.tostring(ts, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def untranslated(path: Path) -> List[Key]:
    done = load_ts(path)
    return [key for key in extract() if not done.get(key, ("", False))[1]]


def main(argv: List[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    ts_files = sorted((ROOT / "i18n").glob("patrol_planner_*.ts"))
    if command == "update":
        strings = extract()
        for path in ts_files:
            write_ts(path, path.stem.rsplit("_", 1)[1], strings, load_ts(path))
        return 0
    if command == "fill":
        path = ROOT / "i18n" / f"patrol_planner_{argv[2]}.ts"
        given = json.loads(Path(argv[3]).read_text(encoding="utf-8"))
        old = load_ts(path)
        for key in extract():
            if key[1] in given:
                old[key] = (given[key[1]], True)
        write_ts(path, argv[2], extract(), old)
        return 0
    missing = {path.name: untranslated(path) for path in ts_files}
    for name, keys in missing.items():
        for context, text in keys:
            print(f"{name}: untranslated [{context}] {text!r}")
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
