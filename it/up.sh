#!/usr/bin/env bash
# For a developer: install (if needed), start one server, print where it listens, and keep it up
# until Ctrl-C (or TERM), then stop it.   Example: it/up.sh prom
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
name="${1:-}"
case "$name" in
  am|am-ha) pkg=(am) ;;
  prom) pkg=(am prom blackbox) ;;
  icinga) pkg=(icinga) ;;
  rt) pkg=(rt) ;;
  *) echo "usage: it/up.sh am|am-ha|prom|icinga|rt" >&2; exit 2 ;;
esac
"$here/install.sh" "${pkg[@]}"
trap '"$here/stop.sh" "$name"; exit 0' INT TERM EXIT
"$here/start.sh" "$name"
echo "# $name is up; Ctrl-C stops it" >&2
while true; do sleep 3600 & wait $!; done
