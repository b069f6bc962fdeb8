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
        hard = network.zones.hard
        problems = validate_plan(
            plan,
            [z.polygon for z in hard if not z.boat_passes],
            boat_passes=[z.polygon for z in hard if z.boat_passes],
        )
        assert problems == [], f"the plan does not replay: {problems}"
        return plan

    return run


def _validate_every_plan() -> None:
    from patrol_planner.planner import plan as plan_package
    from patrol_planner.planner.plan import pipeline, setup

    if not getattr(pipeline.plan_patrols, "__wrapped__", None):
        # the entry point (``setup``, what the algorithms call) holds its own reference
        pipeline.plan_patrols = plan_package.plan_patrols = setup.plan_patrols = _validated(pipeline.plan_patrols)


_validate_every_plan()


# QGIS 3.22 can crash (SIGSEGV, no Python frame) while Python tears down Qt and QGIS objects after
# pytest-qgis has called exitQgis(): the per-thread PROJ objects of QGIS's CRS cache outlive the worker
# threads that made them (see qgis_adapters/base/crs.py).  Every result is reported by then, so the run
# leaves with pytest's own exit status instead of that teardown; outside QGIS nothing changes.
_EXIT_STATUS: list = []


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus) -> None:
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config) -> None:
    import sys

    if _EXIT_STATUS and "qgis.core" in sys.modules and not os.environ.get("PATROL_PLANNER_FULL_TEARDOWN"):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
