"""GPX export: schema validity, round trip, safety options, path fidelity."""

from __future__ import annotations

import math
import random
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import List, Tuple

import gpxpy
import pytest
from lxml import etree
from shapely.geometry import LineString, Point

from patrol_planner.planner.core import utm_projector
from patrol_planner.planner.export import (
    NEUTRAL_CREATOR,
    PROFILES,
    ExportOptions,
    ExportStop,
    TeamExport,
    build_documents,
    device_profile,
    export_team_gpx,
)
from patrol_planner.planner.field import read_gpx

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "data" / "gpx_schemas"
TO_UTM = utm_projector(32718)  # Ucayali


class _NoNetwork(etree.Resolver):
    def resolve(self, url, pubid, context):  # type: ignore[override]
        if url and url.startswith(("http:", "https:", "ftp:")):
            raise AssertionError(f"schema tried to fetch {url}")
        return None


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_NoNetwork())
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "gpx11_garmin.xsd"), parser))


def assert_valid(schema: etree.XMLSchema, path: Path) -> None:
    document = etree.parse(str(path), etree.XMLParser(no_network=True, resolve_entities=False))
    assert schema.validate(document), f"{path.name}: {schema.error_log}"


def river(start: Tuple[float, float], n: int, seed: int, step_deg: float = 0.0002) -> List[Tuple[float, float]]:
    """A meandering path of ``n`` vertices (about 22 m apart) with GPS-like jitter."""
    rng = random.Random(seed)
    lon, lat = start
    heading = rng.uniform(0, 2 * math.pi)
    out = []
    for _ in range(n):
        out.append((lon, lat))
        heading += rng.gauss(0, 0.25)
        lon += step_deg * math.cos(heading)
        lat += step_deg * math.sin(heading)
    return out


def make_team(
    days: int = 3,
    plots_per_day: int = 4,
    vertices_per_day: int = 400,
    seed: int = 7,
    name: str = "Comunidad Nueva Esperanza",
    sensitive_plot: bool = False,
) -> TeamExport:
    """Base, then per day some plots along the path and a camp at its end; back at base on the last day."""
    t0 = datetime(2026, 7, 1, 6, 0)
    base = (-74.53, -8.38)
    stops = [ExportStop("base", "Nueva Esperanza", base[0], base[1], 1, t0)]
    paths = []
    start = base
    for day in range(1, days + 1):
        path = river(start, vertices_per_day, seed + day)
        if day == days:
            path.append(base)  # home again
        paths.append(tuple(path))
        step = vertices_per_day // (plots_per_day + 1)
        for k in range(1, plots_per_day + 1):
            lon, lat = path[k * step]
            stops.append(
                ExportStop(
                    "plot",
                    f"PLT-{day:02d}{k:02d}",
                    lon,
                    lat,
                    day,
                    t0 + timedelta(days=day - 1, hours=k),
                    priority=float(k),
                    service_min=30,
                    sensitive=sensitive_plot and day == 1 and k == 1,
                )
            )
        end = path[-1]
        if day < days:
            stops.append(
                ExportStop("camp", f"Campamento {day}", end[0], end[1], day, t0 + timedelta(days=day - 1, hours=10))
            )
        else:
            stops.append(
                ExportStop("base", "Nueva Esperanza", base[0], base[1], day, t0 + timedelta(days=day - 1, hours=10))
            )
        start = end
    return TeamExport(name, tuple(stops), tuple(paths), color="Red")


def metres(line) -> LineString:
    return LineString([TO_UTM(lon, lat) for lon, lat in line])


@pytest.mark.parametrize("device", [p.key for p in PROFILES])
def test_every_device_writes_schema_valid_gpx(tmp_path, schema, device):
    options = ExportOptions(device=device_profile(device))
    report = export_team_gpx(make_team(sensitive_plot=True), tmp_path, options)
    assert len(report.parts) == 1
    assert_valid(schema, report.parts[0].path)


def test_schema_rejects_what_garmin_would_reject(tmp_path, schema):
    """The validation can fail: a bad DisplayColor and a wrong element order are caught."""
    good = export_team_gpx(make_team(), tmp_path).parts[0].path
    text = good.read_text(encoding="utf-8")
    bad = tmp_path / "bad.gpx"
    bad.write_text(text.replace("<gpxx:DisplayColor>Red<", "<gpxx:DisplayColor>Crimson<", 1), encoding="utf-8")
    assert not etree.XMLSchema.validate(schema, etree.parse(str(bad)))
    bad.write_text(text.replace("<sym>Flag, Blue</sym>", "<sym>Flag, Blue</sym><name>X</name>", 1), encoding="utf-8")
    assert not etree.XMLSchema.validate(schema, etree.parse(str(bad)))


