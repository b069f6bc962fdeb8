"""The names of the fields the plugin reads and writes, in one place.

The stops, routes, left-out, legs and alert-plot layers are read back by other steps (export, briefing,
coverage, the dock's review), by the coordinator's own styles and by QField forms: a name changes here
or nowhere.
"""

from __future__ import annotations

from typing import Iterable, Tuple

from qgis.core import QgsField, QgsFields

TEAM = "team"
DAY = "day"
SEQ = "seq"
KIND = "kind"
NAME = "name"
CODE = "code"
PLOT_ID = "plot_id"
PRIORITY = "priority"
STATUS = "status"
REASON = "reason"
COVERED = "covered"
ARRIVAL = "arrival"
LABEL = "label"  # a stop's label on the map, made when the layer is written
SENSITIVE = "sensitive"  # a stop or a community that no field file may show (issue 27)

# A stop's place in the plan: which team, which day, in what order.
STOP_KEY = (TEAM, DAY, SEQ)

# A plot's verdict as the guards fill it in QField and the import reads it back (issue 30).
VERDICT = "verdict"
VISITED_ON = "visited_on"
PHOTO = "photo"
NOTES = "notes"

# The alert ledger's layer (Alert ledger), read back by the office briefing and the dock's review.
SOURCE = "source"
STATE = "state"
DAYS_TO_VERDICT = "days_to_verdict"
OVERDUE = "overdue"


def make_fields(spec: Iterable[Tuple[str, object]]) -> QgsFields:
    """``QgsFields`` from (name, QVariant type) pairs."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


# The river network's findings (Check the river network) and the flow set on a copy of the rivers (issue 25).
REVERSED = "reversed"  # 1: the line is drawn against the flow, 0: with it, NULL: unknown (the planner's default)
FEATURE = "feature"
PIECE = "piece"
KM = "km"
NOTE = "note"
