"""SQL text made only of constant templates and quoted values.

QGIS's database connections run SQL text and take no parameters
(``QgsAbstractDatabaseProviderConnection.executeSql``), so values cannot travel
beside the statement.  What keeps a value (a file name from a stranger's USB
stick, a schema name typed in a dialog) out of the statement's syntax is this
module, the way psycopg's ``sql.SQL(...).format(...)`` does it: a statement is
a constant template whose ``{name}`` holes are filled only with ``Sql`` pieces,
and a piece is made only by quoting (``sql.identifier``, ``sql.literal``,
``sql.typed``, ``sql.array``) or by ``compose`` itself.  A plain ``str`` is
refused, and the PostGIS store runs nothing but ``Sql``.
"""

from __future__ import annotations

import re
from typing import Iterable, Match, Set

# ``{name}`` is a hole; ``{{`` and ``}}`` are a brace (array literals).
_HOLE = re.compile(r"\{\{|\}\}|\{(\w+)\}")


class Sql(str):
    """SQL text that is safe to run: a constant written in the code, or composed from quoted pieces.

    A ``str`` so QGIS takes it as it is; ``+`` or an f-string gives back a plain ``str``,
    which ``compose`` and the store then refuse.
    """

    __slots__ = ()


def _pieces(pieces: Iterable[object]) -> None:
    for piece in pieces:
        if not isinstance(piece, Sql):
            raise TypeError(
                f"an SQL piece must be Sql, not {type(piece).__name__} {str(piece)[:40]!r}: "
                "quote values with literal() and names with identifier()"
            )


def compose(template: str, **pieces: Sql) -> Sql:
    """``template`` (a constant) with each ``{name}`` replaced by the piece of that name.

    ``{{`` and ``}}`` stand for a brace.  The pieces are not scanned again, so a quoted
    value holding ``{x}`` stays a value.
    """
    _pieces(pieces.values())
    used: Set[str] = set()

    def fill(match: Match[str]) -> str:
        name = match.group(1)
        if name is None:
            return match.group(0)[0]
        if name not in pieces:
            raise KeyError(f"no SQL piece for {{{name}}}")
        used.add(name)
        return pieces[name]

    text = _HOLE.sub(fill, template)
    if used != set(pieces):
        raise TypeError(f"SQL pieces without a hole in the template: {sorted(set(pieces) - used)}")
    return Sql(text)


_SEPARATORS = {",", ";", "AND", "OR", ""}


def join(separator: str, pieces: Iterable[Sql]) -> Sql:
    """Pieces joined by a separator of punctuation or ``AND``/``OR`` and white space (nothing else)."""
    if separator.strip() not in _SEPARATORS:
        raise ValueError(f"{separator!r} cannot join SQL pieces")
    items = list(pieces)
    _pieces(items)
    return Sql(separator.join(items))
