#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Write the plan's fixed layer styles to resources/styles/*.qml from qgis_adapters/styles.py.

The Python functions are the source of truth (the dock applies them); the .qml
files are for applying a style by hand (Layer Properties > Symbology > Style >
Load Style).  Routes are styled per team from the data, so they have no .qml.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/export_styles.py [FOLDER]

The files are written reproducibly, so regenerating an unchanged style gives no diff:
Qt's hash seed is fixed (attribute order) and the rules' random keys are numbered.
tests/qgis/test_styles.py fails when a file is stale.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

os.environ.setdefault("QT_HASH_SEED", "0")  # before Qt loads: attributes in the same order every run

from qgis.core import QgsApplication, QgsMapLayer, QgsReadWriteContext, QgsVectorLayer
from qgis.PyQt.QtXml import QDomDocument

ROOT = Path(__file__).resolve().parent.parent
LAYERS = {
    # file: (geometry, fields, style function)
    "patrol_stops": ("Point", "field=kind:string&field=plot_id:string&field=name:string&field=day:integer"
                     "&field=code:string", "style_stops"),
    "plot_coverage": ("Point", "field=plot_id:string&field=covered:integer", "style_plots_status"),
    "plots_left_out": ("Point", "field=plot_id:string&field=status:string", "style_plots_status"),
    "nogo_zones": ("Polygon", "field=name:string&field=factor:double", "style_nogo"),
    "alert_plots": ("Point", "field=plot_id:string&field=kind:string&field=priority:double&field=check_due:integer",
                    "target_styles.style_target_plots"),
}


_UUID = re.compile(r"\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}")


def normalise(text: str) -> str:
    """The document with its random ``{uuid}`` keys replaced by numbered ones, in order of appearance."""
    numbers: dict = {}

    def number(match: re.Match) -> str:
        index = numbers.setdefault(match.group(0), len(numbers) + 1)
        return f"{{00000000-0000-0000-0000-{index:012d}}}"

    return _UUID.sub(number, text)


def canonical(text: str) -> str:
    """The document in canonical XML, for comparing two exports whatever order Qt wrote attributes in.

    Some values are XML documents themselves (a label's background symbol), canonicalised in turn.
    """
    from xml.etree import ElementTree

    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", text))
    for element in root.iter():
        for key, value in element.attrib.items():
            if value.startswith("<") and value.endswith(">") and len(value) > 1:
                element.set(key, canonical(value))
    return ElementTree.canonicalize(ElementTree.tostring(root, encoding="unicode"), strip_text=True)


def qml(name: str) -> str:
    from patrol_planner.qgis_adapters.styles import layer_styles as styles
    from patrol_planner.qgis_adapters.styles import targets as target_styles

    geometry, fields, function = LAYERS[name]
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:32718&{fields}", name, "memory")
    module, _, function = function.rpartition(".")
    getattr(target_styles if module == "target_styles" else styles, function)(layer)
    document = QDomDocument()
    categories = QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
    layer.exportNamedStyle(document, QgsReadWriteContext(), categories)
    return normalise(document.toString(2))


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
