#!/usr/bin/env bash
# The HTTPS intake end to end (docs/ijwd.md): demo certificates for two aanbieders, a fresh database, ijwd on
# a free port, and curl with client certificates for every answer of POST /api/v1/berichten; then SIGTERM.
# Usage: https_intake.sh IJWD SOURCE_DIR IJWCTL     Exit: 0 passed, 1 failed, 77 skipped (no database).
set -uo pipefail

ijwd=$1
source_dir=$2
ijwctl=$3
name=e2e.https_intake
# shellcheck source=../support/database.sh
source "$source_dir/tests/support/database.sh"
ijw_db_require "$name"
for tool in curl openssl python3; do
  command -v "$tool" >/dev/null || { echo "$name: FAIL: $tool not found" >&2; exit 1; }
done

work=$(mktemp -d)
db=""
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null; fi
  if [ -n "$proxy" ]; then kill "$proxy" 2>/dev/null; fi
  [ -n "$db" ] && ijw_db_drop "$db"
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=../support/checks.sh
source "$source_dir/tests/support/checks.sh"

bash "$source_dir/deploy/local/demo-certs.sh" "$work/certs" 12345678 87654321 >/dev/null || exit 1
bash "$source_dir/deploy/local/demo-certs.sh" "$work/stranger" 12345678 >/dev/null || exit 1  # another CA
db=$(ijw_db_create e2e_https) || exit 1
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

cat >"$work/ijwd.json" <<JSON
{
  "listen": { "address": "127.0.0.1", "port": $port },
  "tls": { "certificate": "certs/server.crt", "private_key": "certs/server.key", "client_ca": "certs/ca.crt" },
  "clients": { "ijw-demo-aanbieder-12345678": "12345678", "ijw-demo-aanbieder-87654321": "87654321" },
  "database": { "url": "postgresql://nobody:secret@127.0.0.1:1/none" },
  "workers": 2,
  "timeouts": { "io_seconds": 5 },
  "today": "2026-11-20"
}
JSON
# ijwd reaches its database through a TCP proxy, so the test can take the database away and bring it back.
proxy_port=$(free_port)
read -r pg_host pg_port < <(python3 -c 'import sys, urllib.parse as u; p = u.urlparse(sys.argv[1]); print(p.hostname or "127.0.0.1", p.port or 5432)' "$IJW_DATABASE_URL")
start_proxy() {
  python3 "$source_dir/tests/e2e/tcp_proxy.py" "$proxy_port" "$pg_host" "$pg_port" &
  proxy=$!
  for _ in $(seq 1 50); do (echo >"/dev/tcp/127.0.0.1/$proxy_port") 2>/dev/null && return; sleep 0.1; done
}
proxy=""
start_proxy
# ijwd's database, through the environment (IJW_DATABASE_URL stays the server's, for ijw_db_drop).
db_url=$(python3 -c 'import sys, urllib.parse as u; p = u.urlparse(sys.argv[1]); n = p.netloc.rsplit("@", 1); auth = n[0] + "@" if len(n) == 2 else ""; print(u.urlunparse(p._replace(netloc=auth + "127.0.0.1:" + sys.argv[2])))' "$(ijw_db_url "$db")" "$proxy_port")

# --check-config: the effective configuration, the environment's database, no password.
if IJW_DATABASE_URL=$db_url "$ijwd" --check-config --config "$work/ijwd.json" >"$work/check.json" 2>"$work/check.err"; then
  pass "--check-config exits 0"
else
  fail "--check-config: $(cat "$work/check.err")"
fi
grep -q '"max_body_bytes": 1048576' "$work/check.json" && pass "--check-config prints the defaults" \
  || fail "--check-config output: $(cat "$work/check.json")"
grep -q "secret" "$work/check.json" && fail "--check-config prints a password"
echo '{"listen": {"prot": 1}}' >"$work/bad.json"
"$ijwd" --check-config --config "$work/bad.json" >/dev/null 2>"$work/bad.err"
check "--check-config on a wrong key exits 2" 2 $?
grep -q "listen.prot" "$work/bad.err" && pass "the error names the key" || fail "error: $(cat "$work/bad.err")"

IJW_DATABASE_URL=$db_url "$ijwd" --config "$work/ijwd.json" >"$work/ijwd.log" 2>&1 &
pid=$!
url="https://127.0.0.1:$port"
for _ in $(seq 1 100); do
  curl -s --max-time 2 --cacert "$work/certs/ca.crt" "$url/healthz" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/ijwd.log" >&2; echo "$name: FAIL: ijwd exited" >&2; exit 1; }
  sleep 0.2
done

