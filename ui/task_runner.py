"""Runs a Processing algorithm in the background and reports back once.

The dock drives the same algorithms as the toolbox, the modeler and
``qgis_process``; ``QgsProcessingAlgRunnerTask`` gives it progress and cancel
in the task manager while QGIS stays responsive.  This is the dock's one error
boundary: failures reach the coordinator as one sentence in the message bar,
with the details in the log panel.
"""

from __future__ import annotations

import gc
from typing import Any, Dict, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMessageLog,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

LOG_TAG = "Patrol Planner"  # the log panel's tab: a fixed name, so filters keep working in any language


def title() -> str:
    return QCoreApplication.translate("PatrolPlanner", "Patrol Planner")


def tell(iface, text: str, level=Qgis.MessageLevel.Info, duration: int = 5) -> None:
    """Pushes one message and takes down this plugin's earlier ones, so an old "Cancelled." never
    shows up again after a later success (the bar stacks messages and shows them again one by one)."""
    bar = iface.messageBar()
    for item in list(bar.items()) if hasattr(bar, "items") else []:
        if item.title() == title():
            bar.popWidget(item)
    bar.pushMessage(title(), text, level, duration)


class _LoggingFeedback(QgsProcessingFeedback):
    """Keeps the algorithm's messages so a failure can be explained."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list = []

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803
        self.errors.append(error)
        # a step the coordinator cancelled stops with an error of its own: that is no failure
        level = Qgis.MessageLevel.Info if self.isCanceled() else Qgis.MessageLevel.Critical
        QgsMessageLog.logMessage(error, LOG_TAG, level, notifyUser=False)
        super().reportError(error, fatalError)

    def pushInfo(self, info: str) -> None:  # noqa: N802
        QgsMessageLog.logMessage(info, LOG_TAG, Qgis.MessageLevel.Info, notifyUser=False)
        super().pushInfo(info)


class AlgorithmRun(QObject):
    """One background run of a Processing algorithm.

    ``finished`` carries the results dict (empty on failure or cancel) and
    the ``QgsProcessingContext``, which owns any temporary output layers.
    """

    progressChanged = pyqtSignal(float)  # noqa: N815
    finished = pyqtSignal(bool, dict)

    def __init__(self, algorithm_id: str, parameters: Dict[str, Any], iface, parent=None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.algorithm_id = algorithm_id
        registry = QgsApplication.processingRegistry()
        self.algorithm = registry.createAlgorithmById(algorithm_id)
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = _LoggingFeedback()
        self.feedback.progressChanged.connect(self.progressChanged)
        self.parameters = parameters
        self.task: Optional[QgsProcessingAlgRunnerTask] = None
        self.cancel_reason = ""

    def start(self) -> None:
        if self.algorithm is None:
            self._fail(
                QCoreApplication.translate("PatrolPlanner", "The Patrol Planner tools are not loaded: {}").format(
                    self.algorithm_id
                )
            )
            self.finished.emit(False, {})
            return
        ok, message = self.algorithm.checkParameterValues(self.parameters, self.context)
        if not ok:
            self._fail(message)
            self.finished.emit(False, {})
            return
        self.task = QgsProcessingAlgRunnerTask(self.algorithm, self.parameters, self.context, self.feedback)
        self.task.executed.connect(self._on_executed)
        self._pause_gc()
        QgsApplication.taskManager().addTask(self.task)

    def _pause_gc(self) -> None:
        """No automatic full garbage collection while the step runs.

        A full collection walks every Python object of QGIS (~0.1-0.3 s) while
        holding the interpreter lock; started by the background step, it
        freezes the window for that long.  The engine frees almost everything
        by reference counting; cycles wait for the end of the step.
        """
        self._gc_was_enabled = gc.isenabled()
        gc.disable()

    def _resume_gc(self) -> None:
        if getattr(self, "_gc_was_enabled", False):
            self._gc_was_enabled = False
            gc.enable()

    def cancel(self, reason: str = "") -> None:
        """Stops the run; ``reason`` (a sentence) replaces the plain "Cancelled." message."""
        if reason and not self.cancel_reason:
            self.cancel_reason = reason
            tell(self.iface, reason, Qgis.MessageLevel.Warning, 10)
        self.feedback.cancel()
        if self.task is not None:
            self.task.cancel()

    def run_blocking(self) -> Dict[str, Any]:
        """Runs in the calling thread (tests and scripts); same error handling."""
        results, ok = self.algorithm.run(self.parameters, self.context, self.feedback)
        self._on_executed(ok, results or {})
        return results or {}

    def _on_executed(self, successful: bool, results: Dict[str, Any]) -> None:
        self._resume_gc()
        if self.feedback.isCanceled():
            if not self.cancel_reason:
                tell(self.iface, QCoreApplication.translate("PatrolPlanner", "Cancelled."))
            successful, results = False, {}
        elif not successful:
            reason = self.feedback.errors[-1] if self.feedback.errors else ""
            self._fail(reason)
        self.finished.emit(bool(successful), dict(results or {}))

    def _fail(self, reason: str) -> None:
        name = self.algorithm.displayName() if self.algorithm else self.algorithm_id
        sentence = QCoreApplication.translate("PatrolPlanner", "{} failed: {}").format(name, reason or "?")
        tell(self.iface, sentence, Qgis.MessageLevel.Critical, 0)
        QgsMessageLog.logMessage(sentence, LOG_TAG, Qgis.MessageLevel.Critical)
