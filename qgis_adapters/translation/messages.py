"""The one ``tr`` of the QGIS adapters (context ``PatrolPlanner``, like the dock and the algorithms).

``translate_error`` turns an engine error that carries a ``Message`` (an id
and arguments, see ``planner.core.messages``) into the coordinator's
language; the QGIS side raises its own errors with a text already made by
``tr``.
"""

from __future__ import annotations

from typing import Dict

from qgis.PyQt.QtCore import QCoreApplication

from ...planner.core import InputError, Joined, Message


def tr(text: str) -> str:
    return QCoreApplication.translate("PatrolPlanner", text)


def _parameter_names() -> Dict[str, str]:
    return {
        "STOPS": tr("Patrol stops"),
        "ROUTES": tr("Patrol routes"),
        "TEAMS": tr("Teams"),
        "START": tr("Departure"),
        "LOCKS": tr("Plots locked to a team"),
        "DROPS": tr("Plots kept from a team"),
        "PLOTS": tr("Suspected plots"),
        "BASES": tr("Bases"),
        "RIVERS": tr("Rivers"),
        "BOATS": tr("Boat per team"),
        "FUEL": tr("Fuel budget per team"),
        "INPUT": tr("Input layer"),
    }


def translate_message(message) -> str:
    """A ``planner.core.Message`` in the user's language (English if the translation does not fit).

    A value that is itself a ``Message`` (a reason inside an error, the items of a list) is translated first.
    """
    template = QCoreApplication.translate("PatrolPlanner", message.template)
    values = {name: translated(value) for name, value in message.args.items()}  # e.g. a nested reason
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(message)


def translated(value):
    """An engine message, or a row of them (``Joined``), in the user's language; any other value as it is."""
    if isinstance(value, Message):
        return translate_message(value)
    if isinstance(value, Joined):
        return value.separator.join(str(translated(part)) for part in value.parts)
    return value


def translate_error(error: Exception) -> str:
    """The error in the user's language: an engine ``Message`` is translated here; the QGIS side's own errors
    are already (``tr`` where raised), and for an ``InputError`` the place (parameter, line, feature) is too."""
    message = getattr(error, "message", None)
    if message is not None:
        text = translate_message(message)
    elif isinstance(error, InputError):
        text = str(error.reason)
    else:
        return str(error)
    if isinstance(error, InputError):
        where = []
        if error.source:
            where.append(
                translate_message(error.source)
                if isinstance(error.source, Message)
                else _parameter_names().get(error.source, error.source)
            )
        if error.line is not None:
            where.append(tr("line {}").format(error.line))
        if error.feature is not None:
            where.append(tr("feature {}").format(error.feature))
        if where:
            text = f"{', '.join(where)}: {text}"
    return text


def device_label(profile) -> str:
    """A GPS profile's name for the pickers: model names stay, the phone app (a ``Message``) is said in the user's
    language, as it is where an engine sentence names the device."""
    return translate_message(profile.label) if isinstance(profile.label, Message) else profile.label
