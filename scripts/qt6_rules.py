# SPDX-License-Identifier: GPL-2.0-or-later
"""What `make qt6-check` looks for in one Python file, read with ``ast``.

The rules are those of QGIS's own Qt 5 -> Qt 6 migration script for plugins,
``scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py`` in the QGIS source tree (read at
qgis/QGIS commit 027f55ae8ec53b894fb625c812b2e75128775a54), written here again
as a checker that reports instead of rewriting:

- ``PyQt5``/``PyQt6``/``sip`` imported directly instead of through ``qgis.PyQt``;
- ``exec_`` called or defined (Qt 6: ``exec``);
- enum values renamed in Qt 6 (``Qt.MidButton`` ...);
- ``QVariant()`` / ``QVariant(QVariant.Int)`` as NULL, ``QVariant.Type.X``;
- ``QDateTime`` built from 8 numbers or from a ``QDate`` alone;
- ``qApp``, ``resources_rc``, ``qgis.PyQt.Qt`` (``QRegExp`` is in the removed-API list);
- ``addAction`` with 4+ arguments, ``desktop()``, ``QFontMetrics.width``,
  ``activated[str]``.

Unscoped enums (``Qt.AlignLeft``), the last and largest rule of that script,
are checked by resolving every name against PyQt6 itself (``qt6_pyqt6.py``)
and, for QGIS classes, against the installed QGIS (``qt6_check.py``).  This
module also collects those names and matches the list of QGIS/Qt API that
QGIS 4 removes (``qgis4_removed_api.json``).

A line that must keep an old spelling (a fallback for an old QGIS) carries
``# qt6-check: ok <why>``.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

PRAGMA = "qt6-check: ok"

NO_RESOURCES = "compiled resources (resources_rc) are gone in Qt 6: load files by path"

RENAMED_ENUMS = {
    ("Qt", "MidButton"): "Qt.MouseButton.MiddleButton",
    ("Qt", "TextColorRole"): "Qt.ItemDataRole.ForegroundRole",
    ("Qt", "BackgroundColorRole"): "Qt.ItemDataRole.BackgroundRole",
    ("QPainter", "HighQualityAntialiasing"): "QPainter.RenderHint.Antialiasing",
}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    col: int
    rule: str
    message: str
    fix: Optional[Tuple[str, str]] = None  # (text at line:col, what to write instead), for --fix

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: [{self.rule}] {self.message}"


@dataclass(frozen=True)
class Chain:
    """``Qt.AlignmentFlag.AlignLeft`` as written, with where its first name comes from."""

    path: str
    line: int
    col: int
    module: str  # e.g. "qgis.PyQt.QtCore" or "qgis.core"
    names: Tuple[str, ...]  # e.g. ("Qt", "AlignmentFlag", "AlignLeft")
    written: str  # the code's own spelling, e.g. "Qt.AlignmentFlag.AlignLeft"


@dataclass
class FileReport:
    findings: List[Finding] = field(default_factory=list)
    chains: List[Chain] = field(default_factory=list)


def _dotted(node: ast.AST) -> Optional[List[str]]:
    """``a.b.c`` -> ["a", "b", "c"]; None when the chain does not start at a name."""
    parts: List[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return parts[::-1]


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: str, lines: Sequence[str], removed: Sequence[dict]) -> None:
        self.path = path
        self.lines = lines
        self.removed = removed
        self.report = FileReport()
        # local name -> (module, qualified names inside that module)
        self.origins: Dict[str, Tuple[str, Tuple[str, ...]]] = {}
        self.font_metrics_vars: set = set()

    # -- helpers -------------------------------------------------------------
    def add(self, node: ast.AST, rule: str, message: str) -> None:
        line = getattr(node, "lineno", 1)
        end = getattr(node, "end_lineno", line) or line
        if any(PRAGMA in self.lines[i - 1] for i in range(line, end + 1) if 0 < i <= len(self.lines)):
            return
        self.report.findings.append(Finding(self.path, line, getattr(node, "col_offset", 0) + 1, rule, message))

    def _resolve(self, parts: List[str]) -> Optional[Tuple[str, Tuple[str, ...]]]:
        origin = self.origins.get(parts[0])
        if origin is None:
            return None
        module, prefix = origin
        return module, prefix + tuple(parts[1:])

    def _removed_match(self, node: ast.AST, kind: str, value: str) -> None:
        for entry in self.removed:
            if entry["kind"] != kind:
                continue
            name = entry["name"]
            hit = value == name or (kind == "module" and value.startswith(name + "."))
            if hit:
                self.add(node, "qgis4-removed", f"{value}: {entry['why']} Use {entry['instead']} ({entry['source']})")

    # -- imports -------------------------------------------------------------
    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._check_module(node, alias.name)
            local = alias.asname or alias.name.split(".")[0]
            target = alias.name if alias.asname else alias.name.split(".")[0]
            if alias.name.startswith(("qgis.PyQt.", "qgis.core", "qgis.gui")) and alias.asname:
                self.origins[local] = (target, ())
        self.generic_visit(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if node.level == 0:
            self._check_module(node, module)
        if module.split(".")[-1] == "resources_rc":
            self.add(node, "qt6-migration", NO_RESOURCES)
        for alias in node.names:
            local = alias.asname or alias.name
            if module == "qgis.PyQt":
                self.origins[local] = (f"qgis.PyQt.{alias.name}", ())
                self._check_module(node, f"qgis.PyQt.{alias.name}")
            elif module.startswith("qgis.PyQt.") or module in ("qgis.core", "qgis.gui", "qgis.analysis"):
                self.origins[local] = (module, (alias.name,))
            if module.startswith("qgis.PyQt") and alias.name != "*" and PRAGMA not in self.lines[node.lineno - 1]:
                written = f"from {module} import {alias.name}"
                self.report.chains.append(
                    Chain(self.path, node.lineno, node.col_offset + 1, module, (alias.name,), written)
                )
            if alias.name == "resources_rc":
                self.add(node, "qt6-migration", NO_RESOURCES)
            if alias.name == "qApp":
                self.add(node, "qt6-migration", "qApp is gone in PyQt6: use QApplication.instance()")
            self._removed_match(node, "name", alias.name)
        self.generic_visit(node)

    def _check_module(self, node: ast.AST, module: str) -> None:
        if module.split(".")[-1] == "resources_rc" and isinstance(node, ast.Import):
            self.add(node, "qt6-migration", NO_RESOURCES)
        top = module.split(".")[0]
        if top in ("PyQt5", "PyQt6", "sip"):
            self.add(node, "qt6-migration", f"import of {module}: import from qgis.PyQt so Qt 5 and Qt 6 both work")
        if module == "qgis.PyQt.Qt":
            self.add(node, "qt6-migration", "qgis.PyQt.Qt is gone in Qt 6: import Qt from qgis.PyQt.QtCore")
        self._removed_match(node, "module", module)

    # -- definitions and calls ------------------------------------------------
    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name == "exec_":
            self.add(node, "qt6-migration", "def exec_: PyQt6 calls exec()")
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Assign(self, node: ast.Assign) -> None:
        value = node.value
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
            if value.func.id in ("QFontMetrics", "QFontMetricsF"):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.font_metrics_vars.add(target.id)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute):
            if func.attr == "exec_":
                self.add(node, "qt6-migration", "exec_() is gone in PyQt6: call exec()")
            elif func.attr == "addAction" and len(node.args) >= 4:
                self.add(node, "qt6-migration", "addAction with 4+ arguments breaks on Qt 6: create the QAction first")
            elif func.attr == "desktop" and not node.args:
                self.add(node, "qt6-migration", "QApplication.desktop() (QDesktopWidget) is gone in Qt 6: use QScreen")
            self._removed_match(node, "method", func.attr)
        if isinstance(func, ast.Name) and func.id == "QVariant":
            if not node.args:
                self.add(node, "qt6-migration", "QVariant() as NULL: use NULL from qgis.core")
            elif len(node.args) == 1 and (_dotted(node.args[0]) or [""])[0] == "QVariant":
                self.add(node, "qt6-migration", "QVariant(QVariant.X) as NULL: use NULL from qgis.core")
        if isinstance(func, ast.Name) and func.id == "QDateTime":
            if len(node.args) == 8:
                message = "QDateTime(y, m, d, h, M, s, ms, spec): use QDateTime(QDate, QTime, spec)"
                self.add(node, "qt6-migration", message)
            elif len(node.args) == 1 and isinstance(node.args[0], ast.Call) and _is_name(node.args[0].func, "QDate"):
                self.add(node, "qt6-migration", "QDateTime(QDate) alone: use QDateTime(QDate, QTime(0, 0, 0))")
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        value, index = node.value, node.slice
        if isinstance(value, ast.Attribute) and value.attr == "activated" and _is_name(index, "str"):
            self.add(node, "qt6-migration", "activated[str] is gone in Qt 6: use textActivated")
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        if node.id == "qApp" and isinstance(node.ctx, ast.Load):
            self.add(node, "qt6-migration", "qApp is gone in PyQt6: use QApplication.instance()")
        if isinstance(node.ctx, ast.Load):
            self._removed_match(node, "name", node.id)
        self.generic_visit(node)

    # -- attribute chains -----------------------------------------------------
    def visit_Attribute(self, node: ast.Attribute) -> None:
        parts = _dotted(node)
        if parts is None:
            self._font_metrics_call(node)
            self.generic_visit(node)
            return
        # only the outermost attribute of a chain: its inner ones are visited through it
        self._chain(node, parts)
        if parts[0] in self.font_metrics_vars and parts[-1] == "width" and len(parts) == 2:
            self.add(node, "qt6-migration", "QFontMetrics.width() is gone in Qt 6: use horizontalAdvance()")
        # skip generic_visit on inner Attribute nodes of the same chain
        inner = node.value
        while isinstance(inner, ast.Attribute):
            inner = inner.value
        self.visit(inner)

    def _font_metrics_call(self, node: ast.Attribute) -> None:
        value = node.value
        if node.attr != "width" or not isinstance(value, ast.Call):
            return
        func = value.func
        if (isinstance(func, ast.Attribute) and func.attr == "fontMetrics") or _is_name(func, "QFontMetrics"):
            self.add(node, "qt6-migration", "QFontMetrics.width() is gone in Qt 6: use horizontalAdvance()")

    def _chain(self, node: ast.Attribute, parts: List[str]) -> None:
        written = ".".join(parts)
        if (parts[0], parts[1]) in RENAMED_ENUMS:
            self.add(node, "qt6-migration", f"{written} is renamed in Qt 6: {RENAMED_ENUMS[(parts[0], parts[1])]}")
        if parts[0] == "QVariant" and len(parts) > 2 and parts[1] == "Type":
            self.add(node, "qt6-migration", f"{written}: QVariant.Type.X does not exist in Qt 6, write QVariant.X")
        for i in range(1, len(parts)):
            self._removed_match(node, "chain", ".".join(parts[: i + 1]))
        resolved = self._resolve(parts)
        if resolved is None:
            return
        module, names = resolved
        if not names:
            return
        line = getattr(node, "lineno", 1)
        if PRAGMA in self.lines[line - 1]:
            return
        self.report.chains.append(Chain(self.path, line, node.col_offset + 1, module, names, written))


def _is_name(node: ast.AST, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def check_source(path: str, source: str, removed: Sequence[dict]) -> FileReport:
    """Findings and Qt/QGIS name chains of one file's source."""
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as error:
        report = FileReport()
        report.findings.append(Finding(path, error.lineno or 1, error.offset or 1, "syntax", str(error.msg)))
        return report
    visitor = _Visitor(path, source.splitlines(), removed)
    visitor.visit(tree)
    return visitor.report
