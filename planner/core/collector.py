"""Pausing Python's cyclic garbage collector around the engine's allocation bursts."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the engine allocates.

    Building a network or planning on it makes millions of lists and tuples, none
    in a reference cycle; each allocation burst triggers full collections that walk
    every object of the network again and again (a third of the build of a
    million-vertex network, a tenth of a plan on it).  The pause is process-wide
    (QGIS's main thread too) but lasts only the step, and the collector is switched
    back on only if it was on.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
