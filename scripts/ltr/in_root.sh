#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs inside the QGIS LTR root (scripts/ltr/test.sh): prints the versions, runs the
# engine's and the QGIS side's tests, prints how many ran, and fails on any skip.
set -euo pipefail
cd /mnt/patrol_planner
mkdir -p "$HOME"
export PYTHONPATH=/mnt QT_QPA_PLATFORM=offscreen
if [ $# -gt 0 ]; then
  exec "$@"
fi
python - <<'PY'
import sys
import osgeo.gdal, shapely
from qgis.core import Qgis
print(f"test-ltr: QGIS {Qgis.version()}, Python {sys.version.split()[0]}, GDAL {osgeo.gdal.__version__}, "
      f"shapely {shapely.__version__} (GEOS {'.'.join(map(str, shapely.geos_version))})")
PY
status=0
python -m pytest -q -ra --junitxml=/tmp/ltr-junit.xml tests/planner tests/qgis tests/e2e || status=$?
python - "$status" <<'PY'
import sys
import xml.etree.ElementTree as ET
suite = ET.parse("/tmp/ltr-junit.xml").getroot()
suite = suite if suite.tag == "testsuite" else suite.find("testsuite")
count = {key: int(suite.get(key, 0)) for key in ("tests", "failures", "errors", "skipped")}
passed = count["tests"] - count["failures"] - count["errors"] - count["skipped"]
print(f"test-ltr: {count['tests']} tests ran on QGIS LTR: {passed} passed, {count['failures']} failed, "
      f"{count['errors']} errors, {count['skipped']} skipped")
if count["skipped"]:
    print("test-ltr: a skipped test fails the target (every test must run on the LTR)")
sys.exit(1 if count["skipped"] or int(sys.argv[1]) else 0)
PY
