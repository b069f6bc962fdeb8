"""The one ``tr`` of the QGIS adapters (context ``PatrolPlanner``, like the dock and the algorithms)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("PatrolPlanner", text)
