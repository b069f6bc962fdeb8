# SPDX-License-Identifier: GPL-2.0-or-later
"""Where a plan is written, and which layers the plan refuses before it starts.

A plan kept in memory layers is gone when the project is reopened; so once the
project has a file, every plan goes to a new GeoPackage in a folder beside it
(``<project>_plans/plan_<date>_<time>.gpkg``, one file per plan, never
overwriting the one on screen).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Dict, Mapping, Optional

from qgis.core import QgsMapLayer, QgsWkbTypes

from ..qgis_adapters.translation import tr

TABLES = {"ROUTES": "routes", "STOPS": "stops", "UNPLANNED": "plots_left_out", "LEGS": "legs"}


def plan_folder(project) -> Optional[Path]:
    name = project.fileName()
    if not name:
        return None
    path = Path(name)
    return path.parent / f"{path.stem}_plans"


def plan_destinations(project, now: Optional[datetime] = None) -> Dict[str, str]:
    """The plan algorithm's outputs: tables of one new GeoPackage beside the project, or temporary layers."""
    folder = plan_folder(project)
    if folder is None:
        return {key: "TEMPORARY_OUTPUT" for key in TABLES}
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d_%H%M%S")
    gpkg = folder / f"plan_{stamp}.gpkg"
    counter = 1
    while gpkg.exists():
        counter += 1
        gpkg = folder / f"plan_{stamp}_{counter}.gpkg"
    return {key: f"ogr:dbname='{gpkg}' table=\"{table}\" (geom)" for key, table in TABLES.items()}


def _geometry_names() -> Dict[object, str]:
    return {
        QgsWkbTypes.GeometryType.PointGeometry: tr("points"),
        QgsWkbTypes.GeometryType.LineGeometry: tr("lines"),
        QgsWkbTypes.GeometryType.PolygonGeometry: tr("polygons"),
    }


def _labels() -> Dict[str, str]:
    return {
        "rivers": tr("rivers"),
        "trails": tr("trails"),
        "plots": tr("suspected plots"),
        "bases": tr("bases"),
        "nogo": tr("no-go zones"),
    }


EXPECTED = {
    "rivers": (QgsWkbTypes.GeometryType.LineGeometry,),
    "trails": (QgsWkbTypes.GeometryType.LineGeometry,),
    "plots": (QgsWkbTypes.GeometryType.PointGeometry, QgsWkbTypes.GeometryType.PolygonGeometry),
    "bases": (QgsWkbTypes.GeometryType.PointGeometry,),
    "nogo": (QgsWkbTypes.GeometryType.PolygonGeometry,),
}
REQUIRED = ("rivers", "plots", "bases")


def _is_track(layer: QgsMapLayer) -> bool:
    source = layer.source().lower()
    return layer.providerType() == "gpx" or ".gpx" in source or "layername=field_tracks" in source


def wrong_layers(layers: Mapping[str, Optional[QgsMapLayer]]) -> str:
    """One sentence about the first layer the plan cannot use, or "" when all are fit."""
    labels = _labels()
    for key in REQUIRED:
        if layers.get(key) is None:
            return tr("Choose the {} layer on the Layers tab.").format(labels[key])
    chosen = [layer.id() for layer in layers.values() if layer is not None]
    for key, layer in layers.items():
        if layer is None:
            continue
        if chosen.count(layer.id()) > 1:
            return tr("“{}” is chosen for more than one step; choose a different layer for the {}.").format(
                layer.name(), labels[key]
            )
        if layer.type() != QgsMapLayer.LayerType.VectorLayer or layer.geometryType() not in EXPECTED[key]:
            if layer.type() == QgsMapLayer.LayerType.VectorLayer:
                kind = _geometry_names().get(layer.geometryType(), tr("no geometry"))
            else:
                kind = tr("a raster")
            return tr("“{}” holds {}; it cannot be used as the {}.").format(layer.name(), kind, labels[key])
        if key in ("rivers", "trails") and _is_track(layer):
            return tr("“{}” is a GPS track, not a network of {}; choose the {} layer.").format(
                layer.name(), labels[key], labels[key]
            )
    return ""
