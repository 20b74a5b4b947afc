#!/usr/bin/env bash
# usage: tests/concurrency/run_concurrency.sh IJWCTL [WORKERS PER_WORKER]
#
# The concurrency test of the pipeline (tests/concurrency/README.md): WORKERS `ijwctl process` processes
# (default 4) each send PER_WORKER messages (default 2000) about overlapping clients to one fresh database
# at the same time; then one process sends the same messages to a second fresh database, one after the
# other. The test passes when every message got the same answer in both runs and the two final states are
# equal row for row (ids, timestamps and IdentificatieRetour aside, which differ by design).
#
# Exit status: 0 pass, 1 fail, 77 skip when IJW_DATABASE_URL is unset or unreachable (a failure under CI).
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../support/database.sh
source "$HERE/../support/database.sh"
me=run_concurrency

[ $# -ge 1 ] || { echo "usage: $0 IJWCTL [WORKERS PER_WORKER]" >&2; exit 2; }
IJWCTL=$1
WORKERS=${2:-4}
PER_WORKER=${3:-2000}
case $IJWCTL in /*) ;; */*) IJWCTL=$PWD/$IJWCTL ;; esac

ijw_db_require "$me"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ijw-concurrency.XXXXXX")
CONCURRENT_DB=$(ijw_db_create "$me") || exit 1
SERIAL_DB=$(ijw_db_create "$me") || { ijw_db_drop "$CONCURRENT_DB"; exit 1; }
cleanup() {
  rm -rf "$WORK"
  ijw_db_drop "$CONCURRENT_DB"
  ijw_db_drop "$SERIAL_DB"
}
trap cleanup EXIT

python3 "$HERE/generate.py" "$WORK" --workers "$WORKERS" --per-worker "$PER_WORKER" || exit 1
"$IJWCTL" migrate --database "$(ijw_db_url "$CONCURRENT_DB")" >/dev/null || exit 1

cd "$WORK" || exit 1
pids=()
for ((w = 0; w < WORKERS; w++)); do
  mapfile -t files <"worker-$w.list"
  "$IJWCTL" process --database "$(ijw_db_url "$CONCURRENT_DB")" --today 2026-11-28 "${files[@]}" \
    >"worker-$w.out" 2>"worker-$w.err" &
  pids+=($!)
done
failed=0
for ((w = 0; w < WORKERS; w++)); do
  wait "${pids[$w]}"
  rc=$?
  # 0: all accepted; 1: one was not (which the comparison judges); anything else is an error.
  if [ $rc -gt 1 ]; then
    echo "$me: FAIL: worker $w exited with $rc:" >&2
    tail -n 20 "worker-$w.err" >&2
    failed=1
  fi
done
[ $failed = 0 ] || exit 1

# The serial run only computes the reference state, so it may skip waiting for each commit's flush
# (synchronous_commit=off changes when a commit returns, not what it stores); the concurrent run under
# test keeps the server's durable settings.
mapfile -t files <serial.list
PGOPTIONS="-c synchronous_commit=off" "$IJWCTL" process --database "$(ijw_db_url "$SERIAL_DB")" --today 2026-11-28 "${files[@]}" >serial.out 2>serial.err
[ $? -le 1 ] || { echo "$me: FAIL: the serial run failed:" >&2; tail -n 20 serial.err >&2; exit 1; }

# Every send got the same answer as in the serial run.
sort -u worker-*.out >concurrent.answers
sort -u serial.out >serial.answers
if ! diff -u serial.answers concurrent.answers >answers.diff; then
  echo "$me: FAIL: answers differ between the serial and the concurrent run:" >&2
  head -n 40 answers.diff >&2
  exit 1
fi

# The state, row for row.
STATE_QUERIES=(
  "SELECT afzender, berichtcode, identificatie, outcome, encode(checksum, 'hex') FROM bericht ORDER BY 1, 2, 3"
  "SELECT b.identificatie, r.retour_type, r.retour_codes, r.dagtekening_retour FROM retour r JOIN bericht b ON b.id = r.bericht_id ORDER BY 1"
  "SELECT gemeente, bsn FROM client ORDER BY 1, 2"
  "SELECT gemeente, nummer, aanbieder, bsn, product_categorie, product_code, ingangsdatum FROM toewijzing ORDER BY 1, 2"
  "SELECT v.gemeente, v.nummer, v.toewijzingsdatum, v.toewijzingstijd_ms, v.einddatum, v.reden_wijziging, v.volume, v.eenheid, v.frequentie, v.budget, b.identificatie FROM toewijzing_versie v JOIN bericht b ON b.id = v.bericht_id ORDER BY 1, 2, 3, 4"
  "SELECT count(*) FROM start_product"
  "SELECT count(*) FROM stop_product"
  "SELECT count(*) FROM verzoek"
)
dump() { # database
  for query in "${STATE_QUERIES[@]}"; do
    echo "-- $query"
    ijw_db_psql "$1" -At -c "$query"
  done
}
dump "$SERIAL_DB" >serial.state
dump "$CONCURRENT_DB" >concurrent.state
if ! diff -u serial.state concurrent.state >state.diff; then
  echo "$me: FAIL: the final state of the concurrent run differs from the serial run:" >&2
  head -n 60 state.diff >&2
  exit 1
fi
rows=$(grep -vc '^--' serial.state)
accepted=$(grep -c $'\taccepted\t' serial.out)
echo "$me: PASS: $WORKERS workers x $PER_WORKER messages: same answers and the same state ($rows rows) as one worker; $accepted of ${#files[@]} sends accepted"
