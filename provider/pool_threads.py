"""Keeps QGIS's background threads for the session: what spoiled the UTM zones under load, removed."""

from __future__ import annotations

from qgis.PyQt.QtCore import QThreadPool


def keep_pool_threads() -> None:
    """QGIS's background threads stay for the whole session: the cause of spoiled CRSs, removed.

    QGIS keeps one PROJ object per cached CRS, owned by the thread that first made it, and a clone for every
    other thread that used it.  When the owner ends, QGIS (3.22, 3.44) drops that object but keeps the CRS in its cache
    as long as another thread holds a clone: the CRS, and every copy of it already handed out, stays "valid" and
    every transform with it is an identity (metres taken as degrees).  The owner is typically the pool thread of
    a Processing task (the dock's steps), and a pool thread ends once idle for 30 s: at a moment set by how fast
    the machine is, in the middle of a later run.  Pool threads that never expire never end; there are at most
    as many as cores.  Not undone at unload: a thread that ends later would still spoil the CRSs it made.
    """
    QThreadPool.globalInstance().setExpiryTimeout(-1)
