"""Third-party imports that may come from the plugin's vendored copies.

The plugin zip ships pure-Python dependencies that QGIS lacks (networkx,
gpxpy) under ``patrol_planner._vendor`` with their own imports rewritten, so
nothing is added to ``sys.path`` and other plugins never see our copies.  The
vendored copy is preferred when present so the zip always runs the versions it
was tested with; in a development checkout the installed packages are used.
"""

from __future__ import annotations

try:  # inside the installed plugin: patrol_planner._vendor
    from ..._vendor import networkx
except ImportError:
    import networkx  # type: ignore[no-redef]

try:
    from ..._vendor import gpxpy
    from ..._vendor.gpxpy import gpx as gpxpy_gpx
except ImportError:
    import gpxpy  # type: ignore[no-redef]
    import gpxpy.gpx as gpxpy_gpx  # type: ignore[no-redef]

__all__ = ["networkx", "gpxpy", "gpxpy_gpx"]
