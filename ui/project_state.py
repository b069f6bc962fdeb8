"""What the dock remembers in the project file, so a saved project reopens ready.

Layer choices are kept by layer id, teams as JSON, numbers as doubles; all
under the ``PatrolPlanner`` scope of the .qgs/.qgz file.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional

from qgis.core import QgsProject

SCOPE = "PatrolPlanner"


def save_layer(key: str, layer_id: Optional[str], project: Optional[QgsProject] = None) -> None:
    (project or QgsProject.instance()).writeEntry(SCOPE, f"layers/{key}", layer_id or "")


def load_layer(key: str, project: Optional[QgsProject] = None):
    project = project or QgsProject.instance()
    layer_id, _ = project.readEntry(SCOPE, f"layers/{key}", "")
    return project.mapLayer(layer_id) if layer_id else None


def save_json(key: str, value: Any, project: Optional[QgsProject] = None) -> None:
    (project or QgsProject.instance()).writeEntry(SCOPE, key, json.dumps(value))


def load_json(key: str, default: Any, project: Optional[QgsProject] = None) -> Any:
    text, ok = (project or QgsProject.instance()).readEntry(SCOPE, key, "")
    if not ok or not text:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


def save_numbers(values: Dict[str, float], project: Optional[QgsProject] = None) -> None:
    save_json("parameters", values, project)


def load_numbers(project: Optional[QgsProject] = None) -> Dict[str, float]:
    return load_json("parameters", {}, project)


def save_teams(rows: List[Dict[str, Any]], project: Optional[QgsProject] = None) -> None:
    save_json("teams", rows, project)


def load_teams(project: Optional[QgsProject] = None) -> List[Dict[str, Any]]:
    return load_json("teams", [], project)
