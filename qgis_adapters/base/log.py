"""Forwards the engine's ``logging`` records to the QGIS log panel."""

from __future__ import annotations

import logging

from qgis.core import Qgis, QgsMessageLog

LOG_TAG = "Patrol Planner"
_LOGGER_NAME = "patrol_planner"


class QgisLogHandler(logging.Handler):
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
