# SPDX-License-Identifier: GPL-2.0-or-later
"""Patrol Planner QGIS plugin.

QGIS calls ``classFactory`` when the plugin is enabled.  Importing the plugin
class lazily keeps ``import patrol_planner.planner`` free of Qt and QGIS.
"""


def classFactory(iface):  # noqa: N802 - name fixed by QGIS
    from .plugin import PatrolPlannerPlugin

    return PatrolPlannerPlugin(iface)
