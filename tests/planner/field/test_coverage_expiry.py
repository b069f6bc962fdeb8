"""Checks that expire: with ``valid_days``, a pass counts as covering only while it is current."""

from __future__ import annotations

from datetime import date, datetime, timezone

from shapely.geometry import Point

from patrol_planner.planner.field import CoverageConfig, CoverageTrack, Plot, compute_coverage

PASSED = datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)


def _track() -> CoverageTrack:
    return CoverageTrack("walk", "foot", (tuple((x, 0.0, PASSED, None) for x in (0.0, 10.0, 20.0)),))


def _covered(today: date, valid_days=90):
    result = compute_coverage(
        [Plot("p", Point(10, 5))], [_track()], CoverageConfig(valid_days=valid_days, today=today)
    )[0]
    return result.covered, result.days_since_check, result.last_seen


def test_check_current_on_the_last_day_expired_the_day_after() -> None:
    # 2026-03-01 + 90 days = 2026-05-30.
    assert _covered(date(2026, 5, 30)) == (True, 90, PASSED)
    assert _covered(date(2026, 5, 31)) == (False, 91, PASSED)  # expired, but when it was seen is kept
    assert _covered(date(2026, 3, 1)) == (True, 0, PASSED)


def test_without_a_limit_checks_never_expire() -> None:
    assert _covered(date(2030, 1, 1), valid_days=None)[0] is True
    never = compute_coverage(
        [Plot("far", Point(0, 900))], [_track()], CoverageConfig(valid_days=90, today=date(2026, 3, 2))
    )[0]
    assert (never.covered, never.days_since_check) == (False, None)
