# SPDX-License-Identifier: GPL-2.0-or-later
"""A team's QField package: a folder with a QGIS project the guards open offline on a phone (issue 30).

``<team>/<team>.qgs`` with relative paths, ``patrol.gpkg`` (the team's plots
with a verdict form, the route by day, the night camps, an empty track layer
QField records into) and ``basemap.mbtiles`` (rivers, trails, no-go zones and
the route, drawn by QGIS's own XYZ tile generator: no network).  Everything
in it follows the field copy's hiding rule (``field_copy``): no base, no
communities layer, no sensitive stop, the route and the context slid and cut
round the hidden places with the project's secret.
"""

from __future__ import annotations

import json
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsExpression,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ...planner.core import ExportError, InputError, message
from ...planner.export import (
    BASEMAP_FILE,
    BASEMAP_MAX_TILES,
    CAMPS_LAYER,
    NOT_REACHED,
    PACKAGE_GPKG,
    PHOTO_FOLDER,
    PLOTS_LAYER,
    QFIELD_TRACKING,
    ROUTE_LAYER,
    TRACKS_LAYER,
    VERDICTS,
    basemap_zooms,
    team_stems,
)
from ..base.compat import form_suppressed, wkb_type
from ..base.crs import checked_transform
from ..base.fields import (
    CODE,
    DAY,
    KIND,
    NAME,
    NOTES,
    PHOTO,
    PLOT_ID,
    PRIORITY,
    TEAM,
    VERDICT,
    VISITED_ON,
    make_fields,
)
from ..styles import layer_styles as styles
from ..translation.messages import tr
from .context import BriefingContext, context_layers, team_layer, teams_in
from .field_copy import PaperHiding, hidden_context, hide_on_paper, with_routes

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
MARGIN_M = 1000.0  # the basemap reaches this far past the team's plots and route


@dataclass(frozen=True)
class QFieldPackage:
    team: str
    folder: Path
    project: Path
    plots: int
    camps: int
    zooms: tuple
    size_bytes: int


def verdict_labels() -> Dict[str, str]:
    """The verdicts' words on the phone, in the user's language, in the engine's order of ``VERDICTS`` (the
    one list of codes: a code with no words here fails loudly rather than drops off the form)."""
    words = {
        "coca": tr("Coca"),
        "clearing": tr("Clearing"),
        "airstrip": tr("Airstrip"),
        "camp": tr("Camp"),
        "nothing": tr("Nothing found"),
        NOT_REACHED: tr("Not reached"),
    }
    return {code: words[code] for code in VERDICTS}


PLOT_FIELDS = make_fields(
    [
        (PLOT_ID, QVariant.String),
        (CODE, QVariant.String),
        (DAY, QVariant.Int),
        (PRIORITY, QVariant.Double),
        (VERDICT, QVariant.String),
        (VISITED_ON, QVariant.DateTime),
        (TEAM, QVariant.String),
        (PHOTO, QVariant.String),
        (NOTES, QVariant.String),
    ]
)
ROUTE_FIELDS = make_fields([(TEAM, QVariant.String), (DAY, QVariant.Int)])
CAMP_FIELDS = make_fields([(NAME, QVariant.String), (DAY, QVariant.Int)])
TRACK_FIELDS = make_fields([(TEAM, QVariant.String), ("started", QVariant.DateTime)])


def _value(feature: QgsFeature, name: str, default=None):
    return feature[name] if name in feature.fields().names() and feature[name] is not None else default


def _features(fields: QgsFields, rows) -> List[QgsFeature]:
    out = []
    for geometry, values in rows:
        feature = QgsFeature(fields)
        feature.setGeometry(geometry)
        feature.setAttributes(list(values))
        out.append(feature)
    return out


def _write(path: Path, name: str, fields: QgsFields, kind: str, crs, features, first: bool) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        if first
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    )
    writer = QgsVectorFileWriter.create(
        str(path), fields, wkb_type(kind), crs, QgsCoordinateTransformContext(), options
    )
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError or not writer.addFeatures(features):
        raise ExportError(
            tr("{path}: cannot write layer {layer}: {error}").format(path=path, layer=name, error=writer.errorMessage())
        )
    del writer  # closes the layer: flushes to disk


def _write_gpkg(path: Path, team: str, route: QgsVectorLayer, stops: QgsVectorLayer) -> tuple:
    crs = route.crs()
    plots, camps = [], []
    for feature in sorted(stops.getFeatures(), key=lambda f: (int(_value(f, DAY, 0)), int(_value(f, "seq", 0)))):
        geometry, kind, day = QgsGeometry(feature.geometry()), str(feature[KIND]), int(_value(feature, DAY, 1))
        if kind == "plot":
            plot_id = str(_value(feature, PLOT_ID) or _value(feature, NAME, ""))
            values = [plot_id, _value(feature, CODE, ""), day, float(_value(feature, PRIORITY, 0) or 0)]
            plots.append((geometry, values + [None, None, team, None, None]))
        elif kind == "camp":
            camps.append((geometry, [str(_value(feature, CODE) or _value(feature, NAME, "")), day]))
    lines = []
    for feature in route.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        if not geometry.isEmpty():
            geometry.convertToMultiType()
            lines.append((geometry, [team, int(feature[DAY])]))
    _write(path, PLOTS_LAYER, PLOT_FIELDS, "Point", crs, _features(PLOT_FIELDS, plots), True)
    _write(path, ROUTE_LAYER, ROUTE_FIELDS, "MultiLineString", crs, _features(ROUTE_FIELDS, lines), False)
    _write(path, CAMPS_LAYER, CAMP_FIELDS, "Point", crs, _features(CAMP_FIELDS, camps), False)
    # M: QField writes each fix's time into it while tracking.
    _write(path, TRACKS_LAYER, TRACK_FIELDS, "LineStringZM", crs, [], False)
    return len(plots), len(camps)


