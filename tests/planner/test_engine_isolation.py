"""The engine must import without QGIS or Qt so it runs under plain Python."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

PLANNER_DIR = Path(__file__).resolve().parents[2] / "planner"


def test_planner_imports_no_qgis_and_no_qt() -> None:
    modules = sorted(f"patrol_planner.planner.{m.name}" for m in pkgutil.iter_modules([str(PLANNER_DIR)]))
    assert len(modules) >= 4, modules
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6', 'sip', 'PyQt'))\n"
        "print(json.dumps(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_planner_sources_do_not_mention_qgis_imports() -> None:
    offenders = [
        f"{path.name}:{number}"
        for path in PLANNER_DIR.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.lstrip().startswith(("import qgis", "from qgis", "import PyQt", "from PyQt"))
    ]
    assert offenders == []
