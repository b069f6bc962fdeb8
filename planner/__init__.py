"""Patrol Planner engine, one sub-package per step of the job.

- ``core``: errors, progress and cancel, atomic files, safe XML, metres;
- ``field``: reading what comes back from the field, and what it covered;
- ``network``: the travel-time network from rivers and trails;
- ``optimize``: which plots each team visits, in what order (team orienteering);
- ``plan``: a patrol plan end to end, from request to days, stops and paths;
- ``export``: GPX files a handheld unit accepts.

Everything under ``planner`` is plain Python: it imports no ``qgis`` and no Qt,
only shapely, networkx, gpxpy and the standard library, so it is tested with
plain pytest and can be reused outside QGIS.  The QGIS side (``provider/``,
``qgis_adapters/``, ``ui/``) turns layers into the plain objects used here and
back, and imports each step from its package, never from its modules.
"""

__all__ = ["core", "export", "field", "network", "optimize", "plan"]
