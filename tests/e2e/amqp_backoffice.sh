#!/usr/bin/env bash
# The backoffice channel end to end (docs/ijwd.md "RabbitMQ", docs/events.md): the real ijwd with a fresh
# database and the broker of $IJW_AMQP_URL, under queue and exchange names of this run only. JW301 through
# the queue (amqp-publish) -> stored and acked, its event on the events exchange; a rejected JW301 -> the
# hub's JW302 as an event; poison -> the dead-letter queue with the reason in its headers; a JW315 over
# HTTPS -> its event; two instances publish every event once; the database away -> the JW301 is requeued
# and stored once it is back; an unroutable event stays pending; after SIGTERM nothing is left unacked.
# Usage: amqp_backoffice.sh IJWD AMQP_PROBE SOURCE_DIR     Exit: 0 passed, 1 failed, 77 skipped.
set -uo pipefail

ijwd=$1
probe=$2
source_dir=$3
name=e2e.amqp_backoffice
# shellcheck source=../support/database.sh
source "$source_dir/tests/support/database.sh"
# shellcheck source=../support/broker.sh
source "$source_dir/tests/support/broker.sh"
ijw_db_require "$name"
ijw_amqp_require "$name" "$probe"
for tool in curl openssl python3; do
  command -v "$tool" >/dev/null || { echo "$name: FAIL: $tool not found" >&2; exit 1; }
done

