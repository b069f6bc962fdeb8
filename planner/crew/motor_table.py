# SPDX-License-Identifier: GPL-2.0-or-later
"""The boat trips of one motor, read from an ``Access``: rides and litres, worked out a row at a time.

The travel model's boat hours are at its own still-water speed; a crew's motor rides them again at its
own speed (``motors.at_speed``) and burns its own litres.  Tables are kept on the ``Access``, one per
motor, because the evaluator asks for the same rows millions of times.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Protocol, Sequence, Tuple

from .motors import Crew, Motor, at_speed

Matrix = Sequence[Sequence[Optional[float]]]


class Access(Protocol):
    """What a motor table reads of ``evaluate.Access`` (named here, not imported: that module imports this one)."""

    boat: Matrix
    boat_up: Matrix
    boat_down: Matrix
    transfer_h: float
    boat_kmh: float
    current_kmh: float
    motor_rows: Dict[Any, MotorTable]


class MotorTable:
    """Every landing-to-landing boat trip with one motor, a row worked out when first read:
    ``ride[a][b]`` hours with the team (both transfers; None: no way), ``fuel[a][b]`` litres."""

    def __init__(self, access: Access, motor: Optional[Motor]) -> None:
        self.access, self.motor = access, motor
        own = None if motor is None else motor.still_kmh
        self.speed = access.boat_kmh if own is None else own
        self.rows: Dict[int, Tuple[List[Optional[float]], List[float]]] = {}
        self.ride = _Side(self, 0)
        self.fuel = _Side(self, 1)

    def row(self, a: int) -> Tuple[List[Optional[float]], List[float]]:
        found = self.rows.get(a)
        if found is None:
            access, motor = self.access, self.motor
            boat, n, two = access.boat[a], len(access.boat), 2.0 * access.transfer_h
            rides: List[Optional[float]] = list(boat)
            litres = [0.0] * n
            if motor is not None:
                up, down = access.boat_up[a], access.boat_down[a]
                for b in range(n):
                    if a == b or boat[b] is None:
                        continue
                    hours = at_speed(up[b] or 0.0, down[b] or 0.0, access.boat_kmh, access.current_kmh, self.speed)
                    if hours is None:
                        rides[b] = None
                        continue
                    if self.speed != access.boat_kmh:
                        rides[b] = two + hours[0] + hours[1]
                    litres[b] = motor.litres(*hours)
            found = self.rows[a] = (rides, litres)
        return found

    def empty_h(self, a: int, b: int) -> Optional[float]:
        """Hours of the pilot alone with the boat (no transfers)."""
        if a == b:
            return 0.0
        h = self.ride[a][b]
        return None if h is None else max(0.0, h - 2.0 * self.access.transfer_h)


class _Side:
    """One side of a ``MotorTable`` read as a matrix: ``side[a][b]``."""

    def __init__(self, table: MotorTable, side: int) -> None:
        self.table, self.side = table, side

    def __getitem__(self, a: int) -> Any:
        return self.table.row(a)[self.side]


def motor_table(access: Access, crew: Crew) -> MotorTable:
    """The boat trips with the crew's motor (kept on ``access``, one table per motor)."""
    motor = crew.motor
    key = None if motor is None else (motor.lph_up, motor.lph_down, motor.still_kmh or access.boat_kmh)
    if key not in access.motor_rows:
        access.motor_rows[key] = MotorTable(access, motor)
    return access.motor_rows[key]
