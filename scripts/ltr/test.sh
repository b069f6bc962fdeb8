#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# `make test-ltr`: the plugin's QGIS tests (tests/qgis, tests/e2e, the desktop included)
# and the engine's (tests/planner) inside the QGIS LTR root that scripts/ltr/root.sh
# builds, against the plugin zip given as $1.  With a command after the zip, runs that
# command there instead, in the work tree, for a quick loop:
#   scripts/ltr/test.sh dist/patrol_planner-0.2.1.zip python -m pytest -q tests/qgis/test_styles.py
#
# The root is mounted read-only, so every run starts from the same root and two runs
# may share it; /tmp, HOME and the test artifacts are the run's own.  The work tree and
# ../shared are bound read-only.  The mounts live in a private mount and PID namespace
# that ends with this script, on success, failure or interruption alike.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"

inside() {
  local root="$1" zip="$2"
  shift 2
  mount --bind "$root" "$root"
  mount -o remount,bind,ro "$root"
  mount -t proc proc "$root/proc"
  mount --bind /dev "$root/dev"
  mount --bind /dev/pts "$root/dev/pts"
  mount --bind /dev/shm "$root/dev/shm"
  mount --bind /sys "$root/sys"
  for dir in tmp run var/tmp; do
    mount -t tmpfs tmpfs "$root/$dir"
  done
  chmod 1777 "$root/tmp" "$root/var/tmp"
  # /w/patrol_planner is the work tree, /w/shared its neighbour, as on the host
  mount -t tmpfs tmpfs "$root/mnt"
  mkdir -p "$root/mnt/patrol_planner" "$root/mnt/shared" "$root/mnt/artifacts"
  mount --bind "$REPO" "$root/mnt/patrol_planner"
  mount -o remount,bind,ro "$root/mnt/patrol_planner"
  if [ -d "$REPO/../shared" ]; then
    mount --bind "$REPO/../shared" "$root/mnt/shared"
    mount -o remount,bind,ro "$root/mnt/shared"
  fi
  # the desktop test's screenshots: the run's own, kept beside the host's
  if [ -d "$REPO/tests/artifacts" ]; then
    mkdir -p "$REPO/build/ltr-artifacts"
    mount --bind "$REPO/build/ltr-artifacts" "$root/mnt/patrol_planner/tests/artifacts"
  fi
  chroot "$root" env -i PATH=/opt/venv/bin:/usr/local/bin:/usr/bin:/bin HOME=/tmp/home LANG=C.UTF-8 \
    PYTHONDONTWRITEBYTECODE=1 PATROL_PLANNER_ZIP="/mnt/patrol_planner/$zip" \
    bash /mnt/patrol_planner/scripts/ltr/in_root.sh "$@"
}

main() {
  if [ "${1:-}" = "--inside" ]; then
    shift
    inside "$@"
    return
  fi
  local zip="${1:?usage: scripts/ltr/test.sh dist/patrol_planner-VERSION.zip [COMMAND...]}"
  shift
  zip="$(realpath --relative-to="$REPO" "$zip")"
  case "$zip" in ../*) echo "test-ltr: the zip must be inside the work tree" >&2; exit 2 ;; esac
  local root
  root="$(bash "$HERE/root.sh")"
  # a shared hold on the cache while the run lasts: a build of other inputs (another work tree) removes the
  # roots it replaces only when no run uses them (root.sh takes the same lock exclusively)
  exec 8>>"$(dirname "$root")/.lock"
  flock -s 8
  [ -f "$root/.complete" ] || { echo "test-ltr: $root was replaced meanwhile: run again" >&2; exit 1; }
  # a mount point for the artifacts' bind before the work tree turns read-only
  mkdir -p "$REPO/tests/artifacts"
  unshare --mount --propagation private --pid --fork --kill-child "$HERE/test.sh" --inside "$root" "$zip" "$@"
}

main "$@"
