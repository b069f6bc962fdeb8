"""Parsing the coordinator's boats: motor per team, fuel budgets, whether pilots stay at the landing.

``"Equipo A=15hp;Equipo B=none;Equipo C=9/6.5"`` gives each team's motor (a key
of ``crew.MOTORS``, ``none`` for a team on foot, or the coordinator's own litres
per hour upstream/downstream); teams not listed get the default motor.
``"Equipo A=40"`` gives fuel budgets in litres.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence

from ..core import InputError, message
from ..crew import MOTORS, Crew, Motor

ON_FOOT = "none"


def _pairs(text: str, parameter: str, teams: Sequence[str]) -> Dict[str, str]:
    out: Dict[str, str] = {}
    for chunk in filter(None, (c.strip() for c in (text or "").split(";"))):
        team, sep, value = (s.strip() for s in chunk.partition("="))
        if not sep or not team or not value:
            raise InputError(message("boats_form", chunk=chunk), parameter)
        if team not in teams:
            raise InputError(message("pair_no_team", chunk=chunk, team=team), parameter)
        out[team] = value
    return out


def parse_crews(teams: Sequence[str], boats: str = "", fuel: str = "", default_motor: Optional[str] = "peque",
                pilot_stays: bool = False) -> List[Crew]:
    """One ``Crew`` per team, in the order of ``teams``."""
    known = ", ".join(sorted(MOTORS))
    motors = _pairs(boats, "BOATS", teams)
    litres = _pairs(fuel, "FUEL", teams)
    crews = []
    for name in teams:
        key = motors.get(name, default_motor or ON_FOOT)
        motor = _own_motor(name, key) if "/" in key else None
        if motor is None and key != ON_FOOT and key not in MOTORS:
            raise InputError(message("boats_unknown_motor", team=name, key=key, motors=known, on_foot=ON_FOOT),
                             "BOATS")
        budget = None
        if name in litres:
            try:
                budget = float(litres[name].replace(",", "."))
            except ValueError:
                raise InputError(message("fuel_not_litres", team=name, text=litres[name]), "FUEL") from None
            if budget < 0:
                raise InputError(message("fuel_negative", team=name), "FUEL")
        crews.append(Crew(motor or (None if key == ON_FOOT else MOTORS[key]), pilot_stays, budget))
    return crews


def _own_motor(team: str, text: str) -> Motor:
    up, _, down = text.partition("/")
    try:
        lph_up, lph_down = float(up.replace(",", ".")), float(down.replace(",", "."))
    except ValueError:
        raise InputError(message("boats_litres_form", team=team, text=text), "BOATS") from None
    if lph_up < 0 or lph_down < 0:
        raise InputError(message("boats_litres_negative", team=team), "BOATS")
    return Motor("own", f"{lph_up:g}/{lph_down:g} L/h", lph_up, lph_down, "given by the coordinator")
