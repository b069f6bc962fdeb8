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
import re
from typing import Optional

MAX_NUMBER_CHARS = 40
_DECIMAL = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]{1,3})?", re.ASCII)


def strict_float(text: Optional[str]) -> Optional[float]:
    """The finite number ``text`` spells in plain decimal notation, else None."""
    if text is None:
        return None
    s = text.strip()
    if not s or len(s) > MAX_NUMBER_CHARS or not _DECIMAL.fullmatch(s):
        return None
    value = float(s)
    return value if math.isfinite(value) else None
