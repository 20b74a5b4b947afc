#!/usr/bin/env bash
# usage: tests/scenario/run_scenario.sh IJWCTL SCENARIO_DIR
#
# Runs one scenario (files as tests, see tests/scenario/README.md): creates a fresh database with a unique
# name on the server of $IJW_DATABASE_URL, runs
#   ijwctl process --database <fresh url> --today <today> 01_….xml 02_….xml …
# inside SCENARIO_DIR (files in name order, passed by basename), compares its standard output byte for byte
# with SCENARIO_DIR/expected, prints a readable diff when they differ, and drops the database again.
#
# <today> is the content of SCENARIO_DIR/today, or 2026-11-28. When SCENARIO_DIR/region exists, it names a
# region file relative to the repository root, passed as --region (the regional policy, schemas/region.md);
# `expected` then has a fourth column, the policy finding ids. When SCENARIO_DIR/unordered_codes exists,
# each run of consecutive codes other than 0200 is compared sorted (a class carrying several codes whose
# order the standard does not fix); everything else stays in document order.
#
# Exit status: 0 pass; 1 fail; 77 skip (ctest SKIP_RETURN_CODE) when IJW_DATABASE_URL is unset or its server
# cannot be reached, unless CI is set (CI=true): then that is a failure (1) too.
#
# Env: IJW_DATABASE_URL  postgresql://user:password@host:port/db of a database on a server where the user
#                        may CREATE DATABASE (deploy/local/pg-private.sh start prints one)
#      CI                when set and not "false", a missing or unreachable database fails instead of skipping
#      IJW_SCENARIO_KEEP_DB=1  keep the scenario's database (its URL is printed) for debugging
set -uo pipefail

SKIP=77
me=run_scenario
say() { echo "$me: $*" >&2; }
fail() { say "FAIL: $*"; exit 1; }
skip_or_fail() { # reason
  if [ -n "${CI:-}" ] && [ "${CI:-}" != "false" ]; then
    fail "$1 (CI is set, so this is a failure, not a skip)"
  fi
  say "SKIP: $1"
  exit $SKIP
}

[ $# -eq 2 ] || { echo "usage: $0 IJWCTL SCENARIO_DIR" >&2; exit 2; }
IJWCTL=$1
DIR=$2
case $IJWCTL in /*) ;; */*) IJWCTL=$PWD/$IJWCTL ;; esac
[ -x "$IJWCTL" ] || command -v "$IJWCTL" >/dev/null || fail "ijwctl not found or not executable: $IJWCTL"
[ -d "$DIR" ] || fail "no scenario directory: $DIR"
DIR=$(cd "$DIR" && pwd)
NAME=$(basename "$DIR")
[ -f "$DIR/expected" ] || fail "$NAME: no file 'expected'"

TODAY=2026-11-28
if [ -f "$DIR/today" ]; then
  TODAY=$(tr -d ' \t\r\n' <"$DIR/today")
