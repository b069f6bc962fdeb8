"""What is printed or drawn for the patrol: the office briefing (PDF), the pilot's sheet, the Garmin custom map.

``briefing`` lays out the pages, ``context`` the context layers drawn under the route, ``maps`` the
map items (grids, scale, north arrow), ``table`` the stops table, ``pilot`` the pilot's sheet and GPX,
``custom_map`` the KMZ raster tiles for Garmin units, ``field_copy`` what the field copy hides, ``days`` a day
page's layers, ``qfield`` a team's QField package (project, GeoPackage, offline basemap),
``ledger_report`` the alert ledger's office page and chart, ``ledger_page`` its page in the office briefing.
"""

from __future__ import annotations

from .briefing import teams_in, write_briefings
from .context import BriefingContext
from .custom_map import write_custom_maps
from .field_copy import paper_hiding
from .ledger_report import summary_lines, write_report
from .pilot import write_pilot_files
from .qfield import QFieldPackage, verdict_labels, write_qfield_packages

__all__ = [
    "BriefingContext",
    "QFieldPackage",
    "verdict_labels",
    "write_qfield_packages",
    "summary_lines",
    "write_report",
    "paper_hiding",
    "teams_in",
    "write_briefings",
    "write_custom_maps",
    "write_pilot_files",
]
