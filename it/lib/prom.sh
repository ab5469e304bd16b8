# Alertmanager, the monitoring pipeline (two HTTP targets -> blackbox -> Prometheus -> Alertmanager).

# am_config FILE: one route, one receiver with no targets (nothing is ever notified).
am_config() {
  cat > "$1" <<'YAML'
route:
  receiver: blackhole
  group_by: [alertname]
  group_wait: 0s
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: blackhole
YAML
}

# am_spawn DIR NAME PORT [CLUSTER_PORT PEER_PORT]
am_spawn() {
  local dir="$1" name="$2" port="$3" cport="${4:-}" peer="${5:-}"
  mkdir -p "$dir/$name"
  am_config "$dir/$name/alertmanager.yml"
  local cluster=(--cluster.listen-address=)
  if [ -n "$cport" ]; then
    cluster=(--cluster.listen-address="127.0.0.1:$cport" --cluster.advertise-address="127.0.0.1:$cport"
             --cluster.peer="127.0.0.1:$peer" --cluster.gossip-interval=100ms --cluster.pushpull-interval=2s
             --cluster.settle-timeout=2s)
  fi
  spawn "$dir" "$name" prometheus-alertmanager --config.file="$dir/$name/alertmanager.yml" \
    --storage.path="$dir/$name/data" --web.listen-address="127.0.0.1:$port" "${cluster[@]}"
}

start_am() {
  command -v prometheus-alertmanager >/dev/null || die "prometheus-alertmanager is not installed (it/install.sh am)"
  local dir port
  dir="$(fresh_dir am)"
  port="$(free_port)"
  am_spawn "$dir" alertmanager "$port"
  wait_http "$dir" alertmanager "http://127.0.0.1:$port/-/ready" 300 || { stop_dir "$dir"; exit 1; }
  emit "$dir" "AM_URL=http://127.0.0.1:$port" "AM_PORT=$port"
}

start_am_ha() {
  command -v prometheus-alertmanager >/dev/null || die "prometheus-alertmanager is not installed (it/install.sh am)"
  local dir p1 p2 c1 c2 i peers
  dir="$(fresh_dir am-ha)"
  p1="$(free_port)"; p2="$(free_port)"; c1="$(free_port)"; c2="$(free_port)"
  am_spawn "$dir" am1 "$p1" "$c1" "$c2"
  am_spawn "$dir" am2 "$p2" "$c2" "$c1"
  wait_http "$dir" am1 "http://127.0.0.1:$p1/-/ready" 300 || { stop_dir "$dir"; exit 1; }
  wait_http "$dir" am2 "http://127.0.0.1:$p2/-/ready" 300 || { stop_dir "$dir"; exit 1; }
  # Ready for the tests once each replica sees both peers.
  for ((i = 0; i < 150; i++)); do
    peers="$(curl -fsS --max-time 2 "http://127.0.0.1:$p1/api/v2/status" | python3 -c \
      'import json,sys; print(len(json.load(sys.stdin)["cluster"].get("peers") or []))' 2>/dev/null || echo 0)"
    [ "$peers" = 2 ] && break
    sleep 0.1
  done
  [ "$peers" = 2 ] || { log "the two Alertmanagers did not form a cluster within 15 s"; tail -n 20 "$dir/logs/am1.log" >&2; stop_dir "$dir"; exit 1; }
  emit "$dir" "AM1_URL=http://127.0.0.1:$p1" "AM2_URL=http://127.0.0.1:$p2" "AM1_PIDFILE=$dir/pids/am1.pid" "AM2_PIDFILE=$dir/pids/am2.pid"
}

