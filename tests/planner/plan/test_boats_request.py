"""The coordinator's boats: motors by name, his own litres per hour, on foot, fuel budgets, mistakes."""

from __future__ import annotations

import pytest

from patrol_planner.planner.core import InputError
from patrol_planner.planner.crew import MOTORS
from patrol_planner.planner.plan import parse_crews

TEAMS = ["Equipo A", "Equipo B", "Equipo C", "Equipo D"]


def test_motors_own_figures_on_foot_and_budgets() -> None:
    crews = parse_crews(
        TEAMS, "Equipo A=15hp; Equipo B=none;Equipo C=9/6,5", "Equipo A=40;Equipo C=12,5", "peque", pilot_stays=True
    )
    assert crews[0].motor == MOTORS["15hp"] and crews[0].fuel_l == 40
    assert crews[1].motor is None and not crews[1].has_boat
    assert (crews[2].motor.lph_up, crews[2].motor.lph_down, crews[2].fuel_l) == (9.0, 6.5, 12.5)
    assert crews[2].motor.source == "given by the coordinator"
    assert crews[3].motor == MOTORS["peque"] and crews[3].fuel_l is None
    assert all(c.pilot_stays for c in crews)


@pytest.mark.parametrize(
    "boats, fuel, words",
    [
        ("Equipo A=200hp", "", "unknown motor"),
        ("Equipo A=9/x", "", "9/6.5"),
        ("Equipo Z=15hp", "", "no team called"),
        ("", "Equipo A=lots", "litres"),
        ("", "Equipo A=-3", "negative"),
        ("Equipo A", "", "should look like"),
    ],
)
def test_mistakes_name_the_team_and_the_parameter(boats: str, fuel: str, words: str) -> None:
    with pytest.raises(InputError, match=words):
        parse_crews(TEAMS, boats, fuel)
