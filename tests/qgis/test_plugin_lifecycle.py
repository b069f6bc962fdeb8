"""Loading, unloading and reloading the plugin leaves nothing behind."""

from __future__ import annotations

import logging

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

import patrol_planner


def _provider():
    return QgsApplication.processingRegistry().providerById("patrol_planner")


def test_init_gui_adds_provider_menu_toolbar_and_dock(recording_iface, qgis_processing) -> None:
    plugin = patrol_planner.classFactory(recording_iface)
    plugin.initGui()
    try:
        provider = _provider()
        assert provider is not None
        assert provider.algorithm("reproject_local_utm") is not None
        assert QgsApplication.processingRegistry().algorithmById("patrol_planner:reproject_local_utm")
        assert list(recording_iface.menus) == ["&Patrol Planner"]
        assert recording_iface.toolbar == [plugin.action]
        assert recording_iface.docks == [plugin.dock]
        assert plugin.dock.isHidden()
        plugin.action.setChecked(True)
        assert not plugin.dock.isHidden()
    finally:
        plugin.unload()


def test_unload_then_reload_leaves_nothing_behind(recording_iface, qgis_processing) -> None:
    logger = logging.getLogger("patrol_planner")
    handlers_before = list(logger.handlers)
    for _ in range(2):
        plugin = patrol_planner.classFactory(recording_iface)
        plugin.initGui()
        assert _provider() is not None
        assert len(logger.handlers) == len(handlers_before) + 1
        plugin.unload()
        assert _provider() is None
        assert recording_iface.menus == {}
        assert recording_iface.toolbar == []
        assert recording_iface.docks == []
        assert logger.handlers == handlers_before
        assert plugin.translator is None


def test_spanish_translator_is_installed_and_removed(recording_iface, qgis_processing) -> None:
    from qgis.core import QgsSettings

    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "es_PE")
    try:
        plugin = patrol_planner.classFactory(recording_iface)
        plugin.initGui()
        assert plugin.translator is not None
        assert QCoreApplication.translate("PatrolPlanner", "Patrol Planner") == "Planificador de patrullajes"
        assert list(recording_iface.menus) == ["&Planificador de patrullajes"]
        plugin.unload()
        assert QCoreApplication.translate("PatrolPlanner", "Patrol Planner") == "Patrol Planner"
    finally:
        settings.remove("locale/overrideFlag")
        settings.remove("locale/userLocale")


def test_engine_log_records_reach_the_qgis_log(recording_iface, qgis_processing) -> None:
    from qgis.core import QgsApplication as App

    received = []

    def on_message(message, tag, level):
        received.append((tag, message))

    App.messageLog().messageReceived.connect(on_message)
    plugin = patrol_planner.classFactory(recording_iface)
    plugin.initGui()
    try:
        logging.getLogger("patrol_planner.planner.test").warning("river reach 12 has no direction")
    finally:
        plugin.unload()
        App.messageLog().messageReceived.disconnect(on_message)
    assert ("Patrol Planner", "patrol_planner.planner.test: river reach 12 has no direction") in received