as() { # AGB curl-args...: a request with that aanbieder's client certificate; prints the status code
  local agb=$1
  shift
  curl -s --max-time 20 --cacert "$work/certs/ca.crt" --cert "$work/certs/client-$agb.crt" \
    --key "$work/certs/client-$agb.key" -o "$work/body" -D "$work/headers" -w '%{http_code}' "$@"
}
post() { # AGB FILE [curl-args...]
  local agb=$1 file=$2
  shift 2
  as "$agb" -H 'Content-Type: application/xml' --data-binary "@$file" "$@" "$url/api/v1/berichten"
}
content_type() { tr -d '\r' <"$work/headers" | awk -F': ' 'tolower($1)=="content-type" {print $2}'; }

data=$source_dir/tests/data/base
check "GET /healthz" "200 ok" "$(curl -s --cacert "$work/certs/ca.crt" -w '%{http_code}' -o "$work/body" "$url/healthz") $(cat "$work/body")"

ready() { curl -s --max-time 5 --cacert "$work/certs/ca.crt" -o "$work/ready" -w '%{http_code}' "$url/readyz"; }
wait_ready() { # EXPECTED-STATUS: polls /readyz (the database probe runs every few seconds)
  for _ in $(seq 1 60); do [ "$(ready)" = "$1" ] && return 0; sleep 0.25; done
  return 1
}
wait_ready 200 && pass "GET /readyz: 200 once the database probe succeeded" || fail "/readyz: $(cat "$work/ready")"
python3 -c 'import json,sys; d = json.load(open(sys.argv[1])); assert d["ready"] and d["checks"]["database"]["ready"], d' \
  "$work/ready" && pass "/readyz names the database check" || fail "/readyz body: $(cat "$work/ready")"

check "JW301 from an aanbieder is refused" 403 "$(post 12345678 "$data/JW301.xml")"
check "403 is a problem document" application/problem+json "$(content_type)"

check "JW315 is accepted" 200 "$(post 12345678 "$data/JW315.xml")"
check "the retour is XML" "application/xml; charset=UTF-8" "$(content_type)"
cp "$work/body" "$work/first"
request_id=$(tr -d '\r' <"$work/headers" | awk -F': ' 'tolower($1)=="x-request-id" {print $2}')
grep -q "<jw316:Bericht" "$work/first" && pass "the retour is a JW316" || fail "not a JW316: $(head -c 300 "$work/first")"
grep -q "RetourCode" "$work/first" && fail "the JW316 has RetourCodes: $(grep RetourCode "$work/first")"

check "the same bytes again" 200 "$(post 12345678 "$data/JW315.xml")"
cmp -s "$work/first" "$work/body" && pass "the same retour, byte for byte" || fail "a different retour on the resend"

sed 's#<jw315:Bsn>123456782</jw315:Bsn>#<jw315:Bsn>12345X782</jw315:Bsn>#' "$data/JW315.xml" >"$work/invalid.xml"
check "an XSD-invalid message" 400 "$(post 12345678 "$work/invalid.xml")"
check "400 is a problem document" application/problem+json "$(content_type)"
python3 - "$work/body" <<'PY' && pass "the problem lists the errors" || fail "problem document: $(cat "$work/body")"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["status"] == 400 and doc["type"] and doc["title"] and doc["detail"], doc
errors = doc["errors"]
assert errors and all({"line", "column", "path", "text"} <= set(e) for e in errors), errors
assert any("Bsn" in e["path"] for e in errors), errors
PY
printf 'not <xml' >"$work/garbage.xml"
check "a body that is not XML" 400 "$(post 12345678 "$work/garbage.xml")"

code=$(curl -s --max-time 20 --cacert "$work/certs/ca.crt" -o /dev/null -w '%{http_code}' \
  -H 'Content-Type: application/xml' --data-binary "@$data/JW315.xml" "$url/api/v1/berichten")
check "without a client certificate" 401 "$code"
code=$(curl -s --max-time 20 --cacert "$work/certs/ca.crt" --cert "$work/stranger/client-12345678.crt" \
  --key "$work/stranger/client-12345678.key" -o /dev/null -w '%{http_code}' \
  -H 'Content-Type: application/xml' --data-binary "@$data/JW315.xml" "$url/api/v1/berichten")
case $code in 000 | 401) pass "a certificate of another CA is not accepted ($code)" ;; *) fail "another CA's certificate: $code" ;; esac

check "another aanbieder's Afzender" 403 "$(post 87654321 "$data/JW315.xml")"
grep -q '"status":403' "$work/body" && pass "403 carries a problem document" || fail "403 body: $(cat "$work/body")"

