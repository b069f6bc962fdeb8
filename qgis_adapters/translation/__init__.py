"""The one place where the coordinator's words are made, in the user's language.

``messages``: ``tr`` (context ``PatrolPlanner``, the only ``tr`` of the plugin) and the translation
of the engine's ``Message`` codes and errors; ``reasons``: the engine's
reasons for leaving a plot out; ``log``: the engine's ``logging`` into QGIS's message log, in the
user's language (installed by the plugin).
"""

from __future__ import annotations

from .log import install as install_log_bridge
from .log import uninstall as uninstall_log_bridge
from .messages import device_label, tr, translate_error, translate_message
from .reasons import cause_line, localized_reason, predictability_text, stability_text

__all__ = [
    "cause_line",
    "install_log_bridge",
    "uninstall_log_bridge",
    "device_label",
    "localized_reason",
    "predictability_text",
    "stability_text",
    "tr",
    "translate_error",
    "translate_message",
]
