"""The look of every layer the plugin writes, the same from the dock, the toolbox, the modeler and scripts.

``layer_styles`` styles plan and field layers, ``legs`` the legs layer, ``targets`` the alert
plots, ``on_load`` applies a style when Processing loads an algorithm's output.
"""

from __future__ import annotations

from .layer_styles import style_field_tracks, style_nogo, style_plots_status, style_routes, style_stops
from .legs import style_legs
from .on_load import StyleOnLoad
from .targets import style_target_plots

__all__ = [
    "style_legs",
    "StyleOnLoad",
    "style_field_tracks",
    "style_nogo",
    "style_plots_status",
    "style_routes",
    "style_stops",
    "style_target_plots",
]
