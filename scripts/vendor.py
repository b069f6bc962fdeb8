#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Copy pure-Python dependencies into ``<dest>/_vendor`` under the plugin's namespace.

QGIS has one Python interpreter for all plugins, so putting our copies on
``sys.path`` could break another plugin that needs a different networkx.
Instead each vendored package's absolute imports of itself are rewritten to
``patrol_planner._vendor.<pkg>`` (what pip's own ``vendoring`` tool does), and
``planner/core/third_party.py`` imports them from there.

Usage: vendor.py DEST_PLUGIN_DIR   (packages are taken from this interpreter's
installed copies, which requirements-dev.txt pins).
"""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import sys
from pathlib import Path

PACKAGES = ("gpxpy",)
NAMESPACE = "patrol_planner._vendor"
SKIP_DIRS = {"tests", "__pycache__"}


def rewrite(source: str, pkg: str) -> str:
    ns = f"{NAMESPACE}.{pkg}"
    # `import pkg as x` / `import pkg`
    source = re.sub(rf"^(\s*)import {pkg} as (\w+)", rf"\1from {NAMESPACE} import {pkg} as \2", source, flags=re.M)
    source = re.sub(rf"^(\s*)import {pkg}\s*$", rf"\1from {NAMESPACE} import {pkg}", source, flags=re.M)
    # `import pkg.sub as x` / `import pkg.sub`
    source = re.sub(rf"^(\s*)import {pkg}\.([\w.]+) as (\w+)", rf"\1import {ns}.\2 as \3", source, flags=re.M)
    source = re.sub(rf"^(\s*)import {pkg}\.([\w.]+)\s*$", rf"\1import {ns}.\2", source, flags=re.M)
    # `from pkg import …` / `from pkg.sub import …`
    source = re.sub(rf"^(\s*)from {pkg}(\.[\w.]+)? import", rf"\1from {ns}\2 import", source, flags=re.M)
    # dotted module names handed to importlib (lazy imports, backends)
    source = re.sub(rf"([\"']){pkg}\.(\w)", rf"\1{ns}.\2", source)
    return source


def vendor(dest: Path) -> None:
    target = dest / "_vendor"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    (target / "__init__.py").write_text(
        '"""Third-party pure-Python packages, vendored with rewritten imports (see scripts/vendor.py)."""\n'
    )
    notes = []
    for pkg in PACKAGES:
        module = __import__(pkg)
        src = Path(module.__file__).parent
        dist = importlib.metadata.distribution(pkg)
        for path in src.rglob("*"):
            rel = path.relative_to(src)
            if any(part in SKIP_DIRS for part in rel.parts) or path.is_dir():
                continue
            out = target / pkg / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix == ".py":
                out.write_text(rewrite(path.read_text(encoding="utf-8"), pkg), encoding="utf-8")
            elif path.suffix not in (".pyc",):
                shutil.copy2(path, out)
        for file in dist.files or []:
            name = Path(str(file)).name
            if name.upper().startswith(("LICENSE", "COPYING")):
                shutil.copy2(Path(str(file.locate())), target / f"{pkg}-{name}")
        licence = dist.metadata.get("License-Expression") or dist.metadata.get("License", "")
        notes.append(f"- {pkg} {dist.version} ({licence})")
    (target / "VENDORED.md").write_text("# Vendored packages\n\n" + "\n".join(notes) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    vendor(Path(sys.argv[1]))
