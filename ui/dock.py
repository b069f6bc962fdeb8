"""The Patrol Planner dock: the coordinator's step-by-step panel."""

from __future__ import annotations

from pathlib import Path

from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication

FORM_CLASS, BASE_CLASS = uic.loadUiType(str(Path(__file__).with_name("dock.ui")))


class DockForm(BASE_CLASS, FORM_CLASS):
    """The widgets designed in ``dock.ui``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setupUi(self)


class PatrolPlannerDock(QgsDockWidget):
    OBJECT_NAME = "PatrolPlannerDock"

    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.setObjectName(self.OBJECT_NAME)
        self.setWindowTitle(QCoreApplication.translate("PatrolPlanner", "Patrol Planner"))
        self.form = DockForm(self)
        self.setWidget(self.form)
        self.form.toolboxButton.clicked.connect(self.open_toolbox)

    def open_toolbox(self) -> None:
        toolbox = self.iface.mainWindow().findChild(QgsDockWidget, "ProcessingToolbox")
        if toolbox is not None:
            toolbox.setVisible(True)
            toolbox.raise_()
