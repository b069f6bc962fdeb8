"""Sync's conflicts (moved from the QGIS side, issue 23): the same name with other content, never the same file."""

from __future__ import annotations

from patrol_planner.planner.store import name_conflicts


def test_a_name_the_other_side_holds_with_other_content_is_a_conflict() -> None:
    files = [("Current.gpx", "aaa"), ("Track 2.gpx", "bbb"), ("walk.gpx", "ccc")]
    other = {"Current.gpx": {"zzz"}, "walk.gpx": {"ccc"}}
    assert name_conflicts(files, other) == ["Current.gpx"]


def test_the_same_file_again_or_a_new_name_is_no_conflict() -> None:
    assert name_conflicts([("a.gpx", "h1")], {"a.gpx": {"h1"}}) == []
    assert name_conflicts([("a.gpx", "h1")], {}) == []
    # both an identical copy and another file under the name on the other side: still listed
    assert name_conflicts([("a.gpx", "h1")], {"a.gpx": {"h1", "h2"}}) == ["a.gpx"]
