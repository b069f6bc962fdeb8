# SPDX-License-Identifier: GPL-2.0-or-later
"""A fresh process for tests/qgis/test_training_data.py (not a test module): spoils UTM 18S as QGIS does (see
spoil_crs.py), then writes the training data and project into the folder given.  Prints one JSON line."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication  # noqa: E402
from spoil_crs import spoil  # noqa: E402 (this script's own folder)

REPO = Path(__file__).resolve().parents[2]
app = QgsApplication([], False)
app.initQgis()
result = {"spoiled": spoil("EPSG:32718")}
sys.path.insert(0, str(REPO / "scripts"))
spec = importlib.util.spec_from_file_location("make_training_data", REPO / "scripts" / "make_training_data.py")
module = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = module
spec.loader.exec_module(module)
module.generate(Path(sys.argv[1]), int(sys.argv[2]))
print(json.dumps(result), flush=True)
os._exit(0)
