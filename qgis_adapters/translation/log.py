"""Forwards the engine's ``logging`` records to the QGIS log panel, in the user's language.

Only info and above reach the panel, and only the plugin's own records: a
record whose message is an engine ``Message`` is translated; debug lines
(timings, counts, dumps) stay in Python's logging; Python's warnings (the
``py.warnings`` logger, libraries' deprecations) are never forwarded.
"""

from __future__ import annotations

import logging

from qgis.core import Qgis, QgsMessageLog

from ...planner.core import Message
from .messages import translate_message

LOG_TAG = "Patrol Planner"
_LOGGER_NAME = "patrol_planner"


class QgisLogHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)

    def filter(self, record: logging.LogRecord) -> bool:
        return record.name.startswith(_LOGGER_NAME) and super().filter(record)

    def format(self, record: logging.LogRecord) -> str:
        if isinstance(record.msg, Message) and not record.args:
            return translate_message(record.msg)
        return super().format(record)

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR:
            level = Qgis.MessageLevel.Critical
        elif record.levelno >= logging.WARNING:
            level = Qgis.MessageLevel.Warning
        else:
            level = Qgis.MessageLevel.Info
        try:
            QgsMessageLog.logMessage(self.format(record), LOG_TAG, level, notifyUser=False)
        except RuntimeError:  # QGIS is shutting down
            pass


def install() -> QgisLogHandler:
    handler = QgisLogHandler()
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    logger = logging.getLogger(_LOGGER_NAME)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return handler


def uninstall(handler: QgisLogHandler) -> None:
    logging.getLogger(_LOGGER_NAME).removeHandler(handler)
