# Shell functions for the tests that need a PostgreSQL database of their own (tests/concurrency, and any
# runner that sources this file). The server is the one of $IJW_DATABASE_URL, whose user may CREATE DATABASE.
# Without it, a test is skipped (exit 77), except under CI (CI set and not "false"), where it fails.

ijw_in_ci() { [ -n "${CI:-}" ] && [ "${CI:-}" != "false" ]; }

# ijw_db_require NAME: exits 77 (skip) or 1 (under CI) when the server cannot be used.
ijw_db_require() {
  local why=""
  if [ -z "${IJW_DATABASE_URL:-}" ]; then
    why="IJW_DATABASE_URL is not set"
  elif ! command -v psql >/dev/null; then
    why="psql not found"
  elif ! why=$(PGCONNECT_TIMEOUT=5 psql -X -q -d "$IJW_DATABASE_URL" -tAc 'select 1' 2>&1 >/dev/null); then
    why="cannot reach the database server of IJW_DATABASE_URL: ${why//$'\n'/ }"
  else
    return 0
  fi
  if ijw_in_ci; then
    echo "$1: FAIL: $why (CI is set, so this is a failure, not a skip)" >&2
    exit 1
  fi
  echo "$1: SKIP: $why" >&2
  exit 77
}

# ijw_db_url DB: $IJW_DATABASE_URL with its database replaced by DB (user, host, port, query kept).
ijw_db_url() {
  local url=$IJW_DATABASE_URL scheme rest authority tail query=""
  scheme=${url%%://*}
  rest=${url#*://}
  authority=${rest%%[/?]*}
  tail=${rest#"$authority"}
  case $tail in *\?*) query="?${tail#*\?}" ;; esac
  echo "$scheme://$authority/$1$query"
}

ijw_db_psql() { # DB psql-args...
  local db=$1
  shift
  PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-5} psql -X -q -v ON_ERROR_STOP=1 -d "$(ijw_db_url "$db")" "$@"
}

# ijw_db_create PREFIX: creates a database with a unique name and prints that name.
ijw_db_create() {
  local db
  db="ijw_$(echo "$1" | tr -c 'a-z0-9_\n' '_')_$(date +%s)_$$_${RANDOM}"
  PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 -d "$IJW_DATABASE_URL" -c "CREATE DATABASE $db" >/dev/null \
    || { echo "$1: FAIL: cannot create database $db" >&2; return 1; }
  echo "$db"
}

ijw_db_drop() { # DB
  PGCONNECT_TIMEOUT=5 psql -X -q -d "$IJW_DATABASE_URL" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null 2>&1 \
    || echo "warning: could not drop database $1" >&2
}
