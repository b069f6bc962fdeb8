#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""`make qt6-check`: will the plugin load on QGIS 4 (Qt 6)?  No QGIS 4 needed.

Scans every ``.py`` and ``.ui`` file under the tree (virtual environments,
vendored copies and build output left out) and reports, as
``path:line:col: [rule] message``:

- qt6-migration: what QGIS's Qt 5 -> Qt 6 migration script for plugins would
  change (``qt6_rules.py`` says which rules and where they come from);
- pyqt6-name: a Qt class, enum or flag the code names that PyQt6 lacks under
  that name, with the Qt 6 spelling (``qt6_pyqt6.py``, run in ``.venv-qt6``);
- pyqt6-uic: a ``.ui`` file that PyQt6's ``uic`` cannot load;
- qgis-enum: a QGIS enum value reached without its enum's name
  (``QgsWkbTypes.Point``), which PyQt6 builds of QGIS do not accept, found with
  the QGIS installed here;
- qgis4-removed: an API in ``qgis4_removed_api.json`` (each entry cites where
  its removal is recorded).

Exit status 0 when nothing is found, 1 otherwise, 2 when the check cannot run.
With --fix it first writes the scoped spelling of every enum value it can
(``Qgis.Critical`` -> ``Qgis.MessageLevel.Critical``) and reports the rest.
Usage: qt6_check.py [--root DIR] [--qt6-python PATH] [--no-qgis] [--fix]
"""

from __future__ import annotations

import argparse
import enum
import importlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator, List, Optional, Tuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from qt6_rules import Chain, Finding, check_source  # noqa: E402

REPO = HERE.parent
SKIP_DIRS = {".git", "_vendor", "build", "dist", "demo-output", "__pycache__", "node_modules", "artifacts"}
REMOVED_API = HERE / "qgis4_removed_api.json"
WORKER = HERE / "qt6_pyqt6.py"
QGIS_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis")


def source_files(root: Path) -> Iterator[Path]:
    """Every .py and .ui file, sorted, outside hidden folders, venvs and build output."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            if name.endswith((".py", ".ui")):
                yield Path(folder) / name


def load_removed_api() -> List[dict]:
    entries = json.loads(REMOVED_API.read_text(encoding="utf-8"))["entries"]
    for entry in entries:
        missing = {"name", "kind", "why", "instead", "source"} - set(entry)
        if missing:
            raise SystemExit(f"{REMOVED_API}: entry {entry.get('name')} lacks {sorted(missing)}")
    return entries


def qgis_enum_findings(chains: List[Chain]) -> Tuple[List[Finding], str]:
    """Unscoped QGIS enum values, judged with the QGIS installed here (3.22 on Debian 12)."""
    try:
        modules = {name: importlib.import_module(name) for name in QGIS_MODULES}
        version = modules["qgis.core"].Qgis.QGIS_VERSION
    except ImportError:
        return [], ""
    findings = []
    for chain in chains:
        module = modules.get(chain.module)
        if module is None:
            continue
        problem = _unscoped(module, chain)
        if problem:
            findings.append(Finding(chain.path, chain.line, chain.col, "qgis-enum", *problem))
    return findings, version


def _is_enum_type(value: object) -> bool:
    return isinstance(value, type) and (type(value).__name__ == "enumtype" or issubclass(value, enum.Enum))


def _unscoped(module: object, chain: Chain) -> Optional[Tuple[str, Optional[Tuple[str, str]]]]:
    obj: object = module
    path: List[str] = []
    for index, name in enumerate(chain.names):
        if not hasattr(obj, name):
            return None  # newer than this QGIS (guarded by the code) or not a static name: not this rule
        value = getattr(obj, name)
        kind = type(value)
        if (
            path
            and isinstance(obj, type)
            and not _is_enum_type(obj)
            and _is_enum_type(kind)
            and not isinstance(value, type)
        ):
            scoped = ".".join(path + [kind.__name__, name]) if getattr(obj, kind.__name__, None) is kind else None
            spelled = scoped or f"{kind.__qualname__}.{name}"
            written = chain.written
            last = scoped and index == len(chain.names) - 1 and written.endswith("." + name)
            fix = (written, f"{written[: -len(name)]}{kind.__name__}.{name}") if last else None
            return f"{written}: an enum value without its enum, which QGIS 4 (PyQt6) rejects: write {spelled}", fix
        if not isinstance(value, type):
            return None
        obj = value
        path.append(name)
    return None


