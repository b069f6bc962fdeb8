"""Export a plan through processing.run: the teams' GPX with the bases hidden, a connected unit's custom maps."""

from __future__ import annotations

from pathlib import Path

import gpxpy
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException

from .plan_support import plan, rows, run


def test_gpx_export_of_the_plan(patrol_provider, small_area, tmp_path: Path) -> None:
    result = plan(small_area, ["Equipo Ñandú", "Alfa", "", 1, 12])
    exported = run(
        "export_gpx",
        {"ROUTES": result["ROUTES"], "STOPS": result["STOPS"], "DEVICE": 1, "OUTPUT_FOLDER": str(tmp_path)},
    )
    files = exported["FILES"].split(";")
    assert exported["COUNT"] == len(files) == 1
    with open(files[0], encoding="utf-8") as handle:
        gpx = gpxpy.parse(handle)
    # One name per place: the unit's waypoint is the stops layer's code (here the plot id), in visiting order.
    stops = {r["plot_id"]: r for r in rows(result["STOPS"]) if r["kind"] == "plot"}
    order = [r["code"] for r in sorted(stops.values(), key=lambda r: r["seq"])]
    assert [w.name for w in gpx.waypoints] == order and sorted(order) == ["P1", "P2", "P3"]
    assert sorted(w.description.split(";")[0] for w in gpx.waypoints) == ["Plot P1", "Plot P2", "Plot P3"]
    assert not any("Alfa" in (w.name or "") + (w.description or "") for w in gpx.waypoints), "bases stay off units"
    assert gpx.tracks and gpx.routes
    assert Path(files[0]).parent.name.isascii()


def test_a_community_marked_sensitive_is_hidden_like_a_base(patrol_provider, small_area, tmp_path: Path) -> None:
    """Issue 27: the communities layer's ``sensitive`` places are cut out of the GPX like a team's base;
    a community not marked keeps its track."""
    import math

    from patrol_planner.planner.core import utm_projector

    from .conftest import communities_layer

    result = plan(small_area, ["Equipo A", "Alfa", "", 2, 12])
    communities = communities_layer()
    to_utm = utm_projector(32718)

    def nearest(folder: Path, x: float, y: float) -> float:
        """The tracks' nearest approach to (x, y) (their lines, not only their points: a river is straight)."""
        out = math.inf
        for path in folder.glob("*/*.gpx"):  # a folder per team
            gpx = gpxpy.parse(path.read_text(encoding="utf-8"))
            for segment in (s for t in gpx.tracks for s in t.segments):
                line = [to_utm(p.longitude, p.latitude) for p in segment.points]
                for (ax, ay), (bx, by) in zip(line, line[1:]):
                    dx, dy = bx - ax, by - ay
                    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / ((dx * dx + dy * dy) or 1.0)))
                    out = min(out, math.dist((ax + t * dx, ay + t * dy), (x, y)))
        return out

    params = {"ROUTES": result["ROUTES"], "STOPS": result["STOPS"], "DEVICE": 1}
    run("export_gpx", dict(params, OUTPUT_FOLDER=str(tmp_path / "without")))
    assert nearest(tmp_path / "without", 507500, 9000050) < 100  # the route runs past it along the river
    run("export_gpx", dict(params, BASES=communities, OUTPUT_FOLDER=str(tmp_path / "with")))
    assert nearest(tmp_path / "with", 507500, 9000050) > 500
    assert nearest(tmp_path / "with", 512500, 9000050) < 100


