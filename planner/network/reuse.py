"""Keeping the network between runs of one session, keyed by what it was built from.

A coordinator reviewing a plan drops a plot from a team or locks one to a
team and plans again: the rivers, trails, zones, travel model (speeds, and
whatever season or water level it holds) and elevation are the same, so the
network (seconds on a large area) is built once per session.  The key is a
fingerprint of the inputs' content, not of the layers' names: an edited line
or a changed speed builds again.  The matrix, the boats' access times and the
mode views are kept in the network's own memo (``memo.NetworkMemo``: the last
one of each, returned when asked again with the same key), so they go with the
network they were computed on.

The river check before planning (``diagnose.check_network``: pieces, islands,
lines against the flow) is kept beside it, keyed the same way plus the bases
and plots it joins: it walks every line again, so a re-plan would pay it twice.

Only the last network is kept: a large one holds hundreds of megabytes.
``NetworkCache`` is thread-safe (the dock plans in a background task).
"""

from __future__ import annotations

import hashlib
import logging
import threading
from array import array
from dataclasses import fields
from typing import Any, Optional, Sequence, Tuple

from ..core import Feedback, ensure
from .build import TravelNetwork, build_network
from .diagnose import NetworkCheck, check_network
from .graph import Elevation
from .travel_model import RiverLine, Terminal, TrailLine, TravelModel, Zone

log = logging.getLogger(__name__)


def fingerprint(
    rivers: Sequence[RiverLine],
    trails: Sequence[TrailLine],
    zones: Sequence[Zone],
    model: TravelModel,
    elevation_key: Any = None,
) -> str:
    """A digest of everything the network depends on (coordinates, attributes, model, elevation's key)."""
    digest = hashlib.blake2b(digest_size=20)
    # Python's hash of a tuple of coordinates runs at C speed (a million vertices in a fraction of a
    # second); the per-line hashes and every attribute then go through blake2b.
    hashes = array("q", (hash(tuple(map(tuple, line.coords))) for line in rivers))
    digest.update(hashes.tobytes())
    digest.update(repr(_attributes(rivers, RiverLine)).encode())
    hashes = array("q", (hash(tuple(map(tuple, line.coords))) for line in trails))
    digest.update(hashes.tobytes())
    digest.update(repr(_attributes(trails, TrailLine)).encode())
    for zone in zones:
        digest.update(zone.polygon.wkb)
        digest.update(repr({k: v for k, v in vars(zone).items() if k != "polygon"}).encode())
    digest.update(repr(model).encode())
    digest.update(repr(elevation_key).encode())
    return digest.hexdigest()


def _attributes(lines: Sequence[Any], kind: type) -> list:
    """Every field but the coordinates, whatever fields the line types have."""
    names = [f.name for f in fields(kind) if f.name != "coords"]
    return [tuple(getattr(line, name) for name in names) for line in lines]


class NetworkCache:
    """The session's last network; ``network(...)`` builds only when the inputs changed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: Optional[str] = None
        self._network: Optional[TravelNetwork] = None
        self._check: Optional[Tuple[str, NetworkCheck]] = None
        self.hits = 0
        self.builds = 0

    def network(
        self,
        rivers: Sequence[RiverLine],
        trails: Sequence[TrailLine],
        zones: Sequence[Zone] = (),
        model: Optional[TravelModel] = None,
        elevation: Optional[Elevation] = None,
        elevation_key: Any = None,
        feedback: Optional[Feedback] = None,
    ) -> Tuple[TravelNetwork, bool]:
        """(network, True when it was reused).  With ``elevation`` but no ``elevation_key`` (what the
        elevation is: a DEM's file and date), the network is built every time: a function cannot be
        compared."""
        model = model or TravelModel()
        feedback = ensure(feedback)
        key = None
        if elevation is None or elevation_key is not None:
            key = fingerprint(rivers, trails, zones, model, elevation_key if elevation is not None else None)
        with self._lock:
            if key is not None and key == self._key and self._network is not None:
                self.hits += 1
                feedback.set_progress(100.0)
                log.debug("Travel network reused (same lines, zones and travel model)")
                return self._network, True
            self._key, self._network = None, None  # let the old one go before building the next
        network = build_network(rivers, trails, zones, model, elevation, feedback)
        with self._lock:
            self._key, self._network = key, network
            self.builds += 1
        return network, False

    def check(
        self,
        rivers: Sequence[RiverLine],
        trails: Sequence[TrailLine],
        bases: Sequence[Terminal],
        plots: Sequence[Terminal],
        model: TravelModel,
    ) -> NetworkCheck:
        """``check_network`` of these lines and terminals, run again only when one of them changed."""
        digest = hashlib.blake2b(fingerprint(rivers, trails, (), model).encode(), digest_size=20)
        for terminal in (*bases, *plots):
            digest.update(repr(terminal.id).encode())
            digest.update(terminal.geometry.wkb)
        key = digest.hexdigest()
        with self._lock:
            if self._check is not None and self._check[0] == key:
                return self._check[1]
        check = check_network(rivers, trails, bases, plots, model)
        with self._lock:
            self._check = (key, check)
        return check

    @property
    def key(self) -> Optional[str]:
        """The fingerprint of the network kept (None: none, or one that cannot be compared)."""
        return self._key

    def clear(self) -> None:
        with self._lock:
            self._key, self._network, self._check = None, None, None
