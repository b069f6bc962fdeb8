"""Fixtures for tests of the QGIS side (pytest-qgis provides the QGIS app)."""

from __future__ import annotations

from typing import Dict, List

import pytest
from qgis.PyQt.QtWidgets import QAction, QDockWidget


class RecordingIface:
    """pytest-qgis's iface plus the bookkeeping a plugin's unload must undo.

    The mock's menu/toolbar/dock calls are no-ops; recording them lets a test
    check that ``unload`` removes exactly what ``initGui`` added.
    """

    def __init__(self, base) -> None:
        self._base = base
        self.menus: Dict[str, List[QAction]] = {}
        self.toolbar: List[QAction] = []
        self.docks: List[QDockWidget] = []

    def __getattr__(self, name):
        return getattr(self._base, name)

    def addPluginToMenu(self, name: str, action: QAction) -> None:  # noqa: N802
        self.menus.setdefault(name, []).append(action)

    def removePluginMenu(self, name: str, action: QAction) -> None:  # noqa: N802
        self.menus[name].remove(action)
        if not self.menus[name]:
            del self.menus[name]

    def addToolBarIcon(self, action: QAction) -> None:  # noqa: N802
        self.toolbar.append(action)

    def removeToolBarIcon(self, action: QAction) -> None:  # noqa: N802
        self.toolbar.remove(action)

    def addDockWidget(self, area, dock: QDockWidget) -> None:  # noqa: N802
        self.docks.append(dock)

    def removeDockWidget(self, dock: QDockWidget) -> None:  # noqa: N802
        self.docks.remove(dock)


@pytest.fixture()
def recording_iface(qgis_iface) -> RecordingIface:
    return RecordingIface(qgis_iface)
