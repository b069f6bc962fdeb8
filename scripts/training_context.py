"""Real regional context (boundaries, main rivers, protected areas) clipped around the training area.

Source: ../shared/data/geo_ucayali (see its SOURCE.txt); every feature keeps its
source attributes plus a ``source`` field naming repository, commit and licence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from osgeo import gdal, ogr, osr

# Around the training area, wide enough to show Aguaytía, Pucallpa and the Ucayali.
WINDOW_LONLAT = (-76.2, -9.8, -74.0, -8.0)

SRC_BOUNDARIES = "github.com/juaneladio/peru-geojson@3213eeb1 (INEI-derived limits, simplified); licence MPL-2.0"
SRC_NE = (
    "Natural Earth 10m rivers_lake_centerlines via github.com/martynafford/natural-earth-geojson@0b9a6ceb; "
    "public domain / CC0"
)
SRC_SERNANP = (
    "SERNANP GEO ANP (Peruvian government open data) via github.com/johanamcr/fire-dt-ucayali@438beb54; "
    "no licence stated in that repository"
)


@dataclass
class ContextLayer:
    name: str
    geom_type: int
    fields: List[Tuple[str, int]]
    rows: List[Tuple[Dict[str, object], ogr.Geometry]]
    description: str


def _window_geom() -> ogr.Geometry:
    x0, y0, x1, y1 = WINDOW_LONLAT
    return ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))")


def _transform() -> osr.CoordinateTransformation:
    src = osr.SpatialReference()
    src.ImportFromEPSG(4326)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(32718)
    return osr.CoordinateTransformation(src, dst)


def _repaired_geojson(path: Path) -> str:
    """The file's GeoJSON with each MultiPolygon whose parts are rings retyped as the Polygon it is.

    Three SERNANP "light" features are such; GDAL 3.6 reads them as empty geometries and GDAL 3.13
    (QGIS 3.44 on Debian) refuses to read past them, so both read the repaired text instead.
    """
    collection = json.loads(path.read_text(encoding="utf-8"))
    for feature in collection.get("features", []):
        geometry = feature.get("geometry") or {}
        parts = geometry.get("coordinates") or []
        if geometry.get("type") == "MultiPolygon" and parts and parts[0] and isinstance(parts[0][0][0], (int, float)):
            geometry["type"] = "Polygon"
    return json.dumps(collection)


def _read(path: Path, clip: bool) -> Tuple[List[Tuple[str, int]], List[Tuple[Dict[str, object], ogr.Geometry]]]:
    ds = ogr.Open(_repaired_geojson(path))
    if ds is None:
        raise FileNotFoundError(f"{path}: cannot be opened by OGR")
    lyr = ds.GetLayer(0)
    defn = lyr.GetLayerDefn()
    fields = [(defn.GetFieldDefn(i).GetName(), defn.GetFieldDefn(i).GetType()) for i in range(defn.GetFieldCount())]
    window = _window_geom()
    ct = _transform()
    rows = []
    for feat in lyr:
        geom = feat.GetGeometryRef()
        if geom is None:
            continue
        geom = geom.Clone()
        if geom.GetDimension() == 2:
            geom.CloseRings()  # some SERNANP "light" rings are not closed
            if not geom.IsValid():
                geom = geom.MakeValid()  # ... and some self-intersect
        if not geom.Intersects(window):
            continue
        if clip:
            geom = geom.Intersection(window)
            if geom is None or geom.IsEmpty():
                continue
        if geom.GetGeometryType() == ogr.wkbGeometryCollection:
            geom = _only_areal(geom)
        geom.Transform(ct)
        rows.append(({name: feat.GetField(name) for name, _ in fields}, geom))
    return fields, rows


def _only_areal(geom: ogr.Geometry) -> ogr.Geometry:
    """MakeValid may return stray lines next to the polygons; keep the polygons."""
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    for i in range(geom.GetGeometryCount()):
        part = geom.GetGeometryRef(i)
        if part.GetGeometryType() == ogr.wkbPolygon:
            out.AddGeometry(part)
        elif part.GetGeometryType() == ogr.wkbMultiPolygon:
            for j in range(part.GetGeometryCount()):
                out.AddGeometry(part.GetGeometryRef(j))
    return out


def _with_source(fields, rows, source: str, geom_type: int):
    fields = fields + [("source", ogr.OFTString)]
    out = []
    for attrs, g in rows:
        attrs = dict(attrs, source=source)
        if geom_type == ogr.wkbMultiPolygon and g.GetGeometryType() == ogr.wkbPolygon:
            g = ogr.ForceToMultiPolygon(g)
        if geom_type == ogr.wkbMultiLineString and g.GetGeometryType() == ogr.wkbLineString:
            g = ogr.ForceToMultiLineString(g)
        out.append((attrs, g))
    return fields, out


def build_context(geo_dir: Path) -> List[ContextLayer]:
    gdal.SetConfigOption("OGR_GEOMETRY_ACCEPT_UNCLOSED_RING", "YES")
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # the source rings are known to be unclosed/invalid
    try:
        return _build(geo_dir)
    finally:
        gdal.PopErrorHandler()


def _build(geo_dir: Path) -> List[ContextLayer]:
    b = geo_dir / "peru_boundaries_juaneladio"
    layers: List[ContextLayer] = []
    note = "REAL data (not fictional), for orientation only. "
    f, r = _with_source(*_read(b / "ucayali_departamento.geojson", clip=False), SRC_BOUNDARIES, ogr.wkbMultiPolygon)
    layers.append(
        ContextLayer(
            "ucayali_boundary", ogr.wkbMultiPolygon, f, r, note + "Ucayali department boundary. " + SRC_BOUNDARIES
        )
    )
    f, r = _with_source(*_read(b / "ucayali_distritos.geojson", clip=True), SRC_BOUNDARIES, ogr.wkbMultiPolygon)
    layers.append(
        ContextLayer(
            "ucayali_districts",
            ogr.wkbMultiPolygon,
            f,
            r,
            note + "Ucayali districts clipped to the context window. " + SRC_BOUNDARIES,
        )
    )
    f, r = _with_source(*_read(b / "ucayali_capitales_provincia.geojson", clip=True), SRC_BOUNDARIES, ogr.wkbPoint)
    layers.append(
        ContextLayer("context_towns", ogr.wkbPoint, f, r, note + "Provincial capitals of Ucayali. " + SRC_BOUNDARIES)
    )
    ne = geo_dir / "natural_earth_10m" / "ucayali_bbox_rivers_lake_centerlines.geojson"
    f, r = _with_source(*_read(ne, clip=True), SRC_NE, ogr.wkbMultiLineString)
    layers.append(
        ContextLayer(
            "context_rivers", ogr.wkbMultiLineString, f, r, note + "Main river centrelines at 1:10M (coarse). " + SRC_NE
        )
    )
    layers.append(_protected_areas(geo_dir / "protected_areas_sernanp"))
    return layers


def _protected_areas(folder: Path) -> ContextLayer:
    """Four SERNANP files with four attribute spellings, unified; the originals kept as JSON."""
    fields = [
        ("name", ogr.OFTString),
        ("category", ogr.OFTString),
        ("code", ogr.OFTString),
        ("legal_area_ha", ogr.OFTReal),
        ("attributes", ogr.OFTString),
        ("source", ogr.OFTString),
    ]
    rows = []
    for stem, prefix, category in (
        ("nacional", "anp", "national protected area"),
        ("acr", "acr", "regional conservation area"),
        ("acp", "acp", "private conservation area"),
        ("zr", "zr", "reserved zone"),
    ):
        _, src_rows = _read(folder / f"ucayali_bbox_anp_{stem}_light.geojson", clip=True)
        for attrs, g in src_rows:
            legal: Optional[object] = attrs.get(f"{prefix}_suleg", attrs.get("anp_suleg"))
            row = {
                "name": attrs.get(f"{prefix}_nomb"),
                "category": attrs.get("anp_cate") or category,
                "code": attrs.get(f"{prefix}_codi"),
                "legal_area_ha": float(legal) if legal not in (None, "") else None,
                "attributes": json.dumps(attrs, ensure_ascii=False, default=str, sort_keys=True),
                "source": SRC_SERNANP,
            }
            if g.GetGeometryType() == ogr.wkbPolygon:
                g = ogr.ForceToMultiPolygon(g)
            rows.append((row, g))
    return ContextLayer(
        "protected_areas",
        ogr.wkbMultiPolygon,
        fields,
        rows,
        "REAL data (not fictional), for orientation only. Protected areas (ANP, ACR, ACP, ZR) "
        "clipped to the context window. " + SRC_SERNANP,
    )
