"""The engine's reasons for leaving a plot out, in the coordinator's language.

The engine (``planner/``) has no Qt and writes its reasons in English; they
land in the left-out layer, the dock and the briefing, which a Spanish-speaking
coordinator reads.  The reasons are a small closed set, so each is matched here
and rebuilt from a translatable template; anything unknown passes through.
"""

from __future__ import annotations

import re
from typing import Callable, List, Tuple

from .crew_reasons import crew_patterns, crew_reasons
from .messages import tr


def _fixed() -> List[Tuple[str, str]]:
    return [
        ("inside a no-go zone", tr("inside a no-go zone")),
        ("too far from any trail or river", tr("too far from any trail or river")),
        ("no connection", tr("no connection")),
        ("upstream impossible", tr("upstream impossible")),
        ("farther than any team travels in its days", tr("farther than any team travels in its days")),
        ("not computed", tr("not computed")),
        ("not enough time: the teams' hours go to plots of higher priority (or nearer ones)",
         tr("not enough time: the teams' hours go to plots of higher priority (or nearer ones)")),
        ("mandatory, but it does not fit in any team's time together with the other mandatory plots: "
         "add a team or days, or drop another mandatory plot",
         tr("mandatory, but it does not fit in any team's time together with the other mandatory plots: "
            "add a team or days, or drop another mandatory plot")),
        ("no team may visit it: it is kept from every team (or locked to a team that is not planned)",
         tr("no team may visit it: it is kept from every team (or locked to a team that is not planned)")),
        ("unreachable: no travel path between this plot and any team's start and end bases",
         tr("unreachable: no travel path between this plot and any team's start and end bases")),
        *crew_reasons(),
    ]


def _patterns() -> List[Tuple[re.Pattern, Callable[[re.Match], str]]]:
    return [
        (re.compile(r"unreachable from (.+?): (.+)"),
         lambda m: tr("unreachable from {}: {}").format(m.group(1), localized_reason(m.group(2)))),
        (re.compile(r"no way back to (.+?): (.+)"),
         lambda m: tr("no way back to {}: {}").format(m.group(1), localized_reason(m.group(2)))),
        (re.compile(r"too far: the shortest trip from a base to this plot and on to the end base takes "
                    r"([\d.]+) h including service, more than any team's time \(([\d.]+) h\)"),
         lambda m: tr("too far: the shortest trip from a base to this plot and on to the end base takes {} h "
                      "including service, more than any team's time ({} h)").format(m.group(1), m.group(2))),
        *crew_patterns(),
    ]


def localized_reason(reason: str) -> str:
    for english, local in _fixed():
        if reason == english:
            return local
    for pattern, build in _patterns():
        match = pattern.fullmatch(reason)
        if match:
            return build(match)
    return reason


def stability_text(note) -> str:
    """What a re-plan did with the teams the coordinator did not touch, as one sentence ("" for a first plan)."""
    if note is None:
        return ""
    gain = max(0.0, note.gain) * 100.0
    if note.kept_untouched:
        if not note.pinned_teams:
            return ""
        return tr("Kept as they were: {}; changing their plots would gain {:.0f}% priority, not more than {:.0f}%."
                  ).format(", ".join(note.pinned_teams), gain, note.min_gain * 100.0)
    return tr("All teams were planned again: this visits {:.0f}% more priority than keeping the untouched teams' "
              "plots (more than {:.0f}%).").format(gain, note.min_gain * 100.0)
