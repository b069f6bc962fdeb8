"""Adapters from QGIS progress objects to ``planner.feedback.Feedback``."""

from __future__ import annotations

from qgis.core import QgsProcessingFeedback, QgsTask


class ProcessingFeedbackAdapter:
    """Lets engine code report to a Processing algorithm's feedback."""

    def __init__(self, feedback: QgsProcessingFeedback) -> None:
        self._feedback = feedback

    def set_progress(self, percent: float) -> None:
        self._feedback.setProgress(percent)

    def is_canceled(self) -> bool:
        return self._feedback.isCanceled()


class TaskFeedbackAdapter:
    """Lets engine code report to a ``QgsTask`` running in the background."""

    def __init__(self, task: QgsTask) -> None:
        self._task = task

    def set_progress(self, percent: float) -> None:
        self._task.setProgress(percent)

    def is_canceled(self) -> bool:
        return self._task.isCanceled()
