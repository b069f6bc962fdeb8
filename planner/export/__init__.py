"""Step 5, what the patrol carries: GPX files a handheld unit accepts.

``devices`` says what each unit can hold; ``names`` makes short unique names
and safe file names; ``simplify`` fits lines to the unit's point budget and
trims them round hidden places; ``gpx`` writes one file (or a few) per team;
``garmin`` finds a unit plugged in over USB.
"""

from __future__ import annotations

from .devices import ASCII, PROFILES, UNICODE, DeviceProfile, device_profile, profile_for_model
from .garmin import find_garmin_units, garmin_folder
from .gpx import (
    NEUTRAL_CREATOR,
    ExportOptions,
    ExportStop,
    TeamExport,
    build_documents,
    export_team_gpx,
    export_teams_gpx,
)
from .names import UniqueNamer, clean_name, numbered, safe_file_stem, to_ascii
from .pilot import PilotMove, pilot_gpx
from .simplify import chunks, importance, max_deviation, pack_lines, segment_distance, simplify_to_budget, trim_around

__all__ = [
    "ASCII",
    "DeviceProfile",
    "ExportOptions",
    "ExportStop",
    "NEUTRAL_CREATOR",
    "PROFILES",
    "PilotMove",
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
