# SPDX-License-Identifier: GPL-2.0-or-later
"""A fresh process for tests/qgis/test_one_transform.py (not a test module): a task's thread and the CRS it made.

Pool threads normally end after 30 s idle; here the expiry is set to 0 (idle threads end at once) before the
provider loads, so "later" comes at once rather than after a wait.  A task makes the UTM zone first (as a dock step
measuring WGS 84 layers does) and returns once the main thread has used it too; a second task then runs.
Prints one JSON line: whether the zone is still sound afterwards, and whether the first task's thread still lives.
``bare`` as the first argument skips the provider (what QGIS alone does): the first task's thread then ends, and
the zone is checked once it has.
"""

from __future__ import annotations

import json
import os
import sys
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsTask,
)
from qgis.PyQt.QtCore import QThreadPool  # noqa: E402
from spoil_crs import ended  # noqa: E402 (this script's own folder)

app = QgsApplication([], False)
app.initQgis()
QThreadPool.globalInstance().setExpiryTimeout(0)
BARE = sys.argv[1:] == ["bare"]
if not BARE:
    from patrol_planner.provider.provider import PatrolPlannerProvider  # noqa: E402

    provider = PatrolPlannerProvider()  # kept: the registry does not own a Python provider
    QgsApplication.processingRegistry().addProvider(provider)
AUTHID = "EPSG:32718"
made, used = threading.Event(), threading.Event()
owner = {}


def first(_task) -> bool:
    owner["id"] = threading.get_native_id()
    QgsCoordinateReferenceSystem(AUTHID).toWkt()
    made.set()
    used.wait()
    return True


def wait_for(task) -> None:
    finished = (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated)
    while task.status() not in finished:
        app.processEvents()


task = QgsTask.fromFunction("makes the zone", first)
QgsApplication.taskManager().addTask(task)
made.wait()
QgsCoordinateReferenceSystem(AUTHID).toWkt()  # the main thread uses it while the task's thread lives
used.set()
wait_for(task)
second = QgsTask.fromFunction("another step", lambda _task: True)
QgsApplication.taskManager().addTask(second)
wait_for(second)
if BARE:
    ended(owner["id"])
alive = os.path.exists(f"/proc/self/task/{owner['id']}")
wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
sound = QgsCoordinateTransform(wgs84, QgsCoordinateReferenceSystem(AUTHID), QgsCoordinateTransformContext()).isValid()
print(
    json.dumps({"sound": sound, "wkt": bool(QgsCoordinateReferenceSystem(AUTHID).toWkt()), "thread_alive": alive}),
    flush=True,
)
os._exit(0)
