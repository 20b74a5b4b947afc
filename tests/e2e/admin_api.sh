#!/usr/bin/env bash
# The admin API end to end (docs/ijwd.md "Admin API", docs/admin-api.openapi.json): a fresh database filled
# with the demo messages (ijwctl process and the HTTPS intake), ijwd with an admin listener on a free port, and
# curl with no, wrong, reader and admin tokens; the audit rows in the database; CSV; no BSN or token in the
# log; SIGTERM.
# Usage: admin_api.sh IJWD IJWCTL SOURCE_DIR        Exit: 0 passed, 1 failed, 77 skipped (no database).
set -uo pipefail

ijwd=$1
ijwctl=$2
source_dir=$3
name=e2e.admin_api
# shellcheck source=../support/database.sh
source "$source_dir/tests/support/database.sh"
ijw_db_require "$name"
for tool in curl openssl python3 sha256sum; do
  command -v "$tool" >/dev/null || { echo "$name: FAIL: $tool not found" >&2; exit 1; }
done

work=$(mktemp -d)
db=""
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null; fi
  [ -n "$db" ] && ijw_db_drop "$db"
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=../support/checks.sh
source "$source_dir/tests/support/checks.sh"

bash "$source_dir/deploy/local/demo-certs.sh" "$work/certs" 12345678 >/dev/null || exit 1
db=$(ijw_db_create e2e_admin) || exit 1
db_url=$(ijw_db_url "$db")
port=$(free_port)
admin_port=$(free_port)
# Random tokens, as an operator makes them (D-601); the configuration gets only their SHA-256.
reader_token=$(openssl rand -hex 32)
admin_token=$(openssl rand -hex 32)
hash() { printf %s "$1" | sha256sum | cut -d' ' -f1; }

cat >"$work/ijwd.json" <<JSON
{
  "listen": { "address": "127.0.0.1", "port": $port },
  "tls": { "certificate": "certs/server.crt", "private_key": "certs/server.key", "client_ca": "certs/ca.crt" },
  "clients": { "ijw-demo-aanbieder-12345678": "12345678" },
  "database": { "url": "$db_url" },
  "workers": 1,
  "timeouts": { "io_seconds": 5 },
  "today": "2026-11-28",
  "admin": {
    "listen": { "address": "127.0.0.1", "port": $admin_port },
    "tls": { "certificate": "certs/server.crt", "private_key": "certs/server.key" },
    "tokens": [
      { "name": "e2e-reader", "role": "reader", "sha256": "$(hash "$reader_token")" },
      { "name": "e2e-admin", "role": "admin", "sha256": "$(hash "$admin_token")" }
    ]
  }
}
JSON

# IJW_DATABASE_URL overrides database.url: ijwd gets the fresh database through it (the variable itself
# stays the server's, for ijw_db_drop).
IJW_DATABASE_URL=$db_url "$ijwd" --check-config --config "$work/ijwd.json" >"$work/check.json" 2>"$work/check.err" \
  && pass "--check-config with an admin section exits 0" || fail "--check-config: $(cat "$work/check.err")"
grep -q "$(hash "$reader_token")" "$work/check.json" && fail "--check-config prints a whole token hash"
sed 's/"role": "reader"/"role": "superuser"/' "$work/ijwd.json" >"$work/bad.json"
IJW_DATABASE_URL=$db_url "$ijwd" --check-config --config "$work/bad.json" >/dev/null 2>"$work/bad.err"
check "--check-config on a wrong role exits 2" 2 $?
grep -q "admin.tokens\[0\].role" "$work/bad.err" && pass "the error names the key" || fail "error: $(cat "$work/bad.err")"

# The database: the demo flow, the VOT over the HTTPS intake and the rest with ijwctl (a JW301 comes from the
# gemeente's side, which has no HTTPS intake); a second start of the same products is rejected.
demo=$source_dir/deploy/local/demo-messages
sed 's/DEMO-305-001/DEMO-305-009/' "$demo/2-JW305-start.xml" >"$work/5-JW305-again.xml"

