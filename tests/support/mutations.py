# SPDX-License-Identifier: GPL-2.0-or-later
"""Seeded byte mutations of real files for the fuzz tests (field readers, alerts importer)."""

from __future__ import annotations

import random
import re
from typing import Sequence

NUMBER = re.compile(rb"-?\d{1,12}\.\d{1,12}")


def mutate(data: bytes, rng: random.Random, hostile: Sequence[bytes], numbers: Sequence[bytes]) -> bytes:
    """One to three of: bytes flipped, a span cut or repeated, a ``hostile`` token inserted, the file
    cut short, its line endings changed, or a decimal number replaced by one of ``numbers``."""
    for _ in range(rng.randint(1, 3)):
        n = len(data)
        at = rng.randrange(n + 1)
        kind = rng.randrange(8)
        if kind == 0 and n:
            data = bytearray(data)
            for _ in range(rng.randint(1, 10)):
                data[rng.randrange(n)] = rng.randrange(256)
            data = bytes(data)
        elif kind == 1:
            data = data[:at] + data[at + rng.randint(1, 2000) :]
        elif kind == 2:
            data = data[:at] + data[at : at + rng.randint(1, 5000)] * rng.randint(2, 5) + data[at:]
        elif kind in (3, 4):
            data = data[:at] + rng.choice(hostile) + data[at:]
        elif kind == 5:
            data = data[:at]
        elif kind == 6:
            data = data.replace(b"\r\n", b"\n").replace(b"\n", rng.choice([b"\r", b"\r\n"]))
        else:
            found = list(NUMBER.finditer(data))
            if found:
                m = rng.choice(found)
                data = data[: m.start()] + rng.choice(numbers) + data[m.end() :]
    return data