def test_round_trip_with_gpxpy_same_stops_names_and_path(tmp_path):
    team = make_team()
    options = ExportOptions(hide_sensitive=False, max_deviation_m=15.0)
    report = export_team_gpx(team, tmp_path, options)
    gpx = gpxpy.parse(report.parts[0].path.read_text(encoding="utf-8"))
    # Every stop, in order, with its position (rounded to 1e-7 degrees, about 1 cm).
    # The base is visited twice and listed once.
    assert len(gpx.waypoints) == len(team.stops) - 1
    for wpt, stop in zip(gpx.waypoints, team.stops):
        assert wpt.longitude == pytest.approx(stop.lon, abs=1e-7)
        assert wpt.latitude == pytest.approx(stop.lat, abs=1e-7)
        assert stop.name in wpt.description
    names = [w.name for w in gpx.waypoints]
    # One name per place: the plot id, the camp's name, the base's name cut to the unit.
    assert names[:3] == ["Nueva Esperanz", "PLT-0101", "PLT-0102"]
    assert "Campamento 1" in names and len(set(names)) == len(names)
    assert [p.name for r in gpx.routes for p in r.points] == names + ["Nueva Esperanz"]
    # The path, one track per day, within the stated distance of the plan.
    assert [t.name for t in gpx.tracks] == ["Plan Dia 1", "Plan Dia 2", "Plan Dia 3"]
    for (segment,), day_path in zip((t.segments for t in gpx.tracks), team.day_paths):
        simplified = metres([(p.longitude, p.latitude) for p in segment.points])
        truth = metres(day_path)
        assert simplified.hausdorff_distance(truth) <= options.max_deviation_m + 0.01
        assert len(segment.points) < len(day_path)
    assert 0 < report.max_deviation_m <= options.max_deviation_m


def test_round_trip_through_the_project_importer(tmp_path):
    team = make_team()
    report = export_team_gpx(team, tmp_path)
    result = read_gpx(report.parts[0].path)
    assert not result.skipped
    visible = [s for s in team.stops if s.kind != "base"]
    assert [w.name for w in result.waypoints] == [f"PLT-01{i:02d}" for i in range(1, 5)] + ["Campamento 1"] + [
        f"PLT-02{i:02d}" for i in range(1, 5)
    ] + ["Campamento 2"] + [f"PLT-03{i:02d}" for i in range(1, 5)]
    assert len(result.waypoints) == len(visible)
    for w, s in zip(result.waypoints, visible):
        assert (w.lon, w.lat) == pytest.approx((s.lon, s.lat), abs=1e-7)
    assert [w.symbol for w in result.waypoints][:5] == ["Flag, Blue"] * 4 + ["Campground"]
    assert result.waypoints[0].comment == "Parcela PLT-0101; Prioridad 1; Dia 1; Llega 01/07 07:00; Revisar 30 min"
    # The route breaks where the left-out base lay between stops, so it never points at it.
    assert len(result.routes) == 1 and result.routes[0].point_count == len(visible)
    assert sum(len(s) for t in result.tracks for s in t.segments) == report.parts[0].track_points
    # Without hiding, each day's segment as read back stays within the stated distance of the plan.
    options = ExportOptions(hide_sensitive=False, max_deviation_m=10.0)
    result = read_gpx(export_team_gpx(team, tmp_path, options).parts[0].path)
    assert len(result.tracks) == len(team.day_paths)
    for (segment,), day_path in zip((t.segments for t in result.tracks), team.day_paths):
        back = metres([(p.lon, p.lat) for p in segment])
        assert back.hausdorff_distance(metres(day_path)) <= options.max_deviation_m + 0.01


def test_safe_by_default_no_base_no_sensitive_stop_track_trimmed(tmp_path):
    team = make_team(sensitive_plot=True)
    options = ExportOptions(hide_radius_m=500.0, max_deviation_m=20.0)
    report = export_team_gpx(team, tmp_path, options)
    assert report.hidden_stops == 3  # base at start and end, one sensitive plot
    text = report.parts[0].path.read_text(encoding="utf-8")
    gpx = gpxpy.parse(text)
    secret = [s for s in team.stops if s.kind == "base" or s.sensitive]
    for stop in secret:
        assert stop.name not in text
        assert all((w.longitude, w.latitude) != (stop.lon, stop.lat) for w in gpx.waypoints)
    # The route starts at the first stop that is not hidden.
    first_visible = next(s for s in team.stops if s.kind != "base" and not s.sensitive)
    assert gpx.routes[0].points[0].longitude == pytest.approx(first_visible.lon, abs=1e-7)
    # No track vertex inside the radius; the drawn line at most the deviation closer.
    for stop in secret:
        centre = Point(TO_UTM(stop.lon, stop.lat))
        for segment in gpx.tracks[0].segments:
            line = metres([(p.longitude, p.latitude) for p in segment.points])
            assert line.distance(centre) >= 500.0 - options.max_deviation_m - 0.5
            assert min(Point(c).distance(centre) for c in line.coords) >= 499.5
    # The file names nobody: neither the team, nor gpxpy, nor this software.
    assert team.team not in text and "Esperanza" not in text
    assert "gpx.py" not in text and "patrol" not in text.lower()
    assert gpx.creator == NEUTRAL_CREATOR and gpx.author_name is None and gpx.name is None