work=$(mktemp -d)
db=""
pid=""
run="ijw.e2e.$$.$RANDOM"  # this run's names on the shared broker
queue=$run.jw301
dlx=$run.dead-letter
dlq=$run.jw301.dead-letter
events=$run.events
events_queue=$run.events.backoffice
pid2=""
pid3=""
proxy=""
cleanup() {
  if [ -n "$proxy" ]; then kill "$proxy" 2>/dev/null; fi
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null; fi
  if [ -n "$pid2" ] && kill -0 "$pid2" 2>/dev/null; then kill -KILL "$pid2" 2>/dev/null; fi
  if [ -n "$pid3" ] && kill -0 "$pid3" 2>/dev/null; then kill -KILL "$pid3" 2>/dev/null; fi
  "$probe" "$IJW_AMQP_URL" delete-queue "$queue" "$dlq" "$events_queue" >/dev/null 2>&1
  "$probe" "$IJW_AMQP_URL" delete-exchange "$dlx" "$events" >/dev/null 2>&1
  [ -n "$db" ] && ijw_db_drop "$db"
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=../support/checks.sh
source "$source_dir/tests/support/checks.sh"

bash "$source_dir/deploy/local/demo-certs.sh" "$work/certs" 12345678 >/dev/null || exit 1
db=$(ijw_db_create e2e_amqp) || exit 1
db_url=$(ijw_db_url "$db")
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

cat >"$work/ijwd.json" <<JSON
{
  "listen": { "address": "127.0.0.1", "port": $port },
  "tls": { "certificate": "certs/server.crt", "private_key": "certs/server.key", "client_ca": "certs/ca.crt" },
  "clients": { "ijw-demo-aanbieder-12345678": "12345678" },
  "database": { "url": "postgresql://nobody:secret@127.0.0.1:1/none" },
  "workers": 2,
  "today": "2026-11-20",
  "amqp": {
    "url": "amqp://nobody:secret@127.0.0.1:1/%2f",
    "queue": "$queue", "dead_letter_exchange": "$dlx", "dead_letter_queue": "$dlq",
    "events_exchange": "$events", "events_queue": "$events_queue",
    "gemeente": "0983", "prefetch": 4, "relay_poll_ms": 50
  }
}
JSON

# --check-config: the amqp section with its defaults, the environment's URL, no password.
IJW_DATABASE_URL=$db_url "$ijwd" --check-config --config "$work/ijwd.json" >"$work/check.json" 2>"$work/check.err" \
  || fail "--check-config: $(cat "$work/check.err")"
python3 - "$work/check.json" "$IJW_AMQP_URL" <<'PY' && pass "--check-config shows amqp, IJW_AMQP_URL wins, masked" \
  || fail "--check-config: $(cat "$work/check.json")"
import json, re, sys
amqp = json.load(open(sys.argv[1]))["amqp"]
assert amqp["heartbeat_seconds"] == 30 and amqp["prefetch"] == 4, amqp
assert amqp["url"] == re.sub(r"^(amqps?://[^:/@]*):[^@/]*@", r"\1:***@", sys.argv[2]), amqp["url"]
PY
python3 -c 'import json, sys; c = json.load(open(sys.argv[1])); c["amqp"]["prefetsh"] = 1; print(json.dumps(c))' \
  "$work/ijwd.json" >"$work/bad.json"
"$ijwd" --check-config --config "$work/bad.json" >/dev/null 2>"$work/bad.err"
check "--check-config on a wrong amqp key exits 2" 2 $?
grep -q "amqp.prefetsh" "$work/bad.err" && pass "the error names the key" || fail "error: $(cat "$work/bad.err")"

IJW_DATABASE_URL=$db_url "$ijwd" --config "$work/ijwd.json" >"$work/ijwd.log" 2>&1 &
pid=$!
consuming() { grep -qs "queue consumer: consuming" "$work/ijwd.log"; }
ijw_wait_for 30 consuming || { cat "$work/ijwd.log" >&2; echo "$name: FAIL: ijwd does not consume" >&2; exit 1; }
pass "ijwd declared '$queue' and consumes it"

sql() { psql -X -q -tA -d "$db_url" -c "$1"; }
publish() { # FILE [amqp-publish args...]
  local file=$1
  shift
  amqp-publish -u "$IJW_AMQP_URL" -e "" -r "$queue" -p -C application/xml "$@" <"$file"
}
fetch() { "$probe" "$IJW_AMQP_URL" get "$1" >"$work/event" 2>"$work/probe.err"; }
# next_message QUEUE: the next message of QUEUE (waiting up to 15 s), as JSON in $work/event
next_message() { ijw_wait_for 15 fetch "$1"; }
# field EXPRESSION: a Python expression over d, the message of $work/event (json is imported)
field() { python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); sys.stdout.write(str(eval(sys.argv[2], {"json": json}, {"d": d})))' "$work/event" "$1"; }

data=$source_dir/tests/data/base

# 1. A JW301 through the queue: stored, acked, and its event published with confirms.
publish "$data/JW301.xml"
stored() { [ "$(sql "SELECT count(*) FROM bericht WHERE bericht_type = 'JW301'")" = "$1" ]; }
ijw_wait_for 15 stored 1 && pass "the JW301 from the queue is stored" || fail "the JW301 is not stored"
next_message "$events_queue" && pass "an event reached the backoffice queue" || fail "no event: $(cat "$work/probe.err")"
check "its type property" ijw.jw301.accepted "$(field 'd["type"]')"
check "persistent" 2 "$(field 'd["delivery_mode"]')"
check "JSON" application/json "$(field 'd["content_type"]')"
check "routed by its type" ijw.jw301.accepted "$(field 'd["routing_key"]')"
check "its message_id is the outbox row's" "$(sql "SELECT message_id FROM outbox_event ORDER BY id LIMIT 1")" \
  "$(field 'd["message_id"]')"
check "the envelope's id is the message_id" "$(field 'd["message_id"]')" "$(field 'json.loads(d["body"])["id"]')"
check "the envelope carries the JW301 as received" "$(sha256sum <"$data/JW301.xml" | cut -c1-64)" \
  "$(field 'json.loads(d["body"])["bericht"]["xml"]' | sha256sum | cut -c1-64)"
published() { [ "$(sql "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")" = 0 ]; }
ijw_wait_for 10 published && pass "the outbox row is marked published after the confirm" || fail "still pending"

# 2. A rejected JW301 (CS002: the Bsn fails the 11-proef): the hub's JW302 goes to the backoffice.
sed -e 's#<jw301:Bsn>123456782<#<jw301:Bsn>123456789<#' -e 's#TW-2026-0001#TW-2026-0002#' "$data/JW301.xml" \
  >"$work/rejected.xml"
publish "$work/rejected.xml"
next_message "$events_queue" && check "a rejected JW301 gives an event" ijw.jw301.rejected "$(field 'd["type"]')" \
  || fail "no event for the rejected JW301"
check "with the JW302's codes" "['0001']" "$(field 'json.loads(d["body"])["retour"]["codes"]')"
field 'json.loads(d["body"])["retour"]["xml"]' >"$work/retour.xml"
grep -q "jw302:Bericht" "$work/retour.xml" && pass "and the JW302 itself" || fail "no JW302 in the event"

# 3. Poison: not XML, and a message the gemeente may not send (a JW305), go to the dead-letter queue.
printf 'not <xml' >"$work/garbage"
publish "$work/garbage"
next_message "$dlq" && pass "a body that is not XML is dead-lettered" || fail "nothing in $dlq"
check "its outcome header" invalid "$(field 'd["headers"]["x-ijw-outcome"]')"
field 'd["headers"]["x-ijw-reason"]' | grep -q "XSD-valid" && pass "its reason header says why" \
  || fail "reason: $(field 'd["headers"]')"
check "the body as published" "not <xml" "$(field 'd["body"]')"
publish "$data/JW305.xml"
next_message "$dlq" && check "a JW305 on the JW301 queue is refused" refused "$(field 'd["headers"]["x-ijw-outcome"]')" \
  || fail "the JW305 is not dead-lettered"
sed 's#<jw301:Afzender>0983<#<jw301:Afzender>0999<#; s#TW-2026-0001#TW-2026-0003#' "$data/JW301.xml" >"$work/other.xml"
publish "$work/other.xml"
next_message "$dlq" && field 'd["headers"]["x-ijw-reason"]' | grep -q "0999" \
  && pass "a JW301 of another gemeente than amqp.gemeente is refused" || fail "another gemeente's JW301"
check "nothing of the poison is stored" 2 "$(sql "SELECT count(*) FROM bericht")"

# 4. An accepted JW315 over HTTPS: its event reaches the backoffice.
code=$(curl -s --max-time 20 --cacert "$work/certs/ca.crt" --cert "$work/certs/client-12345678.crt" \
  --key "$work/certs/client-12345678.key" -o "$work/body" -w '%{http_code}' -H 'Content-Type: application/xml' \
  --data-binary "@$data/JW315.xml" "https://127.0.0.1:$port/api/v1/berichten")
check "JW315 over HTTPS" 200 "$code"
next_message "$events_queue" && check "its event" ijw.jw315.accepted "$(field 'd["type"]')" || fail "no JW315 event"
check "no more events than outcomes" 3 "$(sql "SELECT count(*) FROM outbox_event")"

# 5. A resend of the first JW301 (at least once from the backoffice): acked, no second event.
publish "$data/JW301.xml"
sleep 1
check "a resent JW301 adds no event" 3 "$(sql "SELECT count(*) FROM outbox_event")"

# 6. Two instances on one database and one broker (D-504): both consume, both relay, and every event is
# published once (FOR UPDATE SKIP LOCKED), under its own id.
port2=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sed "s/\"port\": $port/\"port\": $port2/" "$work/ijwd.json" >"$work/ijwd2.json"
# The second instance reaches the database through a TCP proxy, so that step 7 can take it away.
proxy_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
read -r pg_host pg_port < <(python3 -c 'import sys, urllib.parse as u; p = u.urlparse(sys.argv[1]); print(p.hostname or "127.0.0.1", p.port or 5432)' "$db_url")
start_proxy() {
  python3 "$source_dir/tests/e2e/tcp_proxy.py" "$proxy_port" "$pg_host" "$pg_port" &
  proxy=$!
  for _ in $(seq 1 50); do (echo >"/dev/tcp/127.0.0.1/$proxy_port") 2>/dev/null && return; sleep 0.1; done
}
start_proxy
proxied_url=$(python3 -c 'import sys, urllib.parse as u; p = u.urlparse(sys.argv[1]); n = p.netloc.rsplit("@", 1); auth = n[0] + "@" if len(n) == 2 else ""; print(u.urlunparse(p._replace(netloc=auth + "127.0.0.1:" + sys.argv[2])))' "$db_url" "$proxy_port")
IJW_DATABASE_URL=$proxied_url "$ijwd" --config "$work/ijwd2.json" >"$work/ijwd2.log" 2>&1 &
pid2=$!
second_consuming() { grep -qs "queue consumer: consuming" "$work/ijwd2.log"; }
ijw_wait_for 30 second_consuming && pass "a second instance consumes the same queue" || fail "no second instance"
before=$(sql "SELECT count(*) FROM outbox_event")
for i in $(seq 10 29); do
  sed -e "s#TW-2026-0001#TW-2026-00$i#" -e "s#<jw301:ToewijzingNummer>8001<#<jw301:ToewijzingNummer>80$i<#" \
    "$data/JW301.xml" >"$work/many-$i.xml"
  publish "$work/many-$i.xml"
done
all_published() {
  [ "$(sql "SELECT count(*) FROM outbox_event WHERE published_at IS NOT NULL")" = "$((before + 20))" ]
}
ijw_wait_for 30 all_published && pass "20 more JW301 give 20 published events" \
  || fail "events: $(sql "SELECT count(*), count(published_at) FROM outbox_event")"
grep -q "queue consumer: JW301" "$work/ijwd2.log" && pass "the second instance processed some of them" \
  || echo "note: the first instance took every delivery" >&2
: >"$work/ids"
while fetch "$events_queue"; do
  python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["message_id"])' "$work/event" >>"$work/ids"