IJW_DATABASE_URL=$db_url "$ijwd" --config "$work/ijwd.json" >"$work/ijwd.log" 2>&1 &
pid=$!
intake="https://127.0.0.1:$port"
admin="https://127.0.0.1:$admin_port"
for _ in $(seq 1 100); do
  curl -s --max-time 2 --cacert "$work/certs/ca.crt" "$admin/healthz" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/ijwd.log" >&2; echo "$name: FAIL: ijwd exited" >&2; exit 1; }
  sleep 0.2
done

code=$(curl -s --max-time 20 --cacert "$work/certs/ca.crt" --cert "$work/certs/client-12345678.crt" \
  --key "$work/certs/client-12345678.key" -o /dev/null -w '%{http_code}' -H 'Content-Type: application/xml' \
  --data-binary "@$demo/0-JW315-verzoek-om-toewijzing.xml" "$intake/api/v1/berichten")
check "the VOT over the HTTPS intake" 200 "$code"
"$ijwctl" process --database "$db_url" --today 2026-11-28 "$demo/1-JW301-toewijzing.xml" "$demo/2-JW305-start.xml" \
  "$work/5-JW305-again.xml" "$demo/4-JW307-stop.xml" >"$work/process.out" 2>&1
check "ijwctl process: toewijzing, start, rejected start, stop" "accepted accepted rejected accepted" \
  "$(cut -f2 "$work/process.out" | tr '\n' ' ' | sed 's/ $//')"

request() { # TOKEN curl-args...: prints the status code; body in $work/body, headers in $work/headers
  local token=$1
  shift
  local auth=()
  [ -n "$token" ] && auth=(-H "Authorization: Bearer $token")
  curl -s --max-time 20 --cacert "$work/certs/ca.crt" "${auth[@]}" -o "$work/body" -D "$work/headers" \
    -w '%{http_code}' "$@"
}
header() { tr -d '\r' <"$work/headers" | awk -F': ' -v h="$1" 'tolower($1)==h {print $2}'; }
audit_count() { ijw_db_psql "$db" -tAc "SELECT count(*) FROM admin_audit $1"; }

check "GET /healthz without a token" 200 "$(request "" "$admin/healthz")"
check "no token" 401 "$(request "" "$admin/admin/v1/stops")"
check "401 asks for a bearer token" 'Bearer realm="ijw-admin"' "$(header www-authenticate)"
check "401 is a problem document" application/problem+json "$(header content-type)"
check "a wrong token" 401 "$(request "wrong-$reader_token" "$admin/admin/v1/stops")"
check "the token's hash is not a token" 401 "$(request "$(hash "$reader_token")" "$admin/admin/v1/stops")"
check "no token on an unknown path" 401 "$(request "" "$admin/admin/v1/elsewhere")"
check "the aanbieders' client certificate is no admin token" 401 "$(request "" --cert "$work/certs/client-12345678.crt" \
  --key "$work/certs/client-12345678.key" "$admin/admin/v1/stops")"
check "no admin API on the aanbieders' listener" 404 "$(request "$reader_token" "$intake/admin/v1/stops")"
check "nothing audited yet" 0 "$(audit_count "")"

check "reader: statistics are forbidden" 403 "$(request "$reader_token" "$admin/admin/v1/statistieken")"
check "reader: the audit log is forbidden" 403 "$(request "$reader_token" "$admin/admin/v1/audit")"
check "reader: CSV is forbidden" 403 "$(request "$reader_token" "$admin/admin/v1/stops?format=csv")"
check "admin: statistics" 200 "$(request "$admin_token" "$admin/admin/v1/statistieken")"
python3 - "$work/body" <<'PY' && pass "statistics count 44A91 in 2026-03" || fail "statistics: $(cat "$work/body")"
import json, sys
page = json.load(open(sys.argv[1]))
rows = {(r["product_code"], r["maand"]): r for r in page["items"]}
assert rows[("44A91", "2026-03")]["toewijzingen"] == 1 and rows[("44A91", "2026-03")]["starts"] == 1, rows
PY

check "reader: search a client by BSN" 200 "$(request "$reader_token" -H 'Content-Type: application/json' \
  -d '{"bsn": "999994128"}' "$admin/admin/v1/clients/zoek")"
