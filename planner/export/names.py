"""Short, unique names a handheld can show, and file names FAT32 accepts.

Garmin units identify waypoints by name: loading a second waypoint with the
same name silently replaces the first (or gets renamed by the unit), and a
route point that names a waypoint is snapped onto it.  So names are unique
within a file, compared without case and accents because that is how two
names look alike on a small screen ("Ñaupa" and "naupa").  Units without an
accented font get plain ASCII: Spanish and Indigenous place names lose their
accents but stay readable (Ñ -> N, á -> a), never become "?" boxes.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Dict, Sequence, Set

from .devices import ASCII

# Letters NFKD does not decompose into "base letter + accent".
_SPECIAL = {
    "ß": "ss",
    "Æ": "AE",
    "æ": "ae",
    "Œ": "OE",
    "œ": "oe",
    "Ø": "O",
    "ø": "o",
    "Ł": "L",
    "ł": "l",
    "Đ": "D",
    "đ": "d",
    "Þ": "Th",
    "þ": "th",
    "ı": "i",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "–": "-",
    "—": "-",
    "·": ".",
    "º": "o",
    "ª": "a",
}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")
# FAT32 (and Windows) refuse these in file names; '.' and ' ' may not end one.
_FAT_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CLOCK$",
    "CONIN$",
    "CONOUT$",
    *(f"COM{i}" for i in range(10)),
    *(f"LPT{i}" for i in range(10)),
}
# Long file names work on FAT32, but short ones are easier to pick on a unit's
# file list and leave room for the folder in Windows' 260-character paths.
MAX_FILE_STEM = 32


def to_ascii(text: str) -> str:
    """Plain printable ASCII: accents removed, other letters spelled out or dropped."""
    out = []
    for char in unicodedata.normalize("NFKD", text):
        if char in _SPECIAL:
            out.append(_SPECIAL[char])
        elif " " <= char <= "~":
            out.append(char)
        elif char.isspace():
            out.append(" ")
        # Combining accents and letters with no ASCII spelling are dropped.
    return "".join(out)


def clean_name(text: str, max_length: int, charset: str = ASCII) -> str:
    """One line of text, no control characters, ASCII if ``charset`` asks, at most ``max_length`` long."""
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", str(text)))
    if charset == ASCII:
        text = to_ascii(text)
    return _SPACES.sub(" ", text).strip()[:max_length].rstrip()


def _key(name: str) -> str:
    return to_ascii(name).casefold()


class UniqueNamer:
    """Hands out names unique within one file (case- and accent-insensitive)."""

    def __init__(self, max_length: int, charset: str = ASCII) -> None:
        if max_length < 3:
            raise ValueError("names need at least 3 characters to stay unique")
        self.max_length = max_length
        self.charset = charset
        self._used: Set[str] = set()
        self._next: Dict[str, int] = {}

    def reserve(self, name: str) -> None:
        """Mark ``name`` as taken (e.g. a name the file already holds)."""
        self._used.add(_key(name))

    def taken(self, name: str) -> bool:
        return _key(name) in self._used

    def name(self, wanted: str, fallback: str = "WPT") -> str:
        """``wanted`` made to fit, or ``wanted`` with ``-2``, ``-3``... when already taken."""
        base = clean_name(wanted, self.max_length, self.charset) or clean_name(fallback, self.max_length, ASCII)
        if not self.taken(base):
            self.reserve(base)
            return base
        number = self._next.get(_key(base), 2)
        while True:
            suffix = f"-{number}"
            room = self.max_length - len(suffix)
            if room < 1:
                raise ValueError(f"cannot make {wanted!r} unique in {self.max_length} characters")
            candidate = base[:room].rstrip() + suffix
            number += 1
            if not self.taken(candidate):
                self._next[_key(base)] = number
                self.reserve(candidate)
                return candidate


def numbered(prefix: str, number: int, total: int) -> str:
    """``P07`` style: zero-padded so names sort in visiting order on the unit."""
    width = max(2, len(str(total)))
    return f"{prefix}{number:0{width}d}"


def safe_file_stem(text: str, max_length: int = MAX_FILE_STEM, fallback: str = "plan") -> str:
    """A file name stem that FAT32, Windows, macOS and Linux all accept, in plain ASCII.

    Forbidden characters become ``_``, spaces become ``_`` (some Garmin file
    lists cut at a space), reserved device names such as ``CON`` get a ``_``
    prefix, and the result never ends with a dot or space.
    """
    stem = _FAT_FORBIDDEN.sub("_", to_ascii(text))
    stem = re.sub(r"[\s_]+", "_", stem).strip("._ ")
    stem = stem[:max_length].rstrip("._ ")
    if not stem:
        stem = fallback
    if stem.split(".")[0].upper() in _RESERVED:
        stem = ("_" + stem)[:max_length]
    return stem


def team_stems(teams: Sequence[str], max_length: int = MAX_FILE_STEM - 6) -> Dict[str, str]:
    """A distinct file (or folder) stem per team, even when two names reduce to the same one.

    "Ñaupa" and "Naupa", "Equipo/1" and "Equipo 1", or two long names equal in
    their first characters would otherwise share a file and one team's plan
    would overwrite the other's.  ``max_length`` leaves room for "_12-12".
    """
    namer = UniqueNamer(max_length, ASCII)
    return {team: namer.name(safe_file_stem(team, max_length), "plan") for team in dict.fromkeys(teams)}
