"""Third-party imports that may come from the plugin's vendored copies.

The plugin zip ships the pure-Python dependency that QGIS lacks (gpxpy)
under ``patrol_planner._vendor`` with its own imports rewritten, so
nothing is added to ``sys.path`` and other plugins never see our copies.  The
vendored copy is preferred when present so the zip always runs the versions it
was tested with; in a development checkout the installed packages are used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Tuple

if TYPE_CHECKING:  # the vendored copy exists only in the zip; it is the same pinned gpxpy
    import gpxpy
    import gpxpy.gpx as gpxpy_gpx
else:
    try:  # inside the installed plugin: patrol_planner._vendor
        from ..._vendor import gpxpy
        from ..._vendor.gpxpy import gpx as gpxpy_gpx
    except ImportError:
        import gpxpy
        import gpxpy.gpx as gpxpy_gpx


def optional_scipy() -> Optional[Tuple[Any, Any, Any]]:
    """``(numpy, scipy.sparse.csr_matrix, scipy.sparse.csgraph.dijkstra)``, or None when scipy is missing.

    scipy is an optional accelerator, never required: the network's matrix uses its
    compiled Dijkstra when it can be imported (QGIS's Windows and macOS installers
    ship it; on Debian ``python3-scipy``) and the pure-Python search otherwise, with
    the same times.  It is not vendored (a compiled package) and is imported only
    when first asked for, so loading the plugin stays quick.  Setting the
    environment variable ``PATROL_PLANNER_NO_SCIPY=1`` makes this return None (the
    benchmarks and tests use it to measure the fallback).
    """
    import os

    if os.environ.get("PATROL_PLANNER_NO_SCIPY", "") not in ("", "0"):
        return None
    try:
        import numpy
        from scipy.sparse import csr_matrix
        from scipy.sparse.csgraph import dijkstra
    except ImportError:
        return None
    return numpy, csr_matrix, dijkstra


__all__ = ["gpxpy", "gpxpy_gpx", "optional_scipy"]
