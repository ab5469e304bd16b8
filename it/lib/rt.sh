# Request Tracker 5 on SQLite: site config and database in the fresh directory (RT_SITE_CONFIG,
# RT_SITE_CONFIG_DIR), queues with SLAs enabled, an API user with an auth token, mail to a file.

rt_config() {
  local dir="$1" port="$2"
  cat > "$dir/RT_SiteConfig.pm" <<PERL
Set(\$rtname, 'watchfloor-it');
Set(\$Organization, 'watchfloor.test');
Set(\$WebDomain, '127.0.0.1');
Set(\$WebPort, $port);
Set(\$WebBaseURL, 'http://127.0.0.1:$port');
Set(\$WebPath, '');
Set(\$CanonicalizeRedirectURLs, 0);
Set(\$DatabaseType, 'SQLite');
Set(\$DatabaseName, '$dir/rt.db');
Set(\$DatabaseHost, undef);
Set(\$DatabaseUser, undef);
Set(\$DatabasePassword, undef);
Set(\$BcryptCost, 4);
Set(\$LogToSyslog, undef);
Set(\$LogToSTDERR, 'warning');
Set(\$MailCommand, 'sendmailpipe');
Set(\$SendmailPath, '$dir/fake-sendmail');
Set(\$Timezone, 'UTC');
Set(%ServiceAgreements, (
    Default => 'noc-p3',
    Levels  => {
        'noc-p1' => { Resolve => { RealMinutes => 240 } },
        'noc-p2' => { Resolve => { RealMinutes => 480 } },
        'noc-p3' => { Resolve => { RealMinutes => 1440 } },
    },
));
1;
PERL
  printf '#!/bin/sh\ncat >> "%s/mail.out"\n' "$dir" > "$dir/fake-sendmail"
  chmod +x "$dir/fake-sendmail"
  cat > "$dir/initialdata" <<PERL
@Queues = (
    { Name => 'Service Desk', Description => 'Tier 1', SLADisabled => 0 },
    { Name => 'NOC Tier 2', Description => 'Tier 2', SLADisabled => 0 },
    { Name => 'NOC Shift Leads', Description => 'Shift leads', SLADisabled => 0 },
    { Name => 'Duty Managers', Description => 'Duty managers', SLADisabled => 0 },
);
@Users = (
    { Name => 'watchfloor', RealName => 'Watchfloor API', EmailAddress => 'watchfloor@watchfloor.test', Privileged => 1,
      Password => 'unused-$RANDOM$RANDOM' },
    { Name => 'day-shift', RealName => 'Day Shift', EmailAddress => 'day-shift@watchfloor.test', Privileged => 1 },
);
@ACL = (
    { UserId => 'watchfloor', Right => 'SuperUser' },
    { UserId => 'day-shift', Right => 'SuperUser' },
);
@Final = (sub {
    my \$user = RT::User->new(RT->SystemUser);
    \$user->Load('watchfloor');
    my \$token = RT::AuthToken->new(RT->SystemUser);
    my (\$ok, \$msg, \$secret) = \$token->Create(Owner => \$user->Id, Description => 'watchfloor integration tests');
    die "token: \$msg" unless \$ok;
    open(my \$fh, '>', '$dir/token') or die \$!;
    print \$fh \$secret;
    close \$fh;
});
PERL
}

start_rt() {
  command -v rt-setup-database-5 >/dev/null || die "request-tracker5 is not installed (it/install.sh rt)"
  local server=/usr/share/request-tracker5/libexec/rt-server
  [ -x "$server" ] || die "$server is missing (it/install.sh rt)"
  local dir port
  dir="$(fresh_dir rt)"
  port="$(free_port)"
  mkdir -p "$dir/site.d"
  rt_config "$dir" "$port"
  export RT_SITE_CONFIG="$dir/RT_SiteConfig.pm" RT_SITE_CONFIG_DIR="$dir/site.d"
  local t0; t0=$(date +%s)
  rt-setup-database-5 --action init --skip-create --datafile /usr/share/request-tracker5/etc/initialdata \
    > "$dir/logs/setup.log" 2>&1 < /dev/null || rt-setup-database-5 --action init \
    > "$dir/logs/setup.log" 2>&1 < /dev/null || { tail -n 30 "$dir/logs/setup.log" >&2; die "RT database init failed"; }
  rt-setup-database-5 --action insert --datafile "$dir/initialdata" >> "$dir/logs/setup.log" 2>&1 < /dev/null \
    || { tail -n 30 "$dir/logs/setup.log" >&2; die "RT initial data failed"; }
  [ -s "$dir/token" ] || die "RT did not write an auth token"
  log "RT database ready in $(( $(date +%s) - t0 )) s"
  echo "$port" > "$dir/port"
  spawn "$dir" rt-server env RT_SITE_CONFIG="$RT_SITE_CONFIG" RT_SITE_CONFIG_DIR="$RT_SITE_CONFIG_DIR" \
    "$server" --host 127.0.0.1 --port "$port" --max-workers 3
  wait_http "$dir" rt-server "http://127.0.0.1:$port/REST/2.0/queues/all" 600 \
    -H "Authorization: token $(cat "$dir/token")" || { stop_dir "$dir"; exit 1; }
  emit "$dir" "RT_URL=http://127.0.0.1:$port" "RT_TOKEN=$(cat "$dir/token")" "RT_PIDFILE=$dir/pids/rt-server.pid"
}

# Starts the web server again on an existing "rt" dir and port (after a test killed it).
restart_rt() {
  local dir="$IT_BASE/rt" port
  [ -f "$dir/port" ] || die "start rt first: it/start.sh rt"
  port="$(cat "$dir/port")"
  stop_pidfile "$dir/pids/rt-server.pid"
  spawn "$dir" rt-server env RT_SITE_CONFIG="$dir/RT_SiteConfig.pm" RT_SITE_CONFIG_DIR="$dir/site.d" \
    /usr/share/request-tracker5/libexec/rt-server --host 127.0.0.1 --port "$port" --max-workers 3
  wait_http "$dir" rt-server "http://127.0.0.1:$port/REST/2.0/queues/all" 600 \
    -H "Authorization: token $(cat "$dir/token")" || exit 1
  echo "RT_URL=http://127.0.0.1:$port"
}
