# SPDX-License-Identifier: GPL-2.0-or-later
"""Spoils a cached CRS as QGIS 3.22 and 3.44 do, for the fresh-process workers of the tests (not a test module).

QGIS keeps one "master" PROJ object per cached CRS, owned by the thread that first made the CRS, and a clone per
other thread that used it.  When the owning thread ends (in QGIS, a task's pool thread idle for 30 s), QGIS 3.22
drops the master but keeps the cache entry while another thread still holds a clone: the CRS stays "valid", yet
every later transform with it, in any thread, is invalid, an identity.  The cache state this needs is only
certain in a new process.
"""

from __future__ import annotations

import os
import threading

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCoordinateTransformContext
from qgis.PyQt.QtCore import QThread


class Spoiler:
    """A thread that first makes ``authid`` and lives until ``finish``: the main thread uses the CRS meanwhile."""

    def __init__(self, authid: str) -> None:
        self.authid = authid
        self._made, self._done = threading.Event(), threading.Event()
        spoiler = self

        class Owner(QThread):
            def run(self) -> None:
                spoiler.native_id = threading.get_native_id()
                QgsCoordinateReferenceSystem(authid).toWkt()
                spoiler._made.set()
                spoiler._done.wait()

        self._owner = Owner()

    def start(self) -> None:
        """Returns once the owning thread made the CRS (first in this process)."""
        self._owner.start()
        self._made.wait()
        QgsCoordinateReferenceSystem(self.authid).toWkt()  # the calling thread holds a clone from now on

    def finish(self) -> bool:
        """Ends the owning thread; True when a transform from WGS 84 to the CRS is now invalid (spoiled)."""
        self._done.set()
        self._owner.wait()
        ended(self.native_id)
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        return not QgsCoordinateTransform(
            wgs84, QgsCoordinateReferenceSystem(self.authid), QgsCoordinateTransformContext()
        ).isValid()


def ended(native_id: int) -> None:
    """Returns once the thread ``native_id`` has ended (Linux).

    ``QThread.wait`` returns when ``run`` has returned, before the thread's C++ thread-locals (QGIS's PROJ
    context, whose end spoils the CRS) are destroyed: under load the CRS was checked before it was spoiled."""
    while os.path.exists(f"/proc/self/task/{native_id}"):
        os.sched_yield()


def spoil(authid: str) -> bool:
    """Spoils ``authid`` in QGIS's CRS cache; True when a transform from WGS 84 to it is now invalid."""
    spoiler = Spoiler(authid)
    spoiler.start()
    return spoiler.finish()
