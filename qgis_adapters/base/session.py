"""What one QGIS session keeps between runs of "Plan patrols" (issue 17).

Planning again after a drop or a lock must not rebuild the travel network nor
search the travel times again, and the optimizer should start from the last
plan.  The Processing algorithm asks this module for both, so the dock, the
modeler and the Python console share it; ``qgis_process`` runs once and gains
nothing, loses nothing.  The network is keyed by the content of its inputs
(``planner.network.NetworkCache``); the last plan by everything but the
coordinator's corrections (drops, locks), the search time and the seed.
``clear()`` lets the memory go (the plugin calls it when it is unloaded).
"""

from __future__ import annotations

import os
import threading
from typing import Any, Optional

from ...planner.network import NetworkCache
from ...planner.plan import PatrolPlan

NETWORKS = NetworkCache()
_lock = threading.Lock()
_last_plan: Optional[tuple] = None  # (key, plan)


def raster_key(layer) -> Any:
    """What a DEM is, for the network's key: its source and, for a file, its size and date."""
    if layer is None:
        return None
    source = layer.source()
    path = source.split("|")[0]
    try:
        stat = os.stat(path)
        return source, stat.st_size, stat.st_mtime_ns
    except OSError:
        return source, None, None


def plan_key(bases, plots, teams, start) -> tuple:
    """The question a plan answers, drops and locks aside: network, bases, plots, teams, start."""
    return (
        NETWORKS.key,
        tuple((b, b.geometry.wkb) for b in bases),
        tuple((p, p.geometry.wkb) for p in plots),
        tuple(teams),
        start,
    )


def previous_plan(key: Any) -> Optional[PatrolPlan]:
    """The last plan made for the same question (drops and locks aside), or None."""
    with _lock:
        if _last_plan is not None and _last_plan[0] == key:
            return _last_plan[1]
    return None


def remember_plan(key: Any, plan: PatrolPlan) -> None:
    global _last_plan
    with _lock:
        _last_plan = (key, plan)


def clear() -> None:
    global _last_plan
    NETWORKS.clear()
    with _lock:
        _last_plan = None
