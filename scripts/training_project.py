"""The QGIS project of the training area: every layer, a plain readable style, relative paths.

Styles are built with QgsSymbol API calls rather than shipped QML so that the
script alone regenerates the whole folder.  Needs an initialised QgsApplication.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import List, Optional, Tuple
from xml.etree import ElementTree

from qgis.core import (
    QgsBilinearRasterResampler,
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsHillshadeRenderer,
    QgsLayerMetadata,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from patrol_planner.qgis_adapters.base import sound_crs

# The project exists in Spanish (training.qgs, what the guards open) and English (training_en.qgs).
# Layer names, groups and legends follow i18n/glossary.json.
WORDS = {
    "es": {
        "title": "Planificador de patrullajes – área de entrenamiento (datos FICTICIOS)",
        "training": "Área de entrenamiento (ficticia)",
        "context": "Contexto real (ver README)",
        "patrols": "Patrullajes anteriores (GPX de eTrex)",
        "rivers": "ríos",
        "trails": "trochas",
        "plots": "parcelas sospechosas",
        "plots_area": "parcelas sospechosas (áreas)",
        "bases": "bases",
        "nogo": "zonas prohibidas",
        "dem": "elevación (MDE)",
        "hillshade": "sombreado",
        "context_towns": "capitales de provincia (contexto)",
        "context_rivers": "ríos reales (contexto)",
        "protected_areas": "áreas protegidas",
        "ucayali_districts": "distritos de Ucayali",
        "ucayali_boundary": "límite de Ucayali",
        "reserve": "reserva PIACI (zona prohibida: no entrar nunca)",
        "soft": "zona lenta",
        "order": "orden {}",
        "priority": "prioridad {:.1f}-{:.1f}",
        "community": "comunidad nativa",
        "pickup": "punto de recojo",
        "trail": "trocha",
        "path": "camino",
        "landing": "embarcadero",
    },
    "en": {
        "title": "Patrol Planner – training area (FICTIONAL data)",
        "training": "Training area (fictional)",
        "context": "Real context (see README)",
        "patrols": "Past patrols (eTrex GPX)",
        "rivers": "rivers",
        "trails": "trails",
        "plots": "plots",
        "plots_area": "plots_area",
        "bases": "bases",
        "nogo": "nogo",
        "dem": "dem",
        "hillshade": "hillshade",
        "context_towns": "context_towns",
        "context_rivers": "context_rivers",
        "protected_areas": "protected_areas",
        "ucayali_districts": "ucayali_districts",
        "ucayali_boundary": "ucayali_boundary",
        "reserve": "reserve (never enter)",
        "soft": "soft zone (slower)",
        "order": "order {}",
        "priority": "priority {:.1f}-{:.1f}",
        "community": "community",
        "pickup": "pickup",
        "trail": "trail",
        "path": "path",
        "landing": "landing",
    },
}
PROJECT_FILES = {"es": "training.qgs", "en": "training_en.qgs"}
_words = WORDS["es"]

# Containers QGIS fills from a hash: their children's order changes from run to run.
UNORDERED = {"individual-layer-settings", "projectlayers"}
EXTENT = (466000.0, 8994000.0, 512000.0, 9040000.0)


def _utm18s() -> QgsCoordinateReferenceSystem:
    """The training area's zone, made again if QGIS spoiled the cached one (``sound_crs``: a CRS first made in
    a thread that has since ended has no WKT, and the project was written with an empty ``<wkt>`` when the
    script ran after other work in the same QGIS, test_training_data on 3.44 under load)."""
    return sound_crs(QgsCoordinateReferenceSystem("EPSG:32718"))


def _metadata(layer: QgsMapLayer, abstract: str, rights: str) -> None:
    md = QgsLayerMetadata()
    md.setTitle(layer.name())
    md.setAbstract(abstract)
    md.setRights([rights])
    md.setKeywords({"training": ["fictional", "Patrol Planner", "Ucayali"]})
    md.setCrs(_utm18s())
    layer.setMetadata(md)


def _rivers(layer: QgsVectorLayer) -> None:
    cats = []
    for order in range(1, 8):
        sym = QgsLineSymbol.createSimple(
            {
                "line_color": f"#{150 - 18 * order:02x}{190 - 15 * order:02x}eb",
                "line_width": str(0.15 + 0.22 * (order - 1)),
                "capstyle": "round",
            }
        )
        cats.append(QgsRendererCategory(order, sym, _words["order"].format(order)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("order", cats))


def _trails(layer: QgsVectorLayer) -> None:
    cats = []
    for kind, width, style in (
        ("trail", 0.45, Qt.PenStyle.DashLine),
        ("path", 0.3, Qt.PenStyle.DashLine),
        ("landing", 0.45, Qt.PenStyle.DotLine),
    ):
        sym = QgsLineSymbol.createSimple({"line_color": "#8b5a2b", "line_width": str(width)})
        sym.symbolLayer(0).setPenStyle(style)
        cats.append(QgsRendererCategory(kind, sym, _words[kind]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("kind", cats))


def _hatched(color: str, alpha: int) -> QgsFillSymbol:
    sym = QgsFillSymbol()
    sym.deleteSymbolLayer(0)
    base = QgsSimpleFillSymbolLayer(QColor(color), Qt.BrushStyle.NoBrush, QColor(color), Qt.PenStyle.SolidLine, 0.6)
    fill = QColor(color)
    fill.setAlpha(alpha)
    base.setColor(fill)
    base.setBrushStyle(Qt.BrushStyle.SolidPattern)
    sym.appendSymbolLayer(base)
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(2.5)
    hatch.setLineWidth(0.3)
    hatch.setColor(QColor(color))
    sym.appendSymbolLayer(hatch)
    return sym


def _nogo(layer: QgsVectorLayer) -> None:
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expr, sym in (
        (_words["reserve"], "\"kind\" = 'reserve_piaci'", _hatched("#d7191c", 40)),
        (_words["soft"], "\"kind\" = 'soft'", _hatched("#f4a259", 25)),
    ):
        root.appendChild(QgsRuleBasedRenderer.Rule(sym, 0, 0, expr, label))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def _plots(layer: QgsVectorLayer, polygons: bool) -> None:
    colors = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]
    ranges = []
    for k, c in enumerate(colors):
        lo, hi = 1 + k * 0.8, 1 + (k + 1) * 0.8
        if polygons:
            sym = QgsFillSymbol.createSimple({"color": c, "outline_color": "#5a0000", "outline_width": "0.3"})
        else:
            sym = QgsMarkerSymbol.createSimple(
                {"name": "triangle", "color": c, "outline_color": "#3a0000", "size": str(2.4 + 0.5 * k)}
            )
        ranges.append(QgsRendererRange(lo, hi, sym, _words["priority"].format(lo, hi)))
    layer.setRenderer(QgsGraduatedSymbolRenderer("priority", ranges))


def _bases(layer: QgsVectorLayer) -> None:
    cats = [
        QgsRendererCategory(
            "community",
            QgsMarkerSymbol.createSimple(
                {"name": "square", "color": "#1a9641", "outline_color": "white", "size": "3.4"}
            ),
            _words["community"],
        ),
        QgsRendererCategory(
            "pickup",
            QgsMarkerSymbol.createSimple(
                {"name": "diamond", "color": "#2b83ba", "outline_color": "white", "size": "3.4"}
            ),
            _words["pickup"],
        ),
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("kind", cats))
    pal = QgsPalLayerSettings()
    pal.fieldName = "name"
    fmt = QgsTextFormat()
    fmt.setSize(8)
    buf = fmt.buffer()
    buf.setEnabled(True)
    buf.setSize(0.8)
    fmt.setBuffer(buf)
    pal.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(pal))
    layer.setLabelsEnabled(True)


def _profile(layer: QgsMapLayer) -> None:
    """Fixed elevation-profile symbols: newer QGIS (3.44) gives every layer some in a random colour, which
    changed the project's bytes from run to run (QGIS 3.22 has none)."""
    props = layer.elevationProperties()
    for setter, symbol in (
        ("setProfileLineSymbol", lambda: QgsLineSymbol.createSimple({"line_color": "#555555", "line_width": "0.6"})),
        ("setProfileFillSymbol", lambda: QgsFillSymbol.createSimple({"color": "#555555", "outline_color": "#333"})),
        ("setProfileMarkerSymbol", lambda: QgsMarkerSymbol.createSimple({"name": "diamond", "color": "#555555"})),
    ):
        if hasattr(props, setter):
            getattr(props, setter)(symbol())


