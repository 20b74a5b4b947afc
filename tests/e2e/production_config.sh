#!/usr/bin/env bash
# The production files of deploy/ stay valid (docs/install.md): deploy/production/ijwd.example.json, copied
# unchanged into a directory laid out as /etc/ijw-hub with demo certificates where it points, passes
# `ijwd --check-config`; it names every key ijwd knows (the keys of the effective configuration ijwd prints),
# so a new key in ijwd fails here until the example and the guide have it; it fixes no test date (`today`).
# The systemd units (ijwd, the backup timer) run what the guide installs, and `systemd-analyze verify` accepts
# them without a warning where systemd-analyze is installed (not a dependency: on a machine without it that
# part says so and passes). The client CA made as the guide says, and sign-aanbieder.sh, give the certificates
# the example's `clients` expects.
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

# shellcheck source=../support/checks.sh
source "$source_dir/tests/support/checks.sh"

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
mkdir -p "$etc/regions"
cp "$source_dir/regions/noord-limburg.json" "$etc/regions/noord-limburg.json"

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

# The hub's client CA made with the guide's commands, and an aanbieder's request signed by sign-aanbieder.sh:
# the subject is the hub's (D-821), a client certificate only, and the line it prints is what the example's
# `clients` holds.
ca=$work/ca
mkdir -p "$ca"
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -aes-256-cbc -pass pass:test -out "$ca/client-ca.key"
openssl req -x509 -new -key "$ca/client-ca.key" -passin pass:test -sha256 -days 30 -subj "/O=Test/CN=test client CA" \
  -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -out "$ca/client-ca.crt"
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -noenc -keyout "$work/aanbieder.key" \
  -subj "/CN=aanbieder-87654321" -out "$work/aanbieder.csr" 2>/dev/null # asks for another aanbieder's CN
sign=$source_dir/deploy/production/sign-aanbieder.sh
line=$(IJW_CA_PASSIN=pass:test bash "$sign" "$ca" "$work/aanbieder.csr" 12345678 "Zorg & Co B.V." 2>"$work/sign.err")
check "sign-aanbieder.sh prints the clients line" '"aanbieder-12345678": "12345678"' "$line"
grep -qF "$line" "$example" && pass "the example's clients follow the CN convention" \
  || fail "the example has no clients entry $line"
issued=$ca/issued/aanbieder-12345678.crt
check "the subject is the hub's, not the request's" "subject=O = Zorg & Co B.V., CN = aanbieder-12345678" \
  "$(openssl x509 -in "$issued" -noout -subject 2>&1)"
check "a client certificate only" "CA:FALSE TLS Web Client Authentication" \
  "$(openssl x509 -in "$issued" -noout -ext basicConstraints,extendedKeyUsage 2>&1 | grep -v '^X509v3' | xargs)"
check "it verifies against the client CA" "$issued: OK" "$(openssl verify -CAfile "$ca/client-ca.crt" "$issued" 2>&1)"
check "--replacement 2 gives a new CN for the same AGB code" '"aanbieder-12345678-2": "12345678"' \
  "$(IJW_CA_PASSIN=pass:test bash "$sign" --replacement 2 "$ca" "$work/aanbieder.csr" 12345678 2>/dev/null)"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out "$work/weak.key" 2>/dev/null
openssl req -new -key "$work/weak.key" -subj "/CN=weak" -out "$work/weak.csr"
IJW_CA_PASSIN=pass:test bash "$sign" "$ca" "$work/weak.csr" 12345678 >/dev/null 2>&1
check "a 1024-bit RSA request is refused" 1 $?
IJW_CA_PASSIN=pass:test bash "$sign" "$ca" "$work/aanbieder.csr" 1234567 >/dev/null 2>&1
check "an AGB code of 7 digits is refused" 1 $?

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
