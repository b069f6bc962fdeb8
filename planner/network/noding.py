"""The order of the topology repairs, and the roads' own noding before them.

``repair`` runs ``topology``'s steps in order (ends, dangling ends, crossings,
transfers); route lines (roads) are noded among themselves first with their own
tolerance, since one line per route meets the next tens of metres away.
"""

from __future__ import annotations

import logging
from typing import Dict, List, Optional, Tuple

from .grid import SegmentGrid
from .topology import (
    NetworkStats,
    Piece,
    Splits,
    apply_splits,
    find_transfers,
    snap_ends,
    split_at_crossings,
    split_at_dangling_ends,
)
from .travel_model import BOAT, TRAIL, Coord

log = logging.getLogger(__name__)


def node_roads(roads: List[Piece], snap: float, stats: NetworkStats) -> List[Piece]:
    """Route lines (not noded: one line per route) joined among themselves within ``snap``.

    Ends near each other are snapped, an end near another road's middle splits
    it, and roads that cross are split at the crossing; ``stats.road_nodes``
    counts the junctions made.  The pieces then join the trails' own repair.
    """
    splits: Splits = {}
    moved = snap_ends(roads, snap)
    joined, grid = split_at_dangling_ends(roads, snap, splits)
    crossings, touching = split_at_crossings(roads, grid, splits)
    stats.road_nodes = moved + joined + crossings + touching
    return apply_splits(roads, splits)


def repair(
    pieces: List[Piece], snap: float, stats: NetworkStats, road_snap: Optional[float] = None
) -> Tuple[List[Piece], List[Tuple[Coord, Coord]], Dict[str, SegmentGrid]]:
    """All topology repairs; returns the cut pieces, the transfer pairs and the grids of the lines."""
    rivers = [p for p in pieces if p.kind == BOAT]
    trails = [p for p in pieces if p.kind == TRAIL and not p.road]
    roads = [p for p in pieces if p.kind == TRAIL and p.road]
    if roads:
        trails += node_roads(roads, snap if road_snap is None else road_snap, stats)
    stats.ends_snapped = snap_ends(rivers, snap) + snap_ends(trails, snap)
    river_splits: Splits = {}
    trail_splits: Splits = {}
    stats.tributaries_split, river_grid = split_at_dangling_ends(rivers, snap, river_splits)
    stats.trail_ends_joined, trail_grid = split_at_dangling_ends(trails, snap, trail_splits)
    stats.trail_crossings, touching = split_at_crossings(trails, trail_grid, trail_splits)
    stats.trail_ends_joined += touching
    transfers = find_transfers(trails, rivers, river_grid, snap, river_splits) if rivers else []
    stats.transfers = len(transfers)
    log.debug(
        "Topology: %d ends snapped, %d tributaries split, %d trail ends joined, %d trail crossings, %d transfers",
        stats.ends_snapped,
        stats.tributaries_split,
        stats.trail_ends_joined,
        stats.trail_crossings,
        stats.transfers,
    )
    pieces = apply_splits(rivers, river_splits) + apply_splits(trails, trail_splits)
    return pieces, transfers, {BOAT: river_grid, TRAIL: trail_grid}
