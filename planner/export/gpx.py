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
import secrets
import xml.etree.ElementTree as ET  # nosec B405 - only writes (Garmin's extensions); reading is core.parse_text
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from ..core import ExportError, InputError, Message, message
from ..core.third_party import gpxpy_gpx
from ..plan import BASE, CAMP, PLOT
from . import simplify as geo
from .codes import Place, place_code_list, place_key
from .comments import GpxLabels, description
from .devices import ETREX_22X_32X, DeviceProfile
from .hiding import hiding_zones, shift_lines, trim_outside
from .names import UniqueNamer, clean_name
from .palette import team_colour
from .simplify import LonLat, PreparedLine, Simplified

logger = logging.getLogger(__name__)

GPXX_NS = "http://www.garmin.com/xmlschemas/GpxExtensions/v3"
_SCHEMA_LOCATIONS = [
    "http://www.topografix.com/GPX/1/1",
    "http://www.topografix.com/GPX/1/1/gpx.xsd",
    GPXX_NS,
    "http://www8.garmin.com/xmlschemas/GpxExtensionsv3.xsd",
]
# Replaces gpxpy's default creator, which would tell a finder which software
# (and so which kind of group) made the file.
NEUTRAL_CREATOR = "GPX export"
NEUTRAL_STEM = "plan"
# gpxx:DisplayColor_t values (team colours come from ``palette``).
DISPLAY_COLORS = (
    "Black",
    "DarkRed",
    "DarkGreen",
    "DarkYellow",
    "DarkBlue",
    "DarkMagenta",
    "DarkCyan",
    "LightGray",
    "DarkGray",
    "Red",
    "Green",
    "Yellow",
    "Blue",
    "Magenta",
    "Cyan",
    "White",
    "Transparent",
)
# Garmin symbol names (the text after <sym>); units without one show a plain dot.
SYMBOLS = {PLOT: "Flag, Blue", CAMP: "Campground", BASE: "Residence"}


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
    code: str = ""  # the place's short name (``codes``); made here when empty


@dataclass(frozen=True)
class TeamExport:
    team: str
    stops: Tuple[ExportStop, ...]  # in visiting order
    day_paths: Tuple[Tuple[LonLat, ...], ...] = ()  # day_paths[0] is day 1
    color: Optional[str] = None  # a gpxx DisplayColor; default: the first team's palette colour
    tag: str = ""  # the team's letter in the plan, in route and track names ("Ruta B")


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
    # Other places to keep out of the file (lon, lat): the other teams' bases.
    also_hide: Tuple[LonLat, ...] = ()
    # The project's secret, which fixes each hidden place's zone across exports (``hiding``).  Empty: a
    # new secret per export, so files of several exports could be pooled; the QGIS side always passes one.
    hide_secret: bytes = b""
    # Share of the unit's waypoints and tracks left free for the guards' own marks.
    headroom: float = 0.2

    def __post_init__(self) -> None:
        if min(self.hide_radius_m, self.max_deviation_m, self.min_tolerance_m) < 0:
            raise ExportError(message("gpx_options_negative"))
        if not 0 <= self.headroom < 1:
            raise ExportError(message("gpx_headroom"))


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
class _Point:
    name: str
    stop: ExportStop


@dataclass(frozen=True)
class GpxDocument:  # one file's GPX text and what it holds, before it is written
    xml: str
    part: GpxPart


def _check(team: TeamExport) -> None:
    for index, stop in enumerate(team.stops, 1):
        where = message("gpx_where_stop", team=team.team, index=index, name=stop.name)
        if stop.kind not in (BASE, PLOT, CAMP):
            raise InputError(message("gpx_stop_kind", kind=stop.kind), where)
        if not (-180 <= stop.lon <= 180 and -90 <= stop.lat <= 90):
            raise InputError(message("gpx_stop_not_degrees", lon=stop.lon, lat=stop.lat), where)
        if stop.day < 1:
            raise InputError(message("gpx_stop_day", day=stop.day), where)
    for day, path in enumerate(team.day_paths, 1):
        for lon, lat in path:
            if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                raise InputError(
                    message("gpx_path_not_degrees", lon=lon, lat=lat), message("gpx_where_day", team=team.team, day=day)
                )
    if team.color is not None and team.color not in DISPLAY_COLORS:
        raise InputError(
            message("gpx_colour", colour=team.color, colours=", ".join(DISPLAY_COLORS)),
            message("gpx_where_team", team=team.team),
        )


