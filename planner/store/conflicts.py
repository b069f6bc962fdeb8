# SPDX-License-Identifier: GPL-2.0-or-later
"""What sync calls a conflict: the same file name with other content on the two sides.

Files are identified by content (SHA-256), so a name is not an identity: two committees'
``Current.gpx`` are two files. Such a pair is listed for the coordinator and both are kept;
nothing is resolved silently, because both are real field data.
"""

from __future__ import annotations

from typing import Iterable, List, Mapping, Set, Tuple


def name_conflicts(files: Iterable[Tuple[str, str]], other_side: Mapping[str, Set[str]]) -> List[str]:
    """The names among ``files`` ((name, sha256) pairs) that ``other_side`` (name -> hashes) holds with
    different content, in the order given."""
    return [name for name, sha256 in files if other_side.get(name, set()) - {sha256}]
