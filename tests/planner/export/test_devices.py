"""Device profiles: the published figures as encoded, and lookups."""

from __future__ import annotations

import inspect
from dataclasses import FrozenInstanceError, replace

import pytest

from patrol_planner.planner.core import ExportError
from patrol_planner.planner.export import ASCII, PROFILES, UNICODE, device_profile, devices, profile_for_model

# key: (waypoints, routes, points per route, track points, tracks)
EXPECTED = {
    "etrex10": (1000, 50, 125, 10000, 100),
    "etrex22x": (2000, 200, 250, 10000, 200),
    "gpsmap64": (5000, 200, 250, 10000, 200),
    "gpsmap66": (5000, 250, 250, 10000, 250),
    "phone": (10000, 100, 1000, 50000, 100),
}


@pytest.mark.parametrize("profile", PROFILES, ids=lambda p: p.key)
def test_limits_are_the_documented_ones(profile):
    limits = (
        profile.max_waypoints,
        profile.max_routes,
        profile.max_route_points,
        profile.max_track_points,
        profile.max_tracks,
    )
    assert limits == EXPECTED[profile.key]
    assert profile.sources
    assert profile.charset == (UNICODE if profile.key == "phone" else ASCII)
    assert profile.garmin == (profile.key != "phone")


def test_the_required_families_are_there():
    labels = " | ".join(p.label for p in PROFILES)
    for family in ("eTrex 10", "eTrex 22x", "32x", "GPSMAP 64", "64s", "GPSMAP 65", "66", "OsmAnd", "Locus"):
        assert family in labels


def test_every_unpublished_figure_says_so_in_the_code():
    source = inspect.getsource(devices)
    assert source.count("not published") >= 4
    assert "Spec" in source and "Owner's Manual" in source


def test_lookup_and_unknown_device():
    assert device_profile("etrex10").label == "Garmin eTrex 10"
    with pytest.raises(ExportError, match="unknown device 'etrex30'.*etrex10, etrex22x"):
        device_profile("etrex30")


def test_profiles_are_frozen_and_checked():
    with pytest.raises(FrozenInstanceError):
        device_profile("phone").max_waypoints = 1  # type: ignore[misc]
    with pytest.raises(ExportError, match="limits must be positive"):
        replace(device_profile("phone"), max_route_points=1)
    with pytest.raises(ExportError, match="charset"):
        replace(device_profile("phone"), charset="latin-1")


@pytest.mark.parametrize(
    "model, key",
    [
        ("eTrex 10", "etrex10"),
        ("eTrex 32x", "etrex22x"),
        ("eTrex 22x", "etrex22x"),
        ("GPSMAP 64st", "gpsmap64"),
        ("GPSMAP 66i", "gpsmap66"),
        ("GPSMAP 65s", "gpsmap66"),
        ("Oregon 700", None),
        ("", None),
    ],
)
def test_profile_from_the_model_a_unit_reports(model, key):
    profile = profile_for_model(model)
    assert (profile.key if profile else None) == key
