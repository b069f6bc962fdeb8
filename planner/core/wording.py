# SPDX-License-Identifier: GPL-2.0-or-later
"""Lists of engine messages, and the code of a reason that may have been read back as plain text."""

from __future__ import annotations

from typing import Any, Optional, Sequence

from .messages import Message, message


def joined(parts: Sequence[Any], code: str = "list_next") -> Optional[Any]:
    """The parts as one message, ``a; b; c`` (``code`` ``list_comma``: ``a, b, c``); None when there are none."""
    if not parts:
        return None
    out = parts[-1]
    for part in reversed(parts[:-1]):
        out = message(code, first=part, rest=out)
    return out


def code_of(text: object) -> Optional[str]:
    """The code of an engine message, None for plain text (e.g. a reason read back from a layer)."""
    return text.id if isinstance(text, Message) else None
