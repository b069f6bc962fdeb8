"""Adapters from QGIS progress objects to ``planner.feedback.Feedback``."""

from __future__ import annotations

from typing import Callable

from qgis.core import QgsProcessingFeedback, QgsTask

from ..translation import localized_reason

STEP = 0.5  # percent: smaller changes are not passed on


class _Progress:
    """Passes on progress in steps of ``STEP`` percent only.

    Every change crosses to the UI thread as an event; the search reports on each of its thousands of
    iterations a second, and that flood froze the window for over a second while planning with boats."""

    def __init__(self, report: Callable[[float], None]) -> None:
        self._report = report
        self._last = -1.0

    def set_progress(self, percent: float) -> None:
        if percent >= 100.0 or abs(percent - self._last) >= STEP:
            self._last = percent
            self._report(percent)


class ProcessingFeedbackAdapter(_Progress):
    """Lets engine code report to a Processing algorithm's feedback, and write lines in its log (``note``,
    ``warn``: the engine's ``planner.core.pulse``), in the user's language."""

    def __init__(self, feedback: QgsProcessingFeedback) -> None:
        super().__init__(feedback.setProgress)
        self._feedback = feedback

    def is_canceled(self) -> bool:
        return self._feedback.isCanceled()

    def note(self, text: str) -> None:
        self._feedback.pushInfo(localized_reason(text))

    def warn(self, text: str) -> None:
        self._feedback.pushWarning(localized_reason(text))


class TaskFeedbackAdapter(_Progress):
    """Lets engine code report to a ``QgsTask`` running in the background."""

    def __init__(self, task: QgsTask) -> None:
        super().__init__(task.setProgress)
        self._task = task

    def is_canceled(self) -> bool:
        return self._task.isCanceled()
