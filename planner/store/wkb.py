"""Geometries as (ISO) WKB, written and read with ``struct``: a million coordinates in a fraction of a second.

Track lines and segments travel to PostGIS as hex WKB (``'\\x…'::bytea``), so the
server neither parses text numbers nor sorts points to build lines; coverage reads
segments back as WKB (``ST_AsBinary``) and unpacks them here.
"""

from __future__ import annotations

import struct
from typing import List, Sequence, Tuple

from ..core import InputError, message
from .query import Sql

_POINT, _LINESTRING_Z, _MULTIPOINT, _MULTILINESTRING_Z = 1, 1002, 4, 1005


def multipoint(xy: Sequence[Tuple[float, float]]) -> bytes:
    """A MultiPoint (one member per position, so a segment of one point is fine)."""
    head = struct.pack("<BII", 1, _MULTIPOINT, len(xy))
    member = struct.Struct("<BIdd")
    return head + b"".join(member.pack(1, _POINT, x, y) for x, y in xy)


def multilinestring_z(parts: Sequence[Sequence[Tuple[float, float, float]]]) -> bytes:
    """A MultiLineStringZ of the parts that have at least two points (fewer make no line)."""
    lines = [part for part in parts if len(part) >= 2]
    chunks = [struct.pack("<BII", 1, _MULTILINESTRING_Z, len(lines))]
    for part in lines:
        chunks.append(struct.pack("<BII", 1, _LINESTRING_Z, len(part)))
        chunks.append(struct.pack(f"<{3 * len(part)}d", *(v for point in part for v in point)))
    return b"".join(chunks)


def bytea(data: bytes) -> Sql:
    """Bytes as a ``bytea`` literal: hex digits only, so nothing in them can end the quotes."""
    return Sql("'\\x" + data.hex() + "'::bytea")


def read_multipoint(text: str) -> List[Tuple[float, float]]:
    """``ST_AsBinary`` of a MultiPoint, as QGIS returns it (``\\x`` and hex digits), into (x, y) pairs."""
    data = bytes.fromhex(text[2:] if text.startswith("\\x") else text)
    if len(data) < 9:
        raise InputError(message("store_damaged_geometry"))
    order = "<" if data[0] == 1 else ">"
    kind, count = struct.unpack_from(order + "II", data, 1)
    if kind % 1000 != _MULTIPOINT or len(data) != 9 + 21 * count:
        raise InputError(message("store_not_segment"))
    return [(x, y) for _, _, x, y in struct.iter_unpack(order + "BIdd", data[9:])]
