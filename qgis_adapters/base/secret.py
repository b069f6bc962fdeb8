# SPDX-License-Identifier: GPL-2.0-or-later
"""The project's hiding secret: it fixes each hidden place's zone across every export (issue 27).

Kept in the project file (saved with it), never written to a file the patrol
carries: without it, a finder cannot tell where in a zone its place lies.
Made on first use; a project that is never saved draws a new one next session.
"""

from __future__ import annotations

import secrets
from typing import Optional

from qgis.core import QgsProject

SCOPE = "PatrolPlanner"
KEY = "hiding/secret"


def hiding_secret(project: Optional[QgsProject] = None) -> bytes:
    project = project or QgsProject.instance()
    text, _ = project.readEntry(SCOPE, KEY, "")
    try:
        secret = bytes.fromhex(text)
    except ValueError:  # edited by hand: a new one rather than a weak one
        secret = b""
    if len(secret) < 16:
        secret = secrets.token_bytes(32)
        project.writeEntry(SCOPE, KEY, secret.hex())
    return secret
