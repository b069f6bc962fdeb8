#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Keeps the cores busy, to run the tests on a loaded machine (issue 24: a suite must pass whatever the load).
#   scripts/busy_loops.sh start [N]      start N busy loops (default: one per core), print their PIDs
#   scripts/busy_loops.sh stop PID...    stop the loops with these PIDs (as printed by start)
#   scripts/busy_loops.sh run [-n N] -- COMMAND...
#                                        run COMMAND while N loops run; the loops are always stopped
#                                        (even on Ctrl-C or failure) and COMMAND's exit status is returned
set -euo pipefail

start_loops() {
    local count=$1 i
    for ((i = 0; i < count; i++)); do
        # setsid: the loop is its own process group, so stopping it never touches the caller's
        setsid bash -c 'while :; do :; done' </dev/null >/dev/null 2>&1 &
        echo $!
    done
}

stop_loops() {
    local pid
    for pid in "$@"; do
        kill "$pid" 2>/dev/null || true
    done
}

case "${1:-}" in
    start)
        start_loops "${2:-$(nproc)}"
        ;;
    stop)
        shift
        stop_loops "$@"
        ;;
    run)
        shift
        count=$(nproc)
        if [[ "${1:-}" == "-n" ]]; then
            count=$2
            shift 2
        fi
        [[ "${1:-}" == "--" ]] && shift
        [[ $# -gt 0 ]] || { echo "usage: $0 run [-n N] -- COMMAND..." >&2; exit 2; }
        mapfile -t pids < <(start_loops "$count")
        trap 'stop_loops "${pids[@]}"' EXIT INT TERM
        echo "busy loops: ${pids[*]}" >&2
        status=0
        "$@" || status=$?
        exit "$status"
        ;;
    *)
        sed -n '3,8p' "$0" | sed 's/^# \{0,1\}//' >&2
        exit 2
        ;;
esac
