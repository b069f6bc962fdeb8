"""Runs inside the real QGIS desktop (``qgis --code``), driven by test_desktop.py.

It installs the plugin through QGIS's own "Install from ZIP" code path, checks
what the plugin added, opens the dock, saves a screenshot, unloads the plugin,
checks that everything is gone, writes its findings as JSON and quits.
Parameters come from environment variables (PP_E2E_*).
"""

import json
import os
import sys
import traceback

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget
from qgis.utils import iface

ZIP = os.environ["PP_E2E_ZIP"]
RESULT = os.environ["PP_E2E_RESULT"]
SCREENSHOT = os.environ["PP_E2E_SCREENSHOT"]
findings = {"steps": []}


def plugin_menu_titles():
    titles = []
    for action in iface.pluginMenu().actions():
        menu = action.menu()
        if menu is not None:
            titles.append(menu.title())
    return titles


def snapshot(label):
    import qgis.utils

    registry = QgsApplication.processingRegistry()
    dock = iface.mainWindow().findChild(QDockWidget, "PatrolPlannerDock")
    findings[label] = {
        "loaded": "patrol_planner" in qgis.utils.plugins,
        "active": "patrol_planner" in qgis.utils.active_plugins,
        "provider": registry.providerById("patrol_planner") is not None,
        "algorithm": registry.algorithmById("patrol_planner:reproject_local_utm") is not None,
        "menus": plugin_menu_titles(),
        "dock": dock is not None,
        "dock_visible": bool(dock is not None and dock.isVisible()),
    }


def finish():
    with open(RESULT, "w") as out:
        json.dump(findings, out, indent=2)
    os._exit(0)


def step_install():
    try:
        import pyplugin_installer

        pyplugin_installer.instance().installFromZipFile(ZIP)
        findings["steps"].append("installed")
        from patrol_planner.planner.export import gpx_xml as writer
        from patrol_planner.planner.export import pilot_gpx

        # the engine writes GPX inside QGIS with the zip's own code, and no GPX library gets imported
        findings["gpx_writer_file"] = writer.__file__
        findings["pilot_gpx_starts"] = pilot_gpx([], [((-74.5, -8.4), "L1")])[:38]
        snapshot("after_install")
        for action in iface.pluginMenu().actions():
            menu = action.menu()
            if menu is not None and "Patrol Planner" in menu.title():
                menu.actions()[0].trigger()
        QTimer.singleShot(1500, step_screenshot)
    except Exception:
        findings["error"] = traceback.format_exc()
        finish()


def step_screenshot():
    try:
        snapshot("after_open_dock")
        findings["gpx_libraries"] = sorted(name for name in sys.modules if "gpxpy" in name)
        QApplication.processEvents()
        iface.mainWindow().grab().save(SCREENSHOT)
        findings["steps"].append("screenshot")
        import qgis.utils

        findings["unload_ok"] = bool(qgis.utils.unloadPlugin("patrol_planner"))
        QApplication.processEvents()
        snapshot("after_unload")
    except Exception:
        findings["error"] = traceback.format_exc()
    finish()


iface.mainWindow().showMaximized()
QTimer.singleShot(3000, step_install)
