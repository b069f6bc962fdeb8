# SPDX-License-Identifier: GPL-2.0-or-later
"""Coordinates never pass through a spoiled CRS (issue 24): the cause is removed, and every transform is guarded.

QGIS 3.22, and 3.44 as well (make test-ltr), spoils a cached CRS when the thread that first made it ends
(``provider/pool_threads.py``); under load that happened in the middle of a suite run ("no UTM zone covers
longitude 507500.0": metres read as degrees).
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import Qgis
from qgis.PyQt.QtCore import QThreadPool

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("provider", "qgis_adapters", "ui", "plugin.py", "__init__.py")
GUARD = ("qgis_adapters/base/crs.py", "_transform")  # the one place, used by checked_transform and sound_crs
WORKER = Path(__file__).with_name("pool_thread_worker.py")


def _shipped_modules():
    for name in SHIPPED:
        path = ROOT / name
        yield from sorted(path.rglob("*.py")) if path.is_dir() else [path]


def _transforms_built(path: Path):
    """(function, line) of every call that builds a QgsCoordinateTransform, whatever name it is imported as."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {"QgsCoordinateTransform"} | {
        alias.asname
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name == "QgsCoordinateTransform"
    }
    found = []

    def visit(node, function):
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else function
            if isinstance(child, ast.Call):
                called = child.func.attr if isinstance(child.func, ast.Attribute) else getattr(child.func, "id", "")
                if called in names:
                    found.append((function, child.lineno))
            visit(child, inner)

    visit(tree, "")
    return found


def test_only_the_guard_builds_a_coordinate_transform() -> None:
    outside = []
    for path in _shipped_modules():
        relative = path.relative_to(ROOT).as_posix()
        outside += [
            f"{relative}:{line} ({function or 'module'})"
            for function, line in _transforms_built(path)
            if (relative, function) != GUARD
        ]
    assert not outside, "build transforms with qgis_adapters.base.crs.checked_transform: " + ", ".join(outside)


def test_the_scan_finds_a_transform_built_under_another_name(tmp_path: Path) -> None:
    module = tmp_path / "sneaky.py"
    module.write_text(
        "from qgis.core import QgsCoordinateTransform as T\nimport qgis.core\n\n"
        "def f(a, b, p):\n    return T(a, b, p), qgis.core.QgsCoordinateTransform(a, b, p)\n"
    )
    assert _transforms_built(module) == [("f", 5), ("f", 5)]
    assert [function for function, _line in _transforms_built(ROOT / GUARD[0])] == [GUARD[1]]


def test_the_provider_keeps_the_task_threads(patrol_provider) -> None:
    assert QThreadPool.globalInstance().expiryTimeout() < 0


@pytest.mark.parametrize("provider", ["bare", "provider"])
def test_a_utm_zone_made_by_a_task_stays_sound_after_its_thread_idles(provider) -> None:
    run = subprocess.run(
        [sys.executable, str(WORKER), provider],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    result = json.loads(run.stdout.strip().splitlines()[-1])
    if provider == "provider":  # the task's thread lives on, and the zone stays sound
        assert result == {"sound": True, "wkt": True, "thread_alive": True}
    else:  # QGIS 3.22 and 3.44 alike spoil the zone when its thread ends: the worker reproduces the defect
        assert result == {"sound": False, "wkt": False, "thread_alive": False}, Qgis.QGIS_VERSION