def hidden(stop: ExportStop, options: ExportOptions) -> bool:
    return options.hide_sensitive and (stop.kind == BASE or stop.sensitive)


def _place(team: str, stop: ExportStop) -> Place:
    return Place(stop.kind, team, stop.name, round(stop.lon, 7), round(stop.lat, 7))


def with_codes(team: TeamExport) -> TeamExport:
    """``team`` with every stop's code filled in (the codes of a one-team plan) where it has none."""
    if all(s.code for s in team.stops):
        return team
    codes = place_code_list([_place(team.team, s) for s in team.stops], [team.team])
    return replace(team, stops=tuple(s if s.code else replace(s, code=c) for s, c in zip(team.stops, codes)))


def _names(team: TeamExport, stops: Sequence[ExportStop], options: ExportOptions) -> List[_Point]:
    """Route points in order, named by their place's code: one name per place, one place per name."""
    owner: Dict[str, object] = {}
    named: Dict[object, str] = {}
    out = []
    for stop in stops:
        key = place_key(_place(team.team, stop))
        name = clean_name(stop.code, options.device.max_name_length, options.device.charset)
        folded = name.casefold()
        if owner.setdefault(folded, key) != key or named.setdefault(key, name) != name:
            raise ExportError(message("gpx_name_twice", team=team.team, name=name, device=options.device.label))
        out.append(_Point(name, stop))
    return out


def _waypoints(points: Sequence[_Point]) -> List[_Point]:
    """One waypoint per name, described as at its first visit."""
    unique: Dict[str, _Point] = {}
    for point in points:
        unique.setdefault(point.name, point)
    return list(unique.values())


def _gpxx(tag: str, *children: Tuple[str, str]) -> ET.Element:
    element = ET.Element(f"{{{GPXX_NS}}}{tag}")
    for name, text in children:
        ET.SubElement(element, f"{{{GPXX_NS}}}{name}").text = text
    return element


@dataclass(frozen=True)
class _Layout:  # what goes into one file, counted before any XML is made
    points: Tuple[_Point, ...]
    routes: Tuple[Sequence[_Point], ...]
    track: Simplified
    tracks: Tuple[Tuple[int, List[Sequence[LonLat]]], ...]  # (day, segments)
    days: Tuple[int, int]


def _route_runs(points: Sequence[_Point], stops: Sequence[ExportStop], options: ExportOptions) -> List[List[_Point]]:
    """The shown stops in order, broken wherever a hidden stop lay between two of them.

    A route is drawn as straight lines from point to point: joined across a
    left-out base it would point at the base."""
    shown = {id(p.stop): p for p in points}
    runs: List[List[_Point]] = [[]]
    for stop in stops:
        if id(stop) in shown:
            runs[-1].append(shown[id(stop)])
        elif hidden(stop, options) and runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= 2]


def _layout(
    points: Sequence[_Point],
    runs: Sequence[Sequence[_Point]],
    lines: Sequence[Tuple[int, PreparedLine]],
    days: Tuple[int, int],
    options: ExportOptions,
) -> _Layout:
    device = options.device
    track = geo.simplify_prepared(
        [line for _, line in lines], device.max_track_points, options.max_deviation_m, options.min_tolerance_m
    )
    routes = [chunk for run in runs for chunk in geo.chunks(run, device.max_route_points)]
    # One track per line: a reader that joins a track's segments would draw across a hidden place.
    tracks = [
        (day, [piece])
        for (day, _), line in zip(lines, track.lines)
        for piece in geo.chunks(line, device.max_track_points)
    ]
    return _Layout(tuple(points), tuple(routes), track, tuple(tracks), days)


