# SPDX-License-Identifier: GPL-2.0-or-later
"""A fresh process for tests/qgis/test_pilot_spoiled_crs.py (not a test module).

Spoils the small area's UTM zone (``spoil_crs``; if that missed, stops there), then plans with a boat (legs
into a GeoPackage) and writes the briefing with the pilot's files into the folder given as the first argument.
With ``during`` as the second argument the zone is spoiled while the plan runs instead (when its progress first
reaches 30 %: the inputs were read and measured, the outputs not yet written), as when a task's pool thread
ends in the middle of a run.  Prints one JSON line: whether the zone was spoiled, the outputs' CRS, the arrivals,
the pilot sheet, the pilot GPX's points, any error.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication, QgsProcessingFeedback, QgsVectorLayer  # noqa: E402

app = QgsApplication([], False)
app.initQgis()
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from spoil_crs import Spoiler  # noqa: E402

DURING = sys.argv[2:] == ["during"]
spoiler = Spoiler("EPSG:32718")
spoiler.start()
result = {"spoiled": False if DURING else spoiler.finish()}
feedback = QgsProcessingFeedback()


def spoil_during(progress: float) -> None:
    if DURING and progress >= 30 and not result["spoiled"]:
        result["spoiled"] = spoiler.finish()
        result["spoiled_at"] = progress


feedback.progressChanged.connect(spoil_during)
if not (result["spoiled"] or DURING):
    print(json.dumps(result), flush=True)
    os._exit(0)
sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))  # Processing

import processing  # noqa: E402
from processing.core.Processing import Processing  # noqa: E402

from patrol_planner.provider.provider import PatrolPlannerProvider  # noqa: E402

spec = importlib.util.spec_from_file_location("qgis_test_conftest", HERE / "conftest.py")
conftest = importlib.util.module_from_spec(spec)
spec.loader.exec_module(conftest)
Processing.initialize()
provider = PatrolPlannerProvider()  # kept: the registry does not own a Python provider
QgsApplication.processingRegistry().addProvider(provider)
folder = Path(sys.argv[1])
gpkg = folder / "routes.gpkg"
try:
    planned = processing.run(
        "patrol_planner:plan_patrols",
        dict(
            conftest.small_area_layers(),
            TEAMS=["Equipo A", "Alfa", "", 1, 12],
            START="2026-12-01T06:00",
            TIME_LIMIT=1,
            ROUTES=str(gpkg),
            STOPS="memory:",
            UNPLANNED="memory:",
            BOATS="Equipo A=40hp",
            LEGS=f"ogr:dbname='{gpkg}' table=\"legs\" (geom)",
        ),
        feedback=feedback,
    )
    routes = QgsVectorLayer(f"{gpkg}|layername=routes", "routes", "ogr")
    legs = QgsVectorLayer(f"{gpkg}|layername=legs", "legs", "ogr")
    result["crs"] = [routes.crs().authid(), legs.crs().authid()]
    result["arrivals"] = [f["arrival"] for f in planned["STOPS"].getFeatures()]
    processing.run(
        "patrol_planner:patrol_briefing",
        {"ROUTES": routes, "STOPS": planned["STOPS"], "LEGS": legs, "OUTPUT_FOLDER": str(folder)},
    )
    result["sheet"] = (folder / "Equipo_A_piloto.txt").read_text(encoding="utf-8")
    gpx = folder / "Equipo_A_piloto.gpx"
    text = gpx.read_text(encoding="utf-8") if gpx.exists() else ""
    result["gpx"] = [[float(lat), float(lon)] for lat, lon in re.findall(r'lat="([-0-9.]+)" lon="([-0-9.]+)"', text)]
except Exception as error:  # noqa: BLE001 - reported to the test, which shows it
    traceback.print_exc()
    result["error"] = f"{type(error).__name__}: {error}"
print(json.dumps(result), flush=True)
os._exit(0)
