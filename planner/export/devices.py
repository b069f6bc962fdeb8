"""What each GPS unit the guards carry can hold, so exports fit it.

Figures are the manufacturer's where published: the "Specs" tab of each
model's garmin.com product page ("Waypoints/favorites/locations", "Routes",
"Track log") and the owner's manuals named below.  They are transcribed, not
measured on units, and were not re-checked against the live pages when this
was written (no network here): verify them before a release.  Where Garmin publishes nothing (name
length, which characters the font shows, points per route on older models)
the value is a conservative choice and the comment says so.  Phones (OsmAnd,
Locus) publish no limits at all: they are bound by memory, so the profile
uses generous but finite values that still keep a phone responsive.

Limits are per *unit*, not per file: a Garmin loads every GPX file in
``Garmin/GPX`` at start-up and all their waypoints count against one total.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Optional, Tuple

from ..core import ExportError, message

ASCII, UNICODE = "ascii", "unicode"


@dataclass(frozen=True)
class DeviceProfile:
    """The limits of one family of units.  All counts are inclusive maxima."""

    key: str
    label: str
    max_waypoints: int
    max_routes: int
    max_route_points: int  # points in one route
    max_track_points: int  # points in one saved/loaded track
    max_tracks: int  # saved tracks the unit keeps
    max_name_length: int  # waypoint, route and track names
    charset: str  # ASCII: accents are transliterated; UNICODE: kept
    garmin: bool = True  # understands gpxx extensions, loads from Garmin/GPX
    sources: str = ""

    def __post_init__(self) -> None:
        numbers = (
            self.max_waypoints,
            self.max_routes,
            self.max_route_points,
            self.max_track_points,
            self.max_tracks,
            self.max_name_length,
        )
        if min(numbers) < 1 or self.max_route_points < 2 or self.max_track_points < 2:
            raise ExportError(message("device_limits", key=self.key))
        if self.charset not in (ASCII, UNICODE):
            raise ExportError(message("device_charset", key=self.key, ascii=ASCII, unicode=UNICODE))


ETREX_10 = DeviceProfile(
    key="etrex10",
    label="Garmin eTrex 10",
    # Spec page "eTrex 10": 1,000 waypoints, 50 routes, track log 10,000 points,
    # 100 saved tracks.  Should a newer listing show higher figures, keep these:
    # units in the field rarely get firmware updates.
    max_waypoints=1000,
    max_routes=50,
    # Points per route: not published for the eTrex 10.  Its siblings list
    # 250; we take half, 125, as the conservative value.
    max_route_points=125,
    max_track_points=10000,
    max_tracks=100,
    # Name length: not published; 14 chosen conservatively (our names are
    # 3-6 characters anyway, this only bounds coordinator-chosen names).
    max_name_length=14,
    # Character set: not published; the monochrome font is assumed ASCII only.
    charset=ASCII,
    sources="garmin.com eTrex 10 Specs; eTrex 10 Owner's Manual",
)

ETREX_22X_32X = DeviceProfile(
    key="etrex22x",
    label="Garmin eTrex 22x / 32x",
    # Spec pages "eTrex 22x" / "eTrex 32x": 2,000 waypoints, 200 routes,
    # track log 10,000 points, 200 saved GPX tracks.
    max_waypoints=2000,
    max_routes=200,
    # Same spec pages, "Routes": 250 points per route.
    max_route_points=250,
    max_track_points=10000,
    max_tracks=200,
    # Name length and character set: not published; conservative as eTrex 10.
    max_name_length=14,
    charset=ASCII,
    sources="garmin.com eTrex 22x and eTrex 32x Specs; eTrex 22x/32x Owner's Manual",
)

GPSMAP_64 = DeviceProfile(
    key="gpsmap64",
    label="Garmin GPSMAP 64 / 64s / 64st",
    # Spec pages "GPSMAP 64", "GPSMAP 64s", "GPSMAP 64st": 5,000 waypoints,
    # 200 routes, track log 10,000 points, 200 saved tracks.
    max_waypoints=5000,
    max_routes=200,
    # Points per route: not on the 64/64s spec pages; 250 is the figure of
    # the 64sx/65 pages and of the eTrex 22x, the same generation of firmware.
    max_route_points=250,
    max_track_points=10000,
    max_tracks=200,
    # Not published; conservative.
    max_name_length=14,
    charset=ASCII,
    sources="garmin.com GPSMAP 64 / 64s / 64st Specs; GPSMAP 64 Series Owner's Manual",
)

GPSMAP_65_66 = DeviceProfile(
    key="gpsmap66",
    label="Garmin GPSMAP 65 / 65s / 66s / 66st / 66i",
    # Spec pages: GPSMAP 65/65s 5,000 waypoints; GPSMAP 66s/66st/66i 10,000.
    # Both: 250 routes of 250 points.  Track log: 65 10,000 points,
    # 66 20,000 points; 250 saved GPX tracks.  The family profile takes the
    # smaller figure of each pair so one file fits every member.
    max_waypoints=5000,
    max_routes=250,
    max_route_points=250,
    max_track_points=10000,
    max_tracks=250,
    # Not published.  The colour font shows Spanish accents on the unit's own
    # menus, but whether GPX names in UTF-8 render is not documented: ASCII.
    max_name_length=20,
    charset=ASCII,
    sources="garmin.com GPSMAP 65/65s and GPSMAP 66s/66st/66i Specs; GPSMAP 65 and 66 Owner's Manuals",
)

PHONE_APP = DeviceProfile(
    key="phone",
    # A Message, not only a str: the QGIS side says it in the user's language, in the pickers and inside every
    # sentence that names the device (``device=profile.label``).  Garmin's model names stay as they are.
    label=message("device_phone"),
    # OsmAnd and Locus publish no limits; both read GPX 1.1 into memory.
    # Conservative values that keep a low-end Android phone responsive.
    max_waypoints=10000,
    max_routes=100,
    max_route_points=1000,
    max_track_points=50000,
    max_tracks=100,
    max_name_length=40,
    # Android fonts show accents: keep names as the coordinator wrote them.
    charset=UNICODE,
    garmin=False,
    sources="OsmAnd and Locus Map user documentation: no published limits known (values chosen conservatively)",
)

PROFILES: Tuple[DeviceProfile, ...] = (ETREX_10, ETREX_22X_32X, GPSMAP_64, GPSMAP_65_66, PHONE_APP)
_BY_KEY: Dict[str, DeviceProfile] = {p.key: p for p in PROFILES}


def device_profile(key: str) -> DeviceProfile:
    """The profile with ``key`` (``etrex10``, ``etrex22x``, ``gpsmap64``, ``gpsmap66``, ``phone``)."""
    try:
        return _BY_KEY[key]
    except KeyError:
        known = ", ".join(_BY_KEY)
        raise ExportError(message("device_unknown", key=key, known=known)) from None


def profile_for_model(model: str) -> Optional[DeviceProfile]:
    """The profile for a model name as in ``GarminDevice.xml`` ("eTrex 32x", "GPSMAP 66s"), if known."""
    text = model.lower().replace(" ", "")
    for needle, profile in (
        ("etrex10", ETREX_10),
        ("etrex22x", ETREX_22X_32X),
        ("etrex32x", ETREX_22X_32X),
        ("gpsmap64", GPSMAP_64),
        ("gpsmap65", GPSMAP_65_66),
        ("gpsmap66", GPSMAP_65_66),
    ):
        if needle in text:
            return profile
    return None
