# SPDX-License-Identifier: GPL-2.0-or-later
"""CSV read one physical line at a time, so one bad line costs one row.

``csv.reader`` over the whole text lets a stray quote swallow every row up to
the next quote (150 rows lost, "1 row skipped" reported) or raise
``csv.Error`` ("field larger than field limit") in a large file, and raises on
the CR-only line endings Excel for Mac writes.  The flight and geotag exports
never put a line break inside a field, so each line is parsed alone: CR, LF
and CRLF all end a line, a line with an odd number of quotes is skipped with
its number, and no line longer than ``MAX_LINE_CHARS`` is parsed.
"""

from __future__ import annotations

import csv
import re
from typing import Dict, Iterator, List, Optional, Tuple

from ..core import Feedback, check_cancel, ensure
from .model import ImportResult

MAX_LINE_CHARS = 100_000
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_CANCEL_EVERY = 4096


def parse_line(line: str) -> Optional[List[str]]:
    """The cells of one CSV line, or None when its quotes do not balance."""
    if '"' not in line:
        return line.split(",")
    if line.count('"') % 2:
        return None
    try:
        return next(csv.reader([line]), [])
    except csv.Error:
        return None


def header_of(text: str) -> List[str]:
    """The stripped column names of the first line (Airdata writes ' xSpeed(mph)')."""
    first = _LINE_BREAK.split(text[:MAX_LINE_CHARS], 1)[0]
    return [h.strip() for h in parse_line(first) or []]


def csv_rows(
    text: str, result: ImportResult, feedback: Optional[Feedback] = None
) -> Iterator[Tuple[int, Dict[str, str]]]:
    """(line number, row by column name) of each non-empty data line; bad lines go to ``result.skipped``."""
    feedback = ensure(feedback)
    lines = _LINE_BREAK.split(text)
    header = [h.strip() for h in parse_line(lines[0][:MAX_LINE_CHARS]) or []]
    for number in range(2, len(lines) + 1):
        if number % _CANCEL_EVERY == 0:
            check_cancel(feedback)
        line = lines[number - 1]
        if not line.strip():
            continue
        if len(line) > MAX_LINE_CHARS:
            result.skip(number, f"a line of {len(line)} characters: not a row of this export")
            continue
        cells = parse_line(line)
        if cells is None:
            result.skip(number, "a quote opened and never closed: row left out")
            continue
        if any(cell.strip() for cell in cells):
            yield number, dict(zip(header, cells))
