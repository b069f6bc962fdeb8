# SPDX-License-Identifier: GPL-2.0-or-later
"""Writing an export into a folder or onto a unit: all files or none, and only ever our own removed.

A Garmin loads every ``*.gpx`` in ``Garmin/GPX`` at start-up against one
budget, so an export onto a unit counts what the unit will hold afterwards:
its own new files plus every other GPX file there (a user's own, or one of
ours that was changed since), keeping ``headroom`` of the waypoints and
tracks free for the guards' own marks.  When that does not fit, or when a
waypoint or route name would clash with another file's, the export refuses
and says which files hold what.

Each export leaves a manifest (``MANIFEST``, a hidden JSON file) naming the
files it wrote with their SHA-256.  The next export removes exactly those of
them that are still unchanged and never any other file: a user's
``Plan_2023-2024.gpx`` stays, whatever its name.  New files are first
written under temporary names (which the unit does not load), then renamed
into place; if writing any of them fails, none is renamed, and if a rename
fails (the unit unplugged) the ones done are undone: either way the unit
keeps the previous export, and the error says that nothing was changed.
Temporary files are created exclusively, never through a link left there.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from ..core import (
    ExportError,
    InputError,
    Joined,
    ParseError,
    atomic_write_bytes,
    message,
    parse_text,
)
from .devices import DeviceProfile
from .gpx import budget

logger = logging.getLogger(__name__)

MANIFEST = ".patrol_export.json"
_MAX_FOREIGN_BYTES = 64 << 20  # bigger "GPX" files are counted as unreadable, not parsed


@dataclass(frozen=True)
class Load:
    """What one GPX file puts on a unit."""

    waypoints: int = 0
    routes: int = 0
    tracks: int = 0
    longest_route: int = 0
    longest_track: int = 0
    waypoint_names: Tuple[str, ...] = ()
    route_names: Tuple[str, ...] = ()


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def count_gpx(data: bytes, source: str = "") -> Load:
    """Waypoints, routes and tracks in a GPX file, and the names the unit will key them by."""
    try:
        text = data.decode("utf-8", errors="replace")
        root = parse_text(text, source)
    except (ParseError, InputError) as error:
        # The XML guard's own sentence (translatable) without its file name, which this one already gives.
        reason = error.reason if isinstance(error, InputError) else str(error)
        if isinstance(error, InputError) and error.line is not None:
            reason = message("at_line", line=error.line, reason=reason)
        raise ExportError(message("unit_file_unreadable", source=source, reason=reason)) from error
    waypoints, routes = [], []
    longest_route = longest_track = tracks = 0
    for child in root:
        tag = _local(child.tag)
        name = next((c.text or "" for c in child if _local(c.tag) == "name"), "")
        if tag == "wpt":
            waypoints.append(name)
        elif tag == "rte":
            routes.append(name)
            longest_route = max(longest_route, sum(_local(c.tag) == "rtept" for c in child))
        elif tag == "trk":
            tracks += 1
            points = sum(1 for seg in child if _local(seg.tag) == "trkseg" for p in seg if _local(p.tag) == "trkpt")
            longest_track = max(longest_track, points)
    return Load(len(waypoints), len(routes), tracks, longest_route, longest_track, tuple(waypoints), tuple(routes))


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_manifest(folder: Path) -> Dict[str, str]:
    """File name -> SHA-256 of what the last export here wrote (empty when there is none or it is unreadable)."""
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = data.get("files", {})
        return {str(k): str(v) for k, v in files.items() if "/" not in str(k) and "\\" not in str(k)}
    except (OSError, ValueError, AttributeError):
        return {}


def own_files(folder: Path) -> List[Path]:
    """Files of earlier exports that are still exactly as written (and so ours to replace)."""
    out = []
    for name, sha in read_manifest(folder).items():
        path = folder / name
        try:
            if path.is_file() and _sha(path.read_bytes()) == sha:
                out.append(path)
        except OSError:
            continue
    return out


def _foreign_gpx(folder: Path, own: Sequence[Path]) -> List[Path]:
    mine = {p.name.lower() for p in own}
    return sorted(
        p for p in folder.iterdir() if p.suffix.lower() == ".gpx" and p.is_file() and p.name.lower() not in mine
    )


def free_names(folder: Path, wanted: Sequence[str]) -> List[str]:
    """``wanted`` file names, each moved to ``stem-2.gpx``... where a file that is not ours has that name."""
    own = {p.name.lower() for p in own_files(folder)} if folder.is_dir() else set()
    taken = {p.name.lower() for p in folder.iterdir()} - own if folder.is_dir() else set()
    out: List[str] = []
    for name in wanted:
        stem, dot, ext = name.rpartition(".")
        # "plan-2" moves on to "plan-3" (not "plan-2-2"), and a part's "_1-2" (part 1 of 2) stays last.
        found = re.fullmatch(r"(.*?)(?:-(\d+))?((?:_\d+-\d+)?)", stem)
        base, counted, part = found.groups() if found else (stem, None, "")
        number = int(counted) + 1 if counted else 2
        candidate = name
        while candidate.lower() in taken or candidate.lower() in {o.lower() for o in out}:
            candidate = f"{base}-{number}{part}{dot}{ext}"
            number += 1
        out.append(candidate)
    return out


def check_unit(folder: Path, files: Mapping[str, bytes], device: DeviceProfile, headroom: float) -> List[str]:
    """Refuse (ExportError) unless the unit holds ``files`` and every other GPX file there; returns notes."""
    own = own_files(folder)
    foreign = [p for p in _foreign_gpx(folder, own) if p.name.lower() not in {n.lower() for n in files}]
    loads: List[Tuple[str, Load]] = [(name, count_gpx(data, name)) for name, data in files.items()]
    for path in foreign:
        if path.stat().st_size > _MAX_FOREIGN_BYTES:
            raise ExportError(message("unit_large_gpx", path=str(path)))
        loads.append((path.name, count_gpx(path.read_bytes(), str(path))))
    max_waypoints, max_tracks = budget(device, headroom)
    total = Load(*(sum(getattr(load, f) for _, load in loads) for f in ("waypoints", "routes", "tracks")))
    others = [
        message("unit_other_file", name=name, waypoints=load.waypoints, routes=load.routes, tracks=load.tracks)
        for name, load in loads
        if name not in files
    ]
    where = message("unit_other_files", files=Joined(others, ", ")) if others else ""
    keep = int(round(headroom * 100))
    problems = []
    if total.waypoints > max_waypoints:
        problems.append(
            message(
                "unit_waypoints",
                count=total.waypoints,
                device=device.label,
                capacity=device.max_waypoints,
                keep=keep,
                limit=max_waypoints,
            )
        )
    if total.routes > device.max_routes:
        problems.append(message("unit_routes", count=total.routes, device=device.label, capacity=device.max_routes))
    if total.tracks > max_tracks:
        problems.append(
            message(
                "unit_tracks",
                count=total.tracks,
                device=device.label,
                capacity=device.max_tracks,
                keep=keep,
                limit=max_tracks,
            )
        )
    for name, load in loads:
        if load.longest_route > device.max_route_points:
            problems.append(
                message("unit_route_points", name=name, count=load.longest_route, limit=device.max_route_points)
            )
        if load.longest_track > device.max_track_points:
            problems.append(
                message("unit_track_points", name=name, count=load.longest_track, limit=device.max_track_points)
            )
    if problems:
        raise ExportError(message("unit_would_hold", folder=str(folder), problems=Joined(problems, "; "), others=where))
    for code, attr in (("unit_waypoint_name_clash", "waypoint_names"), ("unit_route_name_clash", "route_names")):
        seen: Dict[str, str] = {}
        for name, load in loads:
            for item in getattr(load, attr):
                key = item.casefold()
                # Among this export's files a shared name is a shared place (``codes``); against another file it
                # is a clash the unit resolves by dropping or renaming one.
                if key in seen and (name in files) != (seen[key] in files):
                    raise ExportError(
                        message(
                            code,
                            folder=str(folder),
                            item=item,
                            first=seen[key],
                            second=name,
                            remove=name if name not in files else seen[key],
                        )
                    )
                seen.setdefault(key, name)
    return [
        f"the unit will hold {total.waypoints} waypoints (at most {max_waypoints}), {total.routes} routes and "
        f"{total.tracks} tracks"
    ]


def write_files(
    folder: Path, files: Mapping[str, bytes], device: Optional[DeviceProfile] = None, headroom: float = 0.2
) -> Tuple[List[Path], List[str]]:
    """Write ``files`` (name -> bytes) into ``folder``, replacing the previous export there.

    With ``device`` the folder is a unit: everything it will load is counted
    first (``check_unit``).  Returns the paths written and notes.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ExportError(message("unit_no_folder", folder=str(folder)))
    notes = check_unit(folder, files, device, headroom) if device is not None else []
    old_own = own_files(folder)
    foreign = {p.name.lower() for p in folder.iterdir()} - {p.name.lower() for p in old_own}
    clash = [name for name in files if name.lower() in foreign]
    if clash:  # callers pick names with free_names(); this is the last guard
        raise ExportError(message("unit_not_ours", folder=str(folder), names=", ".join(clash)))
    staged: List[Tuple[Path, Path]] = []
    try:
        for name, data in files.items():
            staged.append((_stage(folder / f".{name}.part", data), folder / name))
    except OSError as error:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise ExportError(
            message("unit_write_failed", folder=str(folder), name=name, reason=str(error.strerror or error))
        ) from error
    hashes = {name: _sha(data) for name, data in files.items()}
    before = read_manifest(folder)
    # The manifest names old and new files until the old ones are gone, so a crash leaves nothing unowned.
    both = {p.name: _sha(p.read_bytes()) for p in old_own} | hashes
    try:
        _write_manifest(folder, both)
    except ExportError as error:  # the old manifest is whole (written atomically): only the parts to remove
        for tmp, _ in staged:
            with contextlib.suppress(OSError):
                tmp.unlink()
        cause = error.__cause__
        reason = str(getattr(cause, "strerror", None) or cause or error)
        raise ExportError(message("unit_rename_failed", folder=str(folder), reason=reason)) from error
    written = _swap_in(folder, staged, before)
    new = {name.lower() for name in files}
    for path in old_own:
        if path.name.lower() not in new:
            try:
                path.unlink()
            except OSError as error:
                notes.append(f"{path}: an earlier export's file could not be removed ({error}); remove it by hand")
    _write_manifest(folder, hashes)
    return written, notes


