# SPDX-License-Identifier: GPL-2.0-or-later
"""A line in the log while a long step runs: which phase, and how far it got, at least every ``PULSE_S``.

A plan of thousands of plots runs for tens of seconds; a log that stays silent for minutes looks like a
hang.  ``Pulse`` wraps the step's feedback: ``phase(text)`` writes the phase's first line, and every
progress report that comes ``PULSE_S`` or more after the last line writes "phase: n %".  Every phase
reports progress for each unit of its work (a terminal's joins, a search, an optimizer round), so the
log hears from it at least that often.  The clock is read on each report, through the module's
``clock`` (tests give it one that jumps, so they count lines per unit of work, never time).

A line reaches the caller through its feedback's ``note(text)`` (``warn(text)`` for a warning) when it has
one (the QGIS side puts it in the Processing log, in the user's language), else through ``logging``.
"""

from __future__ import annotations

import time
from typing import Callable, Optional

from .feedback import Feedback, tell
from .messages import Message, message

PULSE_S = 1.5  # below the 2 s the coordinator should wait at most between two lines
clock: Callable[[], float] = time.monotonic


class Pulse:
    """The step's feedback, writing the phase and its progress to the log now and then."""

    def __init__(self, parent: Feedback) -> None:
        self._parent = parent
        self._phase: Optional[Message] = None
        self._last = clock()

    def phase(self, text: Message, announce: bool = True) -> None:
        """A new phase: its first line (unless the caller wrote its own), then its progress now and then."""
        self._phase = text
        self._last = clock()
        if announce:
            tell(self._parent, text)

    def set_progress(self, percent: float) -> None:
        self._parent.set_progress(percent)
        now = clock()
        if self._phase is not None and now - self._last >= PULSE_S:
            self._last = now
            tell(self._parent, message("phase_progress", phase=self._phase, percent=round(percent)))

    def note(self, text: str) -> None:
        self._last = clock()
        tell(self._parent, text)

    def warn(self, text: str) -> None:
        self._last = clock()
        tell(self._parent, text, warning=True)

    def is_canceled(self) -> bool:
        return self._parent.is_canceled()
