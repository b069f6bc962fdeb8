"""Repository-wide rules: metadata, Qt imports, translations, changelog."""

from __future__ import annotations

import configparser
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE_DIRS = ("planner", "provider", "qgis_adapters", "ui", "scripts", "tests")


def python_files():
    yield from ROOT.glob("*.py")
    for folder in CODE_DIRS:
        yield from (ROOT / folder).rglob("*.py")


def test_no_direct_pyqt_imports() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+PyQt[56]\b", re.M)
    offenders = [str(p.relative_to(ROOT)) for p in python_files() if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == [], "import Qt from qgis.PyQt only"


def test_metadata_is_complete_for_the_plugin_repository() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    meta = parser["general"]
    for key in (
        "name", "qgisMinimumVersion", "qgisMaximumVersion", "description", "about", "version", "author",
        "email", "homepage", "tracker", "repository", "category", "tags", "icon", "experimental", "changelog",
    ):
        assert meta.get(key, "").strip(), f"metadata.txt lacks {key}"
    assert meta["name"] == "Patrol Planner"
    assert meta["qgisMinimumVersion"] == "3.22" and meta["qgisMaximumVersion"] == "4.99"
    assert meta["supportsQt6"] == "True"
    assert meta["email"].endswith(".invalid"), "the e-mail is a placeholder until the group chooses one"
    assert (ROOT / meta["icon"]).is_file()
    assert re.fullmatch(r"\d+\.\d+\.\d+", meta["version"])
    assert "patrullaje" in meta["about"].lower(), "about has a Spanish sentence"


def test_changelog_in_metadata_matches_changelog_md() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "sync_changelog.py"), "--check"])
    assert result.returncode == 0


def test_every_ui_string_is_translated_to_spanish() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n.py"), "check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_i18n_check_reports_a_new_untranslated_string(tmp_path: Path) -> None:
    # The check must be able to fail: feed it a source tree with one extra string.
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import i18n
    finally:
        sys.path.pop(0)
    ts = tmp_path / "patrol_planner_es.ts"
    ts.write_text((ROOT / "i18n" / "patrol_planner_es.ts").read_text(encoding="utf-8"), encoding="utf-8")
    original = i18n.extract
    try:
        i18n.extract = lambda: {**original(), ("PatrolPlanner", "A brand new string"): ("x.py", 1)}
        assert ("PatrolPlanner", "A brand new string") in i18n.untranslated(ts)
    finally:
        i18n.extract = original
