# Icinga 2 with its REST API on TLS (a CA and a server certificate with SAN localhost/127.0.0.1 made by
# openssl), all state under the fresh directory, running as the current user.

icinga_certs() {
  local dir="$1" certs="$1/data/certs"
  mkdir -p "$certs" "$dir/pki"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3 -subj "/CN=Watchfloor IT Icinga CA" \
    -keyout "$dir/pki/ca.key" -out "$dir/pki/ca.crt" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$certs/localhost.key" \
    -out "$dir/pki/localhost.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth,clientAuth\n' > "$dir/pki/ext.cnf"
  openssl x509 -req -in "$dir/pki/localhost.csr" -CA "$dir/pki/ca.crt" -CAkey "$dir/pki/ca.key" -CAcreateserial \
    -days 3 -extfile "$dir/pki/ext.cnf" -out "$certs/localhost.crt" 2>/dev/null
  cp "$dir/pki/ca.crt" "$certs/ca.crt"
  # An unrelated CA, for the "wrong CA" test.
  openssl req -x509 -newkey rsa:2048 -nodes -days 3 -subj "/CN=Some Other CA" \
    -keyout "$dir/pki/other-ca.key" -out "$dir/pki/other-ca.crt" 2>/dev/null
}

icinga_config() {
  local dir="$1" port="$2" pw="$3" rpw="$4"
  mkdir -p "$dir/etc"
  cat > "$dir/etc/icinga2.conf" <<CONF
const NodeName = "localhost"
const ZoneName = "localhost"
const PluginDir = "/usr/lib/nagios/plugins"
include <itl>
include <plugins>

object IcingaApplication "app" { }
object CheckerComponent "checker" { }
object Endpoint NodeName { }
object Zone ZoneName { endpoints = [ NodeName ] }
object ApiListener "api" {
  bind_host = "127.0.0.1"
  bind_port = $port
  accept_config = false
  accept_commands = false
}

object ApiUser "watchfloor" { password = "$pw"; permissions = [ "*" ] }
object ApiUser "reader" { password = "$rpw"; permissions = [ "objects/query/*", "status/query", "events/*" ] }

template Host "it-host" {
  check_command = "dummy"
  check_interval = 5s
  retry_interval = 5s
  max_check_attempts = 1
}
template Service "it-service" {
  check_command = "dummy"
  check_interval = 5s
  retry_interval = 5s
  max_check_attempts = 1
}

object Host "web-01" { import "it-host"; vars.dummy_state = 0; vars.dummy_text = "web-01 up" }
object Host "db-02" { import "it-host"; vars.dummy_state = 2; vars.dummy_text = "PING CRITICAL - Packet loss = 100%" }

object Service "http" { host_name = "web-01"; import "it-service"; vars.dummy_state = 0; vars.dummy_text = "HTTP OK" }
object Service "disk" {
  host_name = "web-01"; import "it-service"
  vars.dummy_state = 1; vars.dummy_text = "DISK WARNING - / is 91% full"; vars.service = "storefront"
}
object Service "swap" { host_name = "web-01"; import "it-service"; vars.dummy_state = 3; vars.dummy_text = "UNKNOWN - no swap data" }
// Passive: the tests set its state with process-check-result.
object Service "checkout-api" {
  host_name = "web-01"; import "it-service"
  enable_active_checks = false
  vars.dummy_state = 0; vars.service = "checkout"
}
CONF
}

start_icinga() {
  command -v icinga2 >/dev/null || die "icinga2 is not installed (it/install.sh icinga)"
  command -v openssl >/dev/null || die "openssl is not installed (it/install.sh icinga)"
  local dir port pw rpw d
  dir="$(fresh_dir icinga)"
  port="$(free_port)"
  pw="wf-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  rpw="rd-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  icinga_certs "$dir"
  icinga_config "$dir" "$port" "$pw" "$rpw"
  for d in data cache log spool run; do mkdir -p "$dir/$d"; done
  local defs=(-DDataDir="$dir/data" -DCacheDir="$dir/cache" -DLogDir="$dir/log" -DSpoolDir="$dir/spool"
              -DInitRunDir="$dir/run" -DConfigDir="$dir/etc" -DRunAsUser="$(id -un)" -DRunAsGroup="$(id -gn)")
  icinga2 daemon -C -c "$dir/etc/icinga2.conf" "${defs[@]}" > "$dir/logs/validate.log" 2>&1 \
    || { tail -n 30 "$dir/logs/validate.log" >&2; die "icinga2 rejected the generated config"; }
  printf '%q ' "${defs[@]}" > "$dir/defs"
  echo "$port $pw" > "$dir/api"
  spawn "$dir" icinga2 icinga2 daemon -c "$dir/etc/icinga2.conf" "${defs[@]}"
  wait_http "$dir" icinga2 "https://127.0.0.1:$port/v1/status/IcingaApplication" 300 \
    --cacert "$dir/pki/ca.crt" -u "watchfloor:$pw" -H "Accept: application/json" || { stop_dir "$dir"; exit 1; }
  emit "$dir" "ICINGA_URL=https://127.0.0.1:$port" "ICINGA_LOCALHOST_URL=https://localhost:$port" \
    "ICINGA_CA=$dir/pki/ca.crt" "ICINGA_OTHER_CA=$dir/pki/other-ca.crt" \
    "ICINGA_USER=watchfloor" "ICINGA_PASSWORD=$pw" "ICINGA_READER=reader" "ICINGA_READER_PASSWORD=$rpw" \
    "ICINGA_PIDFILE=$dir/pids/icinga2.pid"
}

# Starts the daemon again in the existing state directory, on the same port (after a test killed it).
restart_icinga() {
  local dir="$IT_BASE/icinga" port pw
  [ -f "$dir/defs" ] || die "start icinga first: it/start.sh icinga"
  read -r port pw < "$dir/api"
  stop_pidfile "$dir/pids/icinga2.pid"
  eval "local defs=($(cat "$dir/defs"))"
  spawn "$dir" icinga2 icinga2 daemon -c "$dir/etc/icinga2.conf" "${defs[@]}"
  wait_http "$dir" icinga2 "https://127.0.0.1:$port/v1/status/IcingaApplication" 300 \
    --cacert "$dir/pki/ca.crt" -u "watchfloor:$pw" -H "Accept: application/json" || exit 1
  echo "ICINGA_URL=https://127.0.0.1:$port"
}
