"""Plan patrols through processing.run, on a small hand-made area.

The GPX and custom maps exported from a plan are in test_plan_exports.py."""

from __future__ import annotations

from pathlib import Path

import gpxpy
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException

from .plan_support import plan, rows, run


def test_one_team_visits_the_reachable_plots_and_skips_the_one_in_the_reserve(patrol_provider, small_area) -> None:
    result = plan(small_area, ["Equipo A", "Alfa", "", 1, 12])
    stops = sorted(rows(result["STOPS"]), key=lambda r: r["seq"])
    assert [s["kind"] for s in (stops[0], stops[-1])] == ["base", "base"]
    assert stops[0]["name"] == stops[-1]["name"] == "Alfa"
    assert sorted(s["plot_id"] for s in stops if s["kind"] == "plot") == ["P1", "P2", "P3"]
    arrivals = [s["arrival"] for s in stops]
    assert arrivals == sorted(arrivals) and arrivals[0] == "2026-12-01T06:00"
    left = rows(result["UNPLANNED"])
    assert [r["plot_id"] for r in left] == ["P4"]
    assert "no-go" in left[0]["reason"]
    routes = rows(result["ROUTES"])
    assert len(routes) == 1 and routes[0]["team"] == "Equipo A" and routes[0]["day"] == 1
    assert routes[0]["boat_km"] > 15 and routes[0]["trail_km"] == pytest.approx(10, abs=0.5)
    assert result["ROUTES"].crs().authid() == "EPSG:32718"


def test_short_days_make_camps_and_a_second_day(patrol_provider, small_area) -> None:
    result = plan(small_area, ["Equipo A", "Alfa", "", 4, 3])
    stops = sorted(rows(result["STOPS"]), key=lambda r: r["seq"])
    camps = [s for s in stops if s["kind"] == "camp"]
    days = {r["day"] for r in rows(result["ROUTES"])}
    assert camps and len(days) == len(camps) + 1
    assert all(c["arrival"].endswith("09:00") for c in camps)  # 06:00 + 3 h of travel a day


def test_geographic_layers_are_measured_in_utm(patrol_provider, small_area) -> None:
    import processing

    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    reprojected = {
        key: processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": wgs84, "OUTPUT": "memory:"})[
            "OUTPUT"
        ]
        for key, layer in small_area.items()
    }
    result = plan(reprojected, ["Equipo A", "Alfa", "", 1, 12])
    assert sorted(r["plot_id"] for r in rows(result["STOPS"]) if r["kind"] == "plot") == ["P1", "P2", "P3"]


def test_unknown_base_is_a_clear_error(patrol_provider, small_area) -> None:
    with pytest.raises(QgsProcessingException, match="base “Gamma” is not in the bases layer"):
        plan(small_area, ["Equipo A", "Gamma", "", 1, 8])


def test_locked_plot_goes_to_its_team(patrol_provider, small_area) -> None:
    teams = ["Norte", "Alfa", "", 1, 8, "Sur", "Beta", "", 1, 8]
    result = plan(small_area, teams, LOCKS="P1=Sur", DROPS="P3=Sur")
    by_plot = {r["plot_id"]: r["team"] for r in rows(result["STOPS"]) if r["kind"] == "plot"}
    assert by_plot["P1"] == "Sur"
    assert by_plot.get("P3") != "Sur"


