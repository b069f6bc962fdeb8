"""The one place where the coordinator's words are made, in the user's language.

``messages``: ``tr`` (context ``PatrolPlanner``, the only ``tr`` of the plugin) and the translation
of the engine's ``Message`` codes and errors; ``reasons`` and ``crew_reasons``: the engine's
reasons for leaving a plot out and the pilot's sheet lines.
"""

from __future__ import annotations

from .messages import device_label, tr, translate_error, translate_message
from .reasons import localized_reason, stability_text

__all__ = [
    "device_label",
    "localized_reason",
    "stability_text",
    "tr",
    "translate_error",
    "translate_message",
]
