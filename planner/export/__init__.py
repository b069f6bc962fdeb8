"""Step 5, what the patrol carries: GPX files a handheld unit accepts.

``devices`` says what each unit can hold; ``names`` makes short unique names
and safe file names; ``simplify`` fits lines to the unit's point budget and
trims them round hidden places; ``model`` holds what an export takes and
gives; ``gpx`` makes one file (or a few) per team, in GPX 1.1 text written by
``gpx_xml`` (the project's own writer: the zip holds no third-party code);
``garmin`` finds a unit plugged in over USB.  ``codes`` gives every place
one short name used everywhere; ``hiding`` cuts the track round hidden
places without giving them away, and ``ends`` trims the cut ends that would
still average onto one; ``field`` is that one rule for the lines of every
file the patrol carries (GPX, pilot's GPX, field briefing, QField); ``palette`` holds the team colours;
``unit`` writes an export into a folder or onto a unit (manifest, limits,
all files or none); ``teams`` exports a team, or several onto one unit; ``qfield`` fixes
what a team's QField package holds (verdict codes, basemap zooms, tracking).
"""

from __future__ import annotations

from ..core import NOT_REACHED, VERDICTS  # the QField form's choices: one vocabulary, in ``core``
from .codes import CODE_LENGTH, Place, place_code_list, place_codes, place_key, short_code, team_letter
from .comments import GpxLabels
from .custom_map import MAX_TILES, Tile, maps_folder, pack_kmz, plan_tiles, tiles_per_map
from .devices import ASCII, PROFILES, UNICODE, DeviceProfile, device_profile, profile_for_model
from .field import FieldHiding, field_lines
from .garmin import find_garmin_units, garmin_folder
from .gpx import budget, build_documents
from .hiding import centroid, circle_fit, guesses, hiding_zones, inside_any, ray_meet, shift_lines, stable_zone
from .legs import bearing_deg, forest_km_by_stop, forest_legs
from .model import DISPLAY_COLORS, NEUTRAL_CREATOR, ExportOptions, ExportStop, GpxDocument, TeamExport
from .names import UniqueNamer, clean_name, numbered, safe_file_stem, team_stems, to_ascii
from .palette import RIVER_BLUES, TEAM_PALETTE, TeamColour, colour_difference, team_colour
from .pilot import MIN_MOVE_M, Landings, PilotMove, hiding_zones_lonlat, pilot_gpx, shown_moves, trim_lonlat
from .qfield import (
    BASEMAP_FILE,
    BASEMAP_MAX_TILES,
    CAMPS_LAYER,
    PACKAGE_GPKG,
    PHOTO_FOLDER,
    PLOTS_LAYER,
    QFIELD_TRACKING,
    ROUTE_LAYER,
    TRACKS_LAYER,
    basemap_zooms,
    tile_count,
)
from .simplify import chunks, importance, max_deviation, pack_lines, segment_distance, simplify_to_budget, trim_around
from .teams import (
    ExportReport,
    chosen_for_unit,
    export_team_gpx,
    export_teams_gpx,
    export_to_unit,
    plan_cut,
    prepare_teams,
)
from .unit import MANIFEST, Load, count_gpx, own_files, read_manifest, write_files

__all__ = [
    "BASEMAP_FILE",
    "BASEMAP_MAX_TILES",
    "CAMPS_LAYER",
    "NOT_REACHED",
    "PACKAGE_GPKG",
    "PHOTO_FOLDER",
    "PLOTS_LAYER",
    "QFIELD_TRACKING",
    "ROUTE_LAYER",
    "TRACKS_LAYER",
    "VERDICTS",
    "basemap_zooms",
    "tile_count",
    "ASCII",
    "CODE_LENGTH",
    "DISPLAY_COLORS",
    "ExportReport",
    "GpxDocument",
    "GpxLabels",
    "Load",
    "MANIFEST",
    "MAX_TILES",
    "Tile",
    "pack_kmz",
    "plan_tiles",
    "Place",
    "RIVER_BLUES",
    "TEAM_PALETTE",
    "TeamColour",
    "bearing_deg",
    "budget",
    "forest_km_by_stop",
    "forest_legs",
    "circle_fit",
    "chosen_for_unit",
    "colour_difference",
    "count_gpx",
    "export_to_unit",
    "guesses",
    "ray_meet",
    "hiding_zones",
    "centroid",
    "inside_any",
    "shift_lines",
    "stable_zone",
    "own_files",
    "maps_folder",
    "tiles_per_map",
    "place_code_list",
    "place_codes",
    "place_key",
    "prepare_teams",
    "read_manifest",
    "short_code",
    "team_colour",
    "team_letter",
    "team_stems",
    "write_files",
    "DeviceProfile",
    "ExportOptions",
    "ExportStop",
    "NEUTRAL_CREATOR",
    "PROFILES",
    "PilotMove",
    "Landings",
    "MIN_MOVE_M",
    "hiding_zones_lonlat",
    "shown_moves",
    "FieldHiding",
    "field_lines",
    "plan_cut",
    "trim_lonlat",
    "TeamExport",
    "UNICODE",
    "UniqueNamer",
    "segment_distance",
    "build_documents",
    "chunks",
    "clean_name",
    "device_profile",
    "export_team_gpx",
    "export_teams_gpx",
    "find_garmin_units",
    "garmin_folder",
    "importance",
    "max_deviation",
    "numbered",
    "pilot_gpx",
    "pack_lines",
    "profile_for_model",
    "safe_file_stem",
    "simplify_to_budget",
    "to_ascii",
    "trim_around",
]
