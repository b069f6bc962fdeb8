# SPDX-License-Identifier: GPL-2.0-or-later
"""A fresh process for tests/qgis/test_local_crs.py (not a test module): spoils a UTM zone as QGIS 3.22 and 3.44 do.

A CRS first made in a thread that then ends (a Processing task's pool thread, idle 30 s) while the main thread
also uses it keeps its cache entry but loses its PROJ object: every later transform with it is invalid, an
identity.  The cache state this needs is only certain in a new process.  Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsPointXY,
)
from spoil_crs import spoil  # noqa: E402 (this script's own folder)

app = QgsApplication([], False)
app.initQgis()
AUTHID, WGS84 = "EPSG:32718", QgsCoordinateReferenceSystem("EPSG:4326")
result = {"spoiled": spoil(AUTHID)}
utm = QgsCoordinateReferenceSystem(AUTHID)
sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))  # Processing

import processing  # noqa: E402
from processing.core.Processing import Processing  # noqa: E402

from patrol_planner.provider.provider import PatrolPlannerProvider  # noqa: E402
from patrol_planner.qgis_adapters.base.crs import checked_transform  # noqa: E402

Processing.initialize()
provider = PatrolPlannerProvider()  # kept: the registry does not own a Python provider
QgsApplication.processingRegistry().addProvider(provider)
point = checked_transform(WGS84, utm).transform(QgsPointXY(-75.0, -8.0))  # zone 18's central meridian
result["point"] = [point.x(), point.y()]
for alerts in sys.argv[1:]:
    out = processing.run(
        "patrol_planner:import_alerts",
        {"ALERTS_FILE": alerts, "DISTANCE": 250, "TODAY": "2026-01-15", "OUTPUT": "memory:"},
    )
    result[os.path.basename(alerts)] = [out["ADDED"], out["OUTPUT"].featureCount()]
print(json.dumps(result), flush=True)
os._exit(0)