done
check "each event on the queue once" "$(sql "SELECT message_id::text FROM outbox_event ORDER BY id OFFSET $before" | LC_ALL=C sort)" \
  "$(LC_ALL=C sort "$work/ids")"
grep -q "123456782" "$work/ijwd.log" && fail "the log holds a BSN"
kill -TERM "$pid"
wait "$pid"
status=$?
pid=""
check "SIGTERM: ijwd exits 0" 0 "$status"

# 7. The database goes away under the second (now only) instance: the JW301 is not acked, it is requeued
# after a back-off, and once the database is back it is stored, without a restart of ijwd.
kill "$proxy"
wait "$proxy" 2>/dev/null
proxy=""
sed -e 's#TW-2026-0001#TW-2026-0099#' -e 's#<jw301:ToewijzingNummer>8001<#<jw301:ToewijzingNummer>8099<#' \
  "$data/JW301.xml" >"$work/during-outage.xml"
publish "$work/during-outage.xml"
requeued() { grep -q "not processed, requeued" "$work/ijwd2.log"; }
ijw_wait_for 15 requeued && pass "without the database the JW301 is requeued, not acked" || fail "no requeue logged"
check "nothing stored meanwhile" 0 "$(sql "SELECT count(*) FROM bericht WHERE identificatie = 'TW-2026-0099'")"
start_proxy
back() { [ "$(sql "SELECT count(*) FROM bericht WHERE identificatie = 'TW-2026-0099'")" = 1 ]; }
ijw_wait_for 30 back && pass "the database back: the JW301 is stored" || fail "the JW301 was lost"
next_message "$events_queue" && check "and its event is published" ijw.jw301.accepted "$(field 'd["type"]')" \
  || fail "no event for the JW301 after the outage"