def _area(route: QgsVectorLayer, stops: QgsVectorLayer) -> QgsRectangle:
    extent = QgsRectangle(route.extent())
    if stops.featureCount():
        extent.combineExtentWith(stops.extent())
    extent.grow(MARGIN_M)
    return extent


def _basemap(path: Path, area: QgsRectangle, crs, layers: Sequence, max_tiles: int) -> tuple:
    """The team's context drawn into MBTiles by QGIS's XYZ tile algorithm, from a private project."""
    lonlat = checked_transform(crs, WGS84).transformBoundingBox(area)
    zooms = basemap_zooms((lonlat.xMinimum(), lonlat.yMinimum(), lonlat.xMaximum(), lonlat.yMaximum()), max_tiles)
    project = QgsProject()
    project.setCrs(crs)
    project.addMapLayers(list(layers), True)
    registry = QgsApplication.processingRegistry()
    algorithm = registry.algorithmById("native:tilesxyzmbtiles") or registry.algorithmById("qgis:tilesxyzmbtiles")
    if algorithm is None:
        raise ExportError(tr("QGIS's XYZ tile generator is missing: enable the Processing plugin"))
    context = QgsProcessingContext()
    context.setProject(project)
    extent = f"{area.xMinimum()},{area.xMaximum()},{area.yMinimum()},{area.yMaximum()} [{crs.authid()}]"
    parameters = {
        "EXTENT": extent,
        "ZOOM_MIN": zooms[0],
        "ZOOM_MAX": zooms[1],
        "DPI": 96,
        "TILE_FORMAT": 0,  # PNG: lines stay sharp
        "METATILESIZE": 4,
        "OUTPUT_FILE": str(path),
    }
    feedback = QgsProcessingFeedback()
    _, ok = algorithm.run(parameters, context, feedback)
    if not ok or not path.exists():
        raise ExportError(tr("{path}: the basemap could not be drawn").format(path=path))
    return zooms


def _form(plots: QgsVectorLayer, team: str) -> None:
    """The verdict form QField shows: a value map, the date and team filled in, a photo taken in place."""
    names = plots.fields()
    # Aliases first: setting one (QGIS 3.22) resets the layer's editor widgets.
    for name, text in ((VERDICT, tr("What was found")), (PHOTO, tr("Photo")), (NOTES, tr("Notes"))):
        plots.setFieldAlias(names.indexOf(name), text)
    labels = verdict_labels()
    choices = [{labels[code]: code} for code in VERDICTS]
    plots.setEditorWidgetSetup(names.indexOf(VERDICT), QgsEditorWidgetSetup("ValueMap", {"map": choices}))
    plots.setEditorWidgetSetup(
        names.indexOf(PHOTO),
        QgsEditorWidgetSetup(
            "ExternalResource",
            # RelativeStorage 1: relative to the project; DocumentViewer 1: shows the photo.
            {"RelativeStorage": 1, "StorageMode": 0, "DocumentViewer": 1, "FileWidget": True, "FileWidgetButton": True},
        ),
    )
    plots.setEditorWidgetSetup(names.indexOf(NOTES), QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True}))
    plots.setEditorWidgetSetup(
        names.indexOf(VISITED_ON),
        QgsEditorWidgetSetup("DateTime", {"field_format": "yyyy-MM-dd HH:mm", "display_format": "yyyy-MM-dd HH:mm"}),
    )
    # The date of the first verdict is kept: editing the notes later does not move it.
    plots.setDefaultValueDefinition(
        names.indexOf(VISITED_ON), QgsDefaultValue(f'coalesce("{VISITED_ON}", now())', True)
    )
    plots.setDefaultValueDefinition(names.indexOf(TEAM), QgsDefaultValue(QgsExpression.quotedString(team)))
    for name in (PLOT_ID, CODE, DAY, PRIORITY, TEAM):
        config = plots.editFormConfig()
        config.setReadOnly(names.indexOf(name), True)
        plots.setEditFormConfig(config)
    naming = {
        PHOTO: f"'{PHOTO_FOLDER}/' || \"{PLOT_ID}\" || '_' || format_date(now(), 'yyyyMMdd_HHmmss') || '.{{extension}}'"
    }
    plots.setCustomProperty("QFieldSync/attachment_naming", json.dumps(naming))
    plots.setCustomProperty("QFieldSync/photo_naming", json.dumps(naming))  # QField before 2.7
    # The plan's plots stay where and what they are: a guard fills their form, nothing else (an added point
    # has no plot id for the import, a moved one is no longer the plot the alerts were merged into).
    for lock in ("is_feature_addition_locked", "is_geometry_editing_locked", "is_feature_deletion_locked"):
        plots.setCustomProperty(f"QFieldSync/{lock}", True)