def pyqt6_findings(
    qt6_python: Path, chains: List[Chain], ui_files: List[Tuple[str, Path]]
) -> Tuple[List[Finding], dict]:
    qt_chains = [c for c in chains if c.module.startswith("qgis.PyQt")]
    request = {
        "chains": [
            dict(path=c.path, line=c.line, col=c.col, module=c.module, names=list(c.names), written=c.written)
            for c in qt_chains
        ],
        "ui_files": [{"path": rel, "file": str(path)} for rel, path in ui_files],
    }
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [str(qt6_python), str(WORKER)], input=json.dumps(request), capture_output=True, text=True, env=env
    )
    if result.returncode != 0:
        raise SystemExit(f"qt6-check: the PyQt6 worker failed ({qt6_python}):\n{result.stderr.strip()}")
    answer = json.loads(result.stdout)
    findings = [
        Finding(f["path"], f["line"], f["col"], f["rule"], f["message"], tuple(f["fix"]) if f.get("fix") else None)
        for f in answer["findings"]
    ]
    return findings, answer


def apply_fixes(root: Path, findings: List[Finding]) -> List[Finding]:
    """Write the scoped enum spellings in place; the findings fixed."""
    fixed = []
    by_file: dict = {}
    for finding in findings:
        if finding.fix:
            by_file.setdefault(finding.path, []).append(finding)
    for rel, items in by_file.items():
        path = root / rel
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for finding in sorted(items, key=lambda f: (f.line, f.col), reverse=True):
            old, new = finding.fix
            text, start = lines[finding.line - 1], finding.col - 1
            if text[start : start + len(old)] == old:  # a chain split over lines is left to a person
                lines[finding.line - 1] = text[:start] + new + text[start + len(old) :]
                fixed.append(finding)
        path.write_text("".join(lines), encoding="utf-8")
    return fixed


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=REPO, help="tree to check (default: this repository)")
    parser.add_argument("--qt6-python", type=Path, default=REPO / ".venv-qt6" / "bin" / "python")
    parser.add_argument("--no-qgis", action="store_true", help="skip the QGIS enum rule even if QGIS is importable")
    parser.add_argument("--fix", action="store_true", help="write the scoped enum spellings it knows, then report")
    args = parser.parse_args(argv)
    started = time.monotonic()
    root = args.root.resolve()
    if not args.qt6_python.exists():
        print(f"qt6-check: {args.qt6_python} is missing; `make qt6-venv` makes it", file=sys.stderr)
        return 2
    removed = load_removed_api()
    findings: List[Finding] = []
    chains: List[Chain] = []
    ui_files: List[Tuple[str, Path]] = []
    py_count = 0
    for path in source_files(root):
        rel = str(path.relative_to(root))
        if path.suffix == ".ui":
            ui_files.append((rel, path))
            continue
        if path.resolve() == WORKER:
            continue  # the PyQt6 worker imports PyQt6 on purpose
        py_count += 1
        report = check_source(rel, path.read_text(encoding="utf-8"), removed)
        findings += report.findings
        chains += report.chains
    qgis_version = ""
    if not args.no_qgis:
        more, qgis_version = qgis_enum_findings(chains)
        findings += more
    more, answer = pyqt6_findings(args.qt6_python, chains, ui_files)
    findings += more
    findings.sort(key=lambda f: (f.path, f.line, f.col, f.rule))
    if args.fix:
        fixed = apply_fixes(root, findings)
        for finding in fixed:
            print(f"{finding.path}:{finding.line}:{finding.col}: fixed: {finding.fix[0]} -> {finding.fix[1]}")
        findings = [f for f in findings if f not in fixed]
    for finding in findings:
        print(finding)
    qgis_note = f", QGIS {qgis_version} enums" if qgis_version else ", QGIS enums not checked (no QGIS here)"
    print(
        f"qt6-check: {py_count} Python files, {answer['ui_files']} .ui files, {answer['names']} Qt names against "
        f"PyQt6 {answer['pyqt']} (Qt {answer['qt']}){qgis_note}, {len(removed)} removed-API entries: "
        f"{len(findings)} to change ({time.monotonic() - started:.1f} s)"
    )
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
