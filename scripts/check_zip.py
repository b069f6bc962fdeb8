#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Check the plugin zip the way plugins.qgis.org checks an upload, before it is uploaded.

The repository refuses a zip over 25 MB, with ``..`` or absolute paths, ``.pyc``
files or ``__pycache__``/``.git``/``__MACOSX`` folders, and its security scan
blocks a version on any Bandit or detect-secrets finding; it flags hidden
files, executable ``.py`` files and executables or libraries (``.so``, ``.dll``,
``.exe``, ``.sh``...).  This script refuses all of these, and any other file
whose bytes are not text, except images, compiled translations (``.qm``) and
the training data's GeoPackage and DEM.  Bandit runs on the unpacked zip with
the repository's list of tests (``[tool.bandit]`` in pyproject.toml) and
detect-secrets with its plugins, over every file of the zip (it holds no
third-party code, so every finding is the plugin's).

Usage: check_zip.py PLUGIN.zip   (exit 1 with the reasons when the zip would be refused)
"""

from __future__ import annotations

import json
import subprocess  # nosec B404 - runs the scanners with argument lists, never a shell
import sys
import tempfile
import zipfile
from pathlib import Path, PurePosixPath
from typing import List, Tuple

ROOT = Path(__file__).resolve().parent.parent
MAX_BYTES = 25_000_000  # plugins.qgis.org's PLUGIN_MAX_UPLOAD_SIZE
FORBIDDEN_DIRS = {"__pycache__", ".git", "__MACOSX"}
SUSPICIOUS = {
    ".exe",
    ".dll",
    ".so",
    ".dylib",
    ".pyd",
    ".pyc",
    ".pyo",
    ".bat",
    ".sh",
    ".ps1",
    ".cmd",
    ".bin",
    ".o",
    ".a",
    ".lib",
    ".jar",
    ".class",
    ".msi",
    ".whl",
    ".egg",
}
# Files that are binary by nature and allowed: pictures, compiled translations, training data.
BINARY_OK = {".png", ".jpg", ".jpeg", ".gif", ".ico", ".svg", ".tif", ".tiff", ".qm", ".gpkg"}
HIDDEN_OK = {".gitignore", ".gitattributes", ".bandit", ".secrets.baseline", ".flake8"}


def _is_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def zip_problems(path: Path) -> List[str]:
    """Why plugins.qgis.org would refuse or flag this zip (empty when it would not)."""
    problems = []
    size = path.stat().st_size
    if size > MAX_BYTES:
        problems.append(f"{size / 1e6:.1f} MB: plugins.qgis.org takes at most {MAX_BYTES / 1e6:.0f} MB")
    with zipfile.ZipFile(path) as archive:
        bad = archive.testzip()
        if bad:
            problems.append(f"{bad}: damaged in the zip")
        tops = set()
        for info in archive.infolist():
            name = info.filename
            parts = PurePosixPath(name).parts
            tops.add(parts[0] if parts else "")
            if ".." in parts or name.startswith(("/", "\\")) or "\\" in name:
                problems.append(f"{name}: a path outside the plugin folder")
            folders = FORBIDDEN_DIRS & set(parts if name.endswith("/") else parts[:-1])
            if folders:
                problems.append(f"{name}: in a folder the repository refuses ({', '.join(sorted(folders))})")
            if name.endswith("/"):
                continue
            base = parts[-1]
            suffix = PurePosixPath(base).suffix.lower()
            if base.startswith(".") and base not in HIDDEN_OK:
                problems.append(f"{name}: a hidden file")
            if suffix in SUSPICIOUS:
                problems.append(f"{name}: an executable, library or compiled file ({suffix})")
            elif (info.external_attr >> 16) & 0o111 and suffix == ".py":
                problems.append(f"{name}: a Python file with the executable bit")
            elif suffix not in BINARY_OK and not _is_text(archive.read(info)):
                problems.append(f"{name}: binary content")
        if len(tops) != 1:
            problems.append(f"more than one top folder: {sorted(tops)}")
    return problems


def _bandit_tests() -> str:
    try:
        import tomllib  # Python 3.11
    except ImportError:  # pragma: no cover - the dev venv is 3.11
        import tomli as tomllib  # type: ignore[no-redef]
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return ",".join(config["tool"]["bandit"]["tests"])


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def bandit_findings(folder: Path) -> List[Tuple[str, str]]:
    """(test id, ``file:line message``) for every Bandit finding, with the repository's tests."""
    run = subprocess.run(  # nosec B603 - a fixed argument list
        [_tool("bandit"), "-r", str(folder), "-t", _bandit_tests(), "-f", "json", "--quiet"],
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode not in (0, 1) or not run.stdout.strip():
        raise SystemExit(f"bandit did not run: {run.stderr.strip()[:500]}")
    return [
        (r["test_id"], f"{Path(r['filename']).relative_to(folder)}:{r['line_number']} {r['issue_text']}")
        for r in json.loads(run.stdout)["results"]
    ]


def secret_findings(folder: Path) -> List[str]:
    """detect-secrets as the repository runs it (metadata.txt aside, every plugin but public IPs)."""
    run = subprocess.run(  # nosec B603 - a fixed argument list
        [
            _tool("detect-secrets"),
            "scan",
            "--all-files",
            "--exclude-files",
            r"metadata\.txt",
            "--disable-plugin",
            "IPPublicDetector",
            ".",
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        raise SystemExit(f"detect-secrets did not run: {run.stderr.strip()[:500]}")
    return [
        f"{name}:{s['line_number']} {s['type']}"
        for name, found in json.loads(run.stdout)["results"].items()
        for s in found
    ]


def main(zip_path: Path) -> int:
    size = zip_path.stat().st_size
    print(f"{zip_path.name}: {size / 1e6:.2f} MB ({size} bytes; plugins.qgis.org takes up to 25 MB)")
    failures = zip_problems(zip_path)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(folder)  # nosec B202 - our own zip, its paths checked by zip_problems
        findings = bandit_findings(folder)
        print(f"bandit: {len(findings)} findings")
        failures += [f"bandit: {text}" for _, text in findings]
        secrets = secret_findings(folder)
        print(f"detect-secrets: {len(secrets)} findings")
        failures += [f"detect-secrets: {text}" for text in secrets]
    for failure in failures:
        print("REFUSED:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1])))
