"""Figures: the UTM zone and the eastings of a plan on real Ucayali layers (issue 25, finding 1).

Run by hand (or ``make bench``)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_real_layers_zone.py

Plans twice with the capitals as bases and the 90 MapBiomas alerts round Aguaytía as plots: with the
extracts of ``tests/data/ucayali`` (what ``tests/qgis/test_real_layers.py`` uses), then with the whole
Natural Earth rivers file (7 rivers, to -61.4°) and all MTC local roads of ``../shared/data``.  Prints the
zone each plan measured in, the eastings range of every output, and the wall time.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"


def main() -> int:
    from qgis.core import QgsApplication, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    sys.path.insert(0, str(ROOT))
    from processing.core.Processing import Processing

    from patrol_planner.provider.provider import PatrolPlannerProvider
    from tests.qgis.test_real_layers import Log, eastings, real_layers, run_plan

    Processing.initialize()
    provider = PatrolPlannerProvider()  # kept: the registry does not own a Python provider
    QgsApplication.processingRegistry().addProvider(provider)
    shared = real_layers(full=True)
    shared["RIVERS"] = QgsVectorLayer(
        str(SHARED / "geo_ucayali/natural_earth_10m/ucayali_bbox_rivers_lake_centerlines.geojson"), "NE rivers", "ogr"
    )
    shared["TRAILS"] = QgsVectorLayer(
        f"{SHARED / 'peru_roads_rivers_ign_mtc/roads_mtc_ucayali.gpkg'}|layername=red_vial_vecinal", "MTC", "ogr"
    )
    for label, layers in (("tests/data extracts", real_layers(full=True)), ("shared, whole files", shared)):
        started, log = time.perf_counter(), Log()
        result = run_plan(layers, log)
        print(f"{label}: rivers extent {layers['RIVERS'].extent().toString(2)}")
        for line in log.lines:
            if any(key in line for key in ("Measuring", "reaches beyond", "no plot", " plots, ")):
                print("  log:", line)
        for key in ("ROUTES", "STOPS", "UNPLANNED", "LEGS"):
            xs = eastings(result[key])
            print(f"  {key}: {result[key].crs().authid()}, eastings {min(xs):.0f} .. {max(xs):.0f}")
        print(f"  wall {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
