"""Progress and cancel, without depending on QGIS.

Long-running engine functions take an optional ``Feedback``.  The QGIS side
passes an adapter over ``QgsProcessingFeedback`` or ``QgsTask``; plain Python
callers pass nothing and get ``NullFeedback``.
"""

from __future__ import annotations

import logging
from typing import Optional, Protocol

from .errors import Cancelled

log = logging.getLogger(__name__)


class Feedback(Protocol):
    def set_progress(self, percent: float) -> None: ...

    def is_canceled(self) -> bool: ...


class NullFeedback:
    """Feedback that ignores progress and is never cancelled."""

    def set_progress(self, percent: float) -> None:
        pass

    def is_canceled(self) -> bool:
        return False


def ensure(feedback: Optional[Feedback]) -> Feedback:
    return feedback if feedback is not None else NullFeedback()


def check_cancel(feedback: Feedback) -> None:
    """Raise ``Cancelled`` when the user asked to stop."""
    if feedback.is_canceled():
        raise Cancelled()


def tell(feedback: object, text: str, warning: bool = False) -> None:
    """Give the caller a line of its log: ``feedback.note(text)`` (``warn`` for a warning) when it has one,
    else ``logging``."""
    write = getattr(feedback, "warn" if warning else "note", None)
    if callable(write):
        write(text)
    elif warning:
        log.warning(text)
    else:
        log.info(text)


class ScaledFeedback:
    """Maps 0-100 % of a sub-step onto ``[start, end]`` of its parent's range."""

    def __init__(self, parent: Feedback, start: float, end: float) -> None:
        self._parent = parent
        self._start = start
        self._span = end - start

    def set_progress(self, percent: float) -> None:
        self._parent.set_progress(self._start + self._span * max(0.0, min(100.0, percent)) / 100.0)

    def is_canceled(self) -> bool:
        return self._parent.is_canceled()

    def note(self, text: str) -> None:
        """A line of the log (``pulse``), passed on to the parent as is."""
        tell(self._parent, text)

    def warn(self, text: str) -> None:
        tell(self._parent, text, warning=True)
