#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Write the plan's fixed layer styles to resources/styles/*.qml from qgis_adapters/styles.py.

The Python functions are the source of truth (the dock applies them); the .qml
files are for applying a style by hand (Layer Properties > Symbology > Style >
Load Style).  Routes are styled per team from the data, so they have no .qml.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/export_styles.py [FOLDER]
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import QgsApplication, QgsMapLayer, QgsReadWriteContext, QgsVectorLayer
from qgis.PyQt.QtXml import QDomDocument

ROOT = Path(__file__).resolve().parent.parent
LAYERS = {
    # file: (geometry, fields, style function)
    "patrol_stops": ("Point", "field=kind:string&field=plot_id:string&field=name:string&field=day:integer",
                     "style_stops"),
    "plot_coverage": ("Point", "field=plot_id:string&field=covered:integer", "style_plots_status"),
    "plots_left_out": ("Point", "field=plot_id:string&field=status:string", "style_plots_status"),
    "nogo_zones": ("Polygon", "field=name:string&field=factor:double", "style_nogo"),
}


def qml(name: str) -> str:
    from patrol_planner.qgis_adapters import styles

    geometry, fields, function = LAYERS[name]
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:32718&{fields}", name, "memory")
    getattr(styles, function)(layer)
    document = QDomDocument()
    categories = QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
    layer.exportNamedStyle(document, QgsReadWriteContext(), categories)
    return document.toString(2)


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "styles"
    folder.mkdir(parents=True, exist_ok=True)
    app = QgsApplication([], False)
    app.initQgis()
    for name in LAYERS:
        (folder / f"{name}.qml").write_text(qml(name), encoding="utf-8")
        print(folder / f"{name}.qml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
