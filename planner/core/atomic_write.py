"""Write a file so that readers see either the old content or the new, never half.

Coordinators write straight onto a Garmin unit's USB storage (FAT32) and unplug
it as soon as the dialog closes, and a full disk or a writer that raises must
not destroy the plan already on the unit.  So the data goes to a temporary file
in the *same folder* (``os.replace`` is only atomic within one file system),
is flushed and fsynced, then renamed over the target.  The temporary name is
short 8.3-friendly ASCII with a leading ``~`` so Garmin units (which load every
``*.gpx`` in ``Garmin/GPX``) never pick up a half-written file: it ends in
``.tmp``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, Union

from .errors import ExportError
from .messages import message

logger = logging.getLogger(__name__)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some FUSE/FAT mounts refuse fsync on folders; the data itself is synced
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_open(path: Union[str, Path]) -> Iterator[BinaryIO]:
    """Yield a binary handle; on a clean exit its content replaces ``path`` atomically.

    If the body raises, the temporary file is removed, ``path`` is untouched
    and the exception propagates.  ``OSError`` from the file system becomes
    ``ExportError`` naming the file.
    """
    target = Path(path)
    folder = target.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix="~", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ExportError(
            message("write_folder_failed", path=str(target), folder=str(folder), reason=str(error.strerror or error))
        ) from error
    tmp = Path(tmp_name)
    handle = os.fdopen(fd, "wb")
    try:
        try:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        finally:
            handle.close()
        if target.exists():
            # mkstemp creates 0600; keep the mode the coordinator's file had.
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            # Not 0666 & ~umask: reading the umask means setting it, which races
            # with QGIS's other threads.  0644 is what a normal save gives.
            with contextlib.suppress(OSError):
                os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(error, OSError):
            reason = str(error.strerror or error)
            raise ExportError(message("write_file_failed", path=str(target), reason=reason)) from error
        raise
    _fsync_dir(folder)
    logger.debug("wrote %s", target)


def atomic_write_bytes(path: Union[str, Path], data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (see ``atomic_open``)."""
    with atomic_open(path) as handle:
        handle.write(data)


def atomic_write_text(path: Union[str, Path], text: str, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` atomically; newlines are written as given."""
    atomic_write_bytes(path, text.encode(encoding))


def atomic_write_with(path: Union[str, Path], writer: Callable[[BinaryIO], None]) -> None:
    """Let ``writer`` stream into the temporary file, then replace ``path`` atomically."""
    with atomic_open(path) as handle:
        writer(handle)
