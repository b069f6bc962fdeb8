"""Plan patrols through processing.run, as the QGIS tests of planning and exporting do."""

from __future__ import annotations

from qgis.core import QgsVectorLayer


def run(algorithm: str, params: dict, feedback=None) -> dict:
    import processing

    return processing.run(f"patrol_planner:{algorithm}", params, feedback=feedback)


def plan(area, teams, feedback=None, **extra) -> dict:
    params = dict(
        area,
        TEAMS=teams,
        START="2026-12-01T06:00",
        TIME_LIMIT=2,
        ROUTES="memory:",
        STOPS="memory:",
        UNPLANNED="memory:",
    )
    params.update(extra)
    return run("plan_patrols", params, feedback)


def rows(layer: QgsVectorLayer):
    return [{name: f[name] for name in layer.fields().names()} for f in layer.getFeatures()]
