"""Processing algorithms, one module each.

Every module lists its algorithm classes in ``ALGORITHMS``; the provider finds
them here, so adding an algorithm means adding a module.  A module that fails
to import (say, a missing dependency) is logged and skipped so the others
still load.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from typing import List, Type

from qgis.core import QgsProcessingAlgorithm

log = logging.getLogger(__name__)


def algorithm_classes() -> List[Type[QgsProcessingAlgorithm]]:
    classes: List[Type[QgsProcessingAlgorithm]] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        try:
            module = importlib.import_module(f"{__name__}.{info.name}")
        except Exception:  # one broken algorithm must not hide the others
            log.exception("Could not load the Processing algorithm module %s", info.name)
            continue
        classes.extend(getattr(module, "ALGORITHMS", ()))
    return classes
