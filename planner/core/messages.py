# SPDX-License-Identifier: GPL-2.0-or-later
"""The engine's sentences for the coordinator, by message id, so the QGIS side can translate them.

The engine has no Qt, so it cannot translate; it raises ``PlannerError`` with
a ``Message`` (an id and named arguments).  ``str()`` gives the English
sentence (logs, tests, ``qgis_process``); ``qgis_adapters.translate_error``
looks the template up in the plugin's translations and fills in the same
arguments.  ``N_`` only marks a template for ``scripts/i18n.py``.
"""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional


def N_(text: str) -> str:  # noqa: N802 - the gettext convention for "translate later"
    return text


MESSAGES: Dict[str, str] = {
    "no_plots_left": N_("There are no plots to plan for: every suspected plot is already covered or filtered out."),
    "no_plots_in_layer": N_("The plots layer has no plots: choose the layer of suspected plots."),
    "no_teams": N_("no teams: add at least one team (name, base, end base, days, hours a day)"),
    "team_values": N_("each team needs {width} values ({columns})"),
    "team_no_name": N_("team {row}: the team has no name"),
    "team_twice": N_("team {row} ({name}): two teams are called “{name}”"),
    "team_base_unknown": N_("team {row} ({name}): base “{base}” is not in the bases layer (known: {known})"),
    "team_end_base_unknown": N_("team {row} ({name}): end base “{base}” is not in the bases layer (known: {known})"),
    "team_not_numbers": N_("team {row} ({name}): days and hours a day must be numbers, got “{days}” and “{hours}”"),
    "team_days_range": N_("team {row} ({name}): days must be between 1 and 30, got {days}"),
    "team_hours_range": N_("team {row} ({name}): hours a day must be between 0 and 24, got {hours}"),
    "stops_empty": N_("the stops layer is empty: plan the patrols first"),
    "stops_none_for_team": N_("the stops layer has no stops for team “{team}”"),
    "gpx_near_hidden": N_("{names}: within {metres} m of a left-out base or sensitive stop, which they may give "
                          "away"),
    "gpx_split": N_("the plan did not fit one {device} file: {files} files; load them onto the unit one at a time"),
    "gpx_hidden_count": N_("{count} bases or sensitive stops left out of the file"),
}

# Issue 27: what the patrol carries.
MESSAGES.update({
    "unit_no_team": N_("choose the team (or teams) whose plan goes onto this unit: a unit carries only its own "
                       "team's plan, so nothing was written"),
    "unit_team_unknown": N_("there is no team “{team}” in the plan (teams: {known}); nothing was written"),
})


class Message(str):
    """A coordinator's sentence: the English text itself (a ``str``), plus ``id`` in ``MESSAGES`` and the values
    of its ``{placeholders}``, so the QGIS side can rebuild it in the user's language."""

    id: str
    args: Mapping[str, Any]

    def __new__(cls, message_id: str, args: Optional[Mapping[str, Any]] = None) -> Message:
        values = dict(args or {})
        text = super().__new__(cls, MESSAGES[message_id].format(**values))
        text.id = message_id
        text.args = values
        return text

    def __reduce__(self):
        return (Message, (self.id, dict(self.args)))

    @property
    def template(self) -> str:
        return MESSAGES[self.id]


def message(message_id: str, **args: Any) -> Message:
    if message_id not in MESSAGES:
        raise KeyError(f"no engine message {message_id!r}")
    return Message(message_id, args)
