# SPDX-License-Identifier: GPL-2.0-or-later
"""Plugin entry point: wires the provider, the dock and the translator.

Everything added in ``initGui`` is removed in ``unload`` so that QGIS can
reload the plugin without leaving menus, providers, docks, translators or log
handlers behind.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .qgis_adapters.translation import install_log_bridge, tr, uninstall_log_bridge

PLUGIN_DIR = Path(__file__).resolve().parent
ICON_PATH = PLUGIN_DIR / "resources" / "icon.svg"


def user_language() -> str:
    """The two-letter language QGIS runs in (its setting, else the system's)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "", type=str)
    else:
        locale = QLocale.system().name()
    return (locale or "en")[:2]


class PatrolPlannerPlugin:
    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        self.dock = None
        self.action: Optional[QAction] = None
        self.translator: Optional[QTranslator] = None
        self.log_handler = None
        self.menu_name = ""

    def initProcessing(self) -> None:  # noqa: N802 - called by QGIS (qgis_process too)
        if self.provider is None:
            from .provider.provider import PatrolPlannerProvider

            self.provider = PatrolPlannerProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802
        self._install_translator()
        self.log_handler = install_log_bridge()
        self.initProcessing()

        from .ui.dock import PatrolPlannerDock

        self.dock = PatrolPlannerDock(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()

        self.menu_name = tr("&Patrol Planner")
        self.action = QAction(QIcon(str(ICON_PATH)), tr("Patrol Planner"), self.iface.mainWindow())
        self.action.setObjectName("PatrolPlannerShowDock")
        self.action.setToolTip(tr("Show the Patrol Planner panel"))
        self.action.setCheckable(True)
        self.action.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(self.action.setChecked)
        self.iface.addPluginToMenu(self.menu_name, self.action)
        self.iface.addToolBarIcon(self.action)

    def unload(self) -> None:
        if self.action is not None:
            self.iface.removePluginMenu(self.menu_name, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.dock is not None:
            self.dock.dispose()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)  # out of the main window now, not at the next event loop turn
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        kept = sys.modules.get(f"{__package__}.qgis_adapters.base.session")
        if kept is not None:  # let the travel network kept between runs go (imported only once planned)
            kept.clear()
        if self.log_handler is not None:
            uninstall_log_bridge(self.log_handler)
            self.log_handler = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    def _install_translator(self) -> None:
        qm_file = PLUGIN_DIR / "i18n" / f"patrol_planner_{user_language()}.qm"
        if qm_file.exists():
            translator = QTranslator()
            if translator.load(str(qm_file)):
                QCoreApplication.installTranslator(translator)
                self.translator = translator