@dataclass
class _Namers:  # route and track names unique across all the files of one team
    route: UniqueNamer
    track: UniqueNamer


def _render(team: TeamExport, layout: _Layout, options: ExportOptions, namers: _Namers) -> GpxDocument:
    device, labels, days = options.device, options.labels, layout.days
    gpx = gpxpy_gpx.GPX()
    gpx.creator = options.creator
    gpx.author_name = options.author
    gpx.name = clean_name(options.title, 100, device.charset) if options.title else None
    if device.garmin:
        gpx.nsmap["gpxx"] = GPXX_NS
        gpx.schema_locations = list(_SCHEMA_LOCATIONS)
    color = team.color or team_colour(0).garmin
    for point in _waypoints(layout.points):
        stop = point.stop
        text = description(point.stop, point.name, options.labels, options.device.charset)
        wpt = gpxpy_gpx.GPXWaypoint(
            round(stop.lat, 7),
            round(stop.lon, 7),
            name=point.name,
            comment=text,
            description=text,
            symbol=SYMBOLS[stop.kind],
        )
        if device.garmin:
            wpt.extensions.append(_gpxx("WaypointExtension", ("DisplayMode", "SymbolAndName")))
        gpx.waypoints.append(wpt)
    route_name = f"{labels.route} {team.tag}".strip()
    for chunk in layout.routes:
        route = gpxpy_gpx.GPXRoute(name=namers.route.name(route_name))
        if device.garmin:
            route.extensions.append(_gpxx("RouteExtension", ("IsAutoNamed", "false"), ("DisplayColor", color)))
        for point in chunk:
            # Same name and position as the waypoint, so the unit links them.
            route.points.append(
                gpxpy_gpx.GPXRoutePoint(
                    round(point.stop.lat, 7), round(point.stop.lon, 7), name=point.name, symbol=SYMBOLS[point.stop.kind]
                )
            )
        gpx.routes.append(route)
    for day, segments in layout.tracks:
        trk = gpxpy_gpx.GPXTrack(
            name=namers.track.name(" ".join(filter(None, (labels.track, team.tag, labels.day, str(day)))))
        )
        if device.garmin:
            trk.extensions.append(_gpxx("TrackExtension", ("DisplayColor", color)))
        for segment in segments:
            seg = gpxpy_gpx.GPXTrackSegment()
            seg.points.extend(gpxpy_gpx.GPXTrackPoint(round(lat, 7), round(lon, 7)) for lon, lat in segment)
            trk.segments.append(seg)
        gpx.tracks.append(trk)
    track = layout.track
    return GpxDocument(
        gpx.to_xml("1.1"),
        GpxPart(
            days,
            len(gpx.waypoints),
            len(layout.routes),
            sum(len(r) for r in layout.routes),
            len(layout.tracks),
            track.points,
            track.original_points,
            track.tolerance_m,
            track.max_deviation_m,
        ),
    )


def budget(device: DeviceProfile, headroom: float) -> Tuple[int, int]:
    """Waypoints and tracks an export may use, leaving ``headroom`` of the unit for the guards' marks."""
    return int(device.max_waypoints * (1 - headroom)), max(1, int(device.max_tracks * (1 - headroom)))


def _overflow(layout: _Layout, options: ExportOptions) -> Optional[Message]:
    device = options.device
    max_waypoints, max_tracks = budget(device, options.headroom)
    waypoints = len(_waypoints(layout.points))
    if waypoints > max_waypoints:
        return message(
            "gpx_too_many_waypoints",
            count=waypoints,
            limit=max_waypoints,
            device=device.label,
            capacity=device.max_waypoints,
        )
    if len(layout.routes) > device.max_routes:
        return message(
            "gpx_too_many_routes",
            count=len(layout.routes),
            points=device.max_route_points,
            limit=device.max_routes,
            device=device.label,
        )
    if len(layout.tracks) > max_tracks:
        return message(
            "gpx_too_many_tracks",
            count=len(layout.tracks),
            points=device.max_track_points,
            limit=max_tracks,
            device=device.label,
            capacity=device.max_tracks,
        )
    return None


