#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Copy the end-to-end test's screenshots (tests/artifacts/) into docs/img/ as small PNGs for the tutorials.

The desktop tests (tests/e2e/test_desktop.py) grab the real QGIS under Xvfb; this turns each picture the
tutorials show into a 256-colour PNG (a fifth of the size, the interface's flat colours kept: no dithering)
written atomically.  Run by ``make screenshots`` (every picture) and ``make screenshots-es`` (the Spanish
tutorial's, from the one test that makes them).  Usage: doc_screenshots.py [--es-only]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Dict, List, Optional

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
DOCS = ROOT / "docs" / "img"

SPANISH = {  # what tests/e2e/desktop_reopen.py grabs -> the Spanish tutorial's name
    "reopen_es_1_layers.png": "es/1_capas.png",
    "reopen_es_2_teams.png": "es/2_equipos.png",
    "reopen_es_3_review.png": "es/3_revisar.png",
    "reopen_es_4_map.png": "es/4_mapa.png",
    "reopen_es_5_reopened_review.png": "es/5_reabierto.png",
    "reopen_es_6_plan_settings.png": "es/6_planificar.png",
    "reopen_es_7_what_if.png": "es/7_que_pasa_si.png",
    # grabbed offscreen by tests/qgis/test_dock_variation.py: the review with the training tracks' predictability
    "vary_es_review.png": "es/8_variacion.png",
}


def pictures(es_only: bool) -> Dict[str, str]:
    wanted = dict(SPANISH)
    if not es_only:
        names = ["desktop_dock.png"] + sorted(p.name for p in ARTIFACTS.glob("workflow_[1-4]_*.png"))
        wanted.update({name: name for name in names})
    return wanted


def small_png(source: Path, target: Path) -> None:
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(source))
    if image.isNull():
        raise SystemExit(f"{source}: not a picture")
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    if not image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(part), "PNG", 9):
        raise SystemExit(f"{part}: could not write the picture")
    os.replace(part, target)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--es-only", action="store_true", help="only the Spanish tutorial's pictures")
    args = parser.parse_args(argv)
    from qgis.PyQt.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["doc_screenshots"])  # noqa: F841  (QImage needs one)
    missing = [name for name in pictures(args.es_only) if not (ARTIFACTS / name).is_file()]
    if missing:
        print("Not made by the desktop test (run it first): " + ", ".join(missing), file=sys.stderr)
        return 1
    for name, doc in pictures(args.es_only).items():
        small_png(ARTIFACTS / name, DOCS / doc)
        print(f"docs/img/{doc}: {(DOCS / doc).stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
