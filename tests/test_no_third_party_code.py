"""The plugin zip holds no third-party code: plugins.qgis.org's upload scan (Bandit, detect-secrets)
reads every file of it, and a vendored library brought findings that were not ours to fix.  So
the shipped code imports only the standard library and what QGIS itself brings."""

from __future__ import annotations

import ast
import sys
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import build_zip  # noqa: E402

# QGIS's Python on every platform (shapely: OSGeo4W, the macOS bundle, Debian's python3-shapely);
# numpy and scipy only behind planner.core.third_party.optional_scipy().
QGIS_BRINGS = {"qgis", "osgeo", "shapely", "numpy", "scipy"}


def top_level_imports(source: str) -> List[str]:
    names = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module.split(".")[0])
    return names


def foreign_imports(files: List[Path]) -> Dict[str, List[str]]:
    found: Dict[str, List[str]] = {}
    for path in files:
        for name in top_level_imports(path.read_text(encoding="utf-8")):
            if name not in sys.stdlib_module_names and name not in QGIS_BRINGS:
                found.setdefault(name, []).append(path.name)
    return found


def test_the_shipped_code_imports_only_the_standard_library_and_what_qgis_brings() -> None:
    shipped = [path for path in build_zip.runtime_files() if path.suffix == ".py"]
    assert len(shipped) > 100
    assert foreign_imports(shipped) == {}


def test_the_check_finds_a_foreign_import(tmp_path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text("import os\nimport gpxpy.gpx\nfrom lxml import etree\nfrom . import x\nimport shapely\n")
    assert foreign_imports([planted]) == {"gpxpy": ["planted.py"], "lxml": ["planted.py"]}


def test_the_zip_has_no_vendored_folder() -> None:
    assert not [p for p in build_zip.runtime_files() if "_vendor" in p.parts or "gpxpy" in p.parts]
