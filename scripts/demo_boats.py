# SPDX-License-Identifier: GPL-2.0-or-later
"""The demo's summary of the boats: fuel per team and day, the pilot's own moves, and a replay of
the ``legs`` layer read back from the routes GeoPackage (each boat part starts where the boat last stopped)."""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from qgis.core import QgsVectorLayer

from patrol_planner.planner.plan import boat_breaks


def print_boats(legs: QgsVectorLayer, teams: Sequence[str]) -> None:
    rows = defaultdict(list)
    for f in legs.getFeatures():
        line = f.geometry().asPolyline()
        rows[f["team"]].append(
            (
                f["start"],
                f["seq"],
                f["mode"],
                f["day"],
                f["fuel_l"],
                f["hours"],
                (line[0].x(), line[0].y()),
                (line[-1].x(), line[-1].y()),
            )
        )
    print(f"{'team':<20} {'fuel L':>7} {'by day':>18} {'pilot alone':>12} {'waits h':>8}  boat continuous")
    for team in teams:
        parts = sorted(rows[team])
        by_day = defaultdict(float)
        for p in parts:
            by_day[p[3]] += p[4]
        # legs are written in the project CRS (metres here; 1e-5 of a degree is about a metre)
        tolerance = 1e-5 if legs.crs().isGeographic() else 1.0
        breaks = len(boat_breaks([(p[2], p[6], p[7]) for p in parts], tolerance))
        empty = sum(p[5] for p in parts if p[2] == "boat_empty")
        waits = sum(p[5] for p in parts if p[2] == "wait")
        days = " ".join(f"{by_day[d]:.1f}" for d in sorted(by_day))
        print(
            f"{team:<20} {sum(by_day.values()):7.1f} {days:>18} {empty:10.1f} h {waits:8.1f}  "
            f"{'yes' if not breaks else f'NO ({breaks} breaks)'}"
        )
