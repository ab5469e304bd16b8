#!/usr/bin/env bash
# Installs the real servers the integration tests run against, from Debian packages, without
# starting any of them (a temporary policy-rc.d refuses every service start during postinst).
# Usage: it/install.sh [am|prom|blackbox|icinga|rt|all]...   (default: all)
# Idempotent: a server whose binary is already installed is skipped. Needs root (or sudo).
set -euo pipefail

want=("$@")
[ ${#want[@]} -eq 0 ] && want=(all)
has() { local w; for w in "${want[@]}"; do [ "$w" = all ] || [ "$w" = "$1" ] && return 0; done; return 1; }
installed() { dpkg -s "$1" >/dev/null 2>&1; }

pkgs=()
has am       && ! command -v prometheus-alertmanager >/dev/null && pkgs+=(prometheus-alertmanager)
has prom     && ! command -v prometheus >/dev/null && pkgs+=(prometheus)
has blackbox && ! command -v prometheus-blackbox-exporter >/dev/null && pkgs+=(prometheus-blackbox-exporter)
if has icinga && ! command -v icinga2 >/dev/null; then
  pkgs+=(icinga2-bin icinga2-common monitoring-plugins-basic openssl)
fi
if has rt && ! installed request-tracker5; then
  pkgs+=(request-tracker5 rt5-db-sqlite)
fi
command -v python3 >/dev/null || pkgs+=(python3)
command -v curl >/dev/null || pkgs+=(curl)

if [ ${#pkgs[@]} -eq 0 ]; then
  echo "it/install: nothing to install"
  exit 0
fi

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

if printf '%s\n' "${pkgs[@]}" | grep -qx request-tracker5; then
  # RT's postinst asks for these; dbconfig-common must not try to create a database.
  $SUDO debconf-set-selections <<'SEL'
request-tracker5 request-tracker5/rtname string watchfloor-it
request-tracker5 request-tracker5/organization string watchfloor.test
request-tracker5 request-tracker5/correspondaddress string rt@localhost
request-tracker5 request-tracker5/commentaddress string rt-comment@localhost
request-tracker5 request-tracker5/webbaseurl string http://localhost
request-tracker5 request-tracker5/webpath string /rt
request-tracker5 request-tracker5/handle-siteconfig-permissions boolean false
request-tracker5 request-tracker5/install-cronjobs boolean false
request-tracker5 request-tracker5/dbconfig-install boolean false
request-tracker5 request-tracker5/dbconfig-upgrade boolean false
rt5-db-sqlite rt5-db-sqlite/dbconfig-install boolean false
SEL
fi

policy=/usr/sbin/policy-rc.d
own_policy=false
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
  $SUDO chmod 755 "$policy"
  own_policy=true
fi
cleanup() { if $own_policy; then $SUDO rm -f "$policy"; fi; }
trap cleanup EXIT

start=$(date +%s)
echo "it/install: installing ${pkgs[*]}"
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mmin -1440 2>/dev/null | head -1)" ]; then
  $SUDO apt-get update -qq
fi
$SUDO apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
echo "it/install: done in $(( $(date +%s) - start )) s"
