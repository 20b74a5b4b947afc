#!/usr/bin/env bash
# The production files of deploy/ stay valid (docs/install.md): deploy/production/ijwd.example.json, copied
# unchanged into a directory laid out as /etc/ijw-hub with demo certificates where it points, passes
# `ijwd --check-config`; it names every key ijwd knows (the keys of the effective configuration ijwd prints),
# so a new key in ijwd fails here until the example and the guide have it; it fixes no test date (`today`).
# The systemd units (ijwd, the backup timer) run what the guide installs, and `systemd-analyze verify` accepts
# them without a warning where systemd-analyze is installed (not a dependency: on a machine without it that
# part says so and passes).
# Needs no database (--check-config does not connect).
# Usage: production_config.sh IJWD SOURCE_DIR        Exit: 0 passed, 1 failed.
set -uo pipefail

ijwd=$1
source_dir=$2
name=e2e.production_config
for tool in openssl python3; do
  command -v "$tool" >/dev/null || { echo "$name: FAIL: $tool not found" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failures=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1" >&2; failures=$((failures + 1)); }
check() { # DESCRIPTION EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then pass "$1"; else fail "$1: expected '$2', got '$3'"; fi
}

example=$source_dir/deploy/production/ijwd.example.json
unit=$source_dir/deploy/systemd/ijwd.service

# /etc/ijw-hub as docs/install.md lays it out: the configuration and tls/ beside it.
etc=$work/etc/ijw-hub
mkdir -p "$etc/tls"
cp "$example" "$etc/ijwd.json"
bash "$source_dir/deploy/local/demo-certs.sh" "$work/certs" >/dev/null || exit 1
cp "$work/certs/server.crt" "$etc/tls/server.crt"
cp "$work/certs/server.key" "$etc/tls/server.key"
cp "$work/certs/ca.crt" "$etc/tls/client-ca.crt"

# ijwd.env's variables would override the URLs; the example alone is checked here.
if env -u IJW_DATABASE_URL -u IJW_AMQP_URL "$ijwd" --check-config --config "$etc/ijwd.json" >"$work/effective.json" \
     2>"$work/check.err"; then
  pass "ijwd --check-config accepts the example configuration"
else
  fail "ijwd --check-config rejects the example: $(cat "$work/check.err")"
fi

# Every key path, objects recursed into except `clients` (a map of the operator's own names).
keys() {
  python3 - "$1" <<'PY'
import json, sys
def walk(value, path):
    if isinstance(value, dict) and path != "clients":
        for key, inner in value.items():
            yield from walk(inner, f"{path}.{key}" if path else key)
    else:
        yield path
print("\n".join(sorted(walk(json.load(open(sys.argv[1])), ""))))
PY
}
if [ -s "$work/effective.json" ]; then
  check "the example names every key ijwd knows, and no other" "$(keys "$work/effective.json")" "$(keys "$example")"
  check "the example fixes no date of receipt (today is for tests only)" null \
    "$(python3 -c 'import json, sys; print(json.dumps(json.load(open(sys.argv[1]))["today"]))' "$work/effective.json")"
  check "the TLS files are taken relative to the configuration's directory" "$etc/tls/server.key" \
    "$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["tls"]["private_key"])' "$work/effective.json")"
fi
grep -q '"url": *"[^"]*:[^"@/]*@' "$example" && fail "the example holds a database password (it belongs in ijwd.env)" \
  || pass "the example holds no password"

# The unit runs the binary and the configuration the guide installs, and checks the configuration first; the
# backup timer's service runs backup.sh with ijwd's environment file.
check "ExecStart" "ExecStart=/usr/local/bin/ijwd --config /etc/ijw-hub/ijwd.json" "$(grep '^ExecStart=' "$unit")"
check "ExecStartPre" "ExecStartPre=/usr/local/bin/ijwd --config /etc/ijw-hub/ijwd.json --check-config" \
  "$(grep '^ExecStartPre=' "$unit")"
check "EnvironmentFile" "EnvironmentFile=/etc/ijw-hub/ijwd.env" "$(grep '^EnvironmentFile=' "$unit")"
check "ijw-backup.service" \
  "ExecStart=/usr/local/sbin/ijw-backup --env-file /etc/ijw-hub/ijwd.env --keep 14 /var/backups/ijw-hub" \
  "$(grep '^ExecStart=' "$source_dir/deploy/systemd/ijw-backup.service")"

if command -v systemd-analyze >/dev/null && [ -d /usr/lib/systemd/system ]; then
  # An image of the installed system: the unit, an executable where it names ijwd (a stub: verify only checks
  # that it is executable), and systemd's own units it refers to.
  root=$work/root
  mkdir -p "$root/etc/systemd/system" "$root/usr/local/bin" "$root/usr/lib/systemd"
  cp "$unit" "$root/etc/systemd/system/ijwd.service"
  mkdir -p "$root/usr/local/sbin"
  for stub in "$root/usr/local/bin/ijwd" "$root/usr/local/sbin/ijw-backup"; do
    printf '#!/bin/sh\n' >"$stub"
    chmod 755 "$stub"
  done
  cp "$source_dir"/deploy/systemd/ijw-backup.{service,timer} "$root/etc/systemd/system/"
  cp -a /usr/lib/systemd/system "$root/usr/lib/systemd/system"
  # verify exits 0 on an unknown or misplaced key and only warns: any output is a failure.
  for unit_name in ijwd.service ijw-backup.service ijw-backup.timer; do
    out=$(systemd-analyze verify --root="$root" "/etc/systemd/system/$unit_name" 2>&1)
    rc=$?
    check "systemd-analyze verify $unit_name: exit 0, no warning" "0 " "$rc $out"
  done
else
  echo "note: systemd-analyze is not installed; the unit's syntax was not verified here"
fi

if [ "$failures" -ne 0 ]; then
  echo "$name: $failures check(s) failed" >&2
  exit 1
fi
echo "$name: passed"
