#!/usr/bin/env bash
# Writes the expected retour of every golden case that has none yet, with the facts the test uses
# (receipt 2026-11-28, IdentificatieRetour R00000000001). Review each new file before committing it:
# the expectation is the standard's answer, not whatever the code says.  usage: tests/retour/update.sh [--all]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
IJWCTL=${IJWCTL:-$ROOT/build/services/ijwctl/ijwctl}
for input in "$ROOT"/tests/retour/cases/*.xml; do
  case "$input" in *.expected.xml) continue ;; esac
  expected=${input%.xml}.expected.xml
  if [ -e "$expected" ] && [ "${1:-}" != --all ]; then continue; fi
  status=0
  "$IJWCTL" check --today 2026-11-28 --retour-id R00000000001 --explain "$input" >"$expected.tmp" || status=$?
  if [ "$status" -gt 1 ]; then
    rm -f "$expected.tmp"
    echo "$input: not a checkable heenbericht (exit $status)" >&2
    exit 1
  fi
  mv "$expected.tmp" "$expected"
  echo "wrote $expected"
done
