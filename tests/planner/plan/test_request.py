"""What a coordinator types for teams, start and locks is checked with clear sentences."""

from __future__ import annotations

from datetime import datetime

import pytest

from patrol_planner.planner.core import InputError
from patrol_planner.planner.plan import TeamRequest, parse_assignments, parse_start, parse_teams

BASES = ["Nueva Esperanza", "Puerto Nuevo", "Embarcadero"]


def test_teams_from_a_processing_matrix() -> None:
    teams = parse_teams(
        ["Equipo Norte", "Nueva Esperanza", "", "3", "8", "Equipo Sur", "Puerto Nuevo", "Embarcadero", 2, 7.5],
        BASES,
    )
    assert teams == [
        TeamRequest("Equipo Norte", "Nueva Esperanza", "Nueva Esperanza", 3, 8.0),
        TeamRequest("Equipo Sur", "Puerto Nuevo", "Embarcadero", 2, 7.5),
    ]


@pytest.mark.parametrize(
    "flat, message",
    [
        ([], "no teams"),
        (["A", "Puerto Nuevo", "", "3"], "each team needs 5 values"),
        (["A", "Lima", "", "3", "8"], "base “Lima” is not in the bases layer"),
        (["A", "Puerto Nuevo", "", "three", "8"], "days and hours a day must be numbers"),
        (["A", "Puerto Nuevo", "", "0", "8"], "days must be between 1 and 30, got 0"),
        (["A", "Puerto Nuevo", "", "2", "25"], "hours a day must be between 0 and 24, got 25"),
        (["A", "Puerto Nuevo", "", "2", "8", "A", "Puerto Nuevo", "", "2", "8"], "two teams are called “A”"),
        (["", "Puerto Nuevo", "", "2", "8"], "the team has no name"),
    ],
)
def test_bad_teams_are_explained(flat, message) -> None:
    with pytest.raises(InputError, match=message) as caught:
        parse_teams(flat, BASES, "TEAMS")
    assert str(caught.value).startswith("TEAMS: ")


def test_start_time() -> None:
    assert parse_start("2026-11-25T06:00") == datetime(2026, 11, 25, 6, 0)
    with pytest.raises(InputError, match="must look like 2026-11-25T06:00"):
        parse_start("25/11/2026 6am")


def test_locks_and_drops() -> None:
    assert parse_assignments("P07=A; P09=B;P07=B", "LOCKS", ["A", "B"]) == {"P07": ("A", "B"), "P09": ("B",)}
    assert parse_assignments("", "LOCKS", ["A"]) == {}
    with pytest.raises(InputError, match="no team called 'C'"):
        parse_assignments("P01=C", "DROPS", ["A", "B"])
    with pytest.raises(InputError, match="should look like P07=Team A"):
        parse_assignments("P01", "DROPS", ["A"])
