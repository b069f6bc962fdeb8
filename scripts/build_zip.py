#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Build the plugin zip that QGIS's "Install from ZIP" accepts.

The zip holds one folder, ``patrol_planner/``, with the plugin's runtime files
and compiled translations, and no third-party code (QGIS brings shapely; GPX is
written by the plugin's own ``planner/export/gpx_xml.py``); tests, dev files and
translation sources stay out.  Usage: build_zip.py OUTPUT.zip
"""

from __future__ import annotations

import configparser
import os
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TOP_FILES = ("metadata.txt", "__init__.py", "plugin.py", "LICENSE", "README.md", "CHANGELOG.md")
PACKAGES = ("planner", "provider", "qgis_adapters", "ui", "resources")
SKIP_SUFFIXES = (".pyc", ".pyo")


def runtime_files():
    for name in TOP_FILES:
        yield ROOT / name
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix not in SKIP_SUFFIXES:
                yield path
    yield from sorted((ROOT / "i18n").glob("*.qm"))


def version() -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def build(output: Path) -> Path:
    if not list((ROOT / "i18n").glob("*.qm")):
        sys.exit("No compiled translations in i18n/: run `make translations` first.")
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "patrol_planner"
        for path in runtime_files():
            out = stage / path.relative_to(ROOT)
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, out)
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = output.with_suffix(".zip.part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(stage.rglob("*")):
                if path.is_file() and "__pycache__" not in path.parts:
                    archive.write(path, path.relative_to(stage.parent).as_posix())
        os.replace(partial, output)
    return output


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / f"patrol_planner-{version()}.zip"
    print(build(target))
