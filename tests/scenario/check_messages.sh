#!/usr/bin/env bash
# usage: tests/scenario/check_messages.sh [IJWCTL] [SCENARIO_DIR...]
#
# Proves the scenario messages are what their expectations assume below level 3 (no database needed):
#   expected `invalid`                  -> fails `xmllint --schema`, `ijwctl check` exit 2;
#   expected `rejected` 0001 or 8848    -> XSD-valid, `ijwctl check` exit 1 (level-2 or TR135 retour);
#   anything else                       -> XSD-valid, `ijwctl check` exit 0 (levels 1, 2 and TR135 clean),
# since every other outcome comes from level 3 (or TR056) only. Run it after generate.py.
#
# Env: IJW_XSD_DIR (default <repo>/../shared/ijw-3.2/xsd).
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
IJWCTL=${1:-$ROOT/build/services/ijwctl/ijwctl}
[ $# -gt 0 ] && shift
XSD_DIR=${IJW_XSD_DIR:-$(dirname "$ROOT")/shared/ijw-3.2/xsd}
case $IJWCTL in /*) ;; *) IJWCTL=$PWD/$IJWCTL ;; esac

dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && mapfile -t dirs < <(find "$HERE" -mindepth 1 -maxdepth 1 -type d -name '[0-9][0-9][0-9]_*' | LC_ALL=C sort)

bad=0 n=0
for dir in "${dirs[@]}"; do
  today=2026-11-28
  [ -f "$dir/today" ] && today=$(tr -d ' \r\n' <"$dir/today")
  while IFS=$'\t' read -r file outcome codes; do
    n=$((n + 1))
    xml=$dir/$file
    kind=$(sed -n 's/.*<jw\([0-9]\{3\}\):Bericht .*/\1/p' "$xml" | head -n 1)
    if xmllint --noout --schema "$XSD_DIR/JW$kind.xsd" "$xml" >/dev/null 2>&1; then xsd=valid; else xsd=invalid; fi
    "$IJWCTL" check --today "$today" --retour-id R1 "$xml" >/dev/null 2>&1
    rc=$?
    case $outcome/$codes in
      invalid/*)     want_xsd=invalid want_rc=2 ;;
      rejected/0001 | rejected/8848) want_xsd=valid want_rc=1 ;;
      *)             want_xsd=valid want_rc=0 ;;
    esac
    if [ "$xsd" != "$want_xsd" ] || [ "$rc" != "$want_rc" ]; then
      echo "MISMATCH $(basename "$dir")/$file: xmllint $xsd (want $want_xsd), ijwctl check exit $rc (want $want_rc)"
      "$IJWCTL" check --today "$today" --explain "$xml" 2>&1 >/dev/null | sed 's/^/    /'
      bad=$((bad + 1))
    fi
  done <"$dir/expected"
done
echo "check_messages.sh: $n messages, $bad mismatches"
[ $bad -eq 0 ]
