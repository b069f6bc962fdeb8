#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Copy CHANGELOG.md into metadata.txt's ``changelog=`` entry (``--check`` only compares)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def changelog_block() -> str:
    lines = []
    for line in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") or not line.strip():
            continue
        lines.append("    " + line.lstrip("# ").rstrip())
    return "changelog=\n" + "\n".join(lines) + "\n"


def synced_metadata() -> str:
    text = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    return re.sub(r"^changelog=\n(?:[ \t]+.*\n?)*", changelog_block(), text, flags=re.M)


if __name__ == "__main__":
    wanted = synced_metadata()
    current = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    if "--check" in sys.argv:
        sys.exit(0 if wanted == current else "metadata.txt changelog differs from CHANGELOG.md: run `make metadata`")
    (ROOT / "metadata.txt").write_text(wanted, encoding="utf-8")
