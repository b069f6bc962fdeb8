"""One GPX 1.1 file (or a few) per team, fitted to the unit the team carries.

The file holds the stops as waypoints, the stops in order as route(s) for the
unit's "navigate to next point", and the planned path as a track with one
segment per day.  A unit can be lost or taken, so by default the community
bases and stops marked sensitive are left out, the track is cut away round
them, and nothing in the file names the guard group.  A plan that does not
fit the unit is split (routes into routes, files into files) or refused with
the limit named, never truncated.  Coordinates are WGS 84 lon/lat; the QGIS
side reprojects before calling.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
import zlib
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple, Union

from ..core import ExportError, InputError, atomic_write_bytes, message
from ..core.third_party import gpxpy_gpx
from ..plan import BASE, CAMP, PLOT
from . import simplify as geo
from .devices import ASCII, ETREX_22X_32X, DeviceProfile
from .names import MAX_FILE_STEM, UniqueNamer, clean_name, numbered, safe_file_stem
from .simplify import LonLat, PreparedLine, Simplified

logger = logging.getLogger(__name__)

GPXX_NS = "http://www.garmin.com/xmlschemas/GpxExtensions/v3"
_SCHEMA_LOCATIONS = ["http://www.topografix.com/GPX/1/1", "http://www.topografix.com/GPX/1/1/gpx.xsd",
                     GPXX_NS, "http://www8.garmin.com/xmlschemas/GpxExtensionsv3.xsd"]
# Replaces gpxpy's default creator, which would tell a finder which software
# (and so which kind of group) made the file.
NEUTRAL_CREATOR = "GPX export"
NEUTRAL_STEM = "plan"
# gpxx:DisplayColor_t values that stand out on a map (not black/white/grey).
TEAM_COLORS = ("Red", "Blue", "Magenta", "DarkGreen", "DarkCyan", "DarkRed", "DarkBlue", "DarkMagenta",
               "DarkYellow", "Cyan", "Green", "Yellow")
DISPLAY_COLORS = TEAM_COLORS + ("Black", "LightGray", "DarkGray", "White", "Transparent")
# Garmin symbol names (the text after <sym>); units without one show a plain dot.
SYMBOLS = {PLOT: "Flag, Blue", CAMP: "Campground", BASE: "Residence"}
# Plot ids and notes are free text; a waypoint comment is not a report.
MAX_DESCRIPTION = 200


@dataclass(frozen=True)
class ExportStop:
    kind: str  # BASE, PLOT or CAMP
    name: str  # plot id or place name, shown in the description
    lon: float
    lat: float
    day: int = 1  # 1-based day of the patrol
    arrival: Optional[datetime] = None  # planned, in the plan's local time
    priority: float = 0.0
    service_min: float = 0.0
    extras: Tuple[Tuple[str, str], ...] = ()  # more "label: value" for the description
    sensitive: bool = False


@dataclass(frozen=True)
class TeamExport:
    team: str
    stops: Tuple[ExportStop, ...]  # in visiting order
    day_paths: Tuple[Tuple[LonLat, ...], ...] = ()  # day_paths[0] is day 1
    color: Optional[str] = None  # a gpxx DisplayColor; default: one derived from the team name


@dataclass(frozen=True)
class GpxLabels:
    """Words written on the unit (Spanish by default: the guards read Spanish)."""

    plot: str = "P"
    camp: str = "C"
    base: str = "B"
    route: str = "Ruta"
    track: str = "Plan"
    day: str = "Dia"
    priority: str = "Prioridad"
    arrival: str = "llegada"
    service: str = "min"


@dataclass(frozen=True)
class ExportOptions:
    device: DeviceProfile = ETREX_22X_32X
    hide_sensitive: bool = True  # leave out bases and sensitive stops, trim the track round them
    hide_radius_m: float = 500.0
    max_deviation_m: float = 25.0  # the track stays this close to the planned path
    min_tolerance_m: float = 1.0  # below GPS noise: never worth a track point
    split: bool = True  # False: raise ExportError when the plan exceeds the unit
    creator: str = NEUTRAL_CREATOR
    author: Optional[str] = None  # only when the coordinator sets one
    title: Optional[str] = None
    labels: GpxLabels = field(default_factory=GpxLabels)

    def __post_init__(self) -> None:
        if min(self.hide_radius_m, self.max_deviation_m, self.min_tolerance_m) < 0:
            raise ExportError("GPX export: radius, deviation and tolerance cannot be negative")


@dataclass(frozen=True)
class GpxPart:
    """What one file holds; ``path`` is set once it is written."""

    days: Tuple[int, int]  # first and last day covered
    waypoints: int
    routes: int
    route_points: int
    tracks: int
    track_points: int
    original_track_points: int
    tolerance_m: float
    max_deviation_m: float  # measured: farthest planned-path vertex from the simplified track
    path: Optional[Path] = None


@dataclass(frozen=True)
class ExportReport:
    team: str
    device: str
    parts: Tuple[GpxPart, ...]
    hidden_stops: int
    original_track_points: int
    tolerance_m: float
    max_deviation_m: float  # measured in a local UTM projection
    warnings: Tuple[str, ...] = ()


@dataclass(frozen=True)
class _Point:
    name: str
    stop: ExportStop


@dataclass(frozen=True)
class GpxDocument:  # one file's GPX text and what it holds, before it is written
    xml: str
    part: GpxPart


def _check(team: TeamExport) -> None:
    for index, stop in enumerate(team.stops, 1):
        where = f"team {team.team!r}, stop {index} ({stop.name!r})"
        if stop.kind not in (BASE, PLOT, CAMP):
            raise InputError(f"unknown stop kind {stop.kind!r}", where)
        if not (-180 <= stop.lon <= 180 and -90 <= stop.lat <= 90):
            raise InputError(f"lon/lat {stop.lon}, {stop.lat} is not WGS 84 degrees", where)
        if stop.day < 1:
            raise InputError(f"day {stop.day} (days start at 1)", where)
    for day, path in enumerate(team.day_paths, 1):
        for lon, lat in path:
            if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                raise InputError(f"path point {lon}, {lat} is not WGS 84 degrees", f"team {team.team!r}, day {day}")
    if team.color is not None and team.color not in DISPLAY_COLORS:
        raise InputError(f"colour {team.color!r} is not a Garmin display colour ({', '.join(DISPLAY_COLORS)})",
                         f"team {team.team!r}")


def hidden(stop: ExportStop, options: ExportOptions) -> bool:
    return options.hide_sensitive and (stop.kind == BASE or stop.sensitive)


def _names(stops: Sequence[ExportStop], options: ExportOptions) -> List[_Point]:
    """Route points in order; a place visited twice (the camp of a rest day) keeps one name."""
    device, labels = options.device, options.labels
    namer = UniqueNamer(device.max_name_length, device.charset)
    places = {(s.kind, s.name, round(s.lon, 7), round(s.lat, 7)) for s in stops}
    totals = {kind: sum(p[0] == kind for p in places) for kind in (PLOT, CAMP, BASE)}
    prefixes = {PLOT: labels.plot, CAMP: labels.camp, BASE: labels.base}
    counters = dict.fromkeys(totals, 0)
    seen: Dict[Tuple[str, str, float, float], str] = {}
    out = []
    for stop in stops:
        key = (stop.kind, stop.name, round(stop.lon, 7), round(stop.lat, 7))
        if key not in seen:
            counters[stop.kind] += 1
            prefix = clean_name(prefixes[stop.kind], 3, device.charset)
            seen[key] = namer.name(numbered(prefix, counters[stop.kind], totals[stop.kind]), stop.kind[:1].upper())
        out.append(_Point(seen[key], stop))
    return out


def _waypoints(points: Sequence[_Point]) -> List[_Point]:
    """One waypoint per name, described as at its first visit."""
    unique: Dict[str, _Point] = {}
    for point in points:
        unique.setdefault(point.name, point)
    return list(unique.values())


def _description(stop: ExportStop, options: ExportOptions) -> str:
    labels = options.labels
    bits = [stop.name] if stop.name else []
    if stop.kind == PLOT:
        bits.append(f"{labels.priority} {stop.priority:g}")
    bits.append(f"{labels.day} {stop.day}")
    if stop.arrival is not None:
        bits.append(f"{labels.arrival} {stop.arrival:%d/%m %H:%M}")
    if stop.service_min:
        bits.append(f"{stop.service_min:.0f} {labels.service}")
    bits.extend(f"{key}: {value}" for key, value in stop.extras)
    return clean_name("; ".join(bits), MAX_DESCRIPTION, options.device.charset)


def _gpxx(tag: str, *children: Tuple[str, str]) -> ET.Element:
    element = ET.Element(f"{{{GPXX_NS}}}{tag}")
    for name, text in children:
        ET.SubElement(element, f"{{{GPXX_NS}}}{name}").text = text
    return element


def _day_lines(team: TeamExport, day: int, hide: Sequence[LonLat], options: ExportOptions) -> List[PreparedLine]:
    if day - 1 >= len(team.day_paths):
        return []
    return geo.prepare(geo.trim_around(team.day_paths[day - 1], hide, options.hide_radius_m))


@dataclass(frozen=True)
class _Layout:  # what goes into one file, counted before any XML is made
    points: Tuple[_Point, ...]
    routes: Tuple[Sequence[_Point], ...]
    track: Simplified
    tracks: Tuple[List[Sequence[LonLat]], ...]
    days: Tuple[int, int]


def _layout(points: Sequence[_Point], lines: Sequence[PreparedLine], days: Tuple[int, int],
            options: ExportOptions) -> _Layout:
    device = options.device
    track = geo.simplify_prepared(lines, device.max_track_points, options.max_deviation_m, options.min_tolerance_m)
    routes = geo.chunks(points, device.max_route_points) if len(points) >= 2 else []
    return _Layout(tuple(points), tuple(routes), track, tuple(geo.pack_lines(track.lines, device.max_track_points)),
                   days)


def _render(team: TeamExport, layout: _Layout, options: ExportOptions) -> GpxDocument:
    device, labels, days = options.device, options.labels, layout.days
    gpx = gpxpy_gpx.GPX()
    gpx.creator = options.creator
    gpx.author_name = options.author
    gpx.name = clean_name(options.title, 100, device.charset) if options.title else None
    if device.garmin:
        gpx.nsmap["gpxx"] = GPXX_NS
        gpx.schema_locations = list(_SCHEMA_LOCATIONS)
    color = team.color or TEAM_COLORS[zlib.crc32(team.team.encode("utf-8")) % len(TEAM_COLORS)]
    for point in _waypoints(layout.points):
        stop = point.stop
        text = _description(stop, options)
        wpt = gpxpy_gpx.GPXWaypoint(round(stop.lat, 7), round(stop.lon, 7), name=point.name, comment=text,
                                    description=text, symbol=SYMBOLS[stop.kind])
        if device.garmin:
            wpt.extensions.append(_gpxx("WaypointExtension", ("DisplayMode", "SymbolAndName")))
        gpx.waypoints.append(wpt)
    route_namer = UniqueNamer(device.max_name_length, device.charset)
    for number, chunk in enumerate(layout.routes, 1):
        name = route_namer.name(f"{labels.route} {number}" if len(layout.routes) > 1 else labels.route)
        route = gpxpy_gpx.GPXRoute(name=name)
        if device.garmin:
            route.extensions.append(_gpxx("RouteExtension", ("IsAutoNamed", "false"), ("DisplayColor", color)))
        for point in chunk:
            # Same name and position as the waypoint, so the unit links them.
            route.points.append(gpxpy_gpx.GPXRoutePoint(round(point.stop.lat, 7), round(point.stop.lon, 7),
                                                        name=point.name, symbol=SYMBOLS[point.stop.kind]))
        gpx.routes.append(route)
    track_namer = UniqueNamer(device.max_name_length, device.charset)
    day_text = f"{labels.day} {days[0]}" if days[0] == days[1] else f"{labels.day} {days[0]}-{days[1]}"
    for number, segments in enumerate(layout.tracks, 1):
        name = f"{labels.track} {number}" if len(layout.tracks) > 1 else f"{labels.track} {day_text}"
        trk = gpxpy_gpx.GPXTrack(name=track_namer.name(name))
        if device.garmin:
            trk.extensions.append(_gpxx("TrackExtension", ("DisplayColor", color)))
        for segment in segments:
            seg = gpxpy_gpx.GPXTrackSegment()
            seg.points.extend(gpxpy_gpx.GPXTrackPoint(round(lat, 7), round(lon, 7)) for lon, lat in segment)
            trk.segments.append(seg)
        gpx.tracks.append(trk)
    track = layout.track
    return GpxDocument(gpx.to_xml("1.1"), GpxPart(days, len(gpx.waypoints), len(layout.routes),
                       sum(len(r) for r in layout.routes), len(layout.tracks), track.points, track.original_points,
                       track.tolerance_m, track.max_deviation_m))


def _overflow(layout: _Layout, device: DeviceProfile) -> Optional[str]:
    waypoints = len(_waypoints(layout.points))
    if waypoints > device.max_waypoints:
        return f"{waypoints} waypoints, more than the {device.max_waypoints} a {device.label} holds"
    if len(layout.routes) > device.max_routes:
        return (f"{len(layout.routes)} routes of up to {device.max_route_points} points, more than the "
                f"{device.max_routes} routes a {device.label} holds")
    if len(layout.tracks) > device.max_tracks:
        return (f"{len(layout.tracks)} tracks of up to {device.max_track_points} points, more than the "
                f"{device.max_tracks} tracks a {device.label} holds")
    return None


def build_documents(team: TeamExport, options: Optional[ExportOptions] = None) -> Tuple[List[GpxDocument], List[str]]:
    """The GPX text of each file for ``team`` and warnings for the coordinator (no file is written)."""
    options = options or ExportOptions()
    _check(team)
    points = _names([s for s in team.stops if not hidden(s, options)], options)
    hide = [(s.lon, s.lat) for s in team.stops if hidden(s, options)]
    last_day = max([s.day for s in team.stops] + [len(team.day_paths), 1])
    # Shown stops so close to a hidden one that they would give it away.
    close = geo.near([(p.stop.lon, p.stop.lat) for p in points], hide, options.hide_radius_m)
    names = sorted({p.name for p, is_near in zip(points, close) if is_near})
    warnings = [message("gpx_near_hidden", names=", ".join(names), metres=f"{options.hide_radius_m:.0f}")] \
        if names else []
    # Trimmed and ranked once per day: finding where to split files re-simplifies many day ranges.
    day_lines = {day: _day_lines(team, day, hide, options) for day in range(1, last_day + 1)}

    def make(first: int, last: int) -> _Layout:
        chosen = [p for p in points if first <= p.stop.day <= last]
        lines = [line for day in range(first, last + 1) for line in day_lines[day]]
        return _layout(chosen, lines, (first, last), options)

    whole = make(1, last_day)
    problem = _overflow(whole, options.device)
    if problem is None:
        return [_render(team, whole, options)], warnings
    if not options.split:
        raise ExportError(f"team {team.team!r}: the plan has {problem}; split it or choose another device")
    # Whole days per file, as many as fit: a team loads the next file when a
    # leg is done, so a file never ends in the middle of a day.
    layouts: List[_Layout] = []
    first = 1
    while first <= last_day:
        doc = make(first, first)
        problem = _overflow(doc, options.device)
        if problem is not None:
            raise ExportError(f"team {team.team!r}: day {first} alone has {problem}; plan shorter days")
        last = first
        while last < last_day:
            bigger = make(first, last + 1)
            if _overflow(bigger, options.device) is not None:
                break
            doc, last = bigger, last + 1
        layouts.append(doc)
        first = last + 1
    warnings.append(message("gpx_split", device=options.device.label, files=len(layouts)))
    return [_render(team, layout, options) for layout in layouts], warnings


def export_team_gpx(
    team: TeamExport,
    folder: Union[str, Path],
    options: Optional[ExportOptions] = None,
    file_stem: Optional[str] = None,
) -> ExportReport:
    """Write ``team``'s plan into ``folder`` as ``<stem>.gpx`` or ``<stem>_1-3.gpx``, ``<stem>_2-3.gpx``...

    ``file_stem`` defaults to the team name made FAT32-safe, or to a neutral
    ``plan`` while ``hide_sensitive`` is on: a unit's file list is the first
    thing a finder reads.  Each file is written atomically.  Files of an earlier export with the same stem but a
    different number of parts are removed afterwards, because a Garmin loads
    every GPX file in its folder and would show the old plan too.
    """
    options = options or ExportOptions()
    folder = Path(folder)
    if not folder.is_dir():
        raise ExportError(f"{folder}: the folder does not exist")
    stem = safe_file_stem(file_stem if file_stem is not None else NEUTRAL_STEM if options.hide_sensitive else team.team)
    docs, warnings = build_documents(team, options)
    hidden_count = sum(hidden(s, options) for s in team.stops)
    count = len(docs)
    paths = [folder / (f"{stem}.gpx" if count == 1 else f"{stem}_{i}-{count}.gpx") for i in range(1, count + 1)]
    parts = []
    for doc, path in zip(docs, paths):
        atomic_write_bytes(path, doc.xml.encode("utf-8"))
        parts.append(replace(doc.part, path=path))
    stale = re.compile(rf"{re.escape(stem)}(_\d+-\d+)?\.gpx", re.IGNORECASE)
    keep = {p.name.lower() for p in paths}
    for old in folder.iterdir():
        if stale.fullmatch(old.name) and old.name.lower() not in keep:
            try:
                old.unlink()
            except OSError as error:
                raise ExportError(f"{old}: an older part of this plan could not be removed: {error}") from error
    if hidden_count:
        warnings.append(message("gpx_hidden_count", count=hidden_count))
    report = ExportReport(team.team, options.device.key, tuple(parts), hidden_count,
                          sum(p.original_track_points for p in parts), max(p.tolerance_m for p in parts),
                          max(p.max_deviation_m for p in parts), tuple(warnings))
    logger.info("GPX for %s: %d file(s), max deviation %.1f m", team.team, len(parts), report.max_deviation_m)
    return report


def export_teams_gpx(teams: Sequence[TeamExport], folder: Union[str, Path],
                     options: Optional[ExportOptions] = None) -> List[ExportReport]:
    """Every team into ``folder``; file names unique on a case-blind FAT32 disk (``plan``, ``plan-2``...)."""
    options, namer = options or ExportOptions(), UniqueNamer(MAX_FILE_STEM - 6, ASCII)  # room for "_12-12"
    wanted = (NEUTRAL_STEM if options.hide_sensitive else safe_file_stem(t.team) for t in teams)
    return [export_team_gpx(t, folder, options, namer.name(w, NEUTRAL_STEM)) for t, w in zip(teams, wanted)]
