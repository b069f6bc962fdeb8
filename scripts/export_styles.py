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
from typing import Optional

os.environ.setdefault("QT_HASH_SEED", "0")  # before Qt loads: attributes in the same order every run

from qgis.core import QgsApplication, QgsMapLayer, QgsReadWriteContext, QgsVectorLayer
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtXml import QDomDocument

ROOT = Path(__file__).resolve().parent.parent
LAYERS = {
    # file: (geometry, fields, style function)
    "patrol_stops": (
        "Point",
        "field=kind:string&field=plot_id:string&field=name:string&field=day:integer&field=code:string",
        "style_stops",
    ),
    "plot_coverage": ("Point", "field=plot_id:string&field=covered:integer", "style_plots_status"),
    "plots_left_out": ("Point", "field=plot_id:string&field=status:string", "style_plots_status"),
    "nogo_zones": ("Polygon", "field=name:string&field=factor:double", "style_nogo"),
    "alert_plots": (
        "Point",
        "field=plot_id:string&field=kind:string&field=priority:double&field=check_due:integer",
        "target_styles.style_target_plots",
    ),
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


_CATEGORIES = QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling


def _layer(name: str) -> QgsVectorLayer:
    geometry, fields, _ = LAYERS[name]
    return QgsVectorLayer(f"{geometry}?crs=EPSG:32718&{fields}", name, "memory")


def _exported(layer: QgsVectorLayer) -> str:
    document = QDomDocument()
    layer.exportNamedStyle(document, QgsReadWriteContext(), _CATEGORIES)
    return normalise(document.toString(2))


def _styled(name: str) -> QgsVectorLayer:
    from patrol_planner.qgis_adapters.styles import layer_styles as styles
    from patrol_planner.qgis_adapters.styles import targets as target_styles

    layer = _layer(name)
    module, _, function = LAYERS[name][2].rpartition(".")
    getattr(target_styles if module == "target_styles" else styles, function)(layer)
    return layer


def qml(name: str) -> str:
    """The style the Python function gives layer ``name``, as this QGIS writes it."""
    return _exported(_styled(name))


def _document(name: str, text: str) -> QDomDocument:
    document = QDomDocument()
    if not document.setContent(text):
        raise ValueError(f"{name}.qml is not XML")
    return document


def drawn(name: str, text: Optional[str] = None) -> list:
    """What a style draws, release-independently: the Python style's, or the .qml ``text``'s.

    The renderer's classes (attribute, values or rule filters), every legend entry's label and
    symbol picture, and what the labels show and how.  Two releases write the attributes a
    style leaves at their default differently; a .qml written by one release is held to the
    Python style on another by this.
    """
    if text is None:
        layer = _styled(name)
    else:
        layer = _layer(name)
        ok, error = layer.importNamedStyle(_document(name, text), _CATEGORIES)
        if not ok:
            raise ValueError(f"{name}.qml does not load: {error}")
    renderer = layer.renderer()
    out: list = [renderer.type()]
    if renderer.type() == "categorizedSymbol":
        out.append((renderer.classAttribute(), [c.value() for c in renderer.categories()]))
    elif renderer.type() == "RuleRenderer":
        out.append([rule.filterExpression() for rule in renderer.rootRule().descendants()])
    for item in renderer.legendSymbolItems():
        out.append((item.label(), _picture(item.symbol().asImage(QSize(48, 48))) if item.symbol() else None))
    labeling = layer.labeling() if layer.labelsEnabled() else None
    if labeling is not None:
        settings = labeling.settings()
        text_format = settings.format()
        out.append(
            (
                settings.fieldName,
                settings.isExpression,
                int(settings.placement),
                settings.dist,
                text_format.font().family(),
                text_format.size(),
                text_format.color().name(),
                text_format.buffer().enabled(),
                text_format.buffer().size(),
                text_format.buffer().color().name(),
            )
        )
    return out


def _picture(image) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


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
