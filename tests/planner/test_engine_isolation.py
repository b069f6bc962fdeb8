"""The engine's shape: no QGIS or Qt, no import cycles, one package per step."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Set

PLANNER_DIR = Path(__file__).resolve().parents[2] / "planner"
MAX_MODULE_LINES = 400


def planner_modules() -> Dict[str, Path]:
    """Dotted name (``patrol_planner.planner.network.matrix``) -> file, for every module under ``planner/``."""
    out = {}
    for path in sorted(PLANNER_DIR.rglob("*.py")):
        parts = list(path.relative_to(PLANNER_DIR).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(["patrol_planner", "planner", *parts])] = path
    return out


def import_graph() -> Dict[str, Set[str]]:
    """Edges module -> planner module it imports, from the source (every import, TYPE_CHECKING ones too)."""
    modules = planner_modules()
    graph: Dict[str, Set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: List[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - (node.level - 1)]
                    stem = ".".join(base + ([node.module] if node.module else []))
                else:
                    stem = node.module or ""
                # ``from . import simplify`` imports the module, not the package's other names
                submodules = [f"{stem}.{a.name}" for a in node.names if f"{stem}.{a.name}" in modules]
                targets = submodules if len(submodules) == len(node.names) else [stem, *submodules]
            for target in targets:
                if target in modules and target != name:
                    graph[name].add(target)
    return graph


def find_cycle(graph: Dict[str, Set[str]]) -> List[str]:
    """One cycle as a list of modules (first repeated at the end), or [] when there is none."""
    state: Dict[str, int] = {}
    stack: List[str] = []

    def visit(node: str) -> List[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return []


def test_planner_imports_no_qgis_and_no_qt() -> None:
    modules = sorted(planner_modules())
    assert len(modules) >= 40, modules
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


def test_the_planner_has_no_import_cycle() -> None:
    assert find_cycle(import_graph()) == []


def test_the_cycle_finder_finds_a_planted_cycle() -> None:
    graph = import_graph()
    build, matrix = "patrol_planner.planner.network.build", "patrol_planner.planner.network.matrix"
    assert matrix in graph[build]
    graph[matrix].add(build)
    cycle = find_cycle(graph)
    assert cycle and cycle[0] == cycle[-1] and {build, matrix} <= set(cycle)


def test_packages_name_the_steps_and_modules_stay_small() -> None:
    packages = sorted(p.name for p in PLANNER_DIR.iterdir() if (p / "__init__.py").is_file())
    assert packages == ["core", "crew", "export", "field", "network", "optimize", "plan", "store", "targets", "vary"]
    assert sorted(p.name for p in PLANNER_DIR.glob("*.py")) == ["__init__.py"]
    for package in packages:
        for path in (PLANNER_DIR / package).glob("*.py"):
            assert not path.stem.startswith(package + "_"), f"{path} repeats its folder's name"
            lines = len(path.read_text(encoding="utf-8").splitlines())
            assert lines <= MAX_MODULE_LINES, f"{path} has {lines} lines"
        doc = ast.get_docstring(ast.parse((PLANNER_DIR / package / "__init__.py").read_text(encoding="utf-8")))
        assert doc, f"planner/{package}/__init__.py says nothing of its step"


def package_graph() -> Dict[str, Set[str]]:
    """Edges package -> other engine package it imports (``core``, ``network``, ...)."""
    graph: Dict[str, Set[str]] = {}
    for name, targets in import_graph().items():
        own = name.split(".")[2:3]
        if own:
            others = {t.split(".")[2] for t in targets if len(t.split(".")) > 2}
            graph.setdefault(own[0], set()).update(others - set(own))
    return graph


def test_architecture_doc_states_the_packages_imports() -> None:
    # docs/architecture.md has a row per package whose last cell names what it imports besides core
    text = (PLANNER_DIR.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `planner/(\w+)/` \|.*\| ([^|]*) \|$", text, re.M)
    stated = {name: set(re.findall(r"`(\w+)`", cell)) for name, cell in rows}
    assert stated == {
        name: used - {"core"} for name, used in package_graph().items()
    }, "docs/architecture.md's table of the engine's packages"


def test_code_outside_the_engine_uses_the_packages_api() -> None:
    """provider/, qgis_adapters/, ui/ and scripts/ import a step's package, not its modules."""
    root = PLANNER_DIR.parent
    offenders = []
    for folder in ("provider", "qgis_adapters", "ui", "scripts", "plugin.py", "__init__.py"):
        for path in [root / folder] if folder.endswith(".py") else sorted((root / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                parts = node.module.split(".") if isinstance(node, ast.ImportFrom) and node.module else []
                if "planner" in parts:
                    tail = parts[parts.index("planner") + 1 :]
                    if len(tail) > 1 and tail != ["core", "third_party"]:
                        offenders.append(f"{path.relative_to(root)}:{node.lineno} {node.module}")
    assert offenders == []
