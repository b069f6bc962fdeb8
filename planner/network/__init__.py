"""Step 2, the travel-time network from rivers and trails.

``travel_model`` holds the speeds (boat with and against the current, walking,
forest); ``topology`` repairs the lines (near ends, junctions, crossings);
``zones`` cuts no-go zones out and prices soft ones; ``graph`` contracts the
pieces into a directed graph; ``join`` links bases and plots to it by forest
legs; ``search`` is Dijkstra in pure Python and ``csgraph`` the same search on
scipy's compiled Dijkstra (an optional accelerator, used when scipy imports);
``entries`` are the ways into each terminal from the network's nodes;
``matrix`` the times between terminals and each leg's path; ``build`` puts it
together (``build_network``); ``reuse`` keeps the session's network between
runs (``NetworkCache``); ``window`` cuts the lines to the window round the area of work
(``clip_ground``); ``diagnose`` checks a network before planning (pieces,
islands, lines drawn against the flow, ``check_network``) and ``flow`` sets the
flow of rivers without a direction from their outlet (``set_flow``).
"""

from __future__ import annotations

from .build import TravelNetwork, build_network
from .diagnose import AGAINST_FLOW, ISLAND_BASE, ISLAND_PLOT, PIECE, Finding, NetworkCheck, check_network
from .flow import FlowResult, set_flow
from .grid import SegmentGrid, segment_crossing
from .join import INSIDE_NO_GO, NO_CONNECTION, TOO_FAR, UPSTREAM_IMPOSSIBLE
from .legs import Leg, LegPart
from .matrix import BEYOND_HORIZON, TravelMatrix
from .modes import fastest_walk_kmh, foot_symmetric, mode_view
from .reuse import NetworkCache, fingerprint
from .travel_model import (
    BOAT,
    FOREST,
    TRAIL,
    TRANSFER,
    RiverLine,
    Terminal,
    TrailLine,
    TravelModel,
    Zone,
    tobler_factor,
)
from .window import Clipped, clip_ground
from .zones import repair_zone

__all__ = [
    "AGAINST_FLOW",
    "Finding",
    "FlowResult",
    "ISLAND_BASE",
    "ISLAND_PLOT",
    "NetworkCheck",
    "PIECE",
    "check_network",
    "set_flow",
    "BEYOND_HORIZON",
    "BOAT",
    "Clipped",
    "FOREST",
    "INSIDE_NO_GO",
    "Leg",
    "LegPart",
    "NO_CONNECTION",
    "NetworkCache",
    "RiverLine",
    "SegmentGrid",
    "TOO_FAR",
    "TRAIL",
    "TRANSFER",
    "Terminal",
    "TrailLine",
    "TravelMatrix",
    "TravelModel",
    "TravelNetwork",
    "UPSTREAM_IMPOSSIBLE",
    "Zone",
    "build_network",
    "clip_ground",
    "repair_zone",
    "fingerprint",
    "fastest_walk_kmh",
    "foot_symmetric",
    "mode_view",
    "segment_crossing",
    "tobler_factor",
]
