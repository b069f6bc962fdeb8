#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Install the Debian packages the plugin's development and tests need, only
# those missing, so a second run costs a dpkg query and nothing else.
set -euo pipefail

PACKAGES=(
  qgis python3-qgis qgis-providers   # QGIS 3.22 LTR desktop, qgis_process and Python bindings
  python3-shapely python3-lxml        # engine geometry; XSD validation in tests
  python3-scipy                       # optional accelerator of the travel-time matrix (tests run both ways)
  python3-venv python3-pip
  xvfb xauth                          # the real desktop, headless
  qttools5-dev-tools                  # lrelease for the .qm translations
  fonts-dejavu-core                   # briefing PDFs render the same everywhere
  poppler-utils                       # pdftotext: tests read the field briefing's text (issue 27)
  postgresql-15-postgis-3             # the shared field store's tests run a private PostGIS cluster
  debootstrap                         # make test-ltr: the QGIS 3.44 LTR root (scripts/ltr/root.sh)
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
