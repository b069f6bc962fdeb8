# SPDX-License-Identifier: GPL-2.0-or-later
"""Engine errors, import logs and the review in Spanish (issue 19, finding 6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def spanish():
    translator = QTranslator()
    assert translator.load(str(ROOT / "i18n" / "patrol_planner_es.qm")), "run `make translations`"
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_engine_errors_reach_the_coordinator_in_spanish(spanish, patrol_provider, small_area) -> None:
    import processing

    params = {"RIVERS": small_area["RIVERS"], "PLOTS": small_area["PLOTS"], "BASES": small_area["BASES"],
              "TEAMS": ["Norte", "Alfa", "Alfa", 0, 8], "ROUTES": "TEMPORARY_OUTPUT", "STOPS": "TEMPORARY_OUTPUT",
              "UNPLANNED": "TEMPORARY_OUTPUT"}
    with pytest.raises(QgsProcessingException) as error:
        processing.run("patrol_planner:plan_patrols", params)
    assert str(error.value) == "Equipos: equipo 1 (Norte): los días deben estar entre 1 y 30, no 0"


def test_every_engine_message_has_a_spanish_translation_that_fills_in(spanish) -> None:
    from patrol_planner.planner.core import MESSAGES, Message
    from patrol_planner.qgis_adapters.translate import translate_message

    for message_id, template in MESSAGES.items():
        values = placeholder_values(template)
        translated = translate_message(Message(message_id, values))
        assert translated != str(Message(message_id, values)), message_id
        for name, shown in shown_values(template, values).items():
            assert shown in translated, (message_id, name)


def placeholder_values(template: str) -> dict:
    """A recognisable value for each ``{name}`` of a template: a number where the template formats one."""
    from string import Formatter

    return {name: 1234.5678 if spec and spec[-1] in "fgd%" else f"<{name}>"
            for _, name, spec, _ in Formatter().parse(template) if name}


def shown_values(template: str, values: dict) -> dict:
    """Each value as the template writes it (``{trip_h:.1f}`` -> ``1234.6``), as the translation must too."""
    from string import Formatter

    return {name: format(values[name], spec or "") for _, name, spec, _ in Formatter().parse(template) if name}


def test_stops_layer_empty_and_review_kinds_in_spanish(spanish) -> None:
    from patrol_planner.planner.core import InputError, message
    from patrol_planner.qgis_adapters.translate import translate_error
    from patrol_planner.ui.review import kind_names

    error = InputError(message("stops_empty"), "STOPS")
    assert str(error) == "STOPS: the stops layer is empty: plan the patrols first"
    assert translate_error(error) == "Paradas del patrullaje: la capa de paradas está vacía: primero planifique los " \
                                     "patrullajes"
    assert kind_names() == {"plot": "parcela", "camp": "campamento", "base": "base"}


def test_the_phone_profile_is_named_in_spanish_in_the_dock_and_the_toolbox(spanish, patrol_provider) -> None:
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("patrol_planner:export_gpx")
    options = algorithm.parameterDefinition("DEVICE").options()
    assert "Aplicación de celular (OsmAnd, Locus Map)" in options and "Garmin eTrex 10" in options