python3 - "$work/body" <<'PY' && pass "the client has both toewijzingen" || fail "client: $(cat "$work/body")"
import json, sys
client = json.load(open(sys.argv[1]))
assert [t["nummer"] for t in client["toewijzingen"]] == ["98300101", "98300102"], client
assert client["berichten_totaal"] == 5, client
PY
check "no-store on personal data" no-store "$(header cache-control)"
request_id=$(header x-request-id)
check "the search is audited with who, what and the request id" "e2e-reader|reader|POST /admin/v1/clients/zoek|999994128|1" \
  "$(ijw_db_psql "$db" -tAc "SELECT token_name, role, endpoint, subject, rows FROM admin_audit WHERE request_id = '$request_id'")"

check "a toewijzing by number" 200 "$(request "$reader_token" "$admin/admin/v1/gemeenten/0983/toewijzingen/98300101")"
check "its history" 200 "$(request "$reader_token" "$admin/admin/v1/gemeenten/0983/toewijzingen/98300101/berichten")"
python3 - "$work/body" <<'PY' && pass "the history holds the rejected start with its RetourCodes" || fail "history: $(cat "$work/body")"
import json, sys
page = json.load(open(sys.argv[1]))
assert page["total"] == 5, page
rejected = [b for b in page["items"] if b["outcome"] == "rejected"]
assert len(rejected) == 1 and rejected[0]["identificatie"] == "DEMO-305-009" and rejected[0]["retour_codes"], page
PY
check "an aanbieder by AGB code" 200 "$(request "$reader_token" "$admin/admin/v1/aanbieders/12345678")"
check "paging: the first of two toewijzingen" 200 "$(request "$reader_token" "$admin/admin/v1/gemeenten/0983/toewijzingen/98300101/berichten?limit=2")"
python3 -c 'import json,sys; p=json.load(open(sys.argv[1])); assert p["next"].endswith("limit=2&offset=2") and len(p["items"]) == 2, p' \
  "$work/body" && pass "a page with a next link" || fail "page: $(cat "$work/body")"
check "four audited reads so far (aanbieder and statistics hold no personal data)" 4 "$(audit_count "")"

check "admin: CSV of the rejected messages" 200 "$(request "$admin_token" -H 'Accept: text/csv' "$admin/admin/v1/berichten/afgekeurd")"
check "CSV content type" "text/csv; charset=UTF-8" "$(header content-type)"
check "CSV total" 1 "$(header x-total-count)"
check "CSV header row" "bericht_id,bericht_type,afzender,ontvanger,identificatie,dagtekening,ontvangen,bsn,retour_type,identificatie_retour,retour_codes" \
  "$(head -1 "$work/body" | tr -d '\r')"
check "CSV has CRLF and one record" 2 "$(grep -c $'\r$' "$work/body")"
grep -q ',JW305,12345678,0983,DEMO-305-009,2026-03-12,' "$work/body" && pass "CSV record of the rejected start" \
  || fail "CSV: $(cat "$work/body")"
check "the export is audited" 1 "$(audit_count "WHERE token_name = 'e2e-admin' AND endpoint = 'GET /admin/v1/berichten/afgekeurd'")"

grep -q "999994128" "$work/ijwd.log" && fail "the log holds a BSN"
grep -q "$reader_token\|$admin_token" "$work/ijwd.log" && fail "the log holds a token"
grep -q "admin $request_id .*token=e2e-reader POST /admin/v1/clients/zoek 200 subject=\*\*\*\*\*\*\*28" "$work/ijwd.log" \
  && pass "the log line names the token and masks the BSN" || fail "no log line for request id '$request_id'"

kill -TERM "$pid"
wait "$pid"
status=$?
pid=""
check "SIGTERM: ijwd exits 0" 0 "$status"

if [ "$failures" -gt 0 ]; then
  echo "--- ijwd log ---" >&2
  cat "$work/ijwd.log" >&2
  echo "$name: $failures failed" >&2
  exit 1
fi
echo "$name: passed"