# The flapping target of the pipeline: an HTTP server on the port recorded by start_prom.
start_flap() {
  local dir="$IT_BASE/prom" port
  [ -f "$dir/flap.port" ] || die "start the pipeline first: it/start.sh prom"
  port="$(cat "$dir/flap.port")"
  stop_pidfile "$dir/pids/target-flap.pid"
  spawn "$dir" target-flap python3 -m http.server --bind 127.0.0.1 --directory "$dir/www" "$port"
  wait_http "$dir" target-flap "http://127.0.0.1:$port/" 100 || exit 1
  echo "TARGET_FLAP_URL=http://127.0.0.1:$port/"
}

stop_flap() {
  stop_pidfile "$IT_BASE/prom/pids/target-flap.pid"
}

start_prom() {
  local b
  for b in prometheus-alertmanager prometheus prometheus-blackbox-exporter; do
    command -v "$b" >/dev/null || die "$b is not installed (it/install.sh am prom blackbox)"
  done
  local dir am bb prom up flap
  dir="$(fresh_dir prom)"
  am="$(free_port)"; bb="$(free_port)"; prom="$(free_port)"; up="$(free_port)"; flap="$(free_port)"
  mkdir -p "$dir/www" && echo ok > "$dir/www/index.html"
  echo "$flap" > "$dir/flap.port"
  spawn "$dir" target-up python3 -m http.server --bind 127.0.0.1 --directory "$dir/www" "$up"
  spawn "$dir" target-flap python3 -m http.server --bind 127.0.0.1 --directory "$dir/www" "$flap"
  am_spawn "$dir" alertmanager "$am"
  cat > "$dir/blackbox.yml" <<'YAML'
modules:
  http_2xx:
    prober: http
    timeout: 1s
    http:
      preferred_ip_protocol: ip4
YAML
  spawn "$dir" blackbox prometheus-blackbox-exporter --config.file="$dir/blackbox.yml" \
    --web.listen-address="127.0.0.1:$bb"
  cat > "$dir/rules.yml" <<'YAML'
groups:
  - name: watchfloor-it
    interval: 1s
    rules:
      - alert: ProbeFailed
        expr: probe_success{job="blackbox_http"} == 0
        labels:
          severity: critical
        annotations:
          summary: "{{ $labels.service }} does not answer HTTP"
YAML
  cat > "$dir/prometheus.yml" <<YAML
global:
  scrape_interval: 1s
  scrape_timeout: 1s
  evaluation_interval: 1s
alerting:
  alertmanagers:
    - static_configs:
        - targets: ['127.0.0.1:$am']
rule_files: ['$dir/rules.yml']
scrape_configs:
  - job_name: blackbox_http
    metrics_path: /probe
    params:
      module: [http_2xx]
    static_configs:
      - targets: ['http://127.0.0.1:$up/']
        labels: {service: web-stable}
      - targets: ['http://127.0.0.1:$flap/']
        labels: {service: web-flap}
    relabel_configs:
      - source_labels: [__address__]
        target_label: __param_target
      - source_labels: [__param_target]
        target_label: instance
      - target_label: __address__
        replacement: '127.0.0.1:$bb'
YAML
  spawn "$dir" prometheus prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/tsdb" \
    --web.listen-address="127.0.0.1:$prom" --rules.alert.resend-delay=1s --web.enable-lifecycle
  local n
  for n in "target-up http://127.0.0.1:$up/" "target-flap http://127.0.0.1:$flap/" \
           "alertmanager http://127.0.0.1:$am/-/ready" "blackbox http://127.0.0.1:$bb/metrics" \
           "prometheus http://127.0.0.1:$prom/-/ready"; do
    # shellcheck disable=SC2086
    wait_http "$dir" ${n%% *} "${n#* }" 300 || { stop_dir "$dir"; exit 1; }
  done
  emit "$dir" "AM_URL=http://127.0.0.1:$am" "PROM_URL=http://127.0.0.1:$prom" "BLACKBOX_URL=http://127.0.0.1:$bb" \
    "TARGET_UP_URL=http://127.0.0.1:$up/" "TARGET_FLAP_URL=http://127.0.0.1:$flap/"
}
