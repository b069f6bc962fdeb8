#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Print the path of a CPython 3.12 (the Python that QGIS 4 and the 3.40s LTR
# bring on Windows and macOS) for the engine's second test venv
# (`make engine-newest`).  Debian 12 has only 3.11 and no registry this
# project reaches ships a CPython 3.12 build (see DEVELOPING.md), so this
# looks for one already on the machine: on PATH, then pyenv's versions.
# Falls back to /usr/bin/python3 and says so on stderr.
set -uo pipefail

usable() {  # a real interpreter (not a pyenv shim that refuses) with venv and ssl for pip
  "$1" -c 'import ssl, sys, venv; sys.exit(0 if sys.version_info[:2] == (3, 12) else 1)' >/dev/null 2>&1
}

candidates=()
path=$(command -v python3.12 2>/dev/null) && candidates+=("$path")
for path in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.12*/bin/python3.12 /root/.pyenv/versions/3.12*/bin/python3.12; do
  [ -x "$path" ] && candidates+=("$path")
done
for path in "${candidates[@]}"; do
  if usable "$path"; then
    echo "$path"
    exit 0
  fi
done
echo "find_python.sh: no Python 3.12 on this machine; the engine's newest-stack tests run on $(/usr/bin/python3 --version 2>&1)" >&2
echo /usr/bin/python3
