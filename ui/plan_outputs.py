# SPDX-License-Identifier: GPL-2.0-or-later
"""Where the dock's outputs are written, and which layers the plan refuses before it starts.

A memory layer comes back empty when the project is reopened (and an empty
coverage layer once made the next morning's plan fail), so every output the
dock makes goes to a new GeoPackage: in a folder beside the project
(``<project>_plans/plan_<date>_<time>.gpkg``, one file per run, never
overwriting the one on screen), or, before the project has a file, in the
user's profile; when the project is then saved, those GeoPackages are copied
into the folder beside it and the layers read them there
(``keep_beside_project``), so the project's folder, copied to another machine,
opens with its plan.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Dict, Iterable, List, Mapping, Optional

from qgis.core import QgsApplication, QgsMapLayer, QgsProviderRegistry, QgsWkbTypes

from ..qgis_adapters.translation import tr

TABLES = {"ROUTES": "routes", "STOPS": "stops", "UNPLANNED": "plots_left_out", "LEGS": "legs"}
COVERAGE_TABLES = {"OUTPUT": "plot_coverage"}


log = logging.getLogger(__name__)


def unsaved_folder() -> Path:
    return Path(QgsApplication.qgisSettingsDirPath()) / "patrol_planner" / "unsaved_plans"


def plan_folder(project) -> Path:
    name = project.fileName()
    if not name:
        return unsaved_folder()
    path = Path(name)
    return path.parent / f"{path.stem}_plans"


def _free_name(path: Path) -> Path:
    counter, found = 1, path
    while found.exists():
        counter += 1
        found = path.with_name(f"{path.stem}_{counter}{path.suffix}")
    return found


def _copy_gpkg(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup (QGIS may hold the file open, with writes in its journal)."""
    part = target.with_name(target.name + ".part")
    with closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as old:
        with closing(sqlite3.connect(str(part))) as new:
            old.backup(new)
    os.replace(part, target)


def keep_beside_project(project, layers: Iterable[QgsMapLayer]) -> List[Path]:
    """Copies the GeoPackages of ``layers`` made before ``project`` had a file into the folder beside it and points
    the layers there; called while the project is written, so the file names the copies. Returns the copies."""
    if not project.fileName():
        return []
    unsaved, registry = unsaved_folder().resolve(), QgsProviderRegistry.instance()
    copies: Dict[Path, Path] = {}
    for layer in layers:
        if layer is None or layer.providerType() != "ogr":
            continue
        parts = registry.decodeUri("ogr", layer.source())
        path = Path(parts.get("path") or "")
        if not path.is_file() or path.resolve().parent != unsaved:
            continue
        if path not in copies:
            folder = plan_folder(project)
            folder.mkdir(parents=True, exist_ok=True)
            copies[path] = _free_name(folder / path.name)
            _copy_gpkg(path, copies[path])
        parts["path"] = str(copies[path])
        layer.setDataSource(registry.encodeUri("ogr", parts), layer.name(), "ogr")
    for old in copies:  # the profile keeps no copy (where a layer still holds it open, it stays until the next time)
        for leftover in (old, old.with_name(old.name + "-wal"), old.with_name(old.name + "-shm")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError as error:
                log.info("Could not remove %s: %s", leftover, error)
    return list(copies.values())


def output_destinations(
    project, tables: Mapping[str, str], prefix: str, now: Optional[datetime] = None
) -> Dict[str, str]:
    """An algorithm's outputs as tables of one new GeoPackage ``<prefix>_<date>_<time>.gpkg``."""
    folder = plan_folder(project)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d_%H%M%S")
    gpkg = _free_name(folder / f"{prefix}_{stamp}.gpkg")
    return {key: f"ogr:dbname='{gpkg}' table=\"{table}\" (geom)" for key, table in tables.items()}


def plan_destinations(project, now: Optional[datetime] = None) -> Dict[str, str]:
    return output_destinations(project, TABLES, "plan", now)


def coverage_destinations(project, now: Optional[datetime] = None) -> Dict[str, str]:
    return output_destinations(project, COVERAGE_TABLES, "coverage", now)


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


# what makes a layer one of the plan algorithm's outputs, whoever ran it (the dock or the toolbox)
PLAN_FIELDS = {
    "routes": {"team", "day", "hours", "boat_km"},
    "stops": {"team", "day", "seq", "kind", "arrival"},
    "legs": {"team", "day", "seq", "mode", "fuel_l"},
    "unplanned": {"plot_id", "reason"},
}


def find_plan_layers(project, skip_ids=()) -> Dict[str, QgsMapLayer]:
    """The plan layers highest in the layer tree (the last plan added), other than ``skip_ids``."""
    found: Dict[str, QgsMapLayer] = {}
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        if layer is None or layer.id() in skip_ids or layer.type() != QgsMapLayer.LayerType.VectorLayer:
            continue
        names = set(layer.fields().names())
        for key, fields in PLAN_FIELDS.items():
            if key not in found and fields <= names:
                found[key] = layer
                break
    return found
