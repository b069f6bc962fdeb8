# SPDX-License-Identifier: GPL-2.0-or-later
"""What a waypoint's comment says, in words a guard reads without a legend.

"Parcela P047; Prioridad 2.5; Día 1; Llega 01/12 06:45; Revisar 33 min":
the kind of place and its name, the day, the arrival day-first in 24 hours,
and what the minutes are for.  Accents are dropped only for units that
cannot show them (``charset``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Optional, Protocol, Tuple

from ..plan import BASE, CAMP, PLOT
from .names import clean_name


class StopFacts(Protocol):
    """What of an ``ExportStop`` a comment tells; read-only (properties), as a frozen dataclass's fields are."""

    @property
    def kind(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def day(self) -> int: ...

    @property
    def arrival(self) -> Optional[datetime]: ...

    @property
    def priority(self) -> float: ...

    @property
    def service_min(self) -> float: ...

    @property
    def extras(self) -> Tuple[Tuple[str, str], ...]: ...


# Plot ids and notes are free text; a waypoint comment is not a report.
MAX_DESCRIPTION = 200


@dataclass(frozen=True)
class GpxLabels:
    """Words written on the unit (Spanish by default: the guards read Spanish).

    Accents are kept for units that show them and dropped for the others."""

    plot: str = "Parcela"
    camp: str = "Campamento"
    base: str = "Base"
    route: str = "Ruta"
    track: str = "Plan"
    day: str = "Día"
    priority: str = "Prioridad"
    arrival: str = "Llega"
    service: str = "Revisar {} min"


def description(stop: StopFacts, name: str, labels: GpxLabels, charset: str) -> str:
    """ "Parcela P047; Prioridad 2.5; Día 1; Llega 01/12 06:45; Revisar 33 min": readable without a legend."""
    what = {PLOT: labels.plot, CAMP: labels.camp, BASE: labels.base}[stop.kind]
    bits = [f"{what} {stop.name if stop.kind != CAMP else name}"]
    if stop.kind == PLOT and stop.name != name:
        bits[0] += f" ({name})"
    if stop.kind == PLOT:
        bits.append(f"{labels.priority} {stop.priority:g}")
    bits.append(f"{labels.day} {stop.day}")
    if stop.arrival is not None:
        bits.append(f"{labels.arrival} {stop.arrival:%d/%m %H:%M}")  # day first, 24 hours
    if stop.service_min:
        bits.append(labels.service.format(f"{stop.service_min:.0f}"))
    bits.extend(f"{key}: {value}" for key, value in stop.extras)
    return clean_name("; ".join(bits), MAX_DESCRIPTION, charset)
