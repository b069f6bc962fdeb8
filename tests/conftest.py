"""Fixtures shared by all tests."""

from __future__ import annotations

import os
from pathlib import Path

# Tests never need a screen; the desktop end-to-end test starts its own Xvfb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
TEST_DATA = REPO_ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def test_data() -> Path:
    return TEST_DATA


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The third-party data set next to the repo (``../shared/data``); CI has it too."""
    if not SHARED_DATA.is_dir():
        pytest.fail(f"{SHARED_DATA} is missing: clone the repo next to the project's shared/ folder")
    return SHARED_DATA
