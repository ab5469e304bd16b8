#!/usr/bin/env bash
# Starts one real server (or server group) on loopback from a fresh state directory under
# $IT_BASE (default it-tests/target/it), waits until it answers, and prints KEY=VALUE lines
# (also written to $IT_BASE/NAME/env). Stop it with it/stop.sh NAME.
#
#   am      one Alertmanager                      AM_URL
#   am-ha   two Alertmanagers clustered by gossip AM1_URL AM2_URL AM1_PIDFILE AM2_PIDFILE
#   prom    HTTP targets -> blackbox -> Prometheus (1 s scrape/eval) -> Alertmanager
#           AM_URL PROM_URL BLACKBOX_URL TARGET_UP_URL TARGET_FLAP_URL
#   flap    (re)start the pipeline's flapping target (it/stop.sh flap stops it)
#   icinga  Icinga 2 with its API on TLS          ICINGA_URL ICINGA_CA ICINGA_USER ICINGA_PASSWORD ...
#   icinga-again  restart the daemon of a running "icinga" dir on the same port (after a kill)
#   rt      Request Tracker 5 on SQLite           RT_URL RT_TOKEN RT_PIDFILE
#   rt-again      restart the web server of a running "rt" dir on the same port (after a kill)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
. "$IT_ROOT/lib/prom.sh"
. "$IT_ROOT/lib/icinga.sh"
. "$IT_ROOT/lib/rt.sh"
command -v curl >/dev/null || die "curl is not installed"
command -v python3 >/dev/null || die "python3 is not installed"
mkdir -p "$IT_BASE"

case "${1:-}" in
  am) start_am ;;
  am-ha) start_am_ha ;;
  prom) start_prom ;;
  flap) start_flap ;;
  icinga) start_icinga ;;
  icinga-again) restart_icinga ;;
  rt) start_rt ;;
  rt-again) restart_rt ;;
  *) die "usage: it/start.sh am|am-ha|prom|flap|icinga|icinga-again|rt|rt-again" ;;
esac
