"""What every other part of the QGIS side stands on: the CRS guard, progress and log bridges, the session.

- ``crs``: the local UTM zone of a layer and ``checked_transform``, the one guarded way to build a
  coordinate transform (QGIS 3.22 can spoil a cached UTM CRS; every transform goes through it);
- ``fields``: the names of the fields the plugin reads and writes, in one place;
- ``compat``: QGIS/Qt enum names that moved between 3.22 and 4 (Qt 6), in one place;
- ``feedback``: the engine's ``Feedback`` over a ``QgsProcessingFeedback``;
- ``secret``: the project's hiding secret (kept in the project, never in a field file);
- ``session``: what one QGIS session keeps between runs of "Plan patrols" (network, last plan).
"""

from __future__ import annotations

from .compat import layer_filter
from .crs import WGS84, WorkArea, checked_transform, local_utm, sound_crs, source_utm, utm_label, work_area
from .feedback import ProcessingFeedbackAdapter
from .fields import (
    ARRIVAL,
    CODE,
    COVERED,
    DAY,
    DAYS_TO_VERDICT,
    KIND,
    LABEL,
    NAME,
    NOTES,
    OVERDUE,
    PHOTO,
    PLOT_ID,
    PRIORITY,
    REASON,
    SEQ,
    SOURCE,
    STATE,
    STATUS,
    STOP_KEY,
    TEAM,
    VERDICT,
    VISITED_ON,
    make_fields,
)
from .secret import hiding_secret
from .session import NETWORKS, plan_key, previous_plan, raster_key, remember_plan

__all__ = [
    "LABEL",
    "sound_crs",
    "checked_transform",
    "WGS84",
    "hiding_secret",
    "ARRIVAL",
    "CODE",
    "COVERED",
    "DAY",
    "KIND",
    "NAME",
    "PLOT_ID",
    "PRIORITY",
    "REASON",
    "SEQ",
    "STATUS",
    "STOP_KEY",
    "TEAM",
    "NOTES",
    "OVERDUE",
    "SOURCE",
    "STATE",
    "DAYS_TO_VERDICT",
    "PHOTO",
    "VERDICT",
    "VISITED_ON",
    "make_fields",
    "layer_filter",
    "NETWORKS",
    "ProcessingFeedbackAdapter",
    "local_utm",
    "utm_label",
    "work_area",
    "WorkArea",
    "plan_key",
    "previous_plan",
    "raster_key",
    "remember_plan",
    "source_utm",
]