def _hidden_lines(team: TeamExport, hide: Sequence[LonLat], options: ExportOptions) -> Dict[int, List[PreparedLine]]:
    """Each day's path with the hiding zones cut out, prepared for simplifying."""
    paths = [list(path) for path in team.day_paths]
    every = [p for path in paths for p in path] + list(hide)
    if not every:
        return {}
    project = geo.local_projector(every)
    radius = options.hide_radius_m
    zones = []
    if hide and radius > 0:
        secret = options.hide_secret or secrets.token_bytes(32)
        paths = shift_lines(paths, hide, radius, secret)
        zones = hiding_zones(hide, radius, secret, project)
    # Slid round the hidden places first (hiding.shift_lines), then cut on the zones.
    return {day: geo.prepare(trim_outside(p, [project(*q) for q in p], zones)) for day, p in enumerate(paths, 1)}


def build_documents(team: TeamExport, options: Optional[ExportOptions] = None) -> Tuple[List[GpxDocument], List[str]]:
    """The GPX text of each file for ``team`` and warnings for the coordinator (no file is written)."""
    options = options or ExportOptions()
    _check(team)
    team = with_codes(team)
    shown = [s for s in team.stops if not hidden(s, options)]
    points = _names(team, shown, options)
    runs = _route_runs(points, team.stops, options)
    hide = [(s.lon, s.lat) for s in team.stops if hidden(s, options)]
    if options.hide_sensitive:
        hide += [p for p in options.also_hide if p not in hide]
    last_day = max([s.day for s in team.stops] + [len(team.day_paths), 1])
    # Shown stops so close to a hidden one that they would give it away.
    close = geo.near([(p.stop.lon, p.stop.lat) for p in points], hide, options.hide_radius_m)
    names = sorted({p.name for p, is_near in zip(points, close) if is_near})
    warnings = (
        [message("gpx_near_hidden", names=", ".join(names), metres=f"{options.hide_radius_m:.0f}")] if names else []
    )
    day_lines = _hidden_lines(team, hide, options)

    def make(first: int, last: int) -> _Layout:
        chosen = [p for p in points if first <= p.stop.day <= last]
        keep = {id(p) for p in chosen}
        day_runs = [[p for p in run if id(p) in keep] for run in runs]
        lines = [(day, line) for day in range(first, last + 1) for line in day_lines.get(day, [])]
        return _layout(chosen, [r for r in day_runs if len(r) >= 2], lines, (first, last), options)

    namers = _Namers(
        UniqueNamer(options.device.max_name_length, options.device.charset),
        UniqueNamer(options.device.max_name_length, options.device.charset),
    )
    whole = make(1, last_day)
    problem = _overflow(whole, options)
    if problem is None:
        return [_render(team, whole, options, namers)], warnings
    if not options.split:
        raise ExportError(message("gpx_plan_too_big", team=team.team, problem=problem))
    # Whole days per file, as many as fit: a team loads the next file when a
    # leg is done, so a file never ends in the middle of a day.
    layouts: List[_Layout] = []
    first = 1
    while first <= last_day:
        doc = make(first, first)
        problem = _overflow(doc, options)
        if problem is not None:
            raise ExportError(message("gpx_day_too_big", team=team.team, day=first, problem=problem))
        last = first
        while last < last_day:
            bigger = make(first, last + 1)
            if _overflow(bigger, options) is not None:
                break
            doc, last = bigger, last + 1
        layouts.append(doc)
        first = last + 1
    warnings.append(message("gpx_split", device=options.device.label, files=len(layouts)))
    return [_render(team, layout, options, namers) for layout in layouts], warnings
