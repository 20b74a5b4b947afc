#!/usr/bin/env bash
# README command 1: bash deploy/local/run.sh
#
# Installs the dependencies, builds build/, starts the private PostgreSQL and RabbitMQ
# (left running; stop them with pg-private.sh stop / rabbit-private.sh stop), validates the demo
# messages in deploy/local/demo/ with ijwctl, printing each verdict, then processes them in order
# against the private database (ijwctl process: accepted/rejected/invalid and the RetourCodes; the
# retours are written to build/demo-retours/).
# TODO(later issues): once the daemon exists, this script starts ijwd (HTTPS intake for the
# aanbieders, JW301 from the backoffice over RabbitMQ, admin endpoint) on the private services
# and feeds it the demo messages, instead of running ijwctl.
#
# Exit status: 0 when the set-up worked, whatever the verdicts (one demo message is invalid on
# purpose); non-zero when installing, building or starting a service failed, or ijwctl could not
# run (exit >= 2: usage error, unreadable file, crash).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"
export IJW_XSD_DIR=${IJW_XSD_DIR:-$(dirname "$ROOT")/shared/ijw-3.2/xsd}

bash "$HERE/install-deps.sh"
IJW_BUILD_TARGETS=ijwctl bash "$HERE/build.sh" build # the tests are built by test.sh

out=$(bash "$HERE/pg-private.sh" start)
export "$(grep '^IJW_DATABASE_URL=' <<<"$out")"
out=$(bash "$HERE/rabbit-private.sh" start)
export "$(grep '^IJW_AMQP_URL=' <<<"$out")"

IJWCTL=build/services/ijwctl/ijwctl
[ -x "$IJWCTL" ] || { echo "run: error: $IJWCTL was not built" >&2; exit 1; }

echo
echo "=== ijwctl validate deploy/local/demo/*.xml"
broken=0
verdicts=()
for f in deploy/local/demo/*.xml; do
  rc=0
  "$IJWCTL" validate "$f" || rc=$?
  case $rc in
    0) v=valid ;;
    1) v=invalid ;;
    *) v="ijwctl failed (exit $rc)"; broken=1 ;;
  esac
  expect=valid
  case $(basename "$f") in *INVALID*) expect=invalid ;; esac
  note=""
  [ "$v" = "$expect" ] || note="   <-- expected $expect"
  verdicts+=("$(printf '  %-8s %s%s' "$v" "$f" "$note")")
done

echo
echo "=== demo verdicts (files named *INVALID* are invalid on purpose)"
printf '%s\n' "${verdicts[@]}"

# Every level against the stored state, in order, as the daemon will: each message is answered with its
# retourbericht and, when accepted, stored (a re-run resends the same bytes and gets the same answers).
RETOURS=build/demo-retours
echo
echo "=== ijwctl process --database \$IJW_DATABASE_URL --out $RETOURS deploy/local/demo/*.xml"
rc=0
"$IJWCTL" process --database "$IJW_DATABASE_URL" --out "$RETOURS" deploy/local/demo/*.xml || rc=$?
[ $rc -le 1 ] || { echo "run: error: ijwctl process failed (exit $rc)" >&2; broken=1; }
echo
echo "PostgreSQL: IJW_DATABASE_URL=$IJW_DATABASE_URL"
echo "RabbitMQ:   IJW_AMQP_URL=$IJW_AMQP_URL"
echo "Both keep running; stop them with: bash deploy/local/pg-private.sh stop; bash deploy/local/rabbit-private.sh stop"
exit "$broken"
