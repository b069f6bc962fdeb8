"""QGIS layers into engine objects and back: what the algorithms read and the layers they write.

One module per kind of data: ``alerts`` (alert files and layers to targets), ``coverage`` (plots
for coverage, planned versus actual), ``network`` (rivers, trails, no-go zones, DEM), ``plan_inputs`` (bases and plots),
``crew_inputs`` (river seasons, daylight), ``plan_outputs`` (stops, routes, left-out plots),
``legs`` (the legs layer), ``export_inputs`` (the stops layer back to the units' export),
``photos`` (geotagged photos as waypoints), ``ledger`` (every alert's register for the alert ledger,
Global Forest Watch's raster included), ``river_check`` (the river network's findings, the flow
set on a copy of the rivers), ``history`` (past plans, tracks and risk places for variation).
The names of the fields they read and write are ``base.fields``.
"""

from __future__ import annotations

from .alert_source import AlertsRead, alert_mapping, csv_alerts, csv_centre, layer_alerts, open_alert_file, read_alerts
from .alerts import airstrip_records, existing_plots, field_names, place_shapes, target_features, target_fields
from .coverage import (
    STOP_OUTCOME_FIELDS,
    coverage_features,
    coverage_fields,
    load_plots,
    load_stops,
    stop_outcome_features,
)
from .crew_inputs import bases_lat_lon, with_months
from .export_inputs import hidden_places, team_exports
from .history import read_history, read_risk_places
from .ledger import (
    SeenAlert,
    gfw_alerts,
    is_ledger_layer,
    ledger_layer_summary,
    planned_plots,
    plot_alerts,
    record,
    register,
    vector_alerts,
)
from .legs import LEG_FIELDS, LEG_WKB, fuel_summary, leg_features
from .network import (
    NAVIGABLE_FIELD,
    dem_elevation,
    is_navigable,
    rivers_from_layer,
    terminals_from_layer,
    trails_from_layer,
    zones_from_layer,
)
from .photos import read_geotagged_photos
from .plan_inputs import NamedSource, cut_to_area, metric_crs, read_bases, read_plots, transform_to
from .plan_outputs import (
    LEFT_OUT_FIELDS,
    LEFT_OUT_WKB,
    ROUTE_FIELDS,
    ROUTE_WKB,
    STOP_FIELDS,
    STOP_WKB,
    forest_limit_line,
    left_out_features,
    route_features,
    stop_features,
)
from .river_check import (
    FINDING_FIELDS,
    FINDING_WKB,
    check_lines,
    feature_flags,
    finding_features,
    flow_features,
    flow_fields,
)

__all__ = [
    "SeenAlert",
    "gfw_alerts",
    "is_ledger_layer",
    "ledger_layer_summary",
    "plot_alerts",
    "planned_plots",
    "record",
    "register",
    "vector_alerts",
    "FINDING_FIELDS",
    "FINDING_WKB",
    "check_lines",
    "feature_flags",
    "finding_features",
    "flow_features",
    "flow_fields",
    "read_history",
    "read_risk_places",
    "read_geotagged_photos",
    "AlertsRead",
    "read_alerts",
    "LEFT_OUT_FIELDS",
    "LEFT_OUT_WKB",
    "LEG_FIELDS",
    "LEG_WKB",
    "NamedSource",
    "metric_crs",
    "ROUTE_FIELDS",
    "forest_limit_line",
    "ROUTE_WKB",
    "STOP_FIELDS",
    "STOP_OUTCOME_FIELDS",
    "STOP_WKB",
    "airstrip_records",
    "alert_mapping",
    "coverage_features",
    "coverage_fields",
    "csv_alerts",
    "csv_centre",
    "bases_lat_lon",
    "dem_elevation",
    "existing_plots",
    "field_names",
    "fuel_summary",
    "hidden_places",
    "layer_alerts",
    "left_out_features",
    "leg_features",
    "load_plots",
    "load_stops",
    "cut_to_area",
    "open_alert_file",
    "place_shapes",
    "read_bases",
    "read_plots",
    "rivers_from_layer",
    "NAVIGABLE_FIELD",
    "is_navigable",
    "route_features",
    "stop_features",
    "stop_outcome_features",
    "target_features",
    "target_fields",
    "team_exports",
    "terminals_from_layer",
    "trails_from_layer",
    "transform_to",
    "with_months",
    "zones_from_layer",
]
