"""The coordinator's boats: motor per team, fuel budgets, whether pilots stay at the landing.

``"Equipo A=15hp;Equipo B=none;Equipo C=9/6.5"`` gives each team's motor (a key
of ``crew.MOTORS``, ``none`` for a team on foot, or the coordinator's own litres
per hour upstream/downstream); teams not listed get the default motor.
``"Equipo A=40"`` gives fuel budgets in litres.  ``Boats`` holds them typed, and
makes each team's ``Crew``.  As in ``request``, ``source`` names the input for
the errors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence

from ..core import InputError, message
from ..crew import MOTORS, Crew, Motor

ON_FOOT = "none"
MOTOR_KEYS = (*MOTORS, ON_FOOT)  # every motor a key names, on foot last


@dataclass(frozen=True)
class Boats:
    """Each team's motor (None: on foot), the motor of the teams not named, fuel budgets, the pilots' rule."""

    motors: Mapping[str, Optional[Motor]] = field(default_factory=dict)
    default_motor: Optional[Motor] = MOTORS["peque"]
    fuel_l: Mapping[str, float] = field(default_factory=dict)
    pilot_stays: bool = False

    def crews(self, teams: Sequence[str]) -> List[Crew]:
        """One ``Crew`` per team, in the order of ``teams``."""
        return [
            Crew(self.motors.get(name, self.default_motor), self.pilot_stays, self.fuel_l.get(name)) for name in teams
        ]


def _pairs(text: str, source: str, teams: Sequence[str]) -> Dict[str, str]:
    out: Dict[str, str] = {}
    for chunk in filter(None, (c.strip() for c in (text or "").split(";"))):
        team, sep, value = (s.strip() for s in chunk.partition("="))
        if not sep or not team or not value:
            raise InputError(message("boats_form", chunk=chunk), source)
        if team not in teams:
            raise InputError(message("pair_no_team", chunk=chunk, team=team), source)
        out[team] = value
    return out


def motor_of(team: str, key: str, source: str = "boats") -> Optional[Motor]:
    """The motor a key names (``crew.MOTORS``, ``none``: on foot, or litres per hour like ``9/6.5``)."""
    if "/" in key:
        return _own_motor(team, key, source)
    if key == ON_FOOT:
        return None
    if key not in MOTORS:
        raise InputError(
            message("boats_unknown_motor", team=team, key=key, motors=", ".join(sorted(MOTORS)), on_foot=ON_FOOT),
            source,
        )
    return MOTORS[key]


def parse_motors(text: str, teams: Sequence[str], source: str = "boats") -> Dict[str, Optional[Motor]]:
    """``"Equipo A=15hp;Equipo B=none"`` as team -> motor (None: on foot)."""
    return {name: motor_of(name, key, source) for name, key in _pairs(text, source, teams).items()}


def parse_fuel(text: str, teams: Sequence[str], source: str = "fuel") -> Dict[str, float]:
    """``"Equipo A=40"`` as team -> litres."""
    out = {}
    for name, value in _pairs(text, source, teams).items():
        try:
            budget = float(value.replace(",", "."))
        except ValueError:
            raise InputError(message("fuel_not_litres", team=name, text=value), source) from None
        if budget < 0:
            raise InputError(message("fuel_negative", team=name), source)
        out[name] = budget
    return out


def parse_crews(
    teams: Sequence[str],
    boats: str = "",
    fuel: str = "",
    default_motor: Optional[str] = "peque",
    pilot_stays: bool = False,
) -> List[Crew]:
    """One ``Crew`` per team, in the order of ``teams``, from the coordinator's texts."""
    default = motor_of("*", default_motor or ON_FOOT)
    return Boats(parse_motors(boats, teams), default, parse_fuel(fuel, teams), pilot_stays).crews(teams)


def _own_motor(team: str, text: str, source: str) -> Motor:
    up, _, down = text.partition("/")
    try:
        lph_up, lph_down = float(up.replace(",", ".")), float(down.replace(",", "."))
    except ValueError:
        raise InputError(message("boats_litres_form", team=team, text=text), source) from None
    if lph_up < 0 or lph_down < 0:
        raise InputError(message("boats_litres_negative", team=team), source)
    return Motor("own", f"{lph_up:g}/{lph_down:g} L/h", lph_up, lph_down, "given by the coordinator")
