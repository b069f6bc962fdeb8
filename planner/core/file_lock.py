# SPDX-License-Identifier: GPL-2.0-or-later
"""An exclusive lock on a file between processes, on POSIX and Windows (no QGIS)."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from pathlib import Path
from typing import Iterator

from .errors import ExportError
from .messages import message

logger = logging.getLogger(__name__)


@contextlib.contextmanager
def exclusive_lock(path: Path, timeout_s: float) -> Iterator[None]:
    """Held by one process at a time: the lock file ``.NAME.lock`` beside ``path``, waited for up to ``timeout_s``.

    Two imports into one GeoPackage at once would both find a file new and store it twice; SQLite's own
    locking guards the file, not that check. The lock dies with its process (no stale lock after a crash)."""
    lock = path.with_name(f".{path.name}.lock")
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise ExportError(message("lock_no_folder", path=str(path), reason=error.strerror or str(error))) from error
    try:
        deadline = time.monotonic() + timeout_s
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise ExportError(message("lock_busy", path=str(path)))
            time.sleep(0.05)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":  # the spelling mypy narrows on, unlike os.name
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except (BlockingIOError, PermissionError):
        return False  # held by another import (EWOULDBLOCK on POSIX, EACCES on Windows)
    except OSError as error:
        # A file system without locks (some network shares): SQLite's own locking still guards the
        # file itself; only the duplicate check of two simultaneous imports is then unguarded.
        logger.warning(message("lock_unavailable", error=str(error)))
        return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":  # the spelling mypy narrows on, unlike os.name
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
