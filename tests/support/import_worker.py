# SPDX-License-Identifier: GPL-2.0-or-later
"""One coordinator's import, as its own process: for the test of two imports into one database at once.

    python import_worker.py DATABASE_URL SCHEMA GO_FILE FILE...

Starts QGIS, reads the files, says so (GO_FILE.<pid>.ready), waits until GO_FILE exists (so both
workers write at the same moment), imports into the shared store and prints the report as JSON.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from qgis.core import QgsApplication


def main() -> None:
    url, schema, go, *files = sys.argv[1:]
    parent = os.getppid()
    app = QgsApplication([], False)
    app.initQgis()
    from patrol_planner.planner.field import ImportConfig, read_field_file
    from patrol_planner.qgis_adapters.stores.field_store import open_store

    store = open_store(connection=url, schema=schema)
    results = [read_field_file(path, ImportConfig()) for path in files]
    Path(f"{go}.{os.getpid()}.ready").touch()
    while not Path(go).exists():  # however long the other worker reads; ends with the test that started it
        if os.getppid() != parent:
            sys.exit("the test that started this worker is gone")
        time.sleep(0.01)
    began = time.time()
    report = store.write_results(results)
    print(
        json.dumps(
            {
                "written": [r.sha256 for r in report.written],
                "duplicates": report.duplicates,
                "began": began,
                "ended": time.time(),
            }
        )
    )
    app.exitQgis()


if __name__ == "__main__":
    main()
