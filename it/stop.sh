#!/usr/bin/env bash
# Stops what it/start.sh NAME started, by the PIDs it recorded (TERM, then KILL after 5 s).
#   it/stop.sh NAME    (am, am-ha, prom, flap, icinga, rt)
#   it/stop.sh all     every server under $IT_BASE
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

case "${1:-}" in
  all)
    for d in "$IT_BASE"/*/; do
      [ -d "$d" ] && stop_dir "${d%/}"
    done ;;
  flap) stop_pidfile "$IT_BASE/prom/pids/target-flap.pid" ;;
  am|am-ha|prom|icinga|rt) stop_dir "$IT_BASE/$1" ;;
  *) die "usage: it/stop.sh am|am-ha|prom|flap|icinga|rt|all" ;;
esac
