# SPDX-License-Identifier: GPL-2.0-or-later
"""Progress from the engine reaches QGIS in steps, not on every search iteration (the flood froze the window)."""

from __future__ import annotations

from qgis.core import QgsProcessingFeedback

from patrol_planner.qgis_adapters.base.feedback import ProcessingFeedbackAdapter


def test_progress_is_passed_on_in_steps_and_always_reaches_the_end() -> None:
    feedback = QgsProcessingFeedback()
    seen = []
    feedback.progressChanged.connect(seen.append)
    adapter = ProcessingFeedbackAdapter(feedback)
    for i in range(10_000):
        adapter.set_progress(i / 100.0)  # 0 .. 99.99 in 0.01 % steps, as the search reports
    adapter.set_progress(100.0)
    assert 150 <= len(seen) <= 201, len(seen)
    assert seen[0] <= 0.5 and seen[-1] == 100.0 and seen == sorted(seen)
    assert feedback.progress() == 100.0