def _single(layer: QgsVectorLayer, props: dict, kind: str = "line") -> None:
    cls = {"line": QgsLineSymbol, "fill": QgsFillSymbol, "marker": QgsMarkerSymbol}[kind]
    layer.setRenderer(QgsSingleSymbolRenderer(cls.createSimple(props)))


def _dem(layer: QgsRasterLayer) -> None:
    shader_fn = QgsColorRampShader(170, 330)
    shader_fn.setColorRampType(QgsColorRampShader.Type.Interpolated)
    shader_fn.setColorRampItemList(
        [
            QgsColorRampShader.ColorRampItem(v, QColor(c), f"{v:.0f} m")
            for v, c in ((170, "#a6d96a"), (210, "#d9ef8b"), (250, "#fee08b"), (290, "#d8b365"), (330, "#8c6d31"))
        ]
    )
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_fn)
    layer.setRenderer(QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader))


def write_project(out: Path, note: str) -> Path:
    """Write ``out/training.qgs`` (Spanish) and ``out/training_en.qgs`` (English), relative paths."""
    for language in ("en", "es"):
        path = _write_project(out, note, language)
    return path


def _write_project(out: Path, note: str, language: str) -> Path:
    global _words
    _words = WORDS[language]
    project = QgsProject()
    project.setCrs(_utm18s())
    project.setTitle(_words["title"])
    project.writeEntryBool("Paths", "/Absolute", False)
    gpkg = str((out / "training.gpkg").resolve())
    rights = "Fictional data generated by Patrol Planner's scripts/make_training_data.py; GPL-2.0-or-later"
    root = project.layerTreeRoot()
    training = root.addGroup(_words["training"])
    context = root.addGroup(_words["context"])
    context.setExpanded(False)

    def vector(uri: str, name: str, group, abstract: str, rights_: str = rights) -> QgsVectorLayer:
        layer = QgsVectorLayer(uri, name, "ogr")
        if not layer.isValid():
            raise RuntimeError(f"{uri}: QGIS cannot load it")
        _metadata(layer, abstract, rights_)
        _profile(layer)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        return layer

    tracks = sorted((out / "tracks").glob("*.gpx"))
    patrols = training.addGroup(_words["patrols"])
    for path in tracks:
        layer = vector(f"{path.resolve()}|layername=tracks", path.stem, patrols, note + "Past patrol track.")
        _single(layer, {"line_color": "#c51b7d", "line_width": "0.6"})
    layers: List[Tuple[str, Optional[str]]] = [
        ("bases", None),
        ("plots", None),
        ("plots_area", None),
        ("trails", None),
        ("rivers", None),
        ("nogo", None),
    ]
    for name, _ in layers:
        layer = vector(f"{gpkg}|layername={name}", _words[name], training, note)
        {"bases": _bases, "trails": _trails, "rivers": _rivers, "nogo": _nogo}.get(name, lambda lyr: None)(layer)
        if name in ("plots", "plots_area"):
            _plots(layer, polygons=name == "plots_area")
    dem = QgsRasterLayer(str((out / "dem.tif").resolve()), _words["dem"], "gdal")
    if not dem.isValid():
        raise RuntimeError(f"{out / 'dem.tif'}: QGIS cannot load it")
    _metadata(dem, note + "Synthetic terrain consistent with the river network.", rights)
    hill = QgsRasterLayer(str((out / "dem.tif").resolve()), _words["hillshade"], "gdal")
    hill.setRenderer(QgsHillshadeRenderer(hill.dataProvider(), 1, 315, 45))
    hill.renderer().setOpacity(0.3)
    _dem(dem)
    for layer in (hill, dem):
        # 100 m cells: resample smoothly when zoomed in rather than showing blocks.
        layer.resampleFilter().setZoomedInResampler(QgsBilinearRasterResampler())
        layer.resampleFilter().setZoomedOutResampler(QgsBilinearRasterResampler())
        _profile(layer)
        project.addMapLayer(layer, False)
        training.addLayer(layer)
    real = "REAL data, for orientation only; see resources/training/README.md for sources and licences. "
    for name, props, kind in (
        ("context_towns", {"name": "circle", "color": "black", "size": "2.5"}, "marker"),
        ("context_rivers", {"line_color": "#6baed6", "line_width": "0.8"}, "line"),
        ("protected_areas", {"color": "60,150,60,50", "outline_color": "#2c7c2c"}, "fill"),
        ("ucayali_districts", {"color": "0,0,0,0", "outline_color": "#999999", "outline_style": "dash"}, "fill"),
        ("ucayali_boundary", {"color": "0,0,0,0", "outline_color": "#444444", "outline_width": "0.8"}, "fill"),
    ):
        layer = vector(
            f"{gpkg}|layername={name}", _words[name], context, real, "see README.md (MPL-2.0 / CC0 / SERNANP)"
        )
        _single(layer, props, kind)
    x0, y0, x1, y1 = EXTENT
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(QgsRectangle(x0, y0, x1, y1), _utm18s()))
    path = out / PROJECT_FILES[language]
    tmp = out / f"{path.stem}.tmp.qgs"
    if not project.write(str(tmp)):
        raise RuntimeError(f"{tmp}: cannot write the project: {project.error()}")
    text = _canonical(tmp.read_text(encoding="utf-8").replace(tmp.name, path.name))
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path


