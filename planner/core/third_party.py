"""The optional third-party import: scipy, when QGIS's Python has it.

The plugin zip holds no third-party code: the engine needs only shapely
(QGIS ships it) and the standard library; GPX is written by ``export.gpx_xml``
and read by ``field.gpx``, the project's own code.
"""

from __future__ import annotations

from typing import Any, Optional, Tuple


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


__all__ = ["optional_scipy"]