def test_planned_versus_actual_after_the_patrol(patrol_provider, small_area, tmp_path: Path) -> None:
    """A team walked to P2 (an hour late) and never to the others: the comparison says so."""
    from datetime import datetime, timedelta, timezone

    from qgis.core import QgsCoordinateTransform, QgsProject

    result = plan(small_area, ["Equipo A", "Alfa", "", 1, 12])
    stops = result["STOPS"]
    to_wgs84 = QgsCoordinateTransform(stops.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    p2 = next(f for f in stops.getFeatures() if f["plot_id"] == "P2")
    planned = datetime.fromisoformat(p2["arrival"]).replace(tzinfo=timezone(timedelta(hours=-5)))
    gpx = gpxpy.gpx.GPX()
    track = gpxpy.gpx.GPXTrack()
    segment = gpxpy.gpx.GPXTrackSegment()
    for minutes, dy in ((0, -400), (5, -100), (10, 0), (15, 300)):
        where = to_wgs84.transform(p2.geometry().asPoint().x(), p2.geometry().asPoint().y() + dy)
        segment.points.append(
            gpxpy.gpx.GPXTrackPoint(where.y(), where.x(), time=planned + timedelta(minutes=50 + minutes))
        )
    track.segments.append(segment)
    gpx.tracks.append(track)
    track_file = tmp_path / "walked.gpx"
    track_file.write_text(gpx.to_xml(), encoding="utf-8")
    gpkg = tmp_path / "field.gpkg"
    run("import_field_data", {"FILES": [str(track_file)], "GEOPACKAGE": str(gpkg)})
    out = run("plan_vs_actual", {"STOPS": stops, "GEOPACKAGE": str(gpkg), "OUTPUT": "memory:"})["OUTPUT"]
    by_plot = {f["plot_id"]: f for f in out.getFeatures() if f["kind"] == "plot"}
    assert by_plot["P2"]["reached"] == 1 and by_plot["P2"]["delay_min"] == pytest.approx(60, abs=0.1)
    assert by_plot["P1"]["reached"] == 0 and by_plot["P3"]["reached"] == 0
    assert by_plot["P2"]["team"] == "Equipo A", "the plan's own fields are kept"


def _bow_tie_reserve(small_area, wkt: str, factor=None):
    from qgis.core import QgsFeature, QgsGeometry

    nogo = small_area["NOGO"]
    feature = QgsFeature(nogo.fields())
    feature.setGeometry(QgsGeometry.fromWkt(wkt))
    feature.setAttributes(["Reserva 2", factor])
    nogo.dataProvider().addFeature(feature)
    return nogo


# Two triangles meeting at (511000, 9005000): the west one holds P2 and the trail; buffer(0) kept only the east one.
BOW_TIE = "POLYGON((509000 9004000, 513000 9006000, 513000 9004000, 509000 9006000, 509000 9004000))"


@pytest.mark.parametrize("check", ["GeometryNoCheck", "GeometrySkipInvalid", "GeometryAbortOnInvalid"])
def test_bow_tie_no_go_zone_keeps_both_lobes_whatever_the_invalid_feature_setting(
    patrol_provider, small_area, check
) -> None:
    import processing
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    _bow_tie_reserve(small_area, BOW_TIE)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(getattr(QgsFeatureRequest.InvalidGeometryCheck, check))
    params = dict(
        small_area,
        TEAMS=["Equipo A", "Alfa", "", 1, 12],
        START="2026-12-01T06:00",
        TIME_LIMIT=2,
        ROUTES="memory:",
        STOPS="memory:",
        UNPLANNED="memory:",
    )
    result = processing.run("patrol_planner:plan_patrols", params, context=context, feedback=QgsProcessingFeedback())
    visited = {r["plot_id"] for r in rows(result["STOPS"]) if r["kind"] == "plot"}
    left = {r["plot_id"]: r["reason"] for r in rows(result["UNPLANNED"])}
    assert "P2" not in visited and "no-go" in left["P2"]


def test_a_no_go_zone_without_area_stops_the_plan_naming_the_feature(patrol_provider, small_area) -> None:
    _bow_tie_reserve(small_area, "POLYGON((509000 9004000, 511000 9004000, 513000 9004000, 509000 9004000))")
    with pytest.raises(QgsProcessingException, match="feature 2.*no usable area"):
        plan(small_area, ["Equipo A", "Alfa", "", 1, 12])


def test_planning_again_after_a_drop_reuses_the_network_and_starts_from_the_last_plan(
    patrol_provider, small_area
) -> None:
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from patrol_planner.qgis_adapters.base import session

    class Messages(QgsProcessingFeedback):
        def __init__(self) -> None:
            super().__init__()
            self.lines = []

        def pushInfo(self, info: str) -> None:  # noqa: N802
            self.lines.append(info)

    session.clear()
    teams = ["Norte", "Alfa", "", 1, 8, "Sur", "Beta", "", 1, 8]
    params = dict(
        small_area,
        TEAMS=teams,
        START="2026-12-01T06:00",
        TIME_LIMIT=1,
        ROUTES="memory:",
        STOPS="memory:",
        UNPLANNED="memory:",
    )
    runs = []
    for drops in ("", "P3=Sur"):
        feedback = Messages()
        result = processing.run(
            "patrol_planner:plan_patrols", dict(params, DROPS=drops), context=QgsProcessingContext(), feedback=feedback
        )
        runs.append((feedback.lines, result))
    first, second = runs[0][0], runs[1][0]
    assert not any("kept from the last run" in line for line in first)
    assert any("kept from the last run" in line for line in second)
    assert any("starts from the last plan" in line for line in second)
    by_plot = {r["plot_id"]: r["team"] for r in rows(runs[1][1]["STOPS"]) if r["kind"] == "plot"}
    assert by_plot.get("P3") != "Sur"
    assert session.NETWORKS.hits >= 1
    session.clear()
    assert session.NETWORKS.key is None


def test_plans_run_from_the_toolbox_come_out_styled(patrol_provider, small_area) -> None:
    """Issue 19, finding 8: the toolbox loads the outputs itself; they get the dock's styles."""
    import processing
    from qgis.core import QgsProject

    params = {
        "RIVERS": small_area["RIVERS"],
        "TRAILS": small_area["TRAILS"],
        "PLOTS": small_area["PLOTS"],
        "BASES": small_area["BASES"],
        "TEAMS": ["Norte", "Alfa", "Alfa", 1, 12],
        "TIME_LIMIT": 1,
        "ROUTES": "TEMPORARY_OUTPUT",
        "STOPS": "TEMPORARY_OUTPUT",
        "UNPLANNED": "TEMPORARY_OUTPUT",
    }
    results = processing.runAndLoadResults("patrol_planner:plan_patrols", params)
    routes = QgsProject.instance().mapLayer(results["ROUTES"])
    stops = QgsProject.instance().mapLayer(results["STOPS"])
    assert routes.renderer().type() == "categorizedSymbol"
    assert stops.renderer().type() != "singleSymbol"


def test_an_empty_plots_layer_is_said_to_be_empty(patrol_provider, small_area) -> None:
    """Issue 19, finding 8: not "already covered or filtered out" when the layer simply has no plots."""
    import processing
    from qgis.core import QgsProcessingException, QgsVectorLayer

    empty = QgsVectorLayer("Point?crs=EPSG:32718&field=plot_id:string", "empty", "memory")
    params = {
        "RIVERS": small_area["RIVERS"],
        "PLOTS": empty,
        "BASES": small_area["BASES"],
        "TEAMS": ["Norte", "Alfa", "Alfa", 1, 12],
        "ROUTES": "TEMPORARY_OUTPUT",
        "STOPS": "TEMPORARY_OUTPUT",
        "UNPLANNED": "TEMPORARY_OUTPUT",
    }
    with pytest.raises(QgsProcessingException, match="The plots layer has no plots"):
        processing.run("patrol_planner:plan_patrols", params)


def test_a_team_that_gets_no_plot_is_told_why_in_the_log(patrol_provider, small_area) -> None:
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    class Warnings(QgsProcessingFeedback):
        def __init__(self) -> None:
            super().__init__()
            self.lines = []

        def pushWarning(self, warning: str) -> None:  # noqa: N802
            self.lines.append(warning)

    feedback = Warnings()
    params = dict(small_area, TEAMS=["Equipo A", "Alfa", "", 1, 0.1], START="2026-12-01T06:00", TIME_LIMIT=1)
    params.update(ROUTES="memory:", STOPS="memory:", UNPLANNED="memory:")
    processing.run("patrol_planner:plan_patrols", params, context=QgsProcessingContext(), feedback=feedback)
    (line,) = [w for w in feedback.lines if "gets no plot" in w]
    assert line.startswith("Team Equipo A gets no plot: no plot fits its 0.1 h: the nearest needs ")


def test_every_stop_carries_the_forest_km_of_its_leg_and_the_briefing_prints_them(patrol_provider, small_area) -> None:
    from patrol_planner.qgis_adapters.printing.table import stop_rows

    result = plan(small_area, ["Equipo A", "Alfa", "", 1, 12])
    stops, routes = result["STOPS"], result["ROUTES"]
    by_leg = sum(f["forest_km"] for f in stops.getFeatures())
    assert by_leg == pytest.approx(sum(f["forest_km"] for f in routes.getFeatures()), abs=0.01)
    walks = [row[6] for row in stop_rows(stops, stops.crs())]
    legs = [f["forest_km"] for f in sorted(stops.getFeatures(), key=lambda f: f["seq"])]
    assert [("leg" in w) for w in walks] == [km > 0 for km in legs]
