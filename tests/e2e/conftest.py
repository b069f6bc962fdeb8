"""Fixtures for tests that drive real QGIS executables (desktop, qgis_process)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(scope="session")
def plugin_zip(tmp_path_factory) -> Path:
    """The zip `make zip` built (make test passes it in), else one built now the same way."""
    given = os.environ.get("PATROL_PLANNER_ZIP")
    if given and Path(given).is_file():
        return Path(given)
    target = tmp_path_factory.mktemp("zip") / "patrol_planner.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_zip.py"), str(target)], check=True)
    return target


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture()
def install_zip():
    """Unzips the plugin zip into a profile's plugin folder, as "Install from ZIP" does."""

    def install(zip_path: Path, plugins_dir: Path) -> Path:
        plugins_dir.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(plugins_dir)
        return plugins_dir / "patrol_planner"

    return install