def blank_round_bases(maps, stops, metres: float) -> int:
    """How many tile pixels within ``metres`` of a team base were looked at; each must be the tiles' paper
    colour (#f4f1e8, give or take the JPEG's noise): no river, trail nor route drawn there."""
    import re
    import zipfile

    from qgis.core import QgsCoordinateTransform, QgsPointXY, QgsProject
    from qgis.PyQt.QtGui import QColor, QImage

    to_wgs84 = QgsCoordinateTransform(stops.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    bases = [f.geometry().asPoint() for f in stops.getFeatures() if f["kind"] == "base"]
    looked = 0
    for kmz_path in maps:
        with zipfile.ZipFile(kmz_path) as kmz:
            kml = kmz.read("doc.kml").decode("utf-8")
            boxes = re.findall(
                r"<href>(files/[^<]+)</href></Icon><LatLonBox><north>([-\d.]+)</north><south>([-\d.]+)</south>"
                r"<east>([-\d.]+)</east><west>([-\d.]+)</west>",
                kml,
            )
            for name, north, south, east, west in boxes:
                image = QImage.fromData(kmz.read(name), "JPG")
                n, s, e, w = (float(v) for v in (north, south, east, west))
                for base in bases:
                    for dx in range(-int(metres), int(metres) + 1, 50):
                        for dy in range(-int(metres), int(metres) + 1, 50):
                            if dx * dx + dy * dy > metres * metres:
                                continue
                            p = to_wgs84.transform(QgsPointXY(base.x() + dx, base.y() + dy))
                            if not (w <= p.x() < e and s < p.y() <= n):
                                continue
                            col = int((p.x() - w) / (e - w) * image.width())
                            row = int((n - p.y()) / (n - s) * image.height())
                            pixel = QColor(image.pixel(col, row))
                            paper = abs(pixel.red() - 244) + abs(pixel.green() - 241) + abs(pixel.blue() - 232)
                            assert paper < 60, (kmz_path.name, base, dx, dy, pixel.name())
                            looked += 1
    return looked


def test_a_connected_unit_gets_a_custom_map_within_garmins_limits(patrol_provider, small_area, tmp_path) -> None:
    import zipfile

    from qgis.PyQt.QtGui import QImage

    from patrol_planner.planner.export import PROFILES

    result = plan(small_area, ["Norte", "Alfa", "", 1, 12, "Sur", "Beta", "", 1, 8])
    unit = tmp_path / "Garmin" / "GPX"
    unit.mkdir(parents=True)
    device = [p.key for p in PROFILES].index("gpsmap66")
    # Issue 27: no team chosen for the unit is refused, nothing written (a unit is one team's).
    with pytest.raises(QgsProcessingException, match="choose the team"):
        run(
            "export_gpx",
            {"ROUTES": result["ROUTES"], "STOPS": result["STOPS"], "DEVICE": device, "OUTPUT_FOLDER": str(unit)},
        )
    assert not list(unit.iterdir())

    def both_teams(**context):
        plan = {"ROUTES": result["ROUTES"], "STOPS": result["STOPS"], "DEVICE": device, "TEAM": "Norte;Sur"}
        run("export_gpx", {**plan, **context, "OUTPUT_FOLDER": str(unit)})

    both_teams(RIVERS=small_area["RIVERS"], TRAILS=small_area["TRAILS"], NOGO=small_area["NOGO"])
    # Team colours by plan order, the same palette as the map's (Norte first, Sur second).
    from patrol_planner.planner.export import TEAM_PALETTE

    shown = 0
    for name, colour in (("plan.gpx", TEAM_PALETTE[0]), ("plan-2.gpx", TEAM_PALETTE[1])):
        text = (unit / name).read_text(encoding="utf-8")
        if "<trk>" in text or "<rte>" in text:  # a team whose every stop is hidden has an empty file
            assert f"<gpxx:DisplayColor>{colour.garmin}</gpxx:DisplayColor>" in text
            shown += 1
    assert shown
    maps = sorted((tmp_path / "Garmin" / "CustomMaps").glob("*.kmz"))
    with_content = sorted(p.stem + ".kmz" for p in unit.glob("*.gpx") if "<wpt" in p.read_text(encoding="utf-8"))
    assert maps and [m.name for m in maps] == with_content, "a map for each team whose file shows anything"
    tiles = 0
    for kmz_path in maps:
        with zipfile.ZipFile(kmz_path) as kmz:
            assert kmz.namelist()[0] == "doc.kml"
            for name in kmz.namelist()[1:]:
                data = kmz.read(name)
                assert len(data) <= 3 * 1024 * 1024
                image = QImage.fromData(data, "JPG")
                assert not image.isNull() and image.width() * image.height() <= 1_000_000
                tiles += 1
    assert 0 < tiles <= 100, "every map on the unit shares its 100 tiles"
    # Issue 27: the rivers and trails that fan out from a base are blanked round it on the tiles.
    assert blank_round_bases(maps, result["STOPS"], 300.0) > 0
    # A user's own map with 99 tiles leaves too few: refused with what to do, before anything is replaced.
    before = {p.name: p.read_bytes() for p in unit.glob("*.gpx")}
    import shutil

    user_map = tmp_path / "Garmin" / "CustomMaps" / "mi_mapa.kmz"
    with zipfile.ZipFile(user_map, "w") as kmz:
        for i in range(99):
            kmz.writestr(f"files/t{i}.jpg", b"\xff\xd8")
    with pytest.raises(QgsProcessingException, match="use 99 of the unit's 100 tiles"):
        both_teams(RIVERS=small_area["RIVERS"])
    assert user_map.exists() and maps[0].exists()
    assert {p.name: p.read_bytes() for p in unit.glob("*.gpx")} == before, "the GPX files were not touched"
    shutil.move(str(user_map), str(tmp_path / "mi_mapa.kmz"))
    # An eTrex 10 shows no custom maps: none is written for it, and the GPX export replaces the others.
    run(
        "export_gpx",
        {
            "ROUTES": result["ROUTES"],
            "STOPS": result["STOPS"],
            "DEVICE": 0,
            "TEAM": "Norte;Sur",
            "RIVERS": small_area["RIVERS"],
            "OUTPUT_FOLDER": str(unit),
        },
    )
    assert sorted(p.name for p in unit.glob("*.gpx")) == ["plan-2.gpx", "plan.gpx"]
