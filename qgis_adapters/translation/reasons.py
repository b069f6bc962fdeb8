"""The engine's reasons and notes (``planner.core.reasons``), in the coordinator's language.

The engine builds every reason as a ``Message`` (a code and its values); the
words are made by ``translate.translate_message``.  A reason read back as
plain text (the left-out layer, an old project) is shown as it is.
"""

from __future__ import annotations

from .messages import tr, translated


def localized_reason(reason: object) -> str:
    """An engine reason, note or line in the user's language; plain text passes through."""
    return "" if reason is None else str(translated(reason))


def stability_text(note) -> str:
    """What a re-plan did with the teams the coordinator did not touch, as one sentence ("" for a first plan)."""
    said = note.message() if note is not None else None
    return localized_reason(said) if said is not None else ""


def predictability_text(score, past=None) -> str:
    """A plan's predictability score (``planner.vary.Predictability``) as one sentence, for the review and the
    office briefing only (never a field file); ``past``, the same score of the last past patrol, is added."""
    if score is None:
        return ""

    def part(category: str) -> str:
        r = score.repeat(category)
        return f"{r.repeated}/{r.total}"

    text = tr(
        "Predictability {score:.0f}/100. Repeated from the last patrols: landings {landings}, same hour {hours}, "
        "departures {departures}, trail cells {trails}, camps {camps}, legs {legs}; variety {entropy:.2f}"
    ).format(
        score=score.score,
        landings=part("landings"),
        hours=part("landing_hours"),
        departures=part("departures"),
        trails=part("trails"),
        camps=part("camps"),
        legs=part("legs"),
        entropy=score.entropy,
    )
    if past is not None:
        text += ". " + tr("Last past patrol: {score:.0f}/100").format(score=past.score)
    return text


def cause_line(cause) -> str:
    """One cause of plots left out (``planner.plan.Cause``) as a line of the log: its count, its words and its
    first plots, never one line per plot."""
    shown = ", ".join(cause.first)
    if cause.count > len(cause.first):
        shown = tr("{plots} and {more} more").format(plots=shown, more=cause.count - len(cause.first))
    return tr("{count} left out, {reason}: {plots}").format(
        count=cause.count, reason=localized_reason(cause.cause), plots=shown
    )
