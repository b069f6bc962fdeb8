"""Plot coverage by foot/boat tracks and drone footprints, and planned versus actual."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from shapely.geometry import Point, box

from patrol_planner.planner.core import Cancelled, projector_for, utm_projector
from patrol_planner.planner.field import (
    CameraConfig,
    CoverageConfig,
    CoverageTrack,
    PlannedStop,
    PlanVsActualConfig,
    Plot,
    PlotCoverage,
    StopOutcome,
    compare_plan,
    compute_coverage,
    footprint,
    footprint_pieces,
    metric_track,
    read_dji_srt,
)

UTC = timezone.utc
T0 = datetime(2024, 5, 10, 14, 0, tzinfo=UTC)
SRT = Path(__file__).resolve().parents[2] / "data" / "field" / "dji_srt"


def line_track(
    track_id: str, kind: str, y: float, start: datetime = T0, height=None, step: float = 10.0, timed: bool = True
) -> CoverageTrack:
    """Straight track along y from x=0 to x=1000, one point every ``step`` m at 1 m/s."""
    points = tuple(
        (x, y, start + timedelta(seconds=x) if timed else None, height)
        for x in (i * step for i in range(int(1000 / step) + 1))
    )
    return CoverageTrack(track_id, kind, (points,))


def by_id(results):
    return {r.plot_id: r for r in results}


def test_foot_track_within_the_radius_covers_a_point_plot() -> None:
    plots = [Plot("near", Point(500, 40)), Plot("far", Point(500, 60)), Plot("end", Point(1049, 0))]
    result = by_id(compute_coverage(plots, [line_track("walk-1", "foot", 0)]))
    # Last seen: the latest point within 50 m (x = 530, 530 s after the start).
    assert result["near"] == PlotCoverage(
        "near", True, ("foot",), T0 + timedelta(seconds=530), 1, ("walk-1",), "walk-1"
    )
    assert result["far"] == PlotCoverage("far", False)
    assert result["end"].covered and result["end"].last_seen == T0 + timedelta(seconds=1000)


def test_radius_is_configurable() -> None:
    (result,) = compute_coverage([Plot("p", Point(500, 60))], [line_track("w", "foot", 0)], CoverageConfig(radius_m=70))
    assert result.covered


def test_several_tracks_count_as_visits_and_the_latest_is_last_seen() -> None:
    later = T0 + timedelta(days=3)
    tracks = [
        line_track("walk-1", "foot", 0),
        line_track("boat-7", "boat", 30, start=later),
        line_track("walk-2", "foot", 400),
    ]
    (result,) = compute_coverage([Plot("p", Point(200, 10))], tracks)
    assert result.covered_by == ("boat", "foot") and result.visits == 2
    assert result.tracks == ("boat-7", "walk-1") and result.last_track == "boat-7"
    assert result.last_seen == later + timedelta(seconds=240)


def test_only_passes_on_or_after_the_detection_date_count() -> None:
    track = line_track("walk-1", "foot", 0)  # 2024-05-10
    plots = [
        Plot("before", Point(100, 0), date(2024, 5, 11)),
        Plot("same-day", Point(100, 0), date(2024, 5, 10)),
        Plot("no-date", Point(100, 0)),
    ]
    result = by_id(compute_coverage(plots, [track]))
    assert not result["before"].covered
    assert result["same-day"].covered and result["no-date"].covered
    # A track without times cannot be dated: it counts, and last_seen stays unknown.
    (untimed,) = compute_coverage([plots[0]], [line_track("old", "foot", 0, timed=False)])
    assert untimed == PlotCoverage("before", True, ("foot",), None, 1, ("old",), "")


def test_polygon_plot_touched_by_a_foot_track() -> None:
    plots = [Plot("clearing", box(480, 45, 560, 120)), Plot("away", box(480, 51, 560, 120))]
    result = by_id(compute_coverage(plots, [line_track("w", "foot", 0)]))
    assert result["clearing"].covered and not result["away"].covered


def test_drone_footprint_from_height_and_field_of_view() -> None:
    camera = CameraConfig()  # 82 degrees diagonal, 4:3
    radius = camera.ground_radius(100)
    assert radius == pytest.approx(100 * math.tan(math.atan(math.tan(math.radians(41)) * 3 / 5)))
    assert radius == pytest.approx(52.16, abs=0.01)
    assert CameraConfig(model="Mavic Pro").diagonal_fov() == 78.8
    assert CameraConfig(model="Mavic Pro", diagonal_fov_deg=70).diagonal_fov() == 70
    flight = line_track("flight-1", "drone", 0, height=100.0)
    low = line_track("flight-2", "drone", 300, height=2.0)  # on the ground: sees nothing
    plots = [
        Plot("inside", Point(500, 52)),
        Plot("outside", Point(500, 53)),
        Plot("low", Point(500, 300)),
        Plot("half", box(490, 32, 510, 72)),
        Plot("third", box(490, 38.8, 510, 78.8)),
    ]
    result = by_id(compute_coverage(plots, [flight, low]))
    assert result["inside"].covered_by == ("drone",)
    assert result["inside"].last_seen == T0 + timedelta(seconds=500)
    assert not result["outside"].covered and not result["low"].covered
    assert result["half"].covered and not result["third"].covered
    # Heights mean nothing on foot: 52 m is beyond the 50 m walking radius.
    assert not compute_coverage([plots[0]], [line_track("w", "foot", 0, height=100.0)])[0].covered


def test_footprint_pieces_follow_height_changes() -> None:
    points = [(float(x), 0.0, None, 50.0 if x < 100 else 100.0) for x in range(0, 200, 10)]
    pieces = footprint_pieces(points)
    assert len(pieces) == 2
    assert [len(p.points) for p in pieces] == [10, 10]
    area = footprint([points]).area
    r50, r100 = CameraConfig().ground_radius(50), CameraConfig().ground_radius(100)
    assert r50 * 2 * 90 < area < math.pi * r100**2 + 2 * r100 * 90 + 2 * r50 * 90 + math.pi * r50**2
    assert footprint([[(0.0, 0.0, None, None)]]).is_empty


def test_real_flight_footprint_covers_what_it_flew_over() -> None:
    track = read_dji_srt(SRT / "juanirache/p4_rtk.SRT").tracks[0]  # ~86 m above take-off
    epsg, project = projector_for(track.points[0].lon, track.points[0].lat)
    assert epsg == 32721
    flight = metric_track(track, project)
    x, y, _, h = flight.segments[0][20]
    plots = [Plot("under", Point(x, y)), Plot("1 km away", Point(x + 1000, y))]
    result = by_id(compute_coverage(plots, [flight]))
    assert result["under"].covered and result["under"].covered_by == ("drone",)
    assert not result["1 km away"].covered
    assert footprint(flight.segments).area > 10_000


def test_utm_projection_matches_known_values() -> None:
    # Pucallpa in WGS 84 / UTM 18S; reference from PROJ through QgsCoordinateTransform (QGIS 3.22).
    x, y = utm_projector(32718)(-74.5539, -8.3791)
    assert (x, y) == (pytest.approx(549_113.853, abs=0.001), pytest.approx(9_073_763.805, abs=0.001))
    with pytest.raises(ValueError):
        utm_projector(4326)


def test_coverage_can_be_cancelled() -> None:
    class Stop:
        def set_progress(self, percent: float) -> None:
            pass

        def is_canceled(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        compute_coverage([Plot("p", Point(0, 0))], [line_track("w", "foot", 0)], feedback=Stop())


def test_planned_stops_reached_and_when() -> None:
    stops = [
        PlannedStop("s1", 300, 20, T0 + timedelta(seconds=200)),
        PlannedStop("s2", 300, 200),
        PlannedStop("s3", 900, -45, None),
    ]
    tracks = [line_track("walk-1", "foot", 0), line_track("flight", "drone", 200, height=100.0)]
    outcomes = compare_plan(stops, tracks)
    assert outcomes[0] == StopOutcome("s1", True, T0 + timedelta(seconds=260), "walk-1", 20.0, 60.0)
    assert outcomes[1] == StopOutcome("s2", False, None, "", None, None)  # drones do not count by default
    assert outcomes[2].reached and outcomes[2].reached_at == T0 + timedelta(seconds=880)
    with_drone = compare_plan(stops[1:2], tracks, PlanVsActualConfig(kinds=("foot", "drone")))
    assert with_drone[0].reached and with_drone[0].track_id == "flight"