def _canonical(text: str) -> str:
    """Same project, same bytes: regenerating must leave git clean.

    QGIS writes random layer ids (name + UUID) and rule keys, the save time and
    user (3.44: the metadata's date, the style database's name), and attributes
    and some lists in hash order: ids and keys get counters, times are fixed,
    hash-ordered lists are sorted and C14N sorts the attributes.
    """
    uuid = r"_[0-9a-f]{8}(?:_[0-9a-f]{4}){3}_[0-9a-f]{12}"
    ids = sorted(set(re.findall(rf"<id>([^<]+{uuid})</id>", text)), key=lambda i: re.sub(uuid, "", i))
    for k, old in enumerate(ids):
        # QGIS's own id layout (name + UUID) with a counter for the UUID: QGIS 3.22 does
        # not resolve bare layer names as ids in the layer tree.
        text = text.replace(old, re.sub(uuid + "$", f"_00000000_0000_4000_8000_{k + 1:012d}", old))
    text = re.sub(r"<creation>[^<]*</creation>", "<creation>2026-01-01T00:00:00</creation>", text)
    text = re.sub(r'saveDateTime="[^"]*"', 'saveDateTime="2026-01-01T00:00:00"', text)
    text = re.sub(r'saveUser(Full)?="[^"]*"', lambda m: f'saveUser{m.group(1) or ""}="training"', text)
    # QGIS 3.44 also names the project's style database at random (and dates its metadata: below)
    text = re.sub(r'"attachment:///\w{6}_styles\.db"', '"attachment:///000000_styles.db"', text)
    root = ElementTree.fromstring(text)
    for elem in root.iter():
        if elem.tag == "date" and elem.get("type") == "Created":  # the attributes come in hash order too
            elem.set("value", "2026-01-01T00:00:00")
        if elem.tag in UNORDERED:  # QHash order in QGIS: meaningless, so sorted
            elem[:] = sorted(elem, key=lambda e: e.get("id") or e.findtext("id") or "")
        for key, value in elem.attrib.items():
            if value.startswith("<") and value.endswith(">"):  # symbols serialised into an attribute
                elem.set(key, ElementTree.canonicalize(xml_data=value))
        if elem.text is not None and not elem.text.strip():
            elem.text = None
        if elem.tail is not None and not elem.tail.strip():
            elem.tail = None
    ElementTree.indent(root, space="  ")
    body = ElementTree.canonicalize(xml_data=ElementTree.tostring(root, encoding="unicode"))
    # rule keys (3.44: symbol layer ids too), numbered once the layers are sorted: in QGIS's order they were not
    uuids: dict = {}
    body = re.sub(
        r"\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}",
        lambda m: uuids.setdefault(m.group(0), f"{{00000000-0000-4000-8000-{len(uuids) + 1:012d}}}"),
        body,
    )
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + body + "\n"
