"""The narrow exception hierarchy of the engine.

Every message is written for a coordinator, not a programmer: it says what is
wrong, where (file and line, or layer and feature) and, where possible, what
to do about it.  The engine raises every one with a ``Message`` (a code of
``messages.MESSAGES`` and its values): ``str(error)`` is English, and the QGIS
side shows ``translate_error(error)``, the same sentence in the user's language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

from .messages import Message
from .messages import message as _message


class PlannerError(Exception):
    """Base class of every error the engine raises on purpose.

    The message is a ``Message`` (id and arguments) that the QGIS side
    translates; ``str(error)`` is English.  (A plain ``str`` is still accepted
    for the QGIS side's own errors; tests/planner/test_error_codes.py keeps it
    out of the engine.)
    """

    def __init__(self, message: Union[str, Message] = "", *args: object) -> None:
        self.message = message if isinstance(message, Message) else None
        super().__init__(str(message), *args)


class Cancelled(PlannerError):
    """The user cancelled a long-running step."""

    def __init__(self, message: Optional[Union[str, Message]] = None) -> None:
        super().__init__(message if message is not None else _message("cancelled"))


class InputError(PlannerError):
    """Input data that cannot be used: a bad file, record, feature or value.

    ``source`` is a file path or a layer name (or a ``Message`` naming the input
    in words, which the QGIS side translates too), ``line`` a 1-based line
    number in a text file, ``feature`` a feature id in a layer.
    """

    def __init__(
        self,
        message: Union[str, Message],
        source: Optional[Union[str, Path]] = None,
        line: Optional[int] = None,
        feature: Optional[int] = None,
    ) -> None:
        self.reason = message
        self.source = source if source is None or isinstance(source, Message) else str(source)
        self.line = line
        self.feature = feature
        where = []
        if self.source:
            where.append(self.source)
        if line is not None:
            where.append(f"line {line}")
        if feature is not None:
            where.append(f"feature {feature}")
        Exception.__init__(self, f"{', '.join(where)}: {message}" if where else str(message))
        self.message = message if isinstance(message, Message) else None


class NetworkError(PlannerError):
    """The travel network cannot be built from the given rivers and trails."""


class PlanningError(PlannerError):
    """No plan can be made with the given teams, budgets and plots."""


class ExportError(PlannerError):
    """A result cannot be written (device limits, disk, permissions)."""
