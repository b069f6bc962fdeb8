# SPDX-License-Identifier: GPL-2.0-or-later
"""Every error the QGIS side raises speaks through ``tr()`` or an engine ``message()`` (issue 23).

Like ``tests/planner/test_error_codes.py`` for the engine: the source is read with ``ast``, so a new module is
covered without registering it.  A plain string or f-string handed to an exception would reach a Spanish
coordinator in English.  Values passed on (``error.reason``, a variable) are let through unless the same function
made that variable from words.
"""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterator, List, Set, Tuple

import pytest

ROOT = Path(__file__).resolve().parent.parent
QGIS_SIDE = ("qgis_adapters", "provider", "ui", "plugin.py")
# Calls whose result is already in the user's language (or an engine Message the QGIS side translates).
TRANSLATING = {"tr", "translate", "message", "join_messages", "translate_error", "translate_message"}


def _python_files() -> Iterator[Path]:
    for name in QGIS_SIDE:
        path = ROOT / name
        if path.is_file():
            yield path
        else:
            yield from (p for p in sorted(path.rglob("*.py")) if "__pycache__" not in p.parts)


def _name(func: ast.AST) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


# Python's own errors (TypeError, ValueError, RuntimeError...) say a programmer's mistake, caught by the
# error boundary and logged; the coordinator reads the plugin's errors and Processing's.
PROGRAMMER_ERRORS = {
    "TypeError",
    "ValueError",
    "RuntimeError",
    "KeyError",
    "IndexError",
    "AttributeError",
    "NotImplementedError",
    "AssertionError",
}


def _is_exception(func: ast.AST) -> bool:
    name = _name(func)
    return (name.endswith(("Error", "Exception")) or name == "Cancelled") and name not in PROGRAMMER_ERRORS


def _translated(node: ast.AST) -> bool:
    """``tr("...")``, ``tr("...").format(...)``, ``message(...)`` and the like."""
    if not isinstance(node, ast.Call):
        return False
    if isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _translated(node.func.value)
    return _name(node.func) in TRANSLATING


def _words(node: ast.AST) -> bool:
    """A text put together here in English: a literal, an f-string, a sum or a ``.format`` of them, ``str(x)``."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _words(node.left) or _words(node.right)
    if isinstance(node, ast.Call):
        return not _translated(node)
    return False


def _worded_names(scope: ast.AST) -> Set[str]:
    return {
        target.id
        for node in ast.walk(scope)
        if isinstance(node, ast.Assign) and _words(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def _calls_by_scope(node: ast.AST, worded: Set[str]) -> Iterator[Tuple[ast.Call, Set[str]]]:
    """Every call, with the names its own function (not an enclosing one) made from words."""
    for child in ast.iter_child_nodes(node):
        scope = worded
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
            scope = _worded_names(child)
        if isinstance(child, ast.Call):
            yield child, scope
        yield from _calls_by_scope(child, scope)


def untranslated_errors(source: str, filename: str = "<source>") -> List[str]:
    """``file:line`` of every exception the source builds with a text in English words."""
    tree = ast.parse(source, filename)
    found = []
    for node, worded in _calls_by_scope(tree, _worded_names(tree)):
        if not _is_exception(node.func):
            continue
        text = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "message"), None)
        if text is None or _translated(text):
            continue
        if _words(text) or (isinstance(text, ast.Name) and text.id in worded):
            found.append(f"{filename}:{node.lineno}: {ast.unparse(text)[:80]}")
    return found


def test_the_qgis_side_raises_no_english_sentence() -> None:
    found = []
    for path in _python_files():
        found += untranslated_errors(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())
    assert found == [], 'raise with tr("... {name} ...").format(name=...) or message(code, ...):\n' + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        'raise InputError("the bases layer is empty", source.name())',
        'raise ExportError(f"{path}: cannot write layer {name}: {error}")',
        'raise InputError("no " + what)',
        'raise InputError("{} rivers".format(n))',
        "raise QgsProcessingException(str(error))",
        'raise InputError(message="the layer is empty")',
        'failed.append(ExportError(f"{path}: busy"))',
        'def read(value):\n    text = f"field holds {value!r}"\n    raise InputError(text, "PLOTS")',
    ],
)
def test_the_walk_finds_a_sentence(source: str) -> None:
    assert len(untranslated_errors(source)) == 1


def test_the_walk_lets_a_translated_text_pass() -> None:
    source = "\n".join(
        [
            'raise InputError(tr("the bases layer is empty"), source.name())',
            'raise ExportError(tr("{path}: cannot write layer {layer}: {error}").format(path=p, layer=l, error=e))',
            'raise InputError(message("stops_empty"), source="STOPS")',
            "raise QgsProcessingException(translate_error(error)) from error",
            "raise InputError(error.reason, source.name(), feature=feature.id()) from None",
            "raise NotImplementedError",
            "raise failed[0]",
            'def read(value):\n    text = tr("field {field} holds {value}").format(field="a", value=value)\n'
            '    raise InputError(text, "PLOTS")',
        ]
    )
    assert untranslated_errors(source) == []


def _named_fields(text: str) -> Set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:  # a text with a lone brace is no template
        return set()


def test_every_spanish_text_fills_in_the_english_placeholders() -> None:
    # tr("{path}: ...").format(path=...) raises KeyError if the Spanish names another value: the error would be lost.
    wrong = []
    for item in ET.parse(ROOT / "i18n" / "patrol_planner_es.ts").getroot().iter("message"):
        translation = item.find("translation")
        if translation is None or translation.get("type") is not None or not translation.text:
            continue
        english = item.findtext("source")
        if _named_fields(translation.text) != _named_fields(english):
            wrong.append(f"{english!r} -> {translation.text!r}")
    assert wrong == []
