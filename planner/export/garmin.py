"""Find Garmin units plugged in as USB drives, so the UI can write straight to them.

A Garmin in mass-storage mode shows up as a drive with a ``Garmin/GPX``
folder; the unit loads every ``*.gpx`` there at start-up.  Newer units in MTP
mode are reachable on Linux through GVFS (``/run/user/<uid>/gvfs/mtp:...``)
and are looked for there too; on Windows and macOS MTP devices have no path
and are not found (the coordinator then saves to a folder and copies).
Pure file-system checks: nothing is opened but ``GarminDevice.xml``, which
names the model and is read only after refusing any DOCTYPE in it.
"""

from __future__ import annotations

import logging
import os
import string
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, List, Optional

from ..core import InputError, ParseError, parse_text

logger = logging.getLogger(__name__)

_DRIVE_REMOVABLE = 2  # GetDriveTypeW
# GarminDevice.xml is a few kilobytes; anything much bigger is not one.
_MAX_DEVICE_XML = 1 << 20


@dataclass(frozen=True)
class GarminMount:
    root: Path  # the drive or storage root
    gpx_folder: Path  # where exports go (Garmin/GPX, in the case the unit uses)
    model: str = ""  # from Garmin/GarminDevice.xml, e.g. "eTrex 32x"; "" if unknown


def _child(folder: Path, name: str) -> Optional[Path]:
    """``folder/name`` matched without case (FAT shows GARMIN or Garmin depending on the OS)."""
    direct = folder / name
    if direct.is_dir():
        return direct
    try:
        for entry in folder.iterdir():
            if entry.name.lower() == name.lower() and entry.is_dir():
                return entry
    except OSError:
        pass
    return None


def _model(garmin: Path) -> str:
    path = garmin / "GarminDevice.xml"
    try:
        if not path.is_file() or path.stat().st_size > _MAX_DEVICE_XML:
            return ""
        text = path.read_bytes().decode("utf-8", errors="replace")
        root = parse_text(text, str(path))
    except (OSError, ParseError, InputError) as error:
        logger.debug("cannot read %s: %s", path, error)
        return ""
    for element in root.iter():
        if element.tag.rpartition("}")[2] == "Description" and element.text:
            return element.text.strip()
    return ""


def garmin_folder(root: Path) -> Optional[GarminMount]:
    """The ``Garmin/GPX`` folder under ``root`` if it has one."""
    garmin = _child(root, "Garmin")
    if garmin is None:
        return None
    gpx = _child(garmin, "GPX")
    if gpx is None:
        return None
    return GarminMount(root, gpx, _model(garmin))


def _windows_roots() -> List[Path]:
    roots: List[Path] = []
    if sys.platform != "win32":  # ctypes.windll is Windows' only (and mypy checks it only there)
        return roots
    import ctypes

    get_type = ctypes.windll.kernel32.GetDriveTypeW
    mask = ctypes.windll.kernel32.GetLogicalDrives()
    for index, letter in enumerate(string.ascii_uppercase):
        # Only removable drives: never probe network shares (slow) or the system disk.
        if mask >> index & 1 and get_type(f"{letter}:\\") == _DRIVE_REMOVABLE:
            roots.append(Path(f"{letter}:\\"))
    return roots


def _subfolders(folder: Path) -> List[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.is_dir())
    except OSError:
        return []


def candidate_roots(system_root: Path = Path("/")) -> List[Path]:
    """Where removable drives are mounted on this system (``system_root`` is for tests)."""
    if sys.platform == "win32":
        return _windows_roots()
    if sys.platform == "darwin":
        return _subfolders(system_root / "Volumes")
    user = os.environ.get("USER") or os.environ.get("LOGNAME") or ""
    roots: List[Path] = []
    bases = [system_root / "media" / user, system_root / "run" / "media" / user] if user else []
    for base in bases + [system_root / "media"]:  # /media/<label> on older udisks setups
        roots.extend(_subfolders(base))
    # MTP units through GVFS: one folder per device, then one per storage.
    if hasattr(os, "getuid"):
        for device in _subfolders(system_root / "run" / "user" / str(os.getuid()) / "gvfs"):
            if device.name.startswith("mtp:"):
                roots.extend(_subfolders(device))
    return list(dict.fromkeys(roots))


def find_garmin_units(roots: Optional[Iterable[Path]] = None) -> List[GarminMount]:
    """Every mounted unit (or SD card) with a ``Garmin/GPX`` folder, in mount order.

    ``roots`` replaces the platform's mount points (tests, or a UI that lets
    the coordinator add a folder).
    """
    found = []
    for root in candidate_roots() if roots is None else roots:
        mount = garmin_folder(Path(root))
        if mount is not None:
            found.append(mount)
    return found
