# SPDX-License-Identifier: GPL-2.0-or-later
"""A plan on real layers of Ucayali measures in the area's UTM zone, 18S (issue 25, finding 1).

Natural Earth's rivers reach -61° in Brazil: their extent once chose zone 19, and the briefing printed
Aguaytía as East -217259.  Here the bases (the four province capitals) and the plots (MapBiomas alerts
round Aguaytía) choose the zone; SERNANP's national areas are no-go zones and the MTC's roads, taken as
they are, are the trails.  Extracts: tests/data/ucayali (tests/data/SOURCES.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List

import pytest
from shapely import wkb
from shapely.ops import unary_union

DATA = Path(__file__).resolve().parents[1] / "data"
UCAYALI = DATA / "ucayali"
TEAMS = ["Equipo Aguaytía", "AGUAYTIA", "", 3, 8, "Equipo Pucallpa", "PUCALLPA", "", 2, 8]


def layer(path: Path, name: str):
    from qgis.core import QgsVectorLayer

    found = QgsVectorLayer(str(path), name, "ogr")
    assert found.isValid(), path
    return found


def real_layers(full: bool) -> Dict[str, object]:
    layers = {
        "RIVERS": layer(UCAYALI / "rivers_natural_earth.geojson", "ríos Natural Earth"),
        "BASES": layer(DATA / "ucayali_capitales_provincia.geojson", "capitales"),
        "PLOTS": layer(UCAYALI / "mapbiomas_aguaytia_sample.geojson", "alertas MapBiomas"),
    }
    if full:
        layers["NOGO"] = layer(UCAYALI / "sernanp_anp_nacional.geojson", "ANP SERNANP")
        layers["TRAILS"] = layer(UCAYALI / "roads_mtc_padre_abad.geojson", "vías MTC")
    return layers


class Log:
    def __init__(self) -> None:
        from qgis.core import QgsProcessingFeedback

        log = self

        class Feedback(QgsProcessingFeedback):
            def pushInfo(self, text: str) -> None:  # noqa: N802
                log.lines.append(text)

            def pushWarning(self, text: str) -> None:  # noqa: N802
                log.lines.append(text)

        self.lines: List[str] = []
        self.feedback = Feedback()


def run_plan(layers: Dict[str, object], log: Log, algorithm: str = "plan_patrols", **extra) -> dict:
    import processing

    params = dict(
        layers,
        BASE_NAME_FIELD="CAPITAL",
        PLOT_ID_FIELD="alert_code",
        TEAMS=TEAMS,
        START="2026-12-01T06:00",
        TIME_LIMIT=2,
    )
    if algorithm == "plan_patrols":
        params.update(ROUTES="memory:", STOPS="memory:", UNPLANNED="memory:", LEGS="memory:")
    params.update(extra)
    return processing.run(f"patrol_planner:{algorithm}", params, feedback=log.feedback)


def eastings(layer) -> List[float]:
    out = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        out += [vertex.x() for vertex in geometry.vertices()]
    return out


@pytest.fixture()
def planned(patrol_provider):
    log = Log()
    return run_plan(real_layers(full=True), log), log


def test_natural_earth_rivers_do_not_choose_the_utm_zone(patrol_provider) -> None:
    log = Log()
    layers = real_layers(full=False)
    layers["TRAILS"] = layer(UCAYALI / "roads_mtc_padre_abad.geojson", "vías MTC")
    result = run_plan(layers, log)
    assert any("EPSG:32718" in line and "UTM 18S, WGS 84" in line for line in log.lines), log.lines[:5]
    # the Purús runs on into Brazil: cut to the area of work, and said with a count
    assert any("ríos Natural Earth" in line and "cut" in line for line in log.lines), log.lines[:8]
    for key in ("ROUTES", "STOPS", "UNPLANNED", "LEGS"):
        assert result[key].crs().authid() == "EPSG:32718", key
        assert min(eastings(result[key]), default=1.0) > 0, key


def test_a_plan_on_real_layers_is_in_utm_18s_keeps_out_of_the_reserves_and_tells_every_team(planned) -> None:
    from qgis.core import QgsCoordinateReferenceSystem

    from patrol_planner.qgis_adapters.base import checked_transform

    result, log = planned
    for key in ("ROUTES", "STOPS", "UNPLANNED", "LEGS"):
        assert result[key].crs().authid() == "EPSG:32718", key
        xs = eastings(result[key])
        assert xs and min(xs) > 0, key
    stops = list(result["STOPS"].getFeatures())
    aguaytia = next(f for f in stops if f["name"] == "AGUAYTIA")
    assert aguaytia.geometry().asPoint().x() == pytest.approx(444_000, abs=2_000)  # 'East -217259' in zone 19
    # every team is planned, or the log says why it has no plot
    planned_teams = {f["team"] for f in stops if f["kind"] == "plot"}
    for team in TEAMS[::5]:
        assert team in planned_teams or any(team in line and "no plot" in line for line in log.lines), team
    assert "Equipo Aguaytía" in planned_teams
    # no route through a no-go zone (SERNANP's polygons, in the outputs' CRS)
    nogo = real_layers(full=True)["NOGO"]
    to_utm = checked_transform(nogo.crs(), QgsCoordinateReferenceSystem("EPSG:32718"))
    zones = []
    for feature in nogo.getFeatures():
        geometry = feature.geometry()
        geometry.transform(to_utm)
        zones.append(wkb.loads(bytes(geometry.makeValid().asWkb())))
    reserves = unary_union(zones)
    for route in result["LEGS"].getFeatures():
        line = wkb.loads(bytes(route.geometry().asWkb()))
        assert line.intersection(reserves).length < 1.0, (route["team"], route["day"])


def test_what_if_measures_in_the_same_zone(patrol_provider) -> None:
    log = Log()
    run_plan(real_layers(full=True), log, "what_if")
    assert any("EPSG:32718" in line and "UTM 18S, WGS 84" in line for line in log.lines), log.lines[:5]


def test_the_briefing_prints_the_zone_and_datum_and_positive_eastings(planned, tmp_path) -> None:
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsLayoutItemLabel

    from patrol_planner.qgis_adapters.printing.briefing import TeamBriefing

    result, _ = planned
    # a project in zone 19 (the Purús) reprojects the plan: the grid is still the team's own zone
    stops, routes = (
        processing.run(
            "native:reprojectlayer",
            {"INPUT": result[key], "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:32719"), "OUTPUT": "memory:"},
        )["OUTPUT"]
        for key in ("STOPS", "ROUTES")
    )
    briefing = TeamBriefing("Equipo Aguaytía", routes, stops)
    texts = [item.text() for item in briefing.layout.items() if isinstance(item, QgsLayoutItemLabel)]
    assert any("UTM 18S, WGS 84" in text for text in texts), texts
    assert briefing.crs.authid() == "EPSG:32718"
    assert all(float(row[7]) > 0 for row in briefing.rows)


def test_a_layer_wider_than_a_zone_is_not_reprojected_into_negative_eastings(patrol_provider) -> None:
    import processing
    from qgis.core import QgsProcessingException

    rivers = real_layers(full=False)["RIVERS"]
    with pytest.raises(QgsProcessingException, match=r"Input layer: from longitude -75\.31 to -61\.38 is too wide"):
        processing.run("patrol_planner:reproject_local_utm", {"INPUT": rivers, "OUTPUT": "memory:"})


def test_bases_and_plots_too_far_apart_for_one_zone_are_refused_naming_both(patrol_provider) -> None:
    from qgis.core import QgsProcessingException

    from tests.qgis.conftest import memory_layer

    layers = real_layers(full=False)
    # a plot on the Purús in Brazil, 14° east of Aguaytía
    layers["PLOTS"] = memory_layer(
        "Point", "EPSG:4326", "field=alert_code:string", "lejos", [("POINT(-61.5 -3.8)", ["1"])]
    )
    with pytest.raises(QgsProcessingException, match=r"Bases.*, Suspected plots: from longitude -75\.51 to -61\.5 is"):
        run_plan(layers, Log())


def test_the_docks_network_check_measures_in_the_areas_zone_and_says_when_it_is_too_wide(qgis_app) -> None:
    from patrol_planner.ui.network_check import network_problem
    from tests.qgis.conftest import memory_layer

    layers = real_layers(full=False)
    roads = layer(UCAYALI / "roads_mtc_padre_abad.geojson", "vías MTC")
    # Natural Earth's rivers alone would have chosen zone 19; the bases and plots choose 18S: Aguaytía is on a road
    assert not network_problem(layers["RIVERS"], roads, layers["BASES"], layers["PLOTS"], ["AGUAYTIA"], 2000).problem
    far = memory_layer("Point", "EPSG:4326", "field=alert_code:string", "lejos", [("POINT(-61.5 -3.8)", ["1"])])
    said = network_problem(layers["RIVERS"], roads, layers["BASES"], far, ["AGUAYTIA"], 2000).problem
    assert "too wide for one UTM zone" in said
