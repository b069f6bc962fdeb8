# SPDX-License-Identifier: GPL-2.0-or-later
"""Strict reading of the numbers in field files.

``float()`` reads far more than a device ever writes: ``-8_38`` (Python's digit
separator) becomes -838, ``nan``/``inf`` pass, Arabic-Indic digits pass, and a
5,000-digit integer raises ``ValueError`` on Python 3.11.  Field files hold
plain decimals, so only those are numbers here, and no token longer than
``MAX_NUMBER_CHARS`` is looked at (which keeps the worst case linear).
"""

from __future__ import annotations

import math
from typing import Optional

MAX_NUMBER_CHARS = 40
# With only these characters float() reads plain decimal notation and nothing else (no "_", "nan",
# "inf", spaces or non-ASCII digits); a set test is 3x cheaper than a regular expression.
_DECIMAL_CHARS = frozenset("0123456789.-+eE")


def strict_float(text: Optional[str]) -> Optional[float]:
    """The finite number ``text`` spells in plain decimal notation, else None."""
    if text is None:
        return None
    s = text.strip()
    if not s or len(s) > MAX_NUMBER_CHARS or not _DECIMAL_CHARS.issuperset(s):
        return None
    try:
        value = float(s)
    except ValueError:  # "1-2", "..", "e5"
        return None
    return value if math.isfinite(value) else None
