# SPDX-License-Identifier: GPL-2.0-or-later
"""The plan refuses, before it starts, layers that cannot make a network for the teams (issue 26, finding 5).

An empty rivers layer once planned anyway: "Done.", everybody walked, and most plots were "unreachable".
"""

from __future__ import annotations

from qgis.core import Qgis, QgsProject

from . import test_dock
from .conftest import memory_layer
from .conftest import wait_for_dock as wait

dock = test_dock.dock  # the dock with the small area chosen


def warnings(qgis_iface):
    return qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)


def refused(dock, qgis_iface, *words: str) -> None:
    dock.form.planButton.click()
    wait(dock)
    assert dock.results.layer("stops") is None, "nothing was planned"
    assert any(all(w in m for w in words) for m in warnings(qgis_iface)), warnings(qgis_iface)


def empty_lines(name: str):
    layer = memory_layer("LineString", "EPSG:32718", "field=name:string", name, [])
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_an_empty_rivers_layer_is_refused(dock, qgis_iface) -> None:
    test_dock.add_team(dock, "Norte", "Alfa", 1, 12)
    dock.form.riversCombo.setLayer(empty_lines("rios vacios"))
    refused(dock, qgis_iface, "rios vacios", "no lines")


def test_an_empty_trails_layer_is_refused(dock, qgis_iface) -> None:
    test_dock.add_team(dock, "Norte", "Alfa", 1, 12)
    dock.form.trailsCombo.setLayer(empty_lines("trochas vacias"))
    refused(dock, qgis_iface, "trochas vacias", "no lines")


def test_a_base_off_the_network_is_refused(dock, qgis_iface, small_area) -> None:
    bases = small_area["BASES"]
    far = memory_layer(
        "Point",
        "EPSG:32718",
        "field=name:string&field=kind:string",
        "bases far",
        [(f.geometry().asWkt(), [f["name"], f["kind"]]) for f in bases.getFeatures()]
        + [("POINT(505000 9030000)", ["Gamma", "community"])],
    )
    QgsProject.instance().addMapLayer(far)
    dock.form.basesCombo.setLayer(far)
    test_dock.add_team(dock, "Norte", "Gamma", 1, 12)
    refused(dock, qgis_iface, "Gamma", "20.6 km")  # from the trail's north end


def far_plots(dock, *rows):
    plots = memory_layer(
        "Point",
        "EPSG:32718",
        "field=plot_id:string&field=priority:double&field=mandatory:integer&field=service_min:double",
        "plots far",
        [(wkt, [plot_id, 3, 0, 30]) for wkt, plot_id in rows],
    )
    QgsProject.instance().addMapLayer(plots)
    dock.form.plotsCombo.setLayer(plots)
    dock.field_mapping.confirm()
    test_dock.add_team(dock, "Norte", "Alfa", 1, 12)


def test_plots_mostly_off_the_network_are_counted_and_the_others_planned(dock, qgis_iface) -> None:
    # The real MapBiomas alerts are nine in ten off the training network: the engine sets those aside with
    # one counted warning, so the dock warns with the count and plans the others (issue 25).
    far_plots(dock, ("POINT(505000 9000300)", "P1"), ("POINT(505000 9040000)", "P2"), ("POINT(506000 9040000)", "P3"))
    dock.form.planButton.click()
    wait(dock)
    assert dock.results.layer("stops") is not None, warnings(qgis_iface)
    assert any("2 of 3 plots" in m for m in warnings(qgis_iface)), warnings(qgis_iface)


def test_no_plot_joining_the_network_is_refused_naming_the_layers(dock, qgis_iface) -> None:
    far_plots(dock, ("POINT(505000 9040000)", "P2"), ("POINT(506000 9040000)", "P3"))
    rivers, trails = dock.form.riversCombo.currentLayer().name(), dock.form.trailsCombo.currentLayer().name()
    refused(dock, qgis_iface, "None of the 2 plots", "plots far", rivers, trails)


def test_the_small_area_still_plans(dock, qgis_iface) -> None:
    test_dock.add_team(dock, "Norte", "Alfa", 1, 12)
    dock.form.planButton.click()
    wait(dock)
    assert dock.results.layer("stops") is not None, warnings(qgis_iface)


def test_the_count_of_plots_set_aside_is_the_plans_own(dock, qgis_iface) -> None:
    """A stream marked not navigable is no line of the plan's network (the engine leaves it out), so a plot by it
    is off the network: the dock's warning counts it as the plan's summary does (on the training area with the
    alert file the dock said 5338 where the summary said 5837 "too far", most of the difference the unnavigable
    streams)."""
    rivers = dock.form.riversCombo.currentLayer()
    with_stream = memory_layer(
        "LineString",
        "EPSG:32718",
        "field=name:string&field=reversed:integer&field=current_kmh:double&field=navigable:integer",
        "rios con quebrada",
        [(f.geometry().asWkt(), f.attributes()) for f in rivers.getFeatures()]
        + [("LINESTRING(505000 9039000, 515000 9039000)", ["Quebrada seca", 0, None, 0])],
    )
    QgsProject.instance().addMapLayer(with_stream)
    dock.form.riversCombo.setLayer(with_stream)
    far_plots(dock, ("POINT(505000 9000300)", "P1"), ("POINT(505000 9040000)", "P2"), ("POINT(506000 9040000)", "P3"))
    dock.form.planButton.click()
    wait(dock)
    assert dock.results.layer("stops") is not None, warnings(qgis_iface)
    assert any("2 of 3 plots" in m for m in warnings(qgis_iface)), warnings(qgis_iface)
    left = dock.results.layer("unplanned")
    assert left is not None and left.featureCount() == 2
