#!/usr/bin/env bash
# README command 1: bash deploy/local/run.sh [stop]
#
# Installs the dependencies, builds ijwd and ijwctl in build/, starts the private PostgreSQL and RabbitMQ,
# makes demo certificates (/tmp/ijw-demo-certs), starts ijwd in the background with
# deploy/local/ijwd-demo.json (log /tmp/ijw-hub/ijwd.log) on a fresh database ijw_demo, waits until it is
# ready, sends the demo messages through both channels (deploy/local/demo) and prints the commands to try it
# yourself. The demo configuration applies the Noord-Limburg policy (regions/noord-limburg.json).
# Everything keeps running; `run.sh stop` stops ijwd, PostgreSQL and RabbitMQ. Running it again rebuilds and
# restarts ijwd; the demo then gets the same answers (the same bytes are replays).
#
# Exit status: 0 when the set-up worked and the demo got the expected answers; non-zero when installing,
# building, starting a service or ijwd failed, or the demo got an unexpected answer.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"
STATE=/tmp/ijw-hub
PIDFILE=$STATE/ijwd.pid
LOG=$STATE/ijwd.log
CERTS=/tmp/ijw-demo-certs
URL=https://127.0.0.1:8443

stop_ijwd() {
  if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    local pid
    pid=$(cat "$PIDFILE")
    kill -TERM "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    echo "run: ijwd (pid $pid) stopped"
  fi
  rm -f "$PIDFILE"
}

case ${1:-} in
  stop)
    stop_ijwd
    bash "$HERE/rabbit-private.sh" stop || true
    bash "$HERE/pg-private.sh" stop || true
    exit 0 ;;
  -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  "") ;;
  *) echo "run: unknown argument $1 (see --help)" >&2; exit 2 ;;
esac

bash "$HERE/install-deps.sh"
IJW_BUILD_TARGETS="ijwd ijwctl" bash "$HERE/build.sh" build # the tests are built by test.sh

out=$(bash "$HERE/pg-private.sh" start)
export "$(grep '^IJW_DATABASE_URL=' <<<"$out")"
out=$(bash "$HERE/rabbit-private.sh" start)
export "$(grep '^IJW_AMQP_URL=' <<<"$out")"

[ -f "$CERTS/client-12345678.crt" ] || bash "$HERE/demo-certs.sh" "$CERTS" 12345678 87654321 >/dev/null

mkdir -p "$STATE"
stop_ijwd
# The demo starts from nothing every time, so it shows the same answers: a fresh database ijw_demo, and no
# events of earlier runs waiting on the backoffice's queue.
psql "$IJW_DATABASE_URL" -q -c "DROP DATABASE IF EXISTS ijw_demo WITH (FORCE)" -c "CREATE DATABASE ijw_demo"
export IJW_DATABASE_URL=${IJW_DATABASE_URL%/*}/ijw_demo
while amqp-get --url="$IJW_AMQP_URL" -q ijw.events.backoffice >/dev/null 2>&1; do :; done
build/services/ijwd/ijwd --config "$HERE/ijwd-demo.json" >>"$LOG" 2>&1 &
echo $! >"$PIDFILE"
ready=""
for _ in $(seq 1 150); do
  if curl -s --max-time 2 --cacert "$CERTS/ca.crt" -o /dev/null -w '%{http_code}' "$URL/readyz" | grep -q 200; then
    ready=yes
    break
  fi
  kill -0 "$(cat "$PIDFILE")" 2>/dev/null || break
  sleep 0.2
done
if [ -z "$ready" ]; then
  echo "run: error: ijwd did not become ready; the end of $LOG:" >&2
  tail -n 30 "$LOG" >&2
  exit 1
fi
echo "run: ijwd (pid $(cat "$PIDFILE")) is ready at $URL; log $LOG"
echo

rc=0
bash "$HERE/demo" --url "$URL" --certs "$CERTS" --amqp "$IJW_AMQP_URL" || rc=$?

cat <<TRY

=== try it yourself
  # an aanbieder (client certificate of AGB 12345678) sends a message and gets its retour:
  curl --cacert $CERTS/ca.crt --cert $CERTS/client-12345678.crt --key $CERTS/client-12345678.key \\
       -H 'Content-Type: application/xml' --data-binary @tests/data/base/JW315.xml $URL/api/v1/berichten
  # its outgoing JW301s:
  curl --cacert $CERTS/ca.crt --cert $CERTS/client-12345678.crt --key $CERTS/client-12345678.key \\
       '$URL/api/v1/berichten/uitgaand?status=alle'
  # the backoffice sends a JW301 over RabbitMQ, and reads the hub's events:
  amqp-publish --url='$IJW_AMQP_URL' -r ijw.jw301 -p -C application/xml < tests/data/base/JW301.xml
  amqp-get --url='$IJW_AMQP_URL' -q ijw.events.backoffice
  # the declaratieteam's admin API (demo tokens ijw-demo-reader-token, ijw-demo-admin-token):
  curl --cacert $CERTS/ca.crt -H 'Authorization: Bearer ijw-demo-reader-token' \\
       https://127.0.0.1:8444/admin/v1/verzoeken/open
  # operations:
  curl --cacert $CERTS/ca.crt $URL/readyz;  curl --cacert $CERTS/ca.crt $URL/metrics
  # the whole demo again:            bash deploy/local/demo
  # stop ijwd, PostgreSQL, RabbitMQ:  bash deploy/local/run.sh stop
TRY
exit "$rc"
