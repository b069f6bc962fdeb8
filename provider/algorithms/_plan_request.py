"""The plan algorithm's parameters, read once into the engine's ``PlanRequest``; the engine's notes in words.

The Processing ids live here and in ``plan_patrols``: the engine's parsers are
given the id of the parameter they read, so an error names the input to correct.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Sequence

from qgis.core import QgsProcessingContext, QgsProcessingFeedback

from ...planner.plan import (
    MOTOR_KEYS,
    Assignments,
    Boats,
    DayEnd,
    PlanRequest,
    SetupCode,
    SetupNote,
    motor_of,
    parse_assignments,
    parse_fuel,
    parse_motors,
    parse_previous,
    parse_start,
    parse_teams,
)
from ...qgis_adapters.layers import check_lines
from ._base import tr


def read_request(
    algorithm, parameters: Dict[str, Any], context: QgsProcessingContext, base_names: Sequence[str]
) -> PlanRequest:
    """The request, with the same checks in the same order as the parameters are read."""

    def text(key: str) -> str:
        return algorithm.parameterAsString(parameters, key, context)

    def number(key: str) -> float:
        return algorithm.parameterAsDouble(parameters, key, context)

    def flag(key: str) -> bool:
        return algorithm.parameterAsBoolean(parameters, key, context)

    teams = tuple(parse_teams(algorithm.parameterAsMatrix(parameters, "TEAMS", context), base_names, "TEAMS"))
    names = [t.name for t in teams]
    assignments = Assignments(
        parse_assignments(text("LOCKS"), "LOCKS", names), parse_assignments(text("DROPS"), "DROPS", names)
    )
    start = parse_start(text("START"), "START")
    motor = MOTOR_KEYS[algorithm.parameterAsEnum(parameters, "MOTOR", context)]  # the options' order
    default = motor_of("*", motor, "MOTOR")
    boats = Boats(
        parse_motors(text("BOATS"), names, "BOATS"),
        default,
        parse_fuel(text("FUEL"), names, "FUEL"),
        flag("PILOT_STAYS"),
    )
    day_end = DayEnd(number("SUNSET_MARGIN_MIN"), number("DAY_END_HOUR") or None) if flag("DAYLIGHT") else None
    stability = parse_previous(
        text("PREVIOUS"), text("KEEP_TEAMS"), assignments.locks, assignments.drops, number("CHANGE_GAIN") / 100.0
    )
    return PlanRequest(
        teams,
        start,
        boats,
        day_end,
        number("TIME_LIMIT"),
        algorithm.parameterAsInt(parameters, "SEED", context),
        assignments,
        stability,
        number("FOREST_KM_DAY") or None,  # 0: no limit
    )


def note_writer(feedback: QgsProcessingFeedback) -> Callable[[SetupNote], None]:
    """The engine's setup notes as lines of the Processing log, in the user's language."""

    def write(note: SetupNote) -> None:
        v = note.values
        if note.code is SetupCode.CLOSED_REACHES:
            line = tr("{} river reaches closed to boats on the plan's dates").format(v["count"])
        elif note.code is SetupCode.BUILDING_NETWORK:
            line = tr("Building the travel network from {} river and {} trail lines").format(v["rivers"], v["trails"])
        elif note.code is SetupCode.NETWORK_KEPT:
            line = tr("Travel network kept from the last run (same lines, zones and speeds)")
        elif note.code is SetupCode.NETWORK_CHECK:
            for warning in check_lines(v["check"]):
                feedback.pushWarning(warning)
            return
        elif note.code is SetupCode.FOREST_PER_DAY:
            line = tr("Forest km per day: each team walks at most {:g} km through the forest a day").format(v["km"])
        else:
            line = tr("Travel ends each day by {}").format(f"{v['hour']:02d}:{v['minute']:02d}")
        feedback.pushInfo(line)

    return write
