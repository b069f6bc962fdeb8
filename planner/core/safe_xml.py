"""Refuse XML that could read local files or exhaust memory before parsing it.

Field files come from phones, handhelds and strangers' USB sticks.  A DOCTYPE
with ENTITY declarations is how "billion laughs" (memory) and external-entity
(local file disclosure) attacks work, and no GPX device writes one, so any
DOCTYPE or ENTITY in the prolog is rejected outright.  The prolog is scanned
as text up to the root element: parsers are never shown the declaration.
``parse_text`` is the one way the plugin parses XML: the check, then the
standard library's parser, which then meets no DTD and so no entity to expand
(what defusedxml refuses, without shipping it).
"""

from __future__ import annotations

# Bandit's B405 is about parsing untrusted XML with this module; here it parses only in
# parse_text, after check_prolog_text has refused any DTD.
import xml.etree.ElementTree as ET  # nosec B405
from pathlib import Path

from .errors import InputError
from .messages import message

ParseError = ET.ParseError

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


def parse_text(text: str, source: str) -> ET.Element:
    """The root element of the XML document ``text``, refusing DOCTYPE and ENTITY (``InputError``).

    Raises ``ParseError`` for text that is not well-formed XML.
    """
    check_prolog_text(text, source)
    # B314 is about a DTD's entities (billion laughs, external files): the whole prolog was checked
    # just above and holds none, and expat refuses a DOCTYPE anywhere after it.
    return ET.fromstring(text)  # nosec B314