def test_trimming_actually_removes_the_path_at_the_base(tmp_path):
    """Without hiding, the track starts at the base; with hiding it starts ~radius away."""
    team = make_team()
    base = Point(TO_UTM(*team.day_paths[0][0]))
    shown = gpxpy.parse(
        export_team_gpx(team, tmp_path, ExportOptions(hide_sensitive=False)).parts[0].path.read_text(encoding="utf-8")
    )
    first = shown.tracks[0].segments[0].points[0]
    assert Point(TO_UTM(first.longitude, first.latitude)).distance(base) < 1.0
    hidden = gpxpy.parse(export_team_gpx(team, tmp_path).parts[0].path.read_text(encoding="utf-8"))
    first = hidden.tracks[0].segments[0].points[0]
    # Cut on an irregular edge round the base: at least the hiding distance away, not on a circle.
    assert Point(TO_UTM(first.longitude, first.latitude)).distance(base) >= 500.0


def test_stop_near_a_hidden_base_is_warned_about(tmp_path):
    team = make_team(days=1)
    base = team.stops[0]
    close = ExportStop("plot", "Cerca", base.lon + 0.002, base.lat, 1)  # ~220 m away
    report = export_team_gpx(replace(team, stops=team.stops[:1] + (close,) + team.stops[1:]), tmp_path)
    assert any(w.startswith("Cerca: within 500 m of a left-out base") for w in report.warnings)
    assert not any("within" in w for w in export_team_gpx(team, tmp_path).warnings)


def test_coordinator_may_set_author_and_title(tmp_path):
    options = ExportOptions(author="Programa de Vigilancia", title="Patrulla julio", creator="Mi software")
    gpx = gpxpy.parse(export_team_gpx(make_team(), tmp_path, options).parts[0].path.read_text(encoding="utf-8"))
    assert (gpx.author_name, gpx.name, gpx.creator) == ("Programa de Vigilancia", "Patrulla julio", "Mi software")


def test_accented_labels_and_names_become_ascii_on_garmin_but_not_on_phones(tmp_path):
    team = make_team(days=1)
    stops = tuple(
        s if s.kind != "plot" else ExportStop("plot", "Ñaupa Ríoñ", s.lon, s.lat, s.day, s.arrival) for s in team.stops
    )
    team = TeamExport("Añaño", stops, team.day_paths)
    garmin = build_documents(team, ExportOptions(device=device_profile("etrex10")))[0][0].xml
    assert "Naupa Rion" in garmin and "Ñ" not in garmin and "í" not in garmin
    garmin.encode("ascii")
    phone = build_documents(team, ExportOptions(device=device_profile("phone")))[0][0].xml
    assert "Ñaupa Ríoñ" in phone and "gpxx:" not in phone


def test_file_name_is_fat32_safe_and_the_old_file_is_replaced(tmp_path):
    team = TeamExport('Equipo "Ñ" <1>: río/CON', make_team(days=1).stops, make_team(days=1).day_paths)
    # While hiding is on, the unit's file list does not name the team either.
    assert export_team_gpx(team, tmp_path).parts[0].path.name == "plan.gpx"
    shown = ExportOptions(hide_sensitive=False)
    first = export_team_gpx(team, tmp_path, shown)
    (path,) = [p.path for p in first.parts]
    assert path.name == "Equipo_N_1_rio_CON.gpx"
    before = path.read_bytes()
    again = export_team_gpx(replace(team, stops=team.stops[:3]), tmp_path, shown)
    assert [p.path for p in again.parts] == [path] and path.read_bytes() != before
    # The earlier export's plan.gpx was this export's own: replaced, not left beside it.
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".gpx") == [path.name]
    assert export_team_gpx(team, tmp_path, file_stem="con").parts[0].path.name == "_con.gpx"


def test_bad_input_is_refused_with_where():
    from patrol_planner.planner.core import ExportError, InputError

    team = make_team(days=1)
    bad = TeamExport("T", (ExportStop("plot", "X1", -74.5, -98.0),), ())
    with pytest.raises(InputError, match="stop 1"):
        build_documents(bad)
    with pytest.raises(InputError, match="Garmin display colour"):
        build_documents(TeamExport("T", team.stops, team.day_paths, color="Crimson"))
    with pytest.raises(InputError, match="unknown stop kind"):
        build_documents(TeamExport("T", (ExportStop("hut", "X1", -74.5, -8.0),), ()))
    with pytest.raises(ExportError, match="cannot be negative"):
        ExportOptions(hide_radius_m=-1)
