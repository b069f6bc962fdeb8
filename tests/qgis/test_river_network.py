"""Check the river network, Set the river flow, and Plan patrols' warnings and roads (issue 25, finding 6).

On the IGN 1:100k extract at the start of the Pachitea (``tests/data/rivers``, see ``tests/data/SOURCES.md``):
no flow attribute, most lines of the Pachitea's piece drawn from their mouth.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from .conftest import memory_layer
from .plan_support import plan, rows, run

DATA = Path(__file__).resolve().parents[1] / "data"
PACHITEA_OUT = "POINT(508673.78 8913739.67)"


def ign_rivers() -> QgsVectorLayer:
    layer = QgsVectorLayer(str(DATA / "rivers" / "ign_pachitea_32718.geojson"), "rios_ign", "ogr")
    assert layer.isValid() and layer.featureCount() == 121  # 123 line parts
    return layer


class Recording(QgsProcessingFeedback):
    """The warnings of a run (Plan patrols prints the network's findings as warnings)."""

    def __init__(self) -> None:
        super().__init__()
        self.lines = []

    def pushWarning(self, warning: str) -> None:  # noqa: N802
        self.lines.append(warning)
        super().pushWarning(warning)


def test_check_the_river_network_finds_the_pieces_and_the_lines_drawn_from_their_mouth(patrol_provider) -> None:
    result = run("check_river_network", {"RIVERS": ign_rivers(), "FINDINGS": "memory:"})
    found = rows(result["FINDINGS"])
    kinds = Counter(r["kind"] for r in found)
    assert (result["PIECES"], result["AGAINST_FLOW"]) == (18, 92)
    assert kinds == {"piece": 17, "against_flow": 92}
    assert all(r["note"] and r["feature"] is not None for r in found)
    assert result["FINDINGS"].crs().authid() == "EPSG:32718"


def test_the_flow_set_from_the_outlet_is_a_new_layer_the_check_and_the_planner_read(patrol_provider) -> None:
    rivers = ign_rivers()
    outlet = memory_layer("Point", "EPSG:32718", "field=name:string", "salida", [(PACHITEA_OUT, ["Pachitea"])])
    result = run("set_river_flow", {"RIVERS": rivers, "OUTLETS": outlet, "OUTPUT": "memory:"})
    flowing = result["OUTPUT"]
    assert (result["FLIPPED"], result["UNKNOWN_PIECES"]) == (76, 17)
    values = Counter(f["reversed"] for f in flowing.getFeatures())
    assert values[1] == 76 and values[0] == 82 - 76  # the other 41 lines: no outlet in their piece, NULL
    assert "reversed" not in rivers.fields().names()  # the user's layer is left as it was
    assert {f["NOMBRE"] for f in flowing.getFeatures()} == {f["NOMBRE"] for f in rivers.getFeatures()}
    again = run("check_river_network", {"RIVERS": flowing, "RIVER_REVERSED_FIELD": "reversed", "FINDINGS": "memory:"})
    assert again["AGAINST_FLOW"] == 92 - 76  # left: the pieces the outlet does not drain


def test_plan_patrols_warns_of_pieces_islands_and_a_backwards_tributary(patrol_provider, small_area) -> None:
    x0, y0 = 500_000, 9_000_000
    small_area["RIVERS"] = memory_layer(
        "LineString",
        "EPSG:32718",
        "field=name:string",
        "rivers",
        [
            (f"LINESTRING({x0} {y0}, {x0 + 10_000} {y0}, {x0 + 20_000} {y0})", ["Rio Test"]),
            (f"LINESTRING({x0 + 3_000} {y0}, {x0 + 3_000} {y0 - 6_000})", ["Quebrada al reves"]),
            (f"LINESTRING({x0} {y0 + 30_000}, {x0 + 8_000} {y0 + 30_000})", ["Rio lejano"]),
        ],
    )
    small_area["PLOTS"].dataProvider().addFeatures([_plot(small_area["PLOTS"], x0 + 4_000, y0 + 30_300, "P9")])
    feedback = Recording()
    plan(small_area, ["Equipo A", "Alfa", "", 1, 12], feedback, TIME_LIMIT=1)
    text = "\n".join(feedback.lines)
    assert "2 pieces" in text
    assert "1 plot on a piece no base reaches: P9" in text
    assert "1 river line seems drawn against the flow" in text


def _plot(layer, x, y, plot_id):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
    feature["plot_id"] = plot_id
    feature["priority"] = 9
    return feature


def test_plan_patrols_rides_a_road_to_a_plot_a_walk_cannot_reach(patrol_provider, small_area) -> None:
    x0, y0 = 500_000, 9_000_000
    road = memory_layer(
        "LineString",
        "EPSG:32718",
        "field=COD_DS12:string",
        "red_vial",
        [
            (f"LINESTRING({x0 + 20_030} {y0 + 40}, {x0 + 30_000} {y0 + 40})", ["UC-1"]),  # ends 30 m from UC-2
            (f"LINESTRING({x0 + 20_000} {y0 + 10}, {x0 + 20_000} {y0 + 15_000})", ["UC-2"]),  # starts at the river
        ],
    )
    small_area["PLOTS"].dataProvider().addFeatures([_plot(small_area["PLOTS"], x0 + 29_800, y0 + 300, "P8")])
    walked = plan(small_area, ["Equipo A", "Beta", "", 1, 6], ROADS=road)
    assert "P8" in [r["plot_id"] for r in rows(walked["UNPLANNED"])]
    ridden = plan(small_area, ["Equipo A", "Beta", "", 1, 6], ROADS=road, ROAD_KMH=25.0)
    visited = [r["plot_id"] for r in rows(ridden["STOPS"]) if r["kind"] == "plot"]
    assert "P8" in visited
    route = rows(ridden["ROUTES"])[0]
    assert route["trail_km"] > 19  # 10 km along the road and back


def test_the_flow_from_an_elevation_model_takes_each_pieces_lowest_end(patrol_provider, tmp_path) -> None:
    import numpy
    from osgeo import gdal, osr

    x0, y0 = 500_000, 9_000_000
    dem_path = str(tmp_path / "dem.tif")
    raster = gdal.GetDriverByName("GTiff").Create(dem_path, 30, 30, 1, gdal.GDT_Float32)
    raster.SetGeoTransform((x0 - 5_000, 1_000, 0, y0 + 15_000, 0, -1_000))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    raster.SetProjection(srs.ExportToWkt())
    band = raster.GetRasterBand(1)
    band.WriteArray(numpy.fromfunction(lambda row, col: 300.0 - 10.0 * col, (30, 30)))  # falls east
    band.FlushCache()
    raster = None
    rivers = memory_layer(
        "LineString",
        "EPSG:32718",
        "field=name:string",
        "rios",
        [
            (f"LINESTRING({x0 + 20_000} {y0}, {x0 + 10_000} {y0}, {x0} {y0})", ["drawn westwards"]),
            (f"LINESTRING({x0 + 5_000} {y0 + 6_000}, {x0 + 5_000} {y0})", ["tributary"]),
        ],
    )
    result = run("set_river_flow", {"RIVERS": rivers, "DEM": dem_path, "OUTPUT": "memory:"})
    assert {f["name"]: f["reversed"] for f in result["OUTPUT"].getFeatures()} == {"drawn westwards": 1, "tributary": 0}


def test_no_outlet_and_no_elevation_model_is_a_clear_error(patrol_provider) -> None:
    with pytest.raises(QgsProcessingException, match="give the outlets or an elevation model"):
        run("set_river_flow", {"RIVERS": ign_rivers(), "OUTPUT": "memory:"})