check "a wrong content type" 415 "$(as 12345678 -H 'Content-Type: text/plain' --data-binary "@$data/JW315.xml" "$url/api/v1/berichten")"
head -c $((1024 * 1024 + 1)) /dev/zero | tr '\0' 'x' >"$work/big.xml"
check "over the size limit (Content-Length)" 413 "$(post 12345678 "$work/big.xml")"
check "over the size limit (chunked)" 413 "$(post 12345678 "$work/big.xml" -H 'Transfer-Encoding: chunked')"
check "another method" 405 "$(as 12345678 "$url/api/v1/berichten")"
check "another path" 404 "$(as 12345678 "$url/api/v1/other")"

# Keep-alive: two requests on one connection.
curl -s --cacert "$work/certs/ca.crt" -o /dev/null -o /dev/null -w '%{num_connects}\n' \
  "$url/healthz" "$url/healthz" >"$work/connects"
check "keep-alive reuses the connection" "1 0" "$(tr '\n' ' ' <"$work/connects" | sed 's/ $//')"

# A slow client is cut off by the read timeout (5 s here).
start=$(date +%s)
python3 - "$port" <<'PY'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.settimeout(30)
try:
    while s.recv(1024):
        pass
except OSError:
    pass
PY
elapsed=$(($(date +%s) - start))
[ "$elapsed" -le 15 ] && pass "a silent connection is closed after the timeout (${elapsed}s)" \
  || fail "a silent connection stayed open ${elapsed}s"

# The database goes away: 503 with Retry-After, nothing stored; back again: the same message is accepted.
sed -e 's/VT-2026-0001/VT-2026-0002/' -e 's/REF-2026-0001/REF-2026-0002/' "$data/JW315.xml" >"$work/second.xml"
kill "$proxy"
wait "$proxy" 2>/dev/null
proxy=""
wait_ready 503 && pass "/readyz: 503 while the database is away" || fail "/readyz stayed $(cat "$work/ready")"
check "database unreachable (connection broken)" 503 "$(post 12345678 "$work/second.xml")"
grep -qi '^retry-after: 5' "$work/headers" && pass "503 has Retry-After" || fail "503 headers: $(cat "$work/headers")"
check "database unreachable (no connection)" 503 "$(post 12345678 "$work/second.xml")"
start_proxy
check "database back: the resent message" 200 "$(post 12345678 "$work/second.xml")"
grep -q "<jw316:Bericht" "$work/body" && pass "its retour is a JW316" || fail "not a JW316: $(head -c 300 "$work/body")"
wait_ready 200 && pass "/readyz: 200 again without a restart" || fail "/readyz after recovery: $(cat "$work/ready")"

# /metrics: Prometheus text with what happened above (the first JW315 and its replay accepted, the one after
# the recovery rejected, two 503s, two 403s).
check "GET /metrics" 200 "$(curl -s --cacert "$work/certs/ca.crt" -o "$work/metrics" -w '%{http_code}' "$url/metrics")"
grep -q '^ijw_berichten_total{channel="https",outcome="accepted",type="JW315"} 2' "$work/metrics" \
  && pass "/metrics counts the accepted JW315s" || fail "metrics: $(grep ijw_berichten_total "$work/metrics")"
grep -q '^ijw_berichten_total{channel="https",outcome="unavailable",type="-"} 2' "$work/metrics" \
  && pass "/metrics counts the 503s" || fail "metrics: $(grep ijw_berichten_total "$work/metrics")"
grep -q '^ijw_http_responses_total{listener="aanbieders",status="403"} 2' "$work/metrics" \
  && pass "/metrics counts responses by status" || fail "metrics: $(grep ijw_http_responses_total "$work/metrics")"
grep -q '^ijw_bericht_seconds_count{channel="https"} ' "$work/metrics" && grep -q '^ijw_worker_queue_depth 0' "$work/metrics" \
  && pass "/metrics has the latency histogram and the queue depth" || fail "metrics: $(head -c 2000 "$work/metrics")"

# Outgoing: a JW301 the backoffice sent (here through ijwctl) waits for its aanbieder, who fetches it and
# answers with a JW302 that the hub links to it.
IJW_DATABASE_URL= "$ijwctl" process --database "$db_url" --today 2026-11-20 "$data/JW301.xml" >/dev/null \
  || fail "ijwctl process JW301"
uitgaand=$url/api/v1/berichten/uitgaand
check "GET uitgaand" 200 "$(as 12345678 "$uitgaand")"
jw301=$(python3 -c 'import json,sys; d = json.load(open(sys.argv[1])); b = d["berichten"]; assert len(b) == 1 and b[0]["identificatie"] == "TW-2026-0001" and b[0]["jw302"] is None and d["volgende"] is None, d; print(b[0]["href"])' "$work/body") \
  && pass "the list holds the JW301 ($jw301)" || fail "uitgaand: $(cat "$work/body")"
