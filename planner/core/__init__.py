"""What every step shares: errors, progress and cancel, safe files and XML, metres.

``errors`` holds the narrow exception hierarchy (every message is meant for a
coordinator); ``feedback`` progress and cancel without QGIS; ``atomic_write``
files that are either old or new, never half; ``file_lock`` one writer at a
time across processes; ``collector`` pauses the garbage collector around
allocation bursts; ``safe_xml`` refuses hostile XML; ``spatial_index`` behaves
alike on shapely 1.8 and 2.x; ``crs`` and ``utm`` give metres for
longitude/latitude.  ``core.third_party`` (imported on its own) gives scipy
when installed.
"""

from __future__ import annotations

from .atomic_write import atomic_open, atomic_write_bytes, atomic_write_text
from .collector import collector_paused
from .crs import utm_epsg, zone_name
from .errors import Cancelled, ExportError, InputError, NetworkError, PlannerError, PlanningError
from .feedback import Feedback, NullFeedback, ScaledFeedback, check_cancel, ensure
from .file_lock import exclusive_lock
from .geometry import every_face
from .messages import MESSAGES, Message, message
from .safe_xml import ParseError, check_prolog, check_prolog_text, parse_text
from .spatial_index import SpatialIndex
from .utm import projector_for, utm_projector, work_window, work_zone
from .verdicts import FALSE_ALARM, NOT_REACHED, VERDICTS
from .wording import Joined, code_of

__all__ = [
    "FALSE_ALARM",
    "NOT_REACHED",
    "VERDICTS",
    "every_face",
    "Cancelled",
    "ExportError",
    "Feedback",
    "InputError",
    "Joined",
    "MESSAGES",
    "Message",
    "NetworkError",
    "NullFeedback",
    "PlannerError",
    "PlanningError",
    "ScaledFeedback",
    "SpatialIndex",
    "atomic_open",
    "atomic_write_bytes",
    "atomic_write_text",
    "check_cancel",
    "check_prolog",
    "check_prolog_text",
    "code_of",
    "parse_text",
    "ParseError",
    "collector_paused",
    "ensure",
    "exclusive_lock",
    "message",
    "projector_for",
    "utm_epsg",
    "utm_projector",
    "work_window",
    "work_zone",
    "zone_name",
]
