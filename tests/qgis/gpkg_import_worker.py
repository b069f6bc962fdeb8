# SPDX-License-Identifier: GPL-2.0-or-later
"""A separate import process for tests/qgis/test_gpkg_store.py (not a test module).

Usage: python gpkg_import_worker.py GPKG GO_FILE FILE...  Reads the files, prints READY, waits for
GO_FILE to exist ("-": no wait), writes, prints DONE <written> <duplicates> or FAILED <message>.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication  # noqa: E402

app = QgsApplication([], False)
app.initQgis()

from patrol_planner.planner.core import PlannerError  # noqa: E402
from patrol_planner.planner.field import read_field_file  # noqa: E402
from patrol_planner.qgis_adapters.stores.imports import write_results  # noqa: E402

gpkg, go_file, *files = sys.argv[1:]
results = [read_field_file(f) for f in files]
print("READY", flush=True)
while go_file != "-" and not os.path.exists(go_file):
    time.sleep(0.002)
try:
    report = write_results(results, gpkg, lock_timeout_s=float(os.environ.get("LOCK_TIMEOUT_S", "60")))
    print("DONE", len(report.written), len(report.duplicates), flush=True)
except PlannerError as error:
    print("FAILED", error, flush=True)
os._exit(0)  # QGIS's own exit is slow and not what is tested
