# SPDX-License-Identifier: GPL-2.0-or-later
"""Lists of engine messages, and the code of a reason that may have been read back as plain text."""

from __future__ import annotations

from typing import Any, Optional, Sequence, Tuple, Type

from .messages import Message


class Joined(str):
    """Messages (or numbers, names) in a row, ``"a; b; c"``: the English text itself, plus ``parts`` and the
    ``separator`` (punctuation, no words), so the QGIS side translates each part and joins them the same way."""

    parts: Tuple[Any, ...]
    separator: str

    def __new__(cls, parts: Sequence[Any], separator: str = "; ") -> Joined:
        text = super().__new__(cls, separator.join(str(p) for p in parts))
        text.parts = tuple(parts)
        text.separator = separator
        return text

    def __reduce__(self) -> Tuple[Type[Joined], Tuple[Tuple[Any, ...], str]]:
        return (Joined, (self.parts, self.separator))


def code_of(text: object) -> Optional[str]:
    """The code of an engine message, None for plain text (e.g. a reason read back from a layer)."""
    return text.id if isinstance(text, Message) else None
