"""Issue 30: the verdicts that come back from QField, read strictly and kept once."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from patrol_planner.planner.core import InputError
from patrol_planner.planner.field import VERDICTS, Verdict, latest_verdicts, photo_digest, read_verdict

WHEN = datetime(2026, 12, 3, 10, 30, tzinfo=timezone.utc)


def test_a_filled_form_becomes_a_verdict_with_its_date_team_and_notes():
    row = {"plot_id": "P2", "verdict": "coca", "visited_on": WHEN, "team": "Norte", "notes": " seedlings ", "photo": ""}
    verdict = read_verdict(row, "patrol.gpkg", 3)
    assert verdict == Verdict("P2", "coca", WHEN, "Norte", "seedlings", "", "")
    assert verdict.covered
    assert not read_verdict(dict(row, verdict="not_reached"), "patrol.gpkg", 3).covered


def test_a_plot_left_blank_was_not_visited_and_gives_no_verdict():
    assert read_verdict({"plot_id": "P1", "verdict": None}, "patrol.gpkg", 1) is None
    assert read_verdict({"plot_id": "P1", "verdict": "  "}, "patrol.gpkg", 1) is None


def test_an_unknown_verdict_is_refused_naming_the_file_and_feature():
    with pytest.raises(InputError, match=r"patrol.gpkg, feature 7: .*“maybe”.*coca"):
        read_verdict({"plot_id": "P1", "verdict": "maybe"}, "patrol.gpkg", 7)


def test_a_verdict_without_a_plot_is_refused():
    with pytest.raises(InputError, match="feature 2"):
        read_verdict({"plot_id": "", "verdict": "coca"}, "patrol.gpkg", 2)


def test_the_same_verdict_read_twice_has_the_same_key_and_another_does_not():
    row = {"plot_id": "P2", "verdict": "clearing", "visited_on": WHEN.isoformat(), "team": "Sur"}
    first, again = read_verdict(row, "a", 1), read_verdict(dict(row), "b", 9)
    assert first.key == again.key
    assert first.key != read_verdict(dict(row, notes="burnt"), "a", 1).key


def test_the_latest_verdict_of_each_plot_is_its_status():
    older = Verdict("P1", "nothing", datetime(2026, 11, 1, tzinfo=timezone.utc), "Norte")
    newer = Verdict("P1", "coca", datetime(2026, 12, 1, tzinfo=timezone.utc), "Sur")
    other = Verdict("P2", "not_reached", None, "Sur")
    assert latest_verdicts([newer, older, other]) == {"P1": newer, "P2": other}


def test_a_photo_is_hashed_and_may_not_lie_outside_the_package(tmp_path):
    (tmp_path / "DCIM").mkdir()
    (tmp_path / "DCIM" / "P1.jpg").write_bytes(b"\xff\xd8 jpeg")
    digest = photo_digest(tmp_path, "DCIM/P1.jpg")
    assert len(digest) == 64
    assert photo_digest(tmp_path, "DCIM/missing.jpg") == ""
    with pytest.raises(InputError, match="outside"):
        photo_digest(tmp_path / "DCIM", "../../etc/passwd")


def test_the_codes_are_the_ones_the_package_offers():
    from patrol_planner.planner.export import VERDICTS as OFFERED

    assert VERDICTS == OFFERED


def test_a_verdict_counts_as_a_check_of_its_plot_on_its_date_by_its_team():
    from patrol_planner.planner.field import PlotCoverage, merge_verdicts

    results = [
        PlotCoverage("P1", False),
        PlotCoverage("P2", True, ("boat",), datetime(2026, 12, 5, tzinfo=timezone.utc), 1, ("t1",), "t1"),
        PlotCoverage("P3", False),
    ]
    verdicts = {
        "P1": Verdict("P1", "coca", WHEN, "Norte"),
        "P2": Verdict("P2", "nothing", WHEN, "Sur"),  # older than the boat's pass: the pass stays the last seen
        "P3": Verdict("P3", "not_reached", WHEN, "Sur"),
    }
    merged = {r.plot_id: r for r in merge_verdicts(results, verdicts)}
    assert merged["P1"].covered and merged["P1"].last_seen == WHEN and merged["P1"].covered_by == ("foot",)
    assert merged["P1"].last_track == "Norte: coca" and merged["P1"].visits == 1
    assert merged["P2"].last_seen == datetime(2026, 12, 5, tzinfo=timezone.utc) and merged["P2"].visits == 2
    assert merged["P2"].covered_by == ("boat", "foot")
    assert merged["P3"] == results[2]  # not reached: still unchecked


def test_an_old_verdict_expires_like_an_old_track():
    from datetime import date

    from patrol_planner.planner.field import PlotCoverage, merge_verdicts

    merged = merge_verdicts(
        [PlotCoverage("P1", False)], {"P1": Verdict("P1", "clearing", WHEN, "Norte")}, 30, date(2027, 3, 1)
    )
    assert not merged[0].covered and merged[0].days_since_check == 88
