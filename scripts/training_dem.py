"""The DEM of the fictional training area, built around the river network (helper of make_training_data.py).

Channel cells carry the rivers' own elevations and the land rises away from them,
so every reach runs downhill on the DEM by construction; the rest is gentle noise.
"""

from __future__ import annotations

from typing import List, Tuple

import numpy as np
from osgeo import gdal, ogr
from training_hydro import Extent, River


def _smooth_noise(shape: Tuple[int, int], coarse: int, rng: np.random.Generator) -> np.ndarray:
    """Bilinearly upsampled random grid: gentle hills without any extra dependency."""
    ny, nx = shape
    g = rng.normal(0, 1, (coarse + 1, coarse + 1))
    yi = np.linspace(0, coarse, ny)
    xi = np.linspace(0, coarse, nx)
    rows = np.array([np.interp(xi, np.arange(coarse + 1), g[k]) for k in range(coarse + 1)])
    return np.array([np.interp(yi, np.arange(coarse + 1), rows[:, j]) for j in range(nx)]).T


def build_dem(
    rivers: List[River], extent: Extent, cell: float, rng: np.random.Generator
) -> Tuple[gdal.Dataset, np.ndarray]:
    """In-memory Float32 DEM whose channel cells carry the rivers' own elevations, and the
    distance (m) from each cell to the nearest channel."""
    x0, y0, x1, y1 = extent
    nx, ny = int(round((x1 - x0) / cell)), int(round((y1 - y0) / cell))
    mem = gdal.GetDriverByName("MEM")
    floor = mem.Create("", nx, ny, 1, gdal.GDT_Float32)
    floor.SetGeoTransform((x0, cell, 0, y1, 0, -cell))
    band = floor.GetRasterBand(1)
    band.SetNoDataValue(-9999)
    band.Fill(-9999)
    src = ogr.GetDriverByName("Memory").CreateDataSource("rivers")
    lyr = src.CreateLayer("r", geom_type=ogr.wkbLineString25D)
    # Smallest first so that, where a cell holds two channels, the larger (lower) one wins.
    for river in sorted(rivers, key=lambda r: r.design_order):
        g = ogr.Geometry(ogr.wkbLineString25D)
        for (x, y), z in zip(river.down, river.z):
            g.AddPoint(x, y, z)
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(g)
        lyr.CreateFeature(f)
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # the memory layer has no SRS; same grid anyway
    gdal.RasterizeLayer(floor, [1], lyr, burn_values=[0], options=["BURN_VALUE_FROM=Z", "ALL_TOUCHED=TRUE"])
    gdal.PopErrorHandler()
    burned = band.ReadAsArray()
    # GDAL's Z interpolation with ALL_TOUCHED can extrapolate past a segment's end in
    # corner cells; such values are dropped and filled like the rest of the valley.
    zmin, zmax = min(min(r.z) for r in rivers), max(max(r.z) for r in rivers)
    bad = (burned > -9999) & ((burned < zmin - 0.5) | (burned > zmax + 0.5))
    burned[bad] = -9999
    band.WriteArray(burned)
    channel = burned > -9999
    prox = mem.Create("", nx, ny, 1, gdal.GDT_Float32)
    prox.SetGeoTransform(floor.GetGeoTransform())
    mask = mem.Create("", nx, ny, 1, gdal.GDT_Byte)
    mask.SetGeoTransform(floor.GetGeoTransform())
    mask.GetRasterBand(1).WriteArray(channel.astype(np.uint8))
    gdal.ComputeProximity(mask.GetRasterBand(1), prox.GetRasterBand(1), ["VALUES=1", "DISTUNITS=GEO"])
    dist = prox.GetRasterBand(1).ReadAsArray()
    # its work files in memory: GDAL would put them in the current folder, which may be read-only
    gdal.FillNodata(band, None, maxSearchDist=max(nx, ny), smoothingIterations=3, options=["TEMP_FILE_DRIVER=MEM"])
    valley = band.ReadAsArray()
    # Interfluves rise with distance from the nearest channel; the south-west
    # (towards the Sira/Cordillera foothills) is hillier than the floodplain.
    yy, xx = np.mgrid[0:ny, 0:nx]
    hilliness = 18.0 + 40.0 * np.clip((1.0 - xx / nx) * 0.6 + (yy / ny) * 0.6, 0, 1)
    hills = _smooth_noise((ny, nx), 14, rng) * 6.0 + _smooth_noise((ny, nx), 60, rng) * 2.0
    relief = hilliness * (1.0 - np.exp(-dist / 700.0)) + hills * np.clip(dist / 400.0, 0, 1)
    dem = valley + np.maximum(relief, 0.3)
    for _ in range(3):  # soften the terraces that nearest-channel filling leaves behind
        pad = np.pad(dem, 1, mode="edge")
        dem = sum(pad[1 + di : ny + 1 + di, 1 + dj : nx + 1 + dj] for di in (-1, 0, 1) for dj in (-1, 0, 1)) / 9.0
    dem = np.where(channel, valley, np.maximum(dem, valley + 0.3))
    band.SetNoDataValue(-9999)
    band.WriteArray(np.round(dem, 1).astype(np.float32))
    return floor, dist
