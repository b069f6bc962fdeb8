"""Repository-wide rules: metadata, Qt imports, translations, changelog."""

from __future__ import annotations

import configparser
import importlib.util
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
        "name",
        "qgisMinimumVersion",
        "qgisMaximumVersion",
        "description",
        "about",
        "version",
        "author",
        "email",
        "homepage",
        "tracker",
        "repository",
        "category",
        "tags",
        "icon",
        "experimental",
        "changelog",
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


DOCS = ("README.md", "DEVELOPING.md", "docs/*.md")
REPO_PATH = re.compile(r"(?:planner|qgis_adapters|provider|ui|scripts|tests|docs|resources|i18n)/[\w./*-]*")
DOTTED = re.compile(r"(?:planner|qgis_adapters)(?:\.\w+)+(?:\(\))?")
ENGINE_PACKAGES = ("core", "targets", "field", "network", "optimize", "crew", "plan", "export", "store")
ADAPTER_PACKAGES = ("base", "translation", "stores", "layers", "styles", "printing")


def _doc_texts():
    for pattern in DOCS:
        for path in sorted(ROOT.glob(pattern)):
            yield path.relative_to(ROOT), path.read_text(encoding="utf-8")


def _fences(text: str):
    return re.findall(r"^```[^\n]*\n(.*?)^```", text, re.M | re.S)


def _inline_code(text: str):
    # fenced blocks out first, else their backticks pair with the inline ones
    return re.findall(r"`([^`]+)`", re.sub(r"^```.*?^```", "", text, flags=re.M | re.S))


def _dotted_exists(name: str) -> bool:
    """``planner.network.NetworkCache``: modules and packages as far as they go, then a name the last one has."""
    here, parts = ROOT, name.rstrip("()").split(".")
    while parts and ((here / parts[0] / "__init__.py").is_file() or (here / f"{parts[0]}.py").is_file()):
        here, parts = here / parts[0], parts[1:]
    if not parts:
        return True
    module = here / "__init__.py" if here.is_dir() else here.with_suffix(".py")
    return module.is_file() and re.search(rf"\b{parts[0]}\b", module.read_text(encoding="utf-8")) is not None


def missing_paths(name: str, text: str):
    """The repository paths and modules ``text`` names in backticks that do not exist."""
    missing = []
    for span in (s.strip() for s in _inline_code(text)):
        if REPO_PATH.fullmatch(span):
            exists = any(ROOT.glob(span)) if "*" in span else (ROOT / span).exists() or (ROOT / f"{span}.py").is_file()
        elif DOTTED.fullmatch(span):
            exists = _dotted_exists(span)
        else:
            continue
        if not exists:
            missing.append(f"{name}: `{span}`")
    return missing


def test_the_docs_name_paths_that_exist() -> None:
    missing = [m for name, text in _doc_texts() for m in missing_paths(str(name), text)]
    assert missing == [], "\n".join(missing)


def test_the_path_check_finds_a_moved_module() -> None:
    text = "in `qgis_adapters/gpkg_store.py`, `provider/algorithms/import_alerts`, `planner.core.nowhere()`"
    assert missing_paths("x.md", text) == ["x.md: `qgis_adapters/gpkg_store.py`", "x.md: `planner.core.nowhere()`"]


def test_the_architecture_picture_names_modules_that_exist() -> None:
    # in the picture ``field.readers`` is planner/field/readers.py, ``stores.gpkg`` qgis_adapters/stores/gpkg.py
    picture = "\n".join(_fences((ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")))
    named = re.findall(rf"\b({'|'.join(ENGINE_PACKAGES + ADAPTER_PACKAGES)})\.(\w+)", picture)
    assert len(named) > 40, named
    missing = [
        f"{package}.{module}"
        for package, module in named
        if not (ROOT / "planner" / package / f"{module}.py").is_file()
        and not (ROOT / "qgis_adapters" / package / f"{module}.py").is_file()
    ]
    assert missing == [], missing


TUTORIALS = ("docs/tutorial_es.md", "docs/tutorial_en.md")
TRAINING_PATH = re.compile(r"training(?:_en)?\.qgs|training[\\/].*")


def files_in_the_zip() -> set:
    """The plugin zip's files (and their folders), as ``scripts/build_zip.py`` picks them, relative to the root."""
    spec = importlib.util.spec_from_file_location("build_zip", ROOT / "scripts" / "build_zip.py")
    build_zip = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_zip)
    files = {path.relative_to(ROOT).as_posix() for path in build_zip.runtime_files()}
    return files | {str(Path(f).parent.as_posix()) for f in files}


def tutorial_files_not_in_the_zip(text: str, zipped: set) -> list:
    """The plugin files a tutorial sends the coordinator to (the training copy's, the plugin's own) not in the zip."""
    missing = []
    for span in (s.strip() for s in _inline_code(text)):
        name = span.replace("\\", "/").rstrip("/")
        if TRAINING_PATH.fullmatch(span):
            wanted = "resources/training/" + name.split("/", 1)[1] if "/" in name else f"resources/training/{name}"
        elif REPO_PATH.fullmatch(span) and not span.startswith("docs/"):
            wanted = name
        else:
            continue
        if wanted not in zipped:
            missing.append(span)
    return missing


def test_every_file_the_tutorials_name_is_in_the_plugin_zip() -> None:
    """A coordinator has the zip, not the repository: the sample files the tutorials open must be in it."""
    zipped = files_in_the_zip()
    missing = {
        name: tutorial_files_not_in_the_zip((ROOT / name).read_text(encoding="utf-8"), zipped) for name in TUTORIALS
    }
    assert missing == {name: [] for name in TUTORIALS}, missing


def test_the_tutorial_check_finds_a_repository_file_outside_the_zip() -> None:
    text = "open `tests/data/alerts/x.geojson`, `training\\drone\\DJI.SRT`, `training\\tracks\\` and `training.qgs`"
    assert tutorial_files_not_in_the_zip(text, {"resources/training/tracks", "resources/training/training.qgs"}) == [
        "tests/data/alerts/x.geojson",
        "training\\drone\\DJI.SRT",
    ]
