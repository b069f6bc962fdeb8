# SPDX-License-Identifier: GPL-2.0-or-later
"""Spoils a cached CRS as QGIS 3.22 does, for the fresh-process workers of the tests (not a test module).

A CRS first made in a thread that then ends (a Processing task's pool thread, idle 30 s) while the main thread
also uses it keeps its cache entry but loses its PROJ object: every later transform with it is invalid, an
identity.  The cache state this needs is only certain in a new process.
"""

from __future__ import annotations

import threading

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCoordinateTransformContext
from qgis.PyQt.QtCore import QThread


def spoil(authid: str) -> bool:
    """Spoils ``authid`` in QGIS's CRS cache; True when a transform from WGS 84 to it is now invalid."""
    made, done = threading.Event(), threading.Event()

    class Worker(QThread):
        def run(self) -> None:
            QgsCoordinateReferenceSystem(authid).toWkt()
            made.set()
            done.wait(10)

    worker = Worker()
    worker.start()
    made.wait(10)
    QgsCoordinateReferenceSystem(authid).toWkt()  # the main thread uses it while the task's thread lives
    done.set()
    worker.wait(10000)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    return not QgsCoordinateTransform(wgs84, QgsCoordinateReferenceSystem(authid),
                                      QgsCoordinateTransformContext()).isValid()
