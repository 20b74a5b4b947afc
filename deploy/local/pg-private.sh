#!/usr/bin/env bash
# usage: deploy/local/pg-private.sh start|stop|status
#
# A private, throw-away PostgreSQL 15 instance for development and tests: its own data dir and
# port, listening on 127.0.0.1 only (plus a Unix socket in the state dir), independent of the
# Debian cluster in /etc/postgresql, no systemd needed. Idempotent: `start` on a running
# instance only checks it. fsync stays ON (durability is a product promise); tests that want
# speed can pass e.g. IJW_PG_OPTIONS="-c synchronous_commit=off".
#
# On success `start` and `status` print the connection URL on stdout:
#   IJW_DATABASE_URL=postgresql://ijw:ijw@127.0.0.1:55432/ijw
# (role ijw, password ijw, CREATEDB so tests may create scratch databases).
#
# Env: IJW_PG_DIR      state dir (default /tmp/ijw-hub/pg; must be traversable by user postgres)
#      IJW_PG_PORT     TCP port (default 55432)
#      IJW_PG_OPTIONS  extra server options, e.g. "-c log_statement=all"
#      IJW_PG_TIMEOUT  seconds to wait for start/stop (default 60)
set -euo pipefail

DIR=${IJW_PG_DIR:-/tmp/ijw-hub/pg}
PORT=${IJW_PG_PORT:-55432}
TIMEOUT=${IJW_PG_TIMEOUT:-60}
URL="postgresql://ijw:ijw@127.0.0.1:$PORT/ijw"

die() { echo "pg-private: error: $*" >&2; exit 1; }

case $DIR in /*) ;; *) DIR=$PWD/$DIR ;; esac
INITDB=$(find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/initdb' 2>/dev/null | sort -V | tail -n 1)
if [ -z "$INITDB" ]; then
  die "PostgreSQL server not installed (no /usr/lib/postgresql/*/bin/initdb); run deploy/local/install-deps.sh"
fi
BIN=$(dirname "$INITDB")
VER=$(basename "$(dirname "$BIN")")

cd / # tools run as 'postgres' complain when the cwd is e.g. /root
# initdb and postgres refuse to run as root: when root, run them as the 'postgres' system user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
running() { as_pg "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; }
ready() { "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -d postgres -t 2; }
log_tail() {
  if [ -f "$DIR/server.log" ]; then
    { echo "--- last lines of $DIR/server.log:"; tail -n 20 "$DIR/server.log"; } >&2
  fi
}

start() {
  if [ ! -s "$DIR/data/PG_VERSION" ]; then
    rm -rf "$DIR/data"
    mkdir -p "$DIR/data" "$DIR/sock"
    chmod 700 "$DIR/data"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$DIR"
    echo "pg-private: initdb $DIR/data (PostgreSQL $VER)" >&2
    as_pg "$BIN/initdb" -D "$DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
      || { tail -n 20 "$DIR/initdb.log" >&2; die "initdb failed, see $DIR/initdb.log"; }
  fi
  mkdir -p "$DIR/sock"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR" "$DIR/sock"

  if ! running; then
    echo "pg-private: starting on 127.0.0.1:$PORT" >&2
    as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t "$TIMEOUT" \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR/sock ${IJW_PG_OPTIONS:-}" start >/dev/null 2>&1 \
      || { log_tail; die "PostgreSQL failed to start or was not up within ${TIMEOUT}s (port $PORT in use?), see $DIR/server.log"; }
  fi

  local deadline=$((SECONDS + TIMEOUT))
  until ready; do
    [ $SECONDS -lt $deadline ] || { log_tail; die "PostgreSQL on 127.0.0.1:$PORT not ready after ${TIMEOUT}s"; }
    sleep 0.2
  done

  P() { as_pg "$BIN/psql" -h "$DIR/sock" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
  P -c "select 1 from pg_roles where rolname='ijw'" | grep -q 1 \
    || P -c "create role ijw login createdb password 'ijw'" >/dev/null
  P -c "select 1 from pg_database where datname='ijw'" | grep -q 1 \
    || P -c "create database ijw owner ijw" >/dev/null
  echo "pg-private: running, data $DIR/data, pid $(head -n 1 "$DIR/data/postmaster.pid")" >&2
  echo "IJW_DATABASE_URL=$URL"
}

case ${1:-} in
  start) start ;;
  stop)
    if [ -s "$DIR/data/PG_VERSION" ] && running; then
      as_pg "$BIN/pg_ctl" -D "$DIR/data" -m fast -w -t "$TIMEOUT" stop >/dev/null \
        || die "PostgreSQL did not stop within ${TIMEOUT}s"
      echo "pg-private: stopped" >&2
    else
      echo "pg-private: not running" >&2
    fi ;;
  status)
    if [ -s "$DIR/data/PG_VERSION" ] && running && ready; then
      echo "pg-private: running on 127.0.0.1:$PORT, data $DIR/data" >&2
      echo "IJW_DATABASE_URL=$URL"
    else
      echo "pg-private: not running (state dir $DIR)" >&2
      exit 3
    fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
