"""scripts/check_zip.py refuses what plugins.qgis.org would refuse, and passes a clean plugin zip."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import check_zip  # noqa: E402

CLEAN = {
    "demo/__init__.py": "def classFactory(iface):\n    return None\n",
    "demo/metadata.txt": "[general]\nname=demo\n",
    "demo/LICENSE": "GPL-2.0-or-later\n",
    "demo/i18n/demo_es.qm": b"\x3c\xb8\x64\x18\xca\xef\x9c\x95\x00\x01",  # compiled translations are binary
    "demo/resources/icon.png": b"\x89PNG\r\n\x1a\n\x00\x00",
}


def make(tmp_path: Path, extra: dict, name: str = "plugin.zip") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        for member, data in {**CLEAN, **extra}.items():
            archive.writestr(member, data)
    return path


def test_a_clean_zip_passes(tmp_path: Path) -> None:
    assert check_zip.zip_problems(make(tmp_path, {})) == []


@pytest.mark.parametrize(
    "member, data, reason",
    [
        ("demo/_speedups.so", b"\x7fELF\x02\x01\x01\x00", "executable, library or compiled file (.so)"),
        ("demo/helper.dll", b"MZ\x90\x00", "(.dll)"),
        ("demo/planner/__pycache__/x.cpython-311.pyc", b"\xa7\r\r\n", "__pycache__"),
        ("demo/install.sh", "#!/bin/sh\n", "(.sh)"),
        ("demo/data/blob.dat", b"\x00\x01\x02\xff", "binary content"),
        ("demo/.env", "TOKEN=x\n", "a hidden file"),
        ("demo/../evil.py", "", "outside the plugin folder"),
        ("other/__init__.py", "", "more than one top folder"),
    ],
)
def test_binaries_and_what_the_repository_refuses_are_named(tmp_path: Path, member: str, data, reason: str) -> None:
    problems = check_zip.zip_problems(make(tmp_path, {member: data}))
    assert any(reason in p for p in problems), problems


def test_a_python_file_with_the_executable_bit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plugin.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for member, data in CLEAN.items():
            archive.writestr(member, data)
        info = zipfile.ZipInfo("demo/tool.py")
        info.external_attr = 0o100755 << 16
        archive.writestr(info, "print('hi')\n")
    assert check_zip.zip_problems(path) == ["demo/tool.py: a Python file with the executable bit"]


def test_a_zip_over_25_mb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make(tmp_path, {"demo/data/notes.txt": "x" * 2000})
    monkeypatch.setattr(check_zip, "MAX_BYTES", path.stat().st_size - 1)
    assert any("plugins.qgis.org takes at most" in p for p in check_zip.zip_problems(path))


def test_the_scanners_find_what_blocks_an_upload(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    folder.mkdir()
    (folder / "store.py").write_text(
        "def run(cursor, name):\n"
        "    assert name\n"
        "    cursor.execute(\"SELECT * FROM t WHERE name = '%s'\" % name)\n"
    )
    (folder / "keys.py").write_text('AWS = "AKIAIOSFODNN7EXAMPLE"\n')  # AWS's documented example key
    found = {test for test, _ in check_zip.bandit_findings(tmp_path)}
    assert {"B101", "B608"} <= found
    assert any("AWS Access Key" in text for text in check_zip.secret_findings(tmp_path))
