"""Which runtime dependencies are missing on this QGIS installation.

The zip holds no third-party code (GPX is the plugin's own); shapely has
compiled code and must come from QGIS's Python (OSGeo4W and the macOS bundle
ship it; on Debian/Ubuntu it is the python3-shapely package).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import Tuple


@lru_cache(maxsize=1)
def missing_dependencies() -> Tuple[str, ...]:
    return tuple(name for name in ("shapely",) if importlib.util.find_spec(name) is None)
