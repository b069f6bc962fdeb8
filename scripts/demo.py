#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""`make demo`: the plugin's job, headless, on the bundled training data."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from qgis.core import QgsApplication, QgsVectorLayer

ROOT = Path(__file__).resolve().parent.parent
sys.path.append("/usr/share/qgis/python/plugins")  # QGIS's own `processing` plugin


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "demo-output")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    from patrol_planner.provider.provider import PatrolPlannerProvider

    Processing.initialize()
    provider = PatrolPlannerProvider()  # keep a Python reference: the registry does not
    QgsApplication.processingRegistry().addProvider(provider)

    capitals = ROOT / "tests" / "data" / "ucayali_capitales_provincia.geojson"
    layer = QgsVectorLayer(str(capitals), "capitals", "ogr")
    result = processing.run(
        "patrol_planner:reproject_local_utm",
        {"INPUT": layer, "OUTPUT": str(args.out / "capitals_utm.gpkg")},
    )
    print(f"Reprojected {layer.featureCount()} province capitals to {result['CRS']}: {result['OUTPUT']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