_EXCLUSIVE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def _stage(tmp: Path, data: bytes) -> Path:
    """Write ``data`` to the new file ``tmp`` and sync it; removed again if that fails.

    Created exclusively: a ``.part`` left there (an export cut off, or a
    link planted to make the export overwrite a file elsewhere) is removed,
    never written through."""
    try:
        fd = os.open(tmp, _EXCLUSIVE, 0o644)
    except FileExistsError:
        tmp.unlink()  # the link itself, not what it points to
        fd = os.open(tmp, _EXCLUSIVE, 0o644)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _swap_in(folder: Path, staged: Sequence[Tuple[Path, Path]], manifest: Mapping[str, str]) -> List[Path]:
    """Rename the staged parts into place; when one rename fails (a unit unplugged), put every file
    back as it was, ``manifest`` included, and refuse with a sentence."""
    moved: List[Tuple[Path, Optional[Path], bool]] = []  # (final, the old file moved aside, new one in place)
    try:
        for tmp, final in staged:
            backup = None
            if os.path.lexists(final):
                backup = folder / f".{final.name}.old"
                os.replace(final, backup)  # a rename replaces a link there, never writes through it
            moved.append((final, backup, False))
            os.replace(tmp, final)
            moved[-1] = (final, backup, True)
    except OSError as error:
        reason = str(error.strerror or error)
        code = "unit_rename_failed" if _roll_back(folder, staged, moved, manifest) else "unit_rename_unrestored"
        raise ExportError(message(code, folder=str(folder), reason=reason)) from error
    for _, backup, _ in moved:
        if backup is not None:
            with contextlib.suppress(OSError):
                backup.unlink()
    return [final for _, final in staged]


def _roll_back(
    folder: Path,
    staged: Sequence[Tuple[Path, Path]],
    moved: Sequence[Tuple[Path, Optional[Path], bool]],
    manifest: Mapping[str, str],
) -> bool:
    """Undo ``_swap_in``'s renames and remove the parts; whether the folder is back as it was."""
    whole = True
    for final, backup, placed in reversed(moved):
        try:
            if placed:
                final.unlink()
            if backup is not None:
                os.replace(backup, final)
        except OSError:
            whole = False
    for tmp, _ in staged:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            whole = False
    try:
        _write_manifest(folder, manifest)
    except ExportError:
        whole = False
    return whole


def _write_manifest(folder: Path, files: Mapping[str, str]) -> None:
    atomic_write_bytes(folder / MANIFEST, json.dumps({"files": dict(files)}, indent=1, sort_keys=True).encode())