grep -q "123456782" "$work/ijwd2.log" && fail "the second log holds a BSN"
kill -TERM "$pid2"
wait "$pid2"
check "SIGTERM: the second instance exits 0" 0 $?
pid2=""
# 8. An events exchange that no queue is bound to (D-505): the event comes back, stays pending, and is not
# marked published.
unrouted=$run.unrouted
python3 -c 'import json, sys; c = json.load(open(sys.argv[1])); c["listen"]["port"] = 0; a = c["amqp"]; a["queue"] = sys.argv[2] + ".jw301"; a["events_exchange"] = sys.argv[2] + ".events"; a["events_queue"] = ""; print(json.dumps(c))' \
  "$work/ijwd.json" "$unrouted" >"$work/ijwd3.json"
IJW_DATABASE_URL=$db_url "$ijwd" --config "$work/ijwd3.json" >"$work/ijwd3.log" 2>&1 &
pid3=$!
third_consuming() { grep -qs "queue consumer: consuming" "$work/ijwd3.log"; }
ijw_wait_for 30 third_consuming || fail "the third instance does not consume"
sed -e 's#TW-2026-0001#TW-2026-0098#' -e 's#<jw301:ToewijzingNummer>8001<#<jw301:ToewijzingNummer>8098<#' \
  "$data/JW301.xml" >"$work/unrouted.xml"
amqp-publish -u "$IJW_AMQP_URL" -e "" -r "$unrouted.jw301" -p -C application/xml <"$work/unrouted.xml"
came_back() { grep -q "came back unroutable" "$work/ijwd3.log"; }
ijw_wait_for 15 came_back && pass "an unroutable event comes back" || fail "no unroutable event logged"
check "it stays pending, its attempts counted" "t|t" \
  "$(sql "SELECT published_at IS NULL, attempts > 0 FROM outbox_event e JOIN bericht b ON b.id = e.bericht_id WHERE b.identificatie = 'TW-2026-0098'")"
kill -TERM "$pid3"
wait "$pid3"
check "SIGTERM: the third instance exits 0" 0 $?
"$probe" "$IJW_AMQP_URL" delete-queue "$unrouted.jw301" >/dev/null 2>&1
"$probe" "$IJW_AMQP_URL" delete-exchange "$unrouted.events" >/dev/null 2>&1

check "every delivery was acked (none back in the queue)" 0 "$("$probe" "$IJW_AMQP_URL" count "$queue")"
check "no other event waits" 0 "$("$probe" "$IJW_AMQP_URL" count "$events_queue")"

if [ "$failures" -gt 0 ]; then
  echo "--- ijwd log ---" >&2
  cat "$work/ijwd.log" >&2
  if [ -f "$work/ijwd2.log" ]; then
    echo "--- the second instance's log ---" >&2
    cat "$work/ijwd2.log" >&2
  fi
  echo "$name: $failures failed" >&2
  exit 1
fi
echo "$name: passed"
