#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds, once, a Debian root with the QGIS long-term release (3.44.x from Debian's
# unstable suite), PostgreSQL + PostGIS, Xvfb and the test tools, and prints its path.
#
# The root is cached outside the work tree under $PATROL_LTR_CACHE, named by a hash of
# its inputs (this script, packages.txt, the test tools' pins in requirements-dev.txt):
# changing any of them builds a new root, an unchanged set reuses the old one.  A root is
# built in a temporary folder and renamed only when complete, so an interrupted build
# leaves nothing that a later run would take for a root; one build at a time (a lock on
# the cache), and the next build removes what a killed one left.  Everything that mounts
# runs in a private mount and PID namespace: when it ends, however it ends, its mounts
# and its processes are gone, so the temporary folder can never be removed through a mount.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
CACHE="${PATROL_LTR_CACHE:-/var/cache/patrol-planner}"
MIRROR="${PATROL_LTR_MIRROR:-http://deb.debian.org/debian}"
SUITE=unstable
QGIS_SERIES=3.44
# only what the tests run with: a change to the linters' pins does not rebuild the root
TOOLS='^(pytest|pytest-qgis|pytest-timeout|gpxpy)=='
# the copy of the suite this machine reaches is older than its Release file allows
APT=(apt-get -o Acquire::Check-Valid-Until=false -o APT::Install-Recommends=false -y -q)

requirements() { grep -E "$TOOLS" "$REPO/requirements-dev.txt"; }
key() { { cat "$HERE/root.sh" "$HERE/packages.txt"; requirements; } | sha256sum | cut -c1-16; }

# $1 = the new root: runs inside the private namespaces (see main)
build_inside() {
  local root="$1"
  debootstrap --variant=minbase "$SUITE" "$root" "$MIRROR"
  mount -t proc proc "$root/proc"
  mount --bind /dev "$root/dev"
  mount --bind /dev/pts "$root/dev/pts"
  mount --bind /sys "$root/sys"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  # no daemon starts while packages install: the database runs only inside the tests
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod +x "$root/usr/sbin/policy-rc.d"
  local in=(chroot "$root" env DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8)
  "${in[@]}" "${APT[@]}" update
  local packages
  packages=$(sed 's/#.*//' "$HERE/packages.txt" | xargs)
  # shellcheck disable=SC2086
  "${in[@]}" "${APT[@]}" install $packages
  local pg
  pg=$(ls "$root/usr/lib/postgresql" | sort -n | tail -1)
  "${in[@]}" "${APT[@]}" install "postgresql-$pg-postgis-3"
  "${in[@]}" apt-get clean
  local version
  version=$("${in[@]}" dpkg-query -W -f='${Version}' qgis)
  case "$version" in
    "$QGIS_SERIES".*) ;;
    *) echo "ltr root: the suite has QGIS $version, not $QGIS_SERIES.x" >&2; return 1 ;;
  esac
  # pip inside the root cannot check this network's certificates under Python 3.14's
  # stricter rules: the host's pip downloads wheels for the root's Python instead
  local pyver
  pyver=$("${in[@]}" python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  mkdir -p "$root/opt/wheels"
  python3 -m pip download -q --disable-pip-version-check --only-binary=:all: \
    --python-version "$pyver" --implementation cp --platform manylinux2014_x86_64 \
    -d "$root/opt/wheels" -r <(requirements)
  "${in[@]}" python3 -m venv --system-site-packages /opt/venv
  "${in[@]}" /opt/venv/bin/python -m pip install -q --disable-pip-version-check --no-index \
    --find-links /opt/wheels -r /dev/stdin < <(requirements)
  rm -rf "$root/opt/wheels"
}

main() {
  if [ "${1:-}" = "--inside" ]; then
    build_inside "$2"
    return
  fi
  local target
  target="$CACHE/ltr-$(key)"
  if [ -f "$target/.complete" ]; then
    echo "$target"
    return
  fi
  command -v debootstrap >/dev/null || { echo "debootstrap is missing: run scripts/setup_system.sh" >&2; exit 1; }
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.lock"
  flock 9
  # another run may have built it while this one waited for the lock
  if [ -f "$target/.complete" ]; then
    echo "$target"
    return
  fi
  # with the lock held no build is running: these are what a killed build left
  find "$CACHE" -maxdepth 1 -name '.building-*' -exec rm -rf --one-file-system {} +
  WORK=$(mktemp -d "$CACHE/.building-XXXXXX")
  # runs after the namespaces have ended: no mount is left under $WORK by then
  trap 'rm -rf --one-file-system "$WORK"' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM HUP
  local started=$SECONDS
  echo "ltr root: building $target (QGIS $QGIS_SERIES from Debian $SUITE)" >&2
  unshare --mount --propagation private --pid --fork --kill-child \
    "$HERE/root.sh" --inside "$WORK/root" >"$WORK/build.log" 2>&1 || {
      tail -40 "$WORK/build.log" >&2
      echo "ltr root: build failed (log above)" >&2
      exit 1
    }
  touch "$WORK/root/.complete"
  rm -rf --one-file-system "$target"
  mv "$WORK/root" "$target"
  echo "ltr root: built in $((SECONDS - started)) s" >&2
  # older roots of other inputs are of no further use
  find "$CACHE" -maxdepth 1 -name 'ltr-*' ! -path "$target" -exec rm -rf --one-file-system {} +
  echo "$target"
}

main "$@"
