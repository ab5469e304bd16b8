# Shared helpers for it/start.sh and it/stop.sh (sourced, not run).
# Every process runs in its own session (setsid) with its PID in $DIR/pids/<proc>.pid; every wait is bounded.

IT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
IT_BASE="${IT_BASE:-$IT_ROOT/../it-tests/target/it}"

log() { echo "it: $*" >&2; }
die() { log "$*"; exit 1; }

# A free TCP port on 127.0.0.1 (the kernel picks it; the script binds it right after).
free_port() {
  python3 - <<'PY'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

# spawn DIR NAME CMD...: starts CMD in a new session, output to DIR/logs/NAME.log, PID to DIR/pids/NAME.pid.
spawn() {
  local dir="$1" name="$2"; shift 2
  mkdir -p "$dir/pids" "$dir/logs"
  setsid "$@" >"$dir/logs/$name.log" 2>&1 < /dev/null &
  echo $! > "$dir/pids/$name.pid"
}

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# wait_http DIR NAME URL [TRIES] [CURL_ARGS...]: polls URL every 0.1 s until it answers 2xx, the process dies,
# or TRIES run out (default 300 = 30 s). On failure prints the log tail and returns 1.
wait_http() {
  local dir="$1" name="$2" url="$3" tries="${4:-300}"; shift 4 || shift $#
  local i
  for ((i = 0; i < tries; i++)); do
    if curl -fsS -o /dev/null --max-time 2 "$@" "$url" 2>/dev/null; then
      return 0
    fi
    if ! alive "$dir/pids/$name.pid"; then
      log "$name exited before it answered at $url; last log lines:"
      tail -n 20 "$dir/logs/$name.log" >&2 || true
      return 1
    fi
    sleep 0.1
  done
  log "$name did not answer at $url within $((tries / 10)) s; last log lines:"
  tail -n 20 "$dir/logs/$name.log" >&2 || true
  return 1
}

# stop_pidfile FILE: TERM the process group (setsid made the PID its leader; children such as Icinga's
# workers may outlive the leader), wait up to 5 s, then KILL. Removes the file.
stop_pidfile() {
  local f="$1" pid i
  [ -f "$f" ] || return 0
  pid="$(cat "$f")"
  if kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
      kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

stop_dir() {
  local dir="$1" f
  [ -d "$dir/pids" ] || return 0
  for f in "$dir"/pids/*.pid; do
    [ -e "$f" ] || continue
    stop_pidfile "$f"
  done
}

# fresh_dir NAME: stops whatever ran there, then an empty state directory $IT_BASE/NAME.
fresh_dir() {
  local dir="$IT_BASE/$1"
  stop_dir "$dir"
  rm -rf "$dir"
  mkdir -p "$dir/pids" "$dir/logs"
  echo "$dir"
}

# emit DIR KEY=VALUE...: appends to DIR/env and prints to stdout.
emit() {
  local dir="$1"; shift
  local kv
  for kv in "$@"; do
    echo "$kv" >> "$dir/env"
    echo "$kv"
  done
}
