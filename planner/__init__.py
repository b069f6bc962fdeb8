"""Patrol Planner engine.

Everything under ``planner`` is plain Python: it imports no ``qgis`` and no Qt,
only shapely, networkx, gpxpy and the standard library, so it is tested with
plain pytest and can be reused outside QGIS.  The QGIS side (``provider/``,
``ui/``) turns layers into the plain objects used here and back.
"""

__all__ = ["errors", "feedback"]
