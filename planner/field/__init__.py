"""Step 1, what comes back from the field: tracks, drone flights, photos, and what they saw.

The readers (``gpx``, ``dji_srt``, ``flight_csv``, ``geotag_csv``, one entry
point in ``readers``) turn files into the ``model`` (tracks, points,
waypoints); ``outliers`` drops impossible points without trusting any single
fix, ``values`` and ``csv_lines`` read numbers and CSV lines strictly and in
linear time; ``footprint`` gives the ground a drone camera saw; ``coverage``
says which suspected plots the patrols and drones saw; ``plan_vs_actual``
compares a plan's stops with the tracks that came back; ``verdicts`` reads what the
guards found at each plot, from a returned QField package.
"""

from __future__ import annotations

from ..core import NOT_REACHED, VERDICTS
from .coverage import CoverageConfig, CoverageTrack, Plot, PlotCoverage, compute_coverage, metric_track
from .dji_srt import read_dji_srt
from .flight_csv import read_flight_csv
from .footprint import CameraConfig, footprint, footprint_pieces
from .geotag_csv import parse_dms, read_geotag_csv
from .gpx import read_gpx
from .model import (
    KINDS,
    ImportConfig,
    ImportResult,
    SkippedRecord,
    Track,
    TrackPoint,
    Waypoint,
    content_digest,
    haversine_m,
    parse_iso_time,
    plausible_time,
)
from .plan_vs_actual import PlannedStop, PlanVsActualConfig, StopOutcome, compare_plan
from .readers import read_field_file
from .verdicts import Verdict, latest_verdicts, merge_verdicts, photo_digest, read_verdict

__all__ = [
    "NOT_REACHED",
    "VERDICTS",
    "Verdict",
    "latest_verdicts",
    "merge_verdicts",
    "photo_digest",
    "read_verdict",
    "CameraConfig",
    "CoverageConfig",
    "CoverageTrack",
    "ImportConfig",
    "ImportResult",
    "KINDS",
    "PlanVsActualConfig",
    "PlannedStop",
    "Plot",
    "PlotCoverage",
    "SkippedRecord",
    "StopOutcome",
    "Track",
    "TrackPoint",
    "Waypoint",
    "compare_plan",
    "compute_coverage",
    "content_digest",
    "footprint",
    "footprint_pieces",
    "haversine_m",
    "metric_track",
    "parse_dms",
    "parse_iso_time",
    "plausible_time",
    "read_dji_srt",
    "read_field_file",
    "read_flight_csv",
    "read_geotag_csv",
    "read_gpx",
]