def _project(folder: Path, stem: str, team: str, crs, has_basemap: bool) -> Path:
    gpkg = folder / PACKAGE_GPKG
    project = QgsProject()
    project.setCrs(crs)
    project.setTitle(team)
    project.writeEntryBool("Paths", "/Absolute", False)
    layers = []
    if has_basemap:
        layers.append(QgsRasterLayer(str(folder / BASEMAP_FILE), tr("Basemap"), "gdal"))
    route = QgsVectorLayer(f"{gpkg}|layername={ROUTE_LAYER}", tr("Route"), "ogr")
    styles.style_routes(route, [team])
    camps = QgsVectorLayer(f"{gpkg}|layername={CAMPS_LAYER}", tr("Night camps"), "ogr")
    tracks = QgsVectorLayer(f"{gpkg}|layername={TRACKS_LAYER}", tr("Tracks"), "ogr")
    tracks.setDefaultValueDefinition(tracks.fields().indexOf(TEAM), QgsDefaultValue(QgsExpression.quotedString(team)))
    tracks.setDefaultValueDefinition(tracks.fields().indexOf("started"), QgsDefaultValue("now()"))
    for key, value in QFIELD_TRACKING.items():
        tracks.setCustomProperty(key, value)
    # The session starts as the project opens, without asking anything: team and start are filled in.
    config = tracks.editFormConfig()
    config.setSuppress(form_suppressed())
    tracks.setEditFormConfig(config)
    plots = QgsVectorLayer(f"{gpkg}|layername={PLOTS_LAYER}", tr("Plots"), "ogr")
    _form(plots, team)
    layers += [route, camps, tracks, plots]  # the plots on top
    bad = [layer.name() for layer in layers if not layer.isValid()]
    if bad:
        raise ExportError(tr("{path}: cannot open layer {layer}").format(path=gpkg, layer=", ".join(bad)))
    project.addMapLayers(layers)
    path = folder / f"{stem}.qgs"
    written = project.write(str(path))
    project.clear()  # closes the basemap now, while GDAL keeps its statistics to itself (``_no_pam``)
    if not written:
        raise ExportError(tr("{path}: cannot write the project: {error}").format(path=path, error=project.error()))
    return path


@contextmanager
def _no_pam():
    """GDAL keeps no side files while the basemap is open: its MBTiles driver names the statistics of each
    zoom level " - zoom_level=12.aux.xml" and writes them into the working folder, not the package."""
    before = gdal.GetConfigOption("GDAL_PAM_ENABLED")
    gdal.SetConfigOption("GDAL_PAM_ENABLED", "NO")
    try:
        yield
    finally:
        gdal.SetConfigOption("GDAL_PAM_ENABLED", before)


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def write_qfield_packages(
    routes: QgsVectorLayer,
    stops: QgsVectorLayer,
    folder: Path,
    hiding: PaperHiding,
    layers: Optional[BriefingContext] = None,
    only_team: str = "",
    basemap: bool = True,
    max_tiles: int = BASEMAP_MAX_TILES,
) -> List[QFieldPackage]:
    """One package folder per team under ``folder`` (a previous package of that team is replaced)."""
    teams = [t for t in teams_in(routes) if not only_team or t == only_team]
    if not teams:
        why = message("stops_none_for_team", team=only_team) if only_team else message("stops_empty")
        raise InputError(why, "ROUTES")
    stems = team_stems(teams_in(routes))
    hiding = with_routes(hiding, routes, stops)  # every team's route as the plan's GPX and briefings draw it
    given = hidden_context(layers or BriefingContext(), hiding)  # no communities, the rest cut and slid
    packages = []
    for team in teams:
        route, team_stops = team_layer(routes, team, tr("Route")), team_layer(stops, team, tr("Stops"))
        hide_on_paper(route, team_stops, hiding)
        target = Path(folder) / stems[team]
        work = target.with_name(f".{target.name}.part")
        shutil.rmtree(work, ignore_errors=True)
        (work / PHOTO_FOLDER).mkdir(parents=True)
        plots, camps = _write_gpkg(work / PACKAGE_GPKG, team, route, team_stops)
        zooms: tuple = ()
        if basemap:
            styles.style_routes(route, teams_in(routes))
            drawn = [route.clone(), *reversed(context_layers(given))]  # the private project owns and frees them
            zooms = _basemap(work / BASEMAP_FILE, _area(route, team_stops), route.crs(), drawn, max_tiles)
        with _no_pam():
            _project(work, stems[team], team, route.crs(), basemap)
        # The previous package goes only once the new one is whole.
        shutil.rmtree(target, ignore_errors=True)
        work.rename(target)
        qgs = target / f"{stems[team]}.qgs"
        packages.append(QFieldPackage(team, target, qgs, plots, camps, zooms, _size(target)))
    return packages