check "fetch the JW301" 200 "$(as 12345678 "$url$jw301")"
cmp -s "$work/body" "$data/JW301.xml" && pass "the JW301 byte for byte" || fail "another body: $(head -c 300 "$work/body")"
check "another aanbieder cannot fetch it" 404 "$(as 87654321 "$url$jw301")"
check "another aanbieder's list" 200 "$(as 87654321 "$uitgaand")"
grep -q '"berichten":\[\]' "$work/body" && pass "another aanbieder's list is empty" || fail "list: $(cat "$work/body")"
check "uitgaand without a certificate" 401 "$(curl -s --cacert "$work/certs/ca.crt" -o /dev/null -w '%{http_code}' "$uitgaand")"
check "a wrong query" 400 "$(as 12345678 "$uitgaand?limit=0")"
check "the JW302" 200 "$(post 12345678 "$data/JW302.xml")"
grep -q "\"gekoppeld_aan\":\"$jw301\"" "$work/body" && pass "the JW302 is linked to the JW301" || fail "JW302: $(cat "$work/body")"
check "the open list after the JW302" 200 "$(as 12345678 "$uitgaand")"
grep -q '"berichten":\[\]' "$work/body" && pass "nothing open any more" || fail "list: $(cat "$work/body")"
check "status=alle" 200 "$(as 12345678 "$uitgaand?status=alle")"
grep -q '"retourcodes":\["0200"\]' "$work/body" && pass "the list shows the JW302's codes" || fail "list: $(cat "$work/body")"
check "a JW302 by another aanbieder" 403 "$(post 87654321 "$data/JW302.xml")"

grep -q "123456782" "$work/ijwd.log" && fail "the log holds a BSN"
grep -q "$request_id .*agb=12345678 POST /api/v1/berichten -> 200 JW315 accepted" "$work/ijwd.log" \
  && pass "the log line carries the request id ($request_id)" || fail "no log line for request id '$request_id'"

kill -TERM "$pid"
wait "$pid"
status=$?
pid=""
check "SIGTERM: ijwd exits 0" 0 "$status"

# 429: a second ijwd with a rate limit of 2 messages and then one per 1000 s per aanbieder; it also applies
# the Noord-Limburg policy, to see SIGHUP reload it (issue 7).
cp "$source_dir/regions/noord-limburg.json" "$work/region.json"
sed -e 's/"workers": 2,/"workers": 2, "limits": { "rate_per_second": 0.001, "rate_burst": 2 }, "region": "region.json",/' \
  "$work/ijwd.json" >"$work/limited.json"
IJW_DATABASE_URL=$db_url "$ijwd" --config "$work/limited.json" >"$work/limited.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  curl -s --max-time 2 --cacert "$work/certs/ca.crt" "$url/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
check "within the burst (1)" 200 "$(post 12345678 "$data/JW315.xml")"
check "within the burst (2)" 200 "$(post 12345678 "$data/JW315.xml")"
check "over the rate limit" 429 "$(post 12345678 "$data/JW315.xml")"
grep -qi '^retry-after: [0-9]' "$work/headers" && pass "429 has Retry-After" || fail "429 headers: $(cat "$work/headers")"
check "429 is a problem document" application/problem+json "$(content_type)"
check "another aanbieder has its own bucket" 403 "$(post 87654321 "$data/JW315.xml")"
grep -q "regional policy: Noord-Limburg versie" "$work/limited.log" && pass "the region is loaded at start-up" \
  || fail "no region in the log: $(head -5 "$work/limited.log")"
echo '{"regio": ' >"$work/region.json"  # a broken edit
kill -HUP "$pid"
for _ in $(seq 1 50); do grep -q "SIGHUP" "$work/limited.log" && break; sleep 0.1; done
grep -q "the region file has errors; the region in force stays" "$work/limited.log" \
  && pass "SIGHUP with a broken region file keeps the region in force" || fail "log: $(tail -3 "$work/limited.log")"
cp "$source_dir/regions/noord-limburg.json" "$work/region.json"
kill -HUP "$pid"
for _ in $(seq 1 50); do grep -q "SIGHUP: regional policy reloaded" "$work/limited.log" && break; sleep 0.1; done
grep -q "SIGHUP: regional policy reloaded: Noord-Limburg" "$work/limited.log" && pass "SIGHUP reloads the region" \
  || fail "log: $(tail -3 "$work/limited.log")"
check "still serving after the reloads" 200 "$(curl -s --cacert "$work/certs/ca.crt" -o /dev/null -w '%{http_code}' "$url/healthz")"
kill -TERM "$pid"
wait "$pid"
pid=""

if [ "$failures" -gt 0 ]; then
  echo "--- ijwd log ---" >&2
  cat "$work/ijwd.log" >&2
  echo "$name: $failures failed" >&2
  exit 1
fi
echo "$name: passed"
