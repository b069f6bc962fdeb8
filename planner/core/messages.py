# SPDX-License-Identifier: GPL-2.0-or-later
"""The engine's sentences for the coordinator, by message id, so the QGIS side can translate them.

The engine has no Qt, so it cannot translate; it raises ``PlannerError`` with
a ``Message`` (an id and named arguments).  ``str()`` gives the English
sentence (logs, tests, ``qgis_process``); ``qgis_adapters.translation.translate_error``
looks the template up in the plugin's translations and fills in the same
arguments.  ``N_`` only marks a template for ``scripts/i18n.py``.
"""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional, Tuple, Type

from .reasons import N_, REASONS

MESSAGES: Dict[str, str] = {
    "no_plots_left": N_("There are no plots to plan for: every suspected plot is already covered or filtered out."),
    "no_plots_in_layer": N_("The plots layer has no plots: choose the layer of suspected plots."),
    "no_teams": N_("no teams: add at least one team (name, base, end base, days, hours a day)"),
    "team_values": N_("each team needs {width} values ({columns})"),
    "team_no_name": N_("team {row}: the team has no name"),
    "risk_team_unknown": N_("team sizes: “{team}” is not one of the teams (known: {known})"),
    "risk_team_size": N_("team sizes: {team} has “{size}” people; give a whole number from 1 to 200"),
    "team_twice": N_("team {row} ({name}): two teams are called “{name}”"),
    "team_base_unknown": N_("team {row} ({name}): base “{base}” is not in the bases layer (known: {known})"),
    "team_end_base_unknown": N_("team {row} ({name}): end base “{base}” is not in the bases layer (known: {known})"),
    "team_not_numbers": N_("team {row} ({name}): days and hours a day must be numbers, got “{days}” and “{hours}”"),
    "team_days_range": N_("team {row} ({name}): days must be between 1 and 30, got {days}"),
    "team_hours_range": N_("team {row} ({name}): hours a day must be between 0 and 24, got {hours}"),
    "stops_empty": N_("the stops layer is empty: plan the patrols first"),
    "stops_none_for_team": N_("the stops layer has no stops for team “{team}”"),
    "gpx_near_hidden": N_("{names}: within {metres} m of a left-out base or sensitive stop, which they may give away"),
    "gpx_split": N_("the plan did not fit one {device} file: {files} files; load them onto the unit one at a time"),
    "gpx_hidden_count": N_("{count} bases or sensitive stops left out of the file"),
    "gpx_team_no_plot": N_("{team}: no plot in its plan: the file holds only its base"),
    # planner.core
    "cancelled": N_("The operation was cancelled."),
    "write_folder_failed": N_("{path}: cannot write in {folder}: {reason}"),
    "write_file_failed": N_("{path}: cannot write the file: {reason}"),
    "utm_no_zone": N_("no UTM zone covers longitude {lon}, latitude {lat}"),
    "area_too_wide": N_(
        "from longitude {west} to {east} is too wide for one UTM zone ({zone} would give negative eastings): "
        "plan or cut each area on its own"
    ),
    "lock_no_folder": N_("{path}: cannot write in the folder: {reason}"),
    "lock_unavailable": N_("The GeoPackage cannot be locked ({error}): importing without the import lock"),
    "lock_busy": N_(
        "{path}: another import is still writing to this GeoPackage; nothing was imported. Try again "
        "when it has finished."
    ),
    "xml_no_element": N_("no XML element in the first megabyte: not an XML file"),
    "xml_declaration_refused": N_(
        "refusing an XML {what} declaration: GPX never needs one and it can be used to "
        "read local files or exhaust memory"
    ),
    # planner.crew
    "source_months": N_("months"),
    "months_not_a_month": N_("navigable months {text!r}: {token!r} is not a month"),
    "boat_cannot_reach_end": N_(
        "team {team}: with its boat it cannot travel from its start base to its end base "
        "within its {hours:.1f} h and fuel ({reason}); give it more days or fuel, or "
        "another end base"
    ),
    # planner.export
    "codes_unknown_kind": N_("{name!r}: unknown kind of place {kind!r}"),
    "codes_same_short_name": N_("two places got the same short name; please report this"),
    "map_area_empty": N_("custom map: the area is empty"),
    "map_no_tiles": N_("custom map: no tiles"),
    "map_too_many_tiles": N_("custom map: {count} tiles, more than the {limit} a unit shows"),
    "map_tile_too_big": N_("custom map: {tile} has {width} x {height} pixels, over one megapixel"),
    "map_tiles_taken": N_(
        "{folder}: other custom maps there use {used} of the unit's {limit} tiles; remove some "
        "to add this plan's map, or export without the custom map"
    ),
    "map_tile_not_jpeg": N_("custom map: {tile} is not a JPEG of at most 3 MB"),
    "device_limits": N_("device profile {key!r}: limits must be positive (routes and tracks >= 2 points)"),
    "device_charset": N_("device profile {key!r}: charset must be {ascii!r} or {unicode!r}"),
    "device_unknown": N_("unknown device {key!r}; known devices: {known}"),
    "device_phone": N_("Phone app (OsmAnd, Locus Map)"),
    "gpx_options_negative": N_("GPX export: radius, deviation and tolerance cannot be negative"),
    "gpx_headroom": N_("GPX export: the headroom is a share of the unit, from 0 to less than 1"),
    "gpx_where_team": N_("team {team!r}"),
    "gpx_where_stop": N_("team {team!r}, stop {index} ({name!r})"),
    "gpx_where_day": N_("team {team!r}, day {day}"),
    "gpx_stop_kind": N_("unknown stop kind {kind!r}"),
    "gpx_stop_not_degrees": N_("lon/lat {lon}, {lat} is not WGS 84 degrees"),
    "gpx_stop_day": N_("day {day} (days start at 1)"),
    "gpx_path_not_degrees": N_("path point {lon}, {lat} is not WGS 84 degrees"),
    "gpx_colour": N_("colour {colour!r} is not a Garmin display colour ({colours})"),
    "gpx_name_twice": N_(
        "team {team!r}: the name {name!r} would stand for two places (or a place would get two "
        "names) on the {device}"
    ),
    "gpx_plan_too_big": N_("team {team!r}: the plan has {problem}; split it or choose another device"),
    "gpx_day_too_big": N_("team {team!r}: day {day} alone has {problem}; plan shorter days"),
    "gpx_too_many_waypoints": N_(
        "{count} waypoints, more than the {limit} of a {device}'s {capacity} that leave "
        "room for the guards' own marks"
    ),
    "gpx_too_many_routes": N_("{count} routes of up to {points} points, more than the {limit} routes a {device} holds"),
    "gpx_too_many_tracks": N_(
        "{count} tracks of up to {points} points, more than the {limit} tracks of a "
        "{device}'s {capacity} that leave room for its own"
    ),
    "unit_file_unreadable": N_(
        "{source}: the unit would load this file, but it cannot be read ({reason}); remove "
        "it from the unit or repair it"
    ),
    "at_line": N_("line {line}: {reason}"),
    "unit_large_gpx": N_("{path}: a very large GPX file on the unit; remove it before exporting"),
    "unit_would_hold": N_("{folder}: the unit would hold {problems}.{others}"),
    "unit_other_files": N_(" Other files on the unit: {files}; remove the ones no longer needed."),
    "unit_other_file": N_("{name} ({waypoints} waypoints, {routes} routes, {tracks} tracks)"),
    "unit_waypoints": N_(
        "{count} waypoints; a {device} holds {capacity} and {keep}% are kept free for the guards' "
        "own marks, so at most {limit}"
    ),
    "unit_routes": N_("{count} routes; a {device} holds {capacity}"),
    "unit_tracks": N_(
        "{count} tracks; a {device} holds {capacity} and {keep}% are kept free for its own, so at most {limit}"
    ),
    "unit_route_points": N_("{name} has a route of {count} points; at most {limit}"),
    "unit_track_points": N_("{name} has a track of {count} points; at most {limit}"),
    "unit_waypoint_name_clash": N_(
        "{folder}: the waypoint name {item!r} is in both {first} and {second}; the unit "
        "would show only one. Remove {remove} from the unit or rename its waypoint"
    ),
    "unit_route_name_clash": N_(
        "{folder}: the route name {item!r} is in both {first} and {second}; the unit would "
        "show only one. Remove {remove} from the unit or rename its route"
    ),
    "unit_no_folder": N_("{folder}: the folder does not exist"),
    "unit_not_ours": N_("{folder}: {names} already exists and was not written by this export"),
    "unit_write_failed": N_("{folder}: cannot write {name} ({reason}); nothing was changed"),
    "unit_rename_failed": N_(
        "{folder}: the export could not be finished ({reason}); nothing was changed, the previous export is still there"
    ),
    "unit_rename_unrestored": N_(
        "{folder}: the export could not be finished ({reason}) and the previous export could not be put back;"
        " connect the unit again and export again"
    ),
    # planner.field
    "file_unreadable": N_("cannot read the file: {reason}"),
    "file_unforeseen": N_("cannot be read ({kind}: {detail})"),
    "file_type_unsupported": N_("unsupported file type {suffix}: expected {expected}"),
    "file_type_none": N_("unsupported file type (none): expected {expected}"),
    "csv_unknown": N_(
        "unknown CSV: expected a DJI flight record, an Airdata export, a Litchi mission or an exiftool geotag export"
    ),
    "srt_empty": N_("the file is empty: no DJI telemetry"),
    "srt_no_records": N_("no DJI subtitle records (no time codes and no dates) in the file"),
    "flight_no_positions": N_("no rows with a position in the flight record"),
    "litchi_no_waypoints": N_("no waypoints in the Litchi mission"),
    "flight_csv_unknown": N_(
        "not a known flight CSV: expected DJI flight-record (OSD.latitude), Airdata "
        "(height_above_takeoff(feet)) or Litchi mission (actiontype1) columns"
    ),
    "geotag_no_columns": N_("not an exiftool geotag CSV: GPSLatitude and GPSLongitude columns are missing"),
    "geotag_no_positions": N_("no photo in the file has a usable GPS position"),
    "gpx_doctype_refused": N_("refusing an XML DOCTYPE or ENTITY declaration"),
    "gpx_file_empty": N_("the file is empty"),
    "gpx_not_readable": N_("not readable as GPX: {reason} (column {column})"),
    "gpx_not_gpx": N_("not a GPX file: the root element is <{name}>, not <gpx>"),
    "gpx_token_too_long": N_("an XML tag or text longer than {megabytes} MB: not a GPX file a device writes"),
    "rows_unusable": N_("no row has a usable position ({count} refused{first})"),
    "records_unusable": N_("no subtitle record has a usable position ({count} refused{first})"),
    "first_refused": N_("; the first, line {line}: {reason}"),
    # planner.network
    "source_rivers": N_("rivers"),
    "source_trails": N_("trails"),
    "source_terminals": N_("terminals"),
    "source_zones": N_("no-go zones"),
    "network_no_lines": N_(
        "No usable river or trail line ({rivers} rivers, {trails} trails given; {unnavigable} "
        "unnavigable, {degenerate} with fewer than two vertices)."
    ),
    "terminal_no_geometry": N_("terminal {terminal!r} has no geometry"),
    "speed_zero_or_more": N_("{name} must be zero or more, not {value!r}"),
    "speed_positive": N_("{name} must be positive, not {value!r}"),
    "zone_no_area": N_(
        "the no-go zone has no usable area (empty, a line, or broken coordinates); fix or delete it "
        "so the plan never enters it"
    ),
    "zone_lost_area": N_("the no-go zone could not be repaired without losing area"),
    "zone_named": N_("{reason} (zone {zone!r})"),
    # planner.optimize
    "matrix_not_square": N_("the travel-time matrix must be square ({rows} rows, but a row has another length)"),
    "solver_no_teams": N_("no teams: add at least one team"),
    "solver_base_node": N_("team {team}: base node {node} is not in the travel-time matrix"),
    "solver_team_time": N_("team {team}: days must be >= 1 and hours a day > 0"),
    "solver_plot_node": N_("plot node {node} is not in the travel-time matrix"),
    "solver_plot_is_base": N_("plot node {node} is also a team base"),
    "solver_plot_twice": N_("plot node {node} is listed twice"),
    "solver_plot_negative": N_("plot node {node}: priority and service time must not be negative"),
    "solver_negative_time": N_("negative travel time from node {origin} to node {destination}"),
    "solver_cannot_reach_end": N_(
        "team {team}: cannot even travel from its start base to its end base within its {hours:.1f} h"
    ),
    # planner.plan
    "boats_form": N_("{chunk!r} should look like Equipo A=15hp"),
    "assignment_form": N_("{chunk!r} should look like P07=Team A"),
    "pair_no_team": N_("{chunk!r}: there is no team called {team!r}"),
    "boats_unknown_motor": N_(
        "team {team}: unknown motor {key!r} (known: {motors} or {on_foot}, or litres per hour up/down like 9/6.5)"
    ),
    "boats_litres_form": N_("team {team}: litres per hour must look like 9/6.5 (upstream/downstream), got {text!r}"),
    "boats_litres_negative": N_("team {team}: litres per hour must not be negative"),
    "fuel_not_litres": N_("team {team}: the fuel budget must be litres, got {text!r}"),
    "fuel_negative": N_("team {team}: the fuel budget must not be negative"),
    "start_form": N_("the start must look like 2026-11-25T06:00, got {text!r}"),
    "plan_boat_count": N_("{teams} teams but {boats} boats given"),
    "plan_base_unreachable": N_("Base {base} cannot be reached: {reason}."),
    "plan_day_over": N_("team {team}: the day is over before the {time} departure"),
    # planner.store
    "store_newer": N_(
        "the shared field store was made by a newer Patrol Planner (schema version {found}; this "
        "plugin knows up to {known}). Update the Patrol Planner plugin before using this database"
    ),
    "store_schema_name": N_(
        "'{name}' cannot be a database schema name: use at most 63 bytes and no control characters"
    ),
    "store_bad_version": N_(
        "the shared field store's schema_version table holds '{value}', not a version number: the "
        "database was changed by hand or by another program; ask its administrator"
    ),
    "store_damaged_geometry": N_("the shared database returned a damaged geometry"),
    "store_not_segment": N_("the shared database returned a geometry that is not a track segment"),
    # planner.targets
    "airstrip_no_geometry": N_("airstrip {airstrip} has no geometry"),
    "airstrip_shape": N_("airstrip {airstrip} must be a line (centre-line) or a point, not a {shape}"),
    "cluster_distance": N_("the clustering distance must be more than 0 m, got {distance:g}"),
    "csv_empty": N_("the CSV file is empty"),
    "csv_unreadable": N_("the CSV cannot be read here: {error}"),
    "csv_encoding": N_("the file is neither UTF-8 nor Windows-1252 text; save it as UTF-8 CSV"),
    "alert_not_degrees": N_(
        "the coordinates {x}, {y} are not a longitude and latitude in degrees: if the file is in metres, "
        "it must say its coordinate system"
    ),
    "alert_zero_zero": N_("the alert is at longitude 0, latitude 0: its coordinates are missing"),
    "alert_swapped": N_(
        "longitude {x} and latitude {y} seem swapped: as given the alert is far outside Peru, swapped it is "
        "inside; correct the columns or the file"
    ),
    "alert_area": N_("the area {area} is not a number of hectares"),
    "alert_date_range": N_("the detection date {date} is not between {earliest} and {latest}"),
    "alert_id_long": N_("the alert id is {chars} characters long; an alert id has at most {limit}"),
    "csv_no_lonlat": N_("no longitude/latitude columns found among {columns}; name them lon and lat or choose them"),
    "csv_no_column": N_("the CSV has no column {name!r}"),
    "csv_bad_coordinates": N_("the coordinates {x!r}, {y!r} are not a longitude and latitude"),
    "check_days": N_("a check must stay current for at least 1 day, got {days}"),
    "priority_weight": N_("the {name} weight must be 0 or more"),
    "priority_not_positive": N_("{name} must be more than 0"),
}

