"""A printed file written whole or not at all: QGIS renders into a temporary file beside it, then it is renamed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

from ...planner.core import ExportError, message
from ..translation.messages import tr


def atomic_export(path: Path, write: Callable[[str], bool]) -> Path:
    """Write through a temporary file in the same folder, then rename: no half-written briefing."""
    path = Path(path)
    tmp = ""
    try:
        handle, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=str(path.parent))
        os.close(handle)
        if not write(tmp):
            raise ExportError(
                tr("{path}: QGIS could not write the briefing (disk full or no permission?)").format(path=path)
            )
        # mkstemp made it private to this user.  0644 as a normal save, not 0666 & ~umask: reading the
        # umask means setting it, which races with QGIS's other threads.
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as error:
        raise ExportError(message("write_file_failed", path=str(path), reason=error.strerror or str(error))) from error
    finally:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
    return path
