"""The single Processing provider of the plugin (id ``patrol_planner``)."""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .algorithms import algorithm_classes
from .dependencies import missing_dependencies
from .pool_threads import keep_pool_threads

log = logging.getLogger(__name__)

ICON_PATH = Path(__file__).resolve().parent.parent / "resources" / "icon.svg"


class PatrolPlannerProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "patrol_planner"

    def name(self) -> str:
        return QCoreApplication.translate("PatrolPlanner", "Patrol Planner")

    def longName(self) -> str:  # noqa: N802 - Qt naming
        return self.name()

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PATH))

    def svgIconPath(self) -> str:  # noqa: N802
        return str(ICON_PATH)

    def canBeActivated(self) -> bool:  # noqa: N802
        return not missing_dependencies()

    def warningMessage(self) -> str:  # noqa: N802
        missing = missing_dependencies()
        if not missing:
            return ""
        return QCoreApplication.translate("PatrolPlanner", "Patrol Planner needs these Python packages: {}").format(
            ", ".join(missing)
        )

    def load(self) -> bool:
        keep_pool_threads()  # before any algorithm runs in a task: see there why
        return super().load()

    def loadAlgorithms(self) -> None:  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
