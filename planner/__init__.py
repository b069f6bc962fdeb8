"""Patrol Planner engine, one sub-package per step of the job.

- ``core``: errors and message codes, progress and cancel, atomic files, file locks, safe XML, metres;
- ``field``: reading what comes back from the field, and what it covered;
- ``targets``: plots to check from the alerts (deforestation alerts, airstrips, expiring checks);
- ``store``: the shared field store's schema and SQL (PostGIS), without a database driver;
- ``network``: the travel-time network from rivers, trails and no-go zones;
- ``crew``: the boat crew: where the boat is, motors and fuel, river seasons, daylight;
- ``optimize``: which plots each team visits, in what order (team orienteering);
- ``plan``: a patrol plan end to end, from request to days, stops, legs and paths;
- ``export``: GPX files a handheld unit accepts, the pilot's files, Garmin custom maps.

Everything under ``planner`` is plain Python: it imports no ``qgis`` and no Qt,
only shapely (scipy when present) and the standard library, so it is tested with
plain pytest and can be reused outside QGIS.  The QGIS side (``provider/``,
``qgis_adapters/``, ``ui/``) turns layers into the plain objects used here and
back, and imports each step from its package, never from its modules.
"""

__all__ = ["core", "crew", "export", "field", "network", "optimize", "plan", "store", "targets"]
