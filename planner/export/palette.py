# SPDX-License-Identifier: GPL-2.0-or-later
"""Team colours: one fixed palette, by team order, the same on the map, the briefing and the unit.

The colours are the Okabe-Ito palette (distinguishable with the common forms
of colour blindness) without its two blues, which vanish on the rivers'
blue.  A Garmin only knows 16 named colours (``gpxx:DisplayColor``), so each
entry carries the nearest one of those; the map and the briefing print the
exact colour.  Past six teams the colours repeat, and the team's dash
pattern (five of them, a different cycle) keeps lines apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Tuple


@dataclass(frozen=True)
class TeamColour:
    hex: str  # on the map and in the briefing
    garmin: str  # gpxx:DisplayColor on the unit
    name: str  # for the legend and notes


TEAM_PALETTE: Tuple[TeamColour, ...] = (
    TeamColour("#D55E00", "Red", "vermillion"),
    TeamColour("#009E73", "DarkGreen", "bluish green"),
    TeamColour("#CC79A7", "Magenta", "reddish purple"),
    TeamColour("#E69F00", "DarkYellow", "orange"),
    TeamColour("#000000", "Black", "black"),
    TeamColour("#F0E442", "Yellow", "yellow"),
)
# The blues rivers are drawn in (training project, QGIS defaults for water): team colours keep away.
RIVER_BLUES = ("#84AFEB", "#8DBBE8", "#2B83BA", "#1F78B4", "#0072B2", "#56B4E9")


def team_colour(index: int) -> TeamColour:
    """The colour of the ``index``-th team (0-based) in the plan's team order."""
    return TEAM_PALETTE[index % len(TEAM_PALETTE)]


def _lab(hex_colour: str) -> Tuple[float, float, float]:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    x = (0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]) / 0.95047
    y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    z = (0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def colour_difference(a: str, b: str) -> float:
    """CIE76 delta E between two ``#RRGGBB`` colours (about 2.3: just noticeable; over 40: clearly apart)."""
    la, lb = _lab(a), _lab(b)
    return sum((p - q) ** 2 for p, q in zip(la, lb)) ** 0.5
