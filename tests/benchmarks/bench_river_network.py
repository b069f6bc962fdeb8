"""Benchmark: the river network check, the flow set from an outlet and the roads' noding on the real layers.

Run by hand (or ``make bench``)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_river_network.py

Layers (``../shared/data/peru_roads_rivers_ign_mtc/``, see its ``SOURCE.txt``):

* the IGN 1:100k rivers and streams of Pasco (5,353 lines, no flow attribute, drawn in no known
  direction), through the plugin's *Check the river network* and *Set the river flow*, the outlet
  being the Pachitea's last vertex where it leaves Pasco northwards;
* the MTC local and departmental roads of Ucayali (160 route lines, not noded), through *Check the
  river network* with the Natural Earth rivers of ``../shared/data/geo_ucayali``, and the junctions
  the roads' own noding makes at several tolerances (``planner.network`` directly).

Every figure is printed with the time it took; nothing is asserted (the tests on the extracts in
``tests/data`` do that).

Figures of 2026-12-06 (QGIS 3.22.16 on Debian 12, Python 3.11, shapely 1.8; a 2-CPU VM shared with
other jobs)::

    IGN 1:100k rivers of Pasco: 5353 features
      (check: 2.7 s)
      pieces 772, lines against the flow 905, findings {'against_flow': 905, 'piece': 771}
    Set the river flow from the Pachitea's outlet (-74.92090, -9.82677)
      (set flow: 3.2 s)
      pieces 772, without an outlet 771; features drawn against the flow 555, with it 1914, unknown 2884
      of the 486 lines the check blamed in the outlet's piece, 470 are drawn against the flow from the outlet
      (check again: 3.2 s)
      against the flow after setting it: 439 (the pieces without an outlet keep theirs)
    MTC roads of Ucayali: 160 route lines, with 7 Natural Earth rivers
      (check at 10 m: 1.2 s)
      road tolerance 10 m: 139 junctions made, 67 pieces
      (check at 50 m: 1.0 s)
      road tolerance 50 m: 143 junctions made, 64 pieces
      (check at 100 m: 1.1 s)
      road tolerance 100 m: 142 junctions made, 64 pieces
      (check at 200 m: 1.1 s)
      road tolerance 200 m: 146 junctions made, 61 pieces
      the same lines as trails (10 m, no road noding): 67 pieces

The IGN layer: 2,469 of its 5,353 lines drain to the Pachitea; 555 of them (22 %) are drawn from
their mouth, and 470 of the 486 lines the check blamed there are among them.  The 771 other
pieces are streams the 1:100k sheet leaves short of a river (most loose ends lie 0.1 to 2 km from
the nearest line) or cut by the department's border: no outlet, no direction.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
IGN = SHARED / "peru_roads_rivers_ign_mtc" / "rivers_ign_100k_pasco.gpkg"
MTC = SHARED / "peru_roads_rivers_ign_mtc" / "roads_mtc_ucayali.gpkg"
NATURAL_EARTH = SHARED / "geo_ucayali" / "natural_earth_10m" / "ucayali_bbox_rivers_lake_centerlines.geojson"


def timed(label: str, call):
    started = time.perf_counter()
    result = call()
    print(f"  ({label}: {time.perf_counter() - started:.1f} s)")
    return result


def pachitea_outlet(rivers):
    """The Pachitea's northernmost vertex (its last, in the direction it flows), in the layer's CRS."""
    ends = [
        point
        for feature in rivers.getFeatures()
        if feature["NOMBRE"] == "Rio Pachitea"
        for part in feature.geometry().asMultiPolyline()
        for point in (part[0], part[-1])
    ]
    return max(ends, key=lambda p: p.y())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tolerances", type=float, nargs="+", default=[10.0, 50.0, 100.0, 200.0])
    args = parser.parse_args()

    from qgis.core import QgsApplication, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    from patrol_planner.provider.provider import PatrolPlannerProvider

    Processing.initialize()
    provider = PatrolPlannerProvider()  # kept: the registry does not own a Python provider
    QgsApplication.processingRegistry().addProvider(provider)

    def run(name, params):
        return processing.run(f"patrol_planner:{name}", params)

    rivers = QgsVectorLayer(f"{IGN}|layername=rios_ign_100k", "rios_ign_100k", "ogr")
    print(f"IGN 1:100k rivers of Pasco: {rivers.featureCount()} features")
    check = timed("check", lambda: run("check_river_network", {"RIVERS": rivers, "FINDINGS": "memory:"}))
    kinds = Counter(f["kind"] for f in check["FINDINGS"].getFeatures())
    print(f"  pieces {check['PIECES']:.0f}, lines against the flow {check['AGAINST_FLOW']:.0f}, findings {dict(kinds)}")

    outlet = pachitea_outlet(rivers)
    point = QgsVectorLayer("Point?crs=EPSG:4326", "outlet", "memory")
    from qgis.core import QgsFeature, QgsGeometry

    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPointXY(outlet))
    point.dataProvider().addFeatures([feature])
    print(f"Set the river flow from the Pachitea's outlet ({outlet.x():.5f}, {outlet.y():.5f})")
    flow = timed("set flow", lambda: run("set_river_flow", {"RIVERS": rivers, "OUTLETS": point, "OUTPUT": "memory:"}))
    values = Counter(f["reversed"] for f in flow["OUTPUT"].getFeatures())
    print(
        f"  pieces {flow['PIECES']:.0f}, without an outlet {flow['UNKNOWN_PIECES']:.0f}; features drawn against the "
        f"flow {values[1]}, with it {values[0]}, unknown {sum(v for k, v in values.items() if k not in (0, 1))}"
    )
    # the copy holds the rivers in the order they were read; the findings name the input's feature ids
    direction = dict(zip((f.id() for f in rivers.getFeatures()), (f["reversed"] for f in flow["OUTPUT"].getFeatures())))
    blamed = [int(f["feature"]) for f in check["FINDINGS"].getFeatures() if f["kind"] == "against_flow"]
    drained = [i for i in blamed if direction[i] in (0, 1)]
    print(
        f"  of the {len(drained)} lines the check blamed in the outlet's piece, "
        f"{sum(1 for i in drained if direction[i] == 1)} are drawn against the flow from the outlet"
    )
    again = timed(
        "check again",
        lambda: run(
            "check_river_network", {"RIVERS": flow["OUTPUT"], "RIVER_REVERSED_FIELD": "reversed", "FINDINGS": "memory:"}
        ),
    )
    print(
        f"  against the flow after setting it: {again['AGAINST_FLOW']:.0f} (the pieces without an outlet keep theirs)"
    )

    roads = [
        QgsVectorLayer(f"{MTC}|layername={name}", name, "ogr")
        for name in ("red_vial_vecinal", "red_vial_departamental")
    ]
    merged = processing.run("native:mergevectorlayers", {"LAYERS": roads, "OUTPUT": "memory:"})["OUTPUT"]
    natural = QgsVectorLayer(str(NATURAL_EARTH), "natural_earth", "ogr")
    print(
        f"MTC roads of Ucayali: {merged.featureCount()} route lines, with {natural.featureCount()} Natural Earth rivers"
    )
    for tolerance in args.tolerances:
        result = timed(
            f"check at {tolerance:g} m",
            lambda tolerance=tolerance: run(
                "check_river_network",
                {"RIVERS": natural, "ROADS": merged, "ROAD_SNAP_M": tolerance, "FINDINGS": "memory:"},
            ),
        )
        print(
            f"  road tolerance {tolerance:g} m: {result['ROAD_NODES']:.0f} junctions made, "
            f"{result['PIECES']:.0f} pieces"
        )
    as_trails = run("check_river_network", {"RIVERS": natural, "TRAILS": merged, "FINDINGS": "memory:"})
    print(f"  the same lines as trails (10 m, no road noding): {as_trails['PIECES']:.0f} pieces")


if __name__ == "__main__":
    main()
