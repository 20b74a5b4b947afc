#!/usr/bin/env bash
# A broker restart under a running ijwd (docs/ijwd.md "RabbitMQ"): the test starts a RabbitMQ node of its own
# (deploy/local/rabbit-private.sh with its own directory and ports, so the shared node is not touched),
# stops it and starts it again. While it is away the HTTPS intake goes on and its events wait in the outbox;
# afterwards ijwd reconnects by itself, consumes again, and the outbox drains: every event on the
# backoffice queue once, the one published before the restart included (durable queue, persistent message).
# Usage: amqp_broker_restart.sh IJWD AMQP_PROBE SOURCE_DIR     Exit: 0 passed, 1 failed, 77 skipped.
set -uo pipefail

ijwd=$1
probe=$2
source_dir=$3
name=e2e.amqp_broker_restart
# shellcheck source=../support/database.sh
source "$source_dir/tests/support/database.sh"
# shellcheck source=../support/broker.sh
source "$source_dir/tests/support/broker.sh"
ijw_db_require "$name"
missing=""
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing="rabbitmq-server is not installed"
command -v amqp-publish >/dev/null || missing="amqp-publish not found (Debian package amqp-tools)"
if [ -n "$missing" ]; then
  if ijw_in_ci; then echo "$name: FAIL: $missing (CI is set)" >&2; exit 1; fi
  echo "$name: SKIP: $missing" >&2
  exit 77
fi

work=$(mktemp -d)
db=""
pid=""
# shellcheck source=../support/checks.sh
source "$source_dir/tests/support/checks.sh"
export IJW_RMQ_DIR=$work/rabbit IJW_RMQ_PORT=$(free_port) IJW_RMQ_DIST_PORT=$(free_port) IJW_RMQ_EPMD_PORT=$(free_port)
rabbit() { bash "$source_dir/deploy/local/rabbit-private.sh" "$@"; }
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null; fi
  rabbit stop >/dev/null 2>&1
  [ -n "$db" ] && ijw_db_drop "$db"
  rm -rf "$work"
}
trap cleanup EXIT


url=$(rabbit start 2>"$work/rabbit.err" | sed -n 's/^IJW_AMQP_URL=//p')
[ -n "$url" ] || { cat "$work/rabbit.err" >&2; echo "$name: FAIL: the test's RabbitMQ node did not start" >&2; exit 1; }
bash "$source_dir/deploy/local/demo-certs.sh" "$work/certs" 12345678 >/dev/null || exit 1
db=$(ijw_db_create e2e_amqp_restart) || exit 1
db_url=$(ijw_db_url "$db")
port=$(free_port)
cat >"$work/ijwd.json" <<JSON
{
  "listen": { "address": "127.0.0.1", "port": $port },
  "tls": { "certificate": "certs/server.crt", "private_key": "certs/server.key", "client_ca": "certs/ca.crt" },
  "clients": { "ijw-demo-aanbieder-12345678": "12345678" },
  "database": { "url": "$db_url" },
  "workers": 2,
  "today": "2026-11-20",
  "amqp": { "url": "$url", "relay_poll_ms": 50, "reconnect_max_seconds": 1 }
}
JSON
# The environment overrides the file: this run's database and broker, not the shared ones of the test command.
IJW_DATABASE_URL=$db_url IJW_AMQP_URL=$url "$ijwd" --config "$work/ijwd.json" >"$work/ijwd.log" 2>&1 &
pid=$!

sql() { psql -X -q -tA -d "$db_url" -c "$1"; }
publish() { amqp-publish -u "$url" -e "" -r ijw.jw301 -p -C application/xml <"$1"; }
consuming() { [ "$(grep -c "queue consumer: consuming" "$work/ijwd.log")" -ge "$1" ]; }
jw301_stored() { [ "$(sql "SELECT count(*) FROM bericht WHERE bericht_type = 'JW301'")" = "$1" ]; }
outbox_drained() { [ "$(sql "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")" = 0 ]; }
data=$source_dir/tests/data/base

ijw_wait_for 30 consuming 1 || { cat "$work/ijwd.log" >&2; echo "$name: FAIL: ijwd does not consume" >&2; exit 1; }
publish "$data/JW301.xml"
ijw_wait_for 15 jw301_stored 1 && pass "a JW301 before the restart is stored" || fail "the first JW301 is not stored"
ijw_wait_for 15 outbox_drained && pass "its event is published" || fail "its event stays pending"

rabbit stop 2>/dev/null
disconnected() { grep -q "reconnecting in" "$work/ijwd.log"; }
ijw_wait_for 15 disconnected && pass "ijwd notices the broker is gone" || fail "no reconnect attempt logged"
code=$(curl -s --max-time 20 --cacert "$work/certs/ca.crt" --cert "$work/certs/client-12345678.crt" \
  --key "$work/certs/client-12345678.key" -o /dev/null -w '%{http_code}' -H 'Content-Type: application/xml' \
  --data-binary "@$data/JW315.xml" "https://127.0.0.1:$port/api/v1/berichten")
check "without the broker, HTTPS goes on" 200 "$code"
check "its event waits in the outbox" 1 "$(sql "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")"

rabbit start >/dev/null 2>"$work/rabbit.err" || { cat "$work/rabbit.err" >&2; fail "the node did not start again"; }
ijw_wait_for 60 consuming 2 && pass "ijwd consumes again without a restart" || fail "ijwd did not reconnect"
sed -e 's#TW-2026-0001#TW-2026-0009#' -e 's#<jw301:ToewijzingNummer>8001<#<jw301:ToewijzingNummer>8009<#' \
  "$data/JW301.xml" >"$work/second.xml"
publish "$work/second.xml"
ijw_wait_for 15 jw301_stored 2 && pass "a JW301 after the restart is stored" || fail "the second JW301 is not stored"
ijw_wait_for 15 outbox_drained && pass "the outbox drains after the restart" || fail "events stay pending"

# Every event exactly once on the backoffice queue, the one from before the restart included.
: >"$work/ids"
while "$probe" "$url" get ijw.events.backoffice >"$work/event" 2>/dev/null; do
  python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["message_id"])' "$work/event" >>"$work/ids"
done
check "every event on the backoffice queue once" "$(sql "SELECT message_id::text FROM outbox_event ORDER BY message_id::text COLLATE \"C\"")" \
  "$(LC_ALL=C sort "$work/ids")"
check "three events: two JW301, one JW315" 3 "$(wc -l <"$work/ids" | tr -d ' ')"

kill -TERM "$pid"
wait "$pid"
check "SIGTERM: ijwd exits 0" 0 $?
pid=""
check "no JW301 left unacked" 0 "$("$probe" "$url" count ijw.jw301)"

if [ "$failures" -gt 0 ]; then
  echo "--- ijwd log ---" >&2
  cat "$work/ijwd.log" >&2
  echo "$name: $failures failed" >&2
  exit 1
fi
echo "$name: passed"
