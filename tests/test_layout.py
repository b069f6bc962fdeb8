"""The QGIS side's shape (issue 23): adapters by role, ``provider/`` and ``ui/`` on their package APIs.

Like ``tests/planner/test_engine_isolation.py`` for the engine: the rules are read from the source with
``ast``, so a new module is covered without registering it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Dict, Iterator, List, Set, Tuple

ROOT = Path(__file__).resolve().parent.parent
ADAPTERS = ROOT / "qgis_adapters"
SHIPPED = ("plugin.py", "__init__.py", "provider", "qgis_adapters", "ui", "planner")
MAX_MODULE_LINES = 400


def _python_files(*names: str) -> Iterator[Path]:
    for name in names:
        path = ROOT / name
        if path.is_file():
            yield path
        else:
            yield from (p for p in sorted(path.rglob("*.py")) if "__pycache__" not in p.parts)


def _package_of(path: Path) -> List[str]:
    parts = ["patrol_planner", *path.relative_to(ROOT).with_suffix("").parts]
    return parts[:-1]


def imports(path: Path) -> Iterator[Tuple[int, str, List[str]]]:
    """(line, imported module, names) for every import of ``path``, relative ones made absolute."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, []
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = _package_of(path)
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            yield node.lineno, module, [alias.name for alias in node.names]


def _subpackages() -> Set[str]:
    return {p.parent.name for p in ADAPTERS.glob("*/__init__.py")}


def test_adapters_live_in_subpackages_by_role() -> None:
    loose = sorted(p.name for p in ADAPTERS.glob("*.py") if p.name != "__init__.py")
    assert loose == [], f"qgis_adapters/ keeps its modules in sub-packages by role, not loose: {loose}"
    assert {"base", "layers", "stores", "printing", "styles", "translation"} <= _subpackages()


def test_provider_and_ui_import_the_adapters_package_apis_only() -> None:
    subpackages = _subpackages()
    wrong = []
    for path in _python_files("provider", "ui", "plugin.py", "__init__.py"):
        for line, module, names in imports(path):
            parts = module.split(".")
            if parts[:2] != ["patrol_planner", "qgis_adapters"]:
                continue
            where = f"{path.relative_to(ROOT)}:{line}"
            if len(parts) == 2:  # ``from ..qgis_adapters import styles``: sub-packages only
                wrong += [f"{where} imports qgis_adapters.{n}" for n in names if n not in subpackages]
            elif len(parts) > 3:
                wrong.append(f"{where} imports {'.'.join(parts[1:])}, a module behind its package's API")
    assert wrong == [], "\n".join(wrong)


def test_adapters_never_import_ui_or_provider() -> None:
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in _python_files("qgis_adapters")
        for line, module, _ in imports(path)
        if module.split(".")[:2] in (["patrol_planner", "ui"], ["patrol_planner", "provider"])
    ]
    assert wrong == [], "\n".join(wrong)


def _subpackage_graph() -> Dict[str, Set[str]]:
    graph: Dict[str, Set[str]] = {name: set() for name in _subpackages()}
    for path in _python_files("qgis_adapters"):
        own = path.relative_to(ADAPTERS).parts[0]
        for _, module, names in imports(path):
            parts = module.split(".")
            if parts[:2] != ["patrol_planner", "qgis_adapters"]:
                continue
            targets = [parts[2]] if len(parts) > 2 else list(names)
            graph[own] |= {t for t in targets if t in graph and t != own}
    return graph


def test_adapter_subpackages_depend_one_way() -> None:
    graph = _subpackage_graph()
    state: Dict[str, int] = {}

    def cycle_from(node: str, stack: List[str]) -> List[str]:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [node, nxt] if nxt in stack else [node, nxt]
            if nxt not in state:
                found = cycle_from(nxt, stack + [node])
                if found:
                    return found
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state:
            found = cycle_from(node, [])
            assert not found, f"the adapters' sub-packages import each other in a cycle: {' -> '.join(found)}"


def test_architecture_doc_states_the_subpackages_imports() -> None:
    # docs/architecture.md has a row per sub-package whose last cell names the sub-packages it imports
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `qgis_adapters/(\w+)/` \|.*\| ([^|]*) \|$", text, re.M)
    stated = {name: set(re.findall(r"`(\w+)`", cell)) for name, cell in rows}
    assert stated == _subpackage_graph(), "docs/architecture.md's table of the QGIS side's sub-packages"


def test_one_tr_and_one_compat_module() -> None:
    definitions = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in _python_files(*SHIPPED)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef) and node.name == "tr"
    ]
    assert definitions == [
        "qgis_adapters/translation/messages.py:" + definitions[0].split(":")[1]
    ], f"one tr() for the whole plugin (qgis_adapters.translation), found {definitions}"
    compat = [str(p.relative_to(ROOT)) for p in _python_files(*SHIPPED) if p.name == "compat.py"]
    assert compat == ["qgis_adapters/base/compat.py"], compat


def test_modules_stay_under_the_line_limit() -> None:
    # The tests and the scripts too: a long test module hides which tests are about what (the engine's own
    # modules are held to it by tests/planner/test_engine_isolation.py).
    long = [
        f"{path.relative_to(ROOT)}: {n} lines"
        for path in _python_files("provider", "qgis_adapters", "ui", "plugin.py", "__init__.py", "tests", "scripts")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    ]
    assert long == [], f"split modules past {MAX_MODULE_LINES} lines: {long}"
