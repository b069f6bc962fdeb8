"""Parsing what a coordinator asks for: teams, start time, locks and drops.

Kept apart from the Processing algorithm so the same rules (and the same
error sentences) apply from the dock, the modeler and ``qgis_process``.  Each
parser takes ``source``, the name by which the caller knows the input (a
Processing parameter's id), so the error says which input to correct; the
engine never spells the QGIS side's names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Dict, List, Sequence, Tuple

from ..core import InputError, message

TEAM_COLUMNS = ("name", "base", "end_base", "days", "hours_per_day")


@dataclass(frozen=True)
class TeamRequest:
    name: str
    base: str
    end_base: str
    days: int
    hours_per_day: float
    shift_h: float = 0.0  # this team leaves this much later than the plan's start (a varied plan, issue 29)

    def departure(self, start: datetime) -> datetime:
        return start + timedelta(hours=self.shift_h)


def parse_teams(flat: Sequence, known_bases: Sequence[str], source: str = "teams") -> List[TeamRequest]:
    """Teams from a table read row by row (name, base, end base, days, hours a day); ``source`` is what the
    caller calls the table, for the errors."""
    values = ["" if v is None else str(v).strip() for v in (flat or [])]
    width = len(TEAM_COLUMNS)
    if not values:
        raise InputError(message("no_teams"), source)
    if len(values) % width:
        raise InputError(message("team_values", width=width, columns=", ".join(TEAM_COLUMNS)), source)
    teams: List[TeamRequest] = []
    bases = set(known_bases)
    for row, start in enumerate(range(0, len(values), width), 1):
        name, base, end_base, days, hours = values[start : start + width]
        end_base = end_base or base
        if not name:
            raise InputError(message("team_no_name", row=row), source)
        if name in {t.name for t in teams}:
            raise InputError(message("team_twice", row=row, name=name), source)
        for key, value in (("team_base_unknown", base), ("team_end_base_unknown", end_base)):
            if value not in bases:
                known = ", ".join(sorted(bases)) or "-"
                raise InputError(message(key, row=row, name=name, base=value, known=known), source)
        try:
            day_count, hours_a_day = int(float(days)), float(hours)
        except ValueError:
            raise InputError(message("team_not_numbers", row=row, name=name, days=days, hours=hours), source) from None
        if not 1 <= day_count <= 30:
            raise InputError(message("team_days_range", row=row, name=name, days=day_count), source)
        if not 0 < hours_a_day <= 24:
            raise InputError(message("team_hours_range", row=row, name=name, hours=f"{hours_a_day:g}"), source)
        teams.append(TeamRequest(name, base, end_base, day_count, hours_a_day))
    return teams


def parse_start(text: str, source: str = "start") -> datetime:
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%dT%H:%M")
    except ValueError:
        raise InputError(message("start_form", text=text), source) from None


def parse_assignments(text: str, source: str, teams: Sequence[str]) -> Dict[str, Tuple[str, ...]]:
    """``"P07=Team A;P09=Team B"`` as plot id -> team names; unknown teams are an error."""
    out: Dict[str, Tuple[str, ...]] = {}
    for chunk in filter(None, (c.strip() for c in (text or "").split(";"))):
        plot, sep, team = (s.strip() for s in chunk.partition("="))
        if not sep or not plot or not team:
            raise InputError(message("assignment_form", chunk=chunk), source)
        if team not in teams:
            raise InputError(message("pair_no_team", chunk=chunk, team=team), source)
        out[plot] = out.get(plot, ()) + (team,)
    return out
