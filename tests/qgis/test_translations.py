# SPDX-License-Identifier: GPL-2.0-or-later
"""Engine errors, import logs and the review in Spanish (issue 19, finding 6)."""

from __future__ import annotations

import string
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

    params = {
        "RIVERS": small_area["RIVERS"],
        "PLOTS": small_area["PLOTS"],
        "BASES": small_area["BASES"],
        "TEAMS": ["Norte", "Alfa", "Alfa", 0, 8],
        "ROUTES": "TEMPORARY_OUTPUT",
        "STOPS": "TEMPORARY_OUTPUT",
        "UNPLANNED": "TEMPORARY_OUTPUT",
    }
    with pytest.raises(QgsProcessingException) as error:
        processing.run("patrol_planner:plan_patrols", params)
    assert str(error.value) == "Equipos: equipo 1 (Norte): los días deben estar entre 1 y 30, no 0"


def test_every_engine_message_has_a_spanish_translation_that_fills_in(spanish) -> None:
    from patrol_planner.planner.core import MESSAGES, Message
    from patrol_planner.qgis_adapters.translation.messages import translate_message

    for message_id, template in MESSAGES.items():
        values = placeholder_values(template)
        translated = translate_message(Message(message_id, values))
        words = "".join(literal for literal, _, _, _ in string.Formatter().parse(template))
        if any(c.isalpha() for c in words):  # "{first}; {rest}" reads the same in every language
            assert translated != str(Message(message_id, values)), message_id
        for name, shown in shown_values(template, values).items():
            assert shown in translated, (message_id, name)


def placeholder_values(template: str) -> dict:
    """A recognisable value for each ``{name}`` of a template: a number where the template formats one."""
    from string import Formatter

    return {
        name: 1234.5678 if spec and spec[-1] in "fgd%" else f"<{name}>"
        for _, name, spec, _ in Formatter().parse(template)
        if name
    }


def shown_values(template: str, values: dict) -> dict:
    """Each value as the template writes it (``{trip_h:.1f}`` -> ``1234.6``), as the translation must too."""
    from string import Formatter

    return {name: format(values[name], spec or "") for _, name, spec, _ in Formatter().parse(template) if name}


def test_stops_layer_empty_and_review_kinds_in_spanish(spanish) -> None:
    from patrol_planner.planner.core import InputError, message
    from patrol_planner.qgis_adapters.translation.messages import translate_error
    from patrol_planner.ui.review import kind_names

    error = InputError(message("stops_empty"), "STOPS")
    assert str(error) == "STOPS: the stops layer is empty: plan the patrols first"
    assert (
        translate_error(error) == "Paradas del patrullaje: la capa de paradas está vacía: primero planifique los "
        "patrullajes"
    )
    assert kind_names() == {"plot": "parcela", "camp": "campamento", "base": "base"}


def test_the_phone_profile_is_named_in_spanish_in_the_dock_and_the_toolbox(spanish, patrol_provider) -> None:
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("patrol_planner:export_gpx")
    options = algorithm.parameterDefinition("DEVICE").options()
    assert "Aplicación de celular (OsmAnd, Locus Map)" in options and "Garmin eTrex 10" in options


def test_an_engine_error_with_values_reads_in_spanish(spanish) -> None:
    from patrol_planner.planner.core import InputError, PlanningError, message
    from patrol_planner.qgis_adapters.translation import translate_error

    error = InputError(message("boats_litres_form", team="Alfa", text="9-6"), "BOATS")
    assert str(error) == "BOATS: team Alfa: litres per hour must look like 9/6.5 (upstream/downstream), got '9-6'"
    assert (
        translate_error(error) == "Bote por equipo: equipo Alfa: los litros por hora deben tener la forma 9/6.5 "
        "(río arriba/río abajo), no “9-6”"
    )
    # The number is formatted by the Spanish template too.
    error = PlanningError(message("solver_cannot_reach_end", team="Alfa", hours=7.25))
    assert (
        translate_error(error) == "equipo Alfa: ni siquiera puede ir de su base de salida a su base final "
        "dentro de sus 7.2 h"
    )


