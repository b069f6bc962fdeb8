"""The no-go layer says which zones a boat may pass and their names (issue 25)."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from patrol_planner.qgis_adapters.layers.network import zones_from_layer

BOX = "POLYGON((10000 -2000, 20000 -2000, 20000 2000, 10000 2000, 10000 -2000))"


def reserves(*rows) -> QgsVectorLayer:
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:32718&field=factor:double&field=boat_passes:integer&field=name:string", "reserves", "memory"
    )
    for values in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(BOX))
        f.setAttributes(list(values))
        assert layer.dataProvider().addFeature(f)
    return layer


def test_the_boat_field_and_the_name_field_are_read() -> None:
    layer = reserves((None, 1, "El Sira"), (None, 0, "Sierra del Divisor"), (None, None, None))
    zones = zones_from_layer(layer, None, "factor", "boat_passes", "name")
    assert [(z.name, z.boat_passes) for z in zones] == [("El Sira", True), ("Sierra del Divisor", False), ("3", False)]


def test_without_the_fields_no_zone_lets_a_boat_pass() -> None:
    zones = zones_from_layer(reserves((None, 1, "El Sira")), None, "factor")
    assert [(z.name, z.boat_passes) for z in zones] == [("1", False)]
