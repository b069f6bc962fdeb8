"""The QGIS side of the engine, by role; ``provider/`` and ``ui/`` import these sub-packages' APIs only.

- ``base``: the CRS guard, progress and log bridges, enum names across QGIS versions, the session cache;
- ``layers``: QGIS layers into engine objects and back, and the field names the plugin reads and writes;
- ``stores``: the field GeoPackage, the shared PostGIS database and their sync;
- ``printing``: the briefing PDF, the pilot's sheet, the Garmin custom map;
- ``styles``: the look of every layer the plugin writes;
- ``translation``: the one ``tr`` and the coordinator's words for the engine's codes.

Pure rules (what to do) live in the engine (``planner/``); this side only reads and writes QGIS objects.
"""
