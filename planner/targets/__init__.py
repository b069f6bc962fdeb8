# SPDX-License-Identifier: GPL-2.0-or-later
"""Targets from the alerts coordinators receive: deforestation alerts, airstrip lists, expiring checks.

``model`` says what an alert and a target plot are; ``fields`` guesses which
attribute is the id, date and area and parses them; ``csv_alerts`` reads a
CSV with coordinates; ``cluster`` joins alerts closer than a distance into
plots (a grid, not every pair); ``merge`` adds alerts to an existing plots
layer without doubling a plot; ``airstrips`` turns runways into targets;
``expiry`` says when a check stops counting; ``priority`` ranks the plots by a
documented rule; ``build`` does all of it for the Import alerts step; ``gfw`` decodes Global
Forest Watch's integrated alerts raster; ``ledger`` follows every alert to its
verdict (issue 30).
"""

from __future__ import annotations

from .airstrips import AirstripRecord, airstrip_target, merge_airstrips
from .build import RankedTargets, build_targets
from .checks import MAX_FIELDS, check_area, check_detected, check_id, check_lonlat, distinct_ids
from .cluster import cluster_alerts, cluster_groups, plot_from_alerts
from .csv_alerts import CsvAlerts, csv_columns, read_alert_csv
from .expiry import CheckRule, days_since, is_current, today_utc, unchecked_share
from .fields import LENGTH_NAMES, FieldMapping, guess, guess_mapping, parse_date, parse_id, parse_number
from .gfw import GFW_CONFIDENCE, GFW_EPOCH, decode_gfw
from .ledger import (
    LEDGER_STATES,
    AlertEntry,
    Deadlines,
    LedgerEvent,
    LedgerInputs,
    LedgerLine,
    LedgerRow,
    LedgerSummary,
    PlanEntry,
    build_ledger,
    ledger_summary,
    overdue_plots,
    tally,
)
from .merge import MergeResult, merge_alerts
from .model import (
    KIND_AIRSTRIP,
    KIND_ALERT,
    STATUS_NEW,
    STATUS_UNCHANGED,
    STATUS_UPDATED,
    Alert,
    ClusterConfig,
    TargetPlot,
)
from .priority import SHARES, Places, Priority, PriorityRule, plot_priority

__all__ = [
    "GFW_CONFIDENCE",
    "GFW_EPOCH",
    "LEDGER_STATES",
    "AlertEntry",
    "Deadlines",
    "LedgerEvent",
    "LedgerInputs",
    "LedgerLine",
    "LedgerRow",
    "LedgerSummary",
    "PlanEntry",
    "build_ledger",
    "decode_gfw",
    "ledger_summary",
    "overdue_plots",
    "tally",
    "MAX_FIELDS",
    "check_area",
    "check_detected",
    "check_id",
    "check_lonlat",
    "distinct_ids",
    "KIND_AIRSTRIP",
    "KIND_ALERT",
    "LENGTH_NAMES",
    "SHARES",
    "STATUS_NEW",
    "STATUS_UNCHANGED",
    "STATUS_UPDATED",
    "AirstripRecord",
    "Alert",
    "CheckRule",
    "ClusterConfig",
    "CsvAlerts",
    "FieldMapping",
    "MergeResult",
    "Places",
    "Priority",
    "PriorityRule",
    "RankedTargets",
    "TargetPlot",
    "airstrip_target",
    "build_targets",
    "cluster_alerts",
    "cluster_groups",
    "csv_columns",
    "days_since",
    "guess",
    "guess_mapping",
    "is_current",
    "merge_airstrips",
    "merge_alerts",
    "parse_date",
    "parse_id",
    "parse_number",
    "plot_from_alerts",
    "plot_priority",
    "read_alert_csv",
    "today_utc",
    "unchecked_share",
]
