"""Refuse XML that could read local files or exhaust memory before parsing it.

Field files come from phones, handhelds and strangers' USB sticks.  A DOCTYPE
with ENTITY declarations is how "billion laughs" (memory) and external-entity
(local file disclosure) attacks work, and no GPX device writes one, so any
DOCTYPE or ENTITY in the prolog is rejected outright.  The prolog is scanned
as text up to the root element: parsers are never shown the declaration.
"""

from __future__ import annotations

from pathlib import Path

from .errors import InputError
from .messages import message

# A real prolog is a few hundred bytes; a huge one is an attack or not XML.
MAX_PROLOG_BYTES = 1 << 20


def _decode_head(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    return head.decode("utf-8", errors="replace")


def check_prolog(path: Path) -> None:
    """Raise ``InputError`` (with the line) if ``path`` declares a DOCTYPE or ENTITY."""
    with open(path, "rb") as handle:
        head = handle.read(MAX_PROLOG_BYTES)
    check_prolog_text(_decode_head(head), str(path), truncated=len(head) == MAX_PROLOG_BYTES)


def check_prolog_text(text: str, source: str, truncated: bool = False) -> None:
    pos = 0
    n = len(text)
    while True:
        lt = text.find("<", pos)
        if lt < 0:
            if truncated:
                raise InputError(message("xml_no_element"), source, 1)
            return
        line = text.count("\n", 0, lt) + 1
        if text.startswith("<?", lt):
            end = text.find("?>", lt)
            pos = end + 2 if end >= 0 else n
        elif text.startswith("<!--", lt):
            end = text.find("-->", lt)
            pos = end + 3 if end >= 0 else n
        elif text.startswith("<!", lt):
            word = text[lt + 2 : lt + 9].upper()
            what = "DOCTYPE" if word.startswith("DOCTYPE") else "ENTITY" if word.startswith("ENTITY") else "<!"
            raise InputError(
                message("xml_declaration_refused", what=what),
                source,
                line,
            )
        else:
            return  # the root element: the prolog is over
