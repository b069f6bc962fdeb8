"""The boat model's reasons and the pilot's sheet, in the coordinator's language (see ``reasons``)."""

from __future__ import annotations

import re
from typing import Callable, List, Tuple

from ...planner.crew import BOAT_TOO_SLOW, CLOSED_REACH, NOT_ENOUGH_FUEL
from .messages import tr


def crew_reasons() -> List[Tuple[str, str]]:
    return [
        (NOT_ENOUGH_FUEL,
         tr("not enough fuel: the team's fuel budget does not reach it together with its other plots")),
        (BOAT_TOO_SLOW, tr("not enough time with the boat: the team has to walk to where its boat is, or wait for "
                           "the pilot to bring it")),
    ]


def crew_patterns() -> List[Tuple[re.Pattern, Callable[[re.Match], str]]]:
    return [
        (re.compile(re.escape(CLOSED_REACH) + r" \(reach ?(.*?), navigable (.+)\)"),
         lambda m: tr("cut off: the way there goes along a river reach closed to boats in this season "
                      "(reach {}, navigable {})").format(m.group(1), m.group(2))),
    ]


def pilot_tr(text: str) -> str:
    """The pilot sheet's lines (written by the engine in English) through the translations."""
    return {
        "Wait with the boat at {} from {} until {}": tr("Wait with the boat at {} from {} until {}"),
        "{}: leave alone with the boat from {}, go {:.1f} km to {}, be there by {}":
            tr("{}: leave alone with the boat from {}, go {:.1f} km to {}, be there by {}"),
        "{}: take the team from {} to {}": tr("{}: take the team from {} to {}"),
    }.get(text, text)
