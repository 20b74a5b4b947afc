#!/usr/bin/env bash
# Fault test (issue 6 "Fault tests"; docs/ijwd.md): ijwd is killed with SIGKILL in the middle of a load, started
# again, and everything that got no answer is sent again. What an aanbieder was told must be what is stored:
#   - every message answered 200 is stored exactly once (by its bytes), with the very retour it was answered
#     with (OP286: message and retour committed together before the 200; D-302: a resend of a message that was
#     committed but not answered gets the stored retour, byte for byte);
#   - a message answered 200 whose Identificatie was already taken (TR056) and one answered 400 (XSD-invalid,
#     D-301) store nothing;
#   - nothing half-stored: no bericht without its retour, no state row of a rejected message (OP286), every
#     accepted start, stop and verzoek with its state rows; nothing stored twice, nothing stored unanswered.
# The load is bench/https_load's mix (16 connections, JW305/JW307/JW315/JW317 of 300 clients, some rejected,
# invalid or resent) in --record mode: one line per message with its HTTP status and the sha256 of the request
# and of the answer.
# Usage: kill9.sh IJWD HTTPS_LOAD SOURCE_DIR       Exit: 0 passed, 1 failed, 77 skipped (no database).
set -uo pipefail

ijwd=$1
https_load=$2
source_dir=$3
name=e2e.kill9
# shellcheck source=../support/database.sh
source "$source_dir/tests/support/database.sh"
ijw_db_require "$name"
for tool in curl openssl python3 psql; do
  command -v "$tool" >/dev/null || { echo "$name: FAIL: $tool not found" >&2; exit 1; }
done
[ -x "$https_load" ] || { echo "$name: FAIL: $https_load is not built" >&2; exit 1; }

work=$(mktemp -d)
db=""
pid=""
load=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null; fi
  if [ -n "$load" ] && kill -0 "$load" 2>/dev/null; then kill -KILL "$load" 2>/dev/null; fi
  [ -n "$db" ] && ijw_db_drop "$db"
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "$name: FAIL: $*" >&2
  for log in "$work"/ijwd-*.log; do [ -f "$log" ] && { echo "--- $log (last lines) ---" >&2; tail -20 "$log" >&2; }; done
  exit 1
}

bash "$source_dir/deploy/local/demo-certs.sh" "$work/certs" 12345678 >/dev/null || fail "demo-certs.sh"
db=$(ijw_db_create e2e_kill9) || exit 1
db_url=$(ijw_db_url "$db")
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# One aanbieder sends all of the load, far above a real one's rate: where ijwd has a rate limit per aanbieder
# (limits.rate_per_second, 429 beyond), it is raised out of the way; an ijwd without it refuses the key.
write_config() { # LIMITS
  cat >"$work/ijwd.json" <<JSON
{
  "listen": { "address": "127.0.0.1", "port": $port },
  "tls": { "certificate": "certs/server.crt", "private_key": "certs/server.key", "client_ca": "certs/ca.crt" },
  "clients": { "ijw-demo-aanbieder-12345678": "12345678" },
  "workers": 4,
  "timeouts": { "io_seconds": 5 },
$1
  "today": "2026-11-20"
}
JSON
}
write_config '  "limits": { "rate_per_second": 1000000, "rate_burst": 1000000 },'
if ! "$ijwd" --check-config --config "$work/ijwd.json" >/dev/null 2>"$work/check-config.err"; then
  grep -q "limits.rate_" "$work/check-config.err" && write_config ""
fi

start_ijwd() { # LOG
  IJW_DATABASE_URL=$db_url "$ijwd" --config "$work/ijwd.json" >"$1" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do
    curl -s --max-time 2 --cacert "$work/certs/ca.crt" "https://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || fail "ijwd exited at start-up"
    sleep 0.1
  done
  fail "ijwd did not answer /healthz"
}
load_args=(--url "https://127.0.0.1:$port" --ca "$work/certs/ca.crt" --cert "$work/certs/client-12345678.crt"
           --key "$work/certs/client-12345678.key" --clients 300 --connections 16 --timeout 10)
answered() { grep -c -- "-> [0-9]* " "$1" 2>/dev/null || true; }

# 1. Under load, SIGKILL once about 150 messages were answered (the JW301s go in first, not over HTTPS).
start_ijwd "$work/ijwd-1.log"
"$https_load" "${load_args[@]}" --database "$db_url" --record "$work/first.tsv" 2>"$work/load-1.err" &
load=$!
for _ in $(seq 1 300); do
  [ "$(answered "$work/ijwd-1.log")" -ge 150 ] && break
  kill -0 "$load" 2>/dev/null || break
  sleep 0.05
done
kill -0 "$load" 2>/dev/null || fail "the load ended before ijwd was killed: $(cat "$work/load-1.err")"
kill -KILL "$pid"
wait "$pid" 2>/dev/null
pid=""
wait "$load" || fail "https_load --record failed: $(cat "$work/load-1.err")"
load=""
echo "first run, killed: $(tail -1 "$work/load-1.err")"

# 2. ijwd again on the same database; everything without an answer is sent again (same bytes).
start_ijwd "$work/ijwd-2.log"
"$https_load" "${load_args[@]}" --resend "$work/first.tsv" --record "$work/second.tsv" 2>"$work/load-2.err" \
  || fail "https_load --resend failed: $(cat "$work/load-2.err")"
