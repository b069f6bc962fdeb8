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


def _validated(plan_patrols):
    """``plan_patrols`` whose every plan is replayed by the engine's validator (issue 12)."""
    import functools

    from patrol_planner.planner.plan import validate_plan

    @functools.wraps(plan_patrols)
    def run(*args, **kwargs):
        plan = plan_patrols(*args, **kwargs)
        network = args[0] if args else kwargs["network"]
        problems = validate_plan(plan, [zone.polygon for zone in network.zones.hard])
        assert problems == [], f"the plan does not replay: {problems}"
        return plan

    return run


def _validate_every_plan() -> None:
    from patrol_planner.planner import plan as plan_package
    from patrol_planner.planner.plan import pipeline

    if not getattr(pipeline.plan_patrols, "__wrapped__", None):
        pipeline.plan_patrols = plan_package.plan_patrols = _validated(pipeline.plan_patrols)


_validate_every_plan()