def test_a_nested_sentence_and_a_source_in_words_read_in_spanish(spanish) -> None:
    from patrol_planner.planner.core import ExportError, InputError, Joined, message
    from patrol_planner.qgis_adapters.translation import translate_error

    problems = Joined(
        [
            message("unit_routes", count=60, device="eTrex 10", capacity=50),
            message("unit_track_points", name="a.gpx", count=900, limit=500),
        ],
        "; ",
    )
    error = ExportError(
        message(
            "unit_would_hold",
            folder="/gpx",
            problems=problems,
            others=message(
                "unit_other_files", files=message("unit_other_file", name="b.gpx", waypoints=3, routes=1, tracks=0)
            ),
        )
    )
    assert (
        translate_error(error)
        == "/gpx: el GPS tendría 60 rutas; el dispositivo «eTrex 10» guarda 50; a.gpx tiene un track "
        "de 900 puntos; como máximo 500. Otros archivos en el GPS: b.gpx (3 waypoints, "
        "1 rutas, 0 tracks); quite los que ya no necesite."
    )
    error = InputError(message("speed_positive", name="walk_kmh", value=-1.0), message("source_trails"), feature=4)
    assert translate_error(error) == "trochas, elemento 4: walk_kmh debe ser positivo, no -1.0"


# -- the QGIS side's own errors, raised with tr() where they happen, through the real algorithms -------------------
def test_plan_patrols_with_an_empty_bases_layer_says_so_in_spanish(spanish, patrol_provider, small_area) -> None:
    import processing

    from .conftest import memory_layer

    no_bases = memory_layer("Point", "EPSG:32718", "field=name:string", "bases", [])
    params = {
        "RIVERS": small_area["RIVERS"],
        "PLOTS": small_area["PLOTS"],
        "BASES": no_bases,
        "TEAMS": ["Norte", "Alfa", "Alfa", 2, 8],
        "ROUTES": "TEMPORARY_OUTPUT",
        "STOPS": "TEMPORARY_OUTPUT",
        "UNPLANNED": "TEMPORARY_OUTPUT",
    }
    with pytest.raises(QgsProcessingException) as error:
        processing.run("patrol_planner:plan_patrols", params)
    assert str(error.value) == "bases: la capa de bases está vacía"


def test_export_gpx_with_a_stops_layer_lacking_fields_says_so_in_spanish(
    spanish, patrol_provider, small_area, tmp_path
) -> None:
    import processing

    from .conftest import memory_layer

    # Any point layer is accepted as stops by Processing; only the plugin knows the fields "Plan patrols" writes.
    stops = memory_layer("Point", "EPSG:32718", "field=team:string", "stops", [("POINT(505000 9000300)", ["Norte"])])
    routes = memory_layer(
        "LineString",
        "EPSG:32718",
        "field=team:string",
        "routes",
        [("LINESTRING(500000 9000100, 505000 9000300)", ["Norte"])],
    )
    with pytest.raises(QgsProcessingException) as error:
        processing.run("patrol_planner:export_gpx", {"ROUTES": routes, "STOPS": stops, "OUTPUT_FOLDER": str(tmp_path)})
    assert str(error.value).startswith("Paradas del patrullaje: a la capa de paradas le faltan los campos ")
    assert str(error.value).endswith(": use la capa que hizo “Planificar patrullajes”")


def test_plot_coverage_without_field_tracks_or_plots_says_so_in_spanish(
    spanish, patrol_provider, small_area, tmp_path
) -> None:
    import processing

    from .conftest import memory_layer

    gpkg = tmp_path / "field.gpkg"
    params = {"PLOTS": small_area["PLOTS"], "GEOPACKAGE": str(gpkg), "OUTPUT": "memory:"}
    with pytest.raises(QgsProcessingException) as error:
        processing.run("patrol_planner:plot_coverage", params)
    assert str(error.value) == f"{gpkg}: no hay tracks de campo importados en este GeoPackage"
    params["PLOTS"] = memory_layer("Point", "EPSG:32718", "field=plot_id:string", "plots", [])
    with pytest.raises(QgsProcessingException) as error:
        processing.run("patrol_planner:plot_coverage", params)
    # The parameter is named in Spanish too, not "PLOTS".
    assert str(error.value) == "Parcelas sospechosas: la capa de parcelas está vacía"


def test_a_sentence_naming_the_phone_app_names_it_in_spanish(spanish) -> None:
    from patrol_planner.planner.core import ExportError, message
    from patrol_planner.planner.export import device_profile
    from patrol_planner.qgis_adapters.translation import translate_error

    # As planner.export.unit does: device=device.label.
    for key, name in (("phone", "Aplicación de celular (OsmAnd, Locus Map)"), ("etrex10", "Garmin eTrex 10")):
        problems = message("unit_routes", count=120, device=device_profile(key).label, capacity=100)
        error = ExportError(message("unit_would_hold", folder="/gpx", problems=problems, others=""))
        assert translate_error(error) == f"/gpx: el GPS tendría 120 rutas; el dispositivo «{name}» guarda 100."