echo "resent: $(tail -1 "$work/load-2.err")"
# Informational (timing decides it): in-flight messages committed before the kill whose answer was lost come
# back as replays (D-302), beyond the mix's own resends of the same bytes.
echo "replayed on the resend: $(grep -c "replayed" "$work/ijwd-2.log") (the mix's own resends among them:" \
  "$(awk -F'\t' '$7 ~ /same bytes/' "$work/second.tsv" | wc -l))"
kill -TERM "$pid"
wait "$pid" || fail "ijwd did not stop cleanly after SIGTERM"
pid=""

# 3. What is stored, against what was answered.
ijw_db_psql "$db" -At -F $'\t' >"$work/stored.tsv" -c "
  SELECT encode(b.checksum, 'hex'), b.bericht_type, b.outcome, coalesce(encode(sha256(r.raw), 'hex'), '-'),
         (SELECT count(*) FROM start_product s WHERE s.bericht_id = b.id)
           + (SELECT count(*) FROM stop_product s WHERE s.bericht_id = b.id)
           + (SELECT count(*) FROM verzoek v WHERE v.bericht_id = b.id)
           + (SELECT count(*) FROM toewijzing_versie t WHERE t.bericht_id = b.id)
  FROM bericht b LEFT JOIN retour r ON r.bericht_id = b.id" || fail "psql"
ijw_db_psql "$db" -At >"$work/orphans.txt" -c "
  SELECT 'retour without bericht: ' || count(*) FROM retour r WHERE NOT EXISTS (SELECT FROM bericht b WHERE b.id = r.bericht_id)
  UNION ALL SELECT 'verwijderd by a rejected message: ' || count(*) FROM bericht b
    WHERE b.outcome = 'rejected' AND (EXISTS (SELECT FROM start_product s WHERE s.verwijderd_door = b.id)
                                      OR EXISTS (SELECT FROM stop_product s WHERE s.verwijderd_door = b.id))
  UNION ALL SELECT 'referentie honoured by a rejected message: ' || count(*) FROM verzoek_referentie v
    JOIN bericht b ON b.id = v.gehonoreerd_door WHERE b.outcome = 'rejected'" || fail "psql"

python3 - "$work/first.tsv" "$work/second.tsv" "$work/stored.tsv" "$work/orphans.txt" <<'PY' || fail "the stored state does not match the answers"
import collections, sys

first, second, stored_path, orphans_path = sys.argv[1:]

def records(path):
    out = {}
    for line in open(path):
        index, status, request, answer, code, identificatie, kind = line.rstrip("\n").split("\t")
        out[int(index)] = dict(status=int(status), request=request, answer=answer, code=code, id=identificatie, kind=kind)
    return out

before, after = records(first), records(second)
problems = []
answered_before = sum(1 for r in before.values() if r["status"] in (200, 400))
unanswered_before = len(before) - answered_before
if answered_before == 0 or unanswered_before == 0:
    problems.append(f"not killed mid-load: {answered_before} answered, {unanswered_before} not before the kill")
final = dict(before)
for index, r in after.items():
    if before[index]["status"] in (200, 400):
        problems.append(f"message {index} was answered {before[index]['status']} and still resent")
    final[index] = r

stored = collections.defaultdict(list)  # request sha256 -> [(type, outcome, retour sha256, state rows)]
for line in open(stored_path):
    checksum, kind, outcome, retour, rows = line.rstrip("\n").split("\t")
    stored[checksum].append((kind, outcome, retour, int(rows)))

sent_checksums = set()
for index, r in sorted(final.items()):
    what = f"message {index} ({r['code']} {r['id']}, {r['kind']})"
    sent_checksums.add(r["request"])
    rows = stored.get(r["request"], [])
    if r["status"] not in (200, 400):
        problems.append(f"{what}: no final answer (status {r['status']}) after the resend")
    elif r["status"] == 400 or "TR056" in r["kind"]:
        # XSD-invalid (D-301) or an Identificatie already taken (TR056): answered, nothing stored.
        if rows:
            problems.append(f"{what}: answered {r['status']} but stored {len(rows)} time(s)")
    elif len(rows) != 1:
        problems.append(f"{what}: answered 200, stored {len(rows)} times (want exactly once)")
    else:
        kind, outcome, retour, state_rows = rows[0]
        if retour == "-":
            problems.append(f"{what}: stored without its retour (half-stored)")
        elif retour != r["answer"]:
            problems.append(f"{what}: the stored retour is not the one it was answered with")
        if outcome == "rejected" and state_rows:
            problems.append(f"{what}: rejected, yet {state_rows} state row(s) stored (OP286)")
        if outcome == "accepted" and state_rows == 0:
            problems.append(f"{what}: accepted, yet no state row (half-stored)")

for checksum, rows in stored.items():
    if rows[0][0] == "JW301":
        continue  # the gemeente's toewijzingen, put in by https_load before the load
    if checksum not in sent_checksums:
        problems.append(f"a stored {rows[0][0]} ({checksum[:12]}) that was never sent")
    if len(rows) > 1:
        problems.append(f"a {rows[0][0]} stored {len(rows)} times ({checksum[:12]})")
    if any(retour == "-" for _, _, retour, _ in rows):
        problems.append(f"a {rows[0][0]} without its retour ({checksum[:12]})")

for line in open(orphans_path):
    label, count = line.rsplit(": ", 1)
    if int(count) != 0:
        problems.append(f"{label}: {count.strip()}")

statuses = collections.Counter(r["status"] for r in final.values())
print(f"{len(final)} messages: {answered_before} answered before the kill, {len(after)} resent; "
      f"final statuses {dict(statuses)}; {sum(len(v) for v in stored.values())} berichten stored")
for problem in problems[:30]:
    print("FAIL", problem, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
echo "$name: passed"