# Issue 27: what the patrol carries.
MESSAGES.update(
    {
        "unit_no_team": N_(
            "choose the team (or teams) whose plan goes onto this unit: a unit carries only its own "
            "team's plan, so nothing was written"
        ),
        "unit_team_unknown": N_("there is no team “{team}” in the plan (teams: {known}); nothing was written"),
        # issue 30: QField packages, verdicts back, the alert ledger
        "qfield_basemap_too_wide": N_(
            "the team's area needs more than {tiles} basemap tiles even at zoom {zoom}: export a smaller area"
        ),
        "verdict_unknown": N_("the verdict “{value}” is not one of the form's choices ({known})"),
        "verdict_no_plot": N_("a verdict without a plot id: the plots layer of the package was changed"),
        "verdict_photo_outside": N_("the photo “{photo}” lies outside the package folder: not read"),
        "gfw_value": N_(
            "the raster value {value} is not an integrated alert (confidence 2, 3 or 4, then days since 2014-12-31)"
        ),
        "ledger_deadline": N_("“{part}” is not a deadline: write confidence:days, for example highest:7; high:21"),
    }
)


class Message(str):
    """A coordinator's sentence: the English text itself (a ``str``), plus ``id`` in ``MESSAGES`` and the values
    of its ``{placeholders}``, so the QGIS side can rebuild it in the user's language."""

    id: str
    args: Mapping[str, Any]

    def __new__(cls, message_id: str, args: Optional[Mapping[str, Any]] = None) -> Message:
        values = dict(args or {})
        text = super().__new__(cls, MESSAGES[message_id].format(**values))
        text.id = message_id
        text.args = values
        return text

    def __reduce__(self) -> Tuple[Type[Message], Tuple[str, Dict[str, Any]]]:
        return (Message, (self.id, dict(self.args)))

    @property
    def template(self) -> str:
        return MESSAGES[self.id]


def message(message_id: str, **args: Any) -> Message:
    if message_id not in MESSAGES:
        raise KeyError(f"no engine message {message_id!r}")
    return Message(message_id, args)


# The reasons, notes and log lines (planner/core/reasons.py) are codes of the same catalogue.
MESSAGES.update(REASONS)
