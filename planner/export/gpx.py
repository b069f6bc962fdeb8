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
from dataclasses import dataclass, replace
from typing import Dict, List, Optional, Sequence, Tuple

from ..core import ExportError, InputError, Message, message
from ..plan import BASE, CAMP, PLOT
from . import simplify as geo
from .codes import Place, place_code_list, place_key
from .comments import description
from .devices import DeviceProfile
from .field import FieldHiding, field_lines
from .gpx_xml import GPX_SCHEMA_LOCATIONS, GpxExtension, GpxFile, GpxPoint, GpxRoute, GpxTrack, gpx_xml
from .model import DISPLAY_COLORS, ExportOptions, ExportStop, GpxDocument, GpxPart, TeamExport
from .names import UniqueNamer, clean_name
from .palette import team_colour
from .simplify import LonLat, PreparedLine, Simplified

logger = logging.getLogger(__name__)

GPXX_NS = "http://www.garmin.com/xmlschemas/GpxExtensions/v3"
_SCHEMA_LOCATIONS = (*GPX_SCHEMA_LOCATIONS, GPXX_NS, "http://www8.garmin.com/xmlschemas/GpxExtensionsv3.xsd")
# Garmin symbol names (the text after <sym>); units without one show a plain dot.
SYMBOLS = {PLOT: "Flag, Blue", CAMP: "Campground", BASE: "Residence"}


@dataclass(frozen=True)
class _Point:
    name: str
    stop: ExportStop


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


def _gpxx(tag: str, *children: Tuple[str, str]) -> GpxExtension:
    return GpxExtension(f"gpxx:{tag}", children=tuple(GpxExtension(f"gpxx:{name}", text) for name, text in children))


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
    color = team.color or team_colour(0).garmin
    waypoints = []
    for point in _waypoints(layout.points):
        stop = point.stop
        text = description(point.stop, point.name, options.labels, options.device.charset)
        waypoints.append(
            GpxPoint(
                round(stop.lat, 7),
                round(stop.lon, 7),
                name=point.name,
                cmt=text,
                desc=text,
                sym=SYMBOLS[stop.kind],
                extensions=(_gpxx("WaypointExtension", ("DisplayMode", "SymbolAndName")),) if device.garmin else (),
            )
        )
    route_name = f"{labels.route} {team.tag}".strip()
    route_extensions = (
        (_gpxx("RouteExtension", ("IsAutoNamed", "false"), ("DisplayColor", color)),) if device.garmin else ()
    )
    routes = [
        GpxRoute(
            # Same name and position as the waypoint, so the unit links them.
            points=tuple(
                GpxPoint(round(p.stop.lat, 7), round(p.stop.lon, 7), name=p.name, sym=SYMBOLS[p.stop.kind])
                for p in chunk
            ),
            name=namers.route.name(route_name),
            extensions=route_extensions,
        )
        for chunk in layout.routes
    ]
    track_extensions = (_gpxx("TrackExtension", ("DisplayColor", color)),) if device.garmin else ()
    pieces: Dict[int, int] = {}

    def piece(day: int) -> str:
        """``1``, then ``1b``, ``1c``... for the pieces of a day cut round a hidden place ("1-2" reads as days)."""
        pieces[day] = pieces.get(day, 0) + 1
        return str(day) + ("" if pieces[day] == 1 else "bcdefghijklmnopqrstuvwxyz"[min(pieces[day] - 2, 24)])

    tracks = [
        GpxTrack(
            segments=tuple(
                tuple(GpxPoint(round(lat, 7), round(lon, 7)) for lon, lat in segment) for segment in segments
            ),
            name=namers.track.name(" ".join(filter(None, (labels.track, team.tag, labels.day, piece(day))))),
            extensions=track_extensions,
        )
        for day, segments in layout.tracks
    ]
    doc = GpxFile(
        options.creator,
        tuple(waypoints),
        tuple(routes),
        tuple(tracks),
        name=clean_name(options.title, 100, device.charset) if options.title else None,
        author=options.author,
        namespaces=(("gpxx", GPXX_NS),) if device.garmin else (),
        schema_locations=_SCHEMA_LOCATIONS if device.garmin else GPX_SCHEMA_LOCATIONS,
    )
    track = layout.track
    return GpxDocument(
        gpx_xml(doc),
        GpxPart(
            days,
            len(waypoints),
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


def hidden_places(team: TeamExport, options: ExportOptions) -> List[LonLat]:
    """The places ``team``'s files hide: its own hidden stops, and while hiding the ``also_hide`` ones."""
    hide = [(s.lon, s.lat) for s in team.stops if hidden(s, options)]
    if options.hide_sensitive:
        hide += [p for p in options.also_hide if p not in hide]
    return hide


def field_hiding(places: Sequence[LonLat], options: ExportOptions) -> FieldHiding:
    """The hiding rule of an export's files: ``places``, the options' distance and the project's secret (a
    fresh one when the caller has none: the zones then differ per export, which is only safe alone)."""
    return FieldHiding(tuple(places), options.hide_radius_m, options.hide_secret or secrets.token_bytes(32))


def shown_pins(team: TeamExport, options: ExportOptions) -> List[LonLat]:
    """The stops ``team``'s files show: the slide round a hidden place leaves them where they are."""
    return [(s.lon, s.lat) for s in team.stops if not hidden(s, options)]


def cut_lines(team: TeamExport, options: ExportOptions) -> Dict[int, List[List[LonLat]]]:
    """Each day's lines as the team's files may show them (``field.field_lines``), day 1 first."""
    hiding = field_hiding(hidden_places(team, options), options)
    (days,) = field_lines([team.day_paths], hiding, [shown_pins(team, options)])
    return dict(enumerate(days, 1))


def build_documents(
    team: TeamExport, options: Optional[ExportOptions] = None, cut: Optional[Dict[int, List[List[LonLat]]]] = None
) -> Tuple[List[GpxDocument], List[Message]]:
    """The GPX text of each file for ``team`` and warnings for the coordinator (no file is written).

    ``cut``: the team's ``cut_lines`` when the caller guarded them together with other teams' (a unit)."""
    options = options or ExportOptions()
    _check(team)
    team = with_codes(team)
    shown = [s for s in team.stops if not hidden(s, options)]
    points = _names(team, shown, options)
    runs = _route_runs(points, team.stops, options)
    hide = hidden_places(team, options)
    last_day = max([s.day for s in team.stops] + [len(team.day_paths), 1])
    # Shown stops so close to a hidden one that they would give it away.
    close = geo.near([(p.stop.lon, p.stop.lat) for p in points], hide, options.hide_radius_m)
    names = sorted({p.name for p, is_near in zip(points, close) if is_near})
    warnings: List[Message] = (
        [message("gpx_near_hidden", names=", ".join(names), metres=f"{options.hide_radius_m:.0f}")] if names else []
    )
    day_lines = {day: geo.prepare(lines) for day, lines in (cut_lines(team, options) if cut is None else cut).items()}

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