fi
[[ $TODAY =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || fail "$NAME: 'today' must hold YYYY-MM-DD, not '$TODAY'"

REGION_ARGS=()
if [ -f "$DIR/region" ]; then
  ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  REGION_FILE=$ROOT/$(tr -d ' \t\r\n' <"$DIR/region")
  [ -f "$REGION_FILE" ] || fail "$NAME: no region file $REGION_FILE"
  REGION_ARGS=(--region "$REGION_FILE")
fi

mapfile -t FILES < <(cd "$DIR" && find . -maxdepth 1 -type f -name '*.xml' -printf '%f\n' | LC_ALL=C sort)
[ ${#FILES[@]} -gt 0 ] || fail "$NAME: no *.xml messages"

# --- the database ----------------------------------------------------------------------------------------
[ -n "${IJW_DATABASE_URL:-}" ] || skip_or_fail "IJW_DATABASE_URL is not set"
command -v psql >/dev/null || skip_or_fail "psql not found (needed to create the scenario database)"
URL=$IJW_DATABASE_URL
case $URL in
  postgres://* | postgresql://*) ;;
  *) fail "IJW_DATABASE_URL must be a postgresql:// URL, not '$URL'" ;;
esac

psql_admin() { PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-5} psql -X -q -v ON_ERROR_STOP=1 -d "$URL" "$@"; }

if ! err=$(psql_admin -tAc 'select 1' 2>&1 >/dev/null); then
  skip_or_fail "cannot reach the database server of IJW_DATABASE_URL: ${err//$'\n'/ }"
fi

# The same URL with the database (path) replaced; user, password, host, port and query parameters kept.
scheme=${URL%%://*}
rest=${URL#*://}
authority=${rest%%[/?]*}
tail=${rest#"$authority"}
query=""
case $tail in *\?*) query="?${tail#*\?}" ;; esac
DB="ijw_scn_$(date +%s)_$$_${RANDOM}"
FRESH_URL="$scheme://$authority/$DB$query"

psql_admin -c "CREATE DATABASE $DB" >/dev/null || fail "$NAME: cannot create database $DB"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ijw-scenario.XXXXXX")
cleanup() {
  rm -rf "$WORK"
  if [ "${IJW_SCENARIO_KEEP_DB:-}" = 1 ]; then
    say "kept database: $FRESH_URL"
  else
    psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 \
      || psql_admin -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 \
      || say "warning: could not drop database $DB"
  fi
}
trap cleanup EXIT

# --- run -------------------------------------------------------------------------------------------------
(cd "$DIR" && "$IJWCTL" process --database "$FRESH_URL" --today "$TODAY" "${REGION_ARGS[@]}" "${FILES[@]}") \
  >"$WORK/actual" 2>"$WORK/stderr"
rc=$?

normalise() { # file: with unordered_codes, sort each run of consecutive codes other than 0200
  # (a class that carries several codes shows them as one run; their order is not fixed by the standard)
  if [ -f "$DIR/unordered_codes" ]; then
    awk -F'\t' 'BEGIN { OFS = "\t" }
      function flush(   i, j, v) {
        for (i = 2; i <= m; i++) { v = r[i]; j = i - 1; while (j > 0 && r[j] > v) { r[j + 1] = r[j]; j-- } r[j + 1] = v }
        for (i = 1; i <= m; i++) out[++k] = r[i]
        m = 0
      }
      NF >= 3 && $3 != "" {
        n = split($3, c, ","); m = 0; k = 0
        for (i = 1; i <= n; i++) { if (c[i] == "0200") { flush(); out[++k] = c[i] } else r[++m] = c[i] }
        flush()
        s = ""; for (i = 1; i <= k; i++) s = s (i > 1 ? "," : "") out[i]; $3 = s
      }
      { print }' "$1"
  else
    cat "$1"
  fi
}
normalise "$DIR/expected" >"$WORK/expected"
normalise "$WORK/actual" >"$WORK/actual.cmp"

if cmp -s "$WORK/expected" "$WORK/actual.cmp" && [ $rc -le 125 ]; then
  echo "$me: PASS $NAME (${#FILES[@]} messages)"
  exit 0
fi

# --- report ----------------------------------------------------------------------------------------------
{
  echo "$me: FAIL $NAME"
  echo "  command: (cd $DIR && $IJWCTL process --database <fresh database> --today $TODAY ${REGION_ARGS[*]} ${FILES[*]})"
  echo "  exit status: $rc$([ $rc -gt 128 ] && echo " (killed by signal $((rc - 128)))")"
  [ -f "$DIR/README" ] && echo "  scenario: $(head -n 1 "$DIR/README")"
  if ! cmp -s "$WORK/expected" "$WORK/actual.cmp"; then
    echo "  --- expected / +++ actual (tabs shown as ' | ', a line end without newline as '\\no-eol'):"
    show() { sed -e 's/\t/ | /g' -e 's/\r/\\r/g' "$1"; [ -s "$1" ] && [ -n "$(tail -c 1 "$1")" ] && echo '\no-eol'; }
    diff -u --label expected --label actual <(show "$WORK/expected") <(show "$WORK/actual.cmp") | sed 's/^/  /'
    if [ -f "$DIR/unordered_codes" ]; then
      echo "  (runs of codes other than 0200 compared sorted: $DIR/unordered_codes)"
    fi
  fi
  if [ -s "$WORK/stderr" ]; then
    echo "  standard error of ijwctl (last 40 lines):"
    tail -n 40 "$WORK/stderr" | sed 's/^/    /'
  fi
} >&2
exit 1
