# Shell functions for the tests that need a RabbitMQ broker (tests/e2e/amqp_*.sh): the broker of
# $IJW_AMQP_URL (deploy/local/rabbit-private.sh prints it). Without one a test is skipped (exit 77), except
# under CI (CI set and not "false"), where it fails. Needs tests/support/database.sh (ijw_in_ci).

# ijw_amqp_require NAME PROBE: exits 77 (skip) or 1 (under CI) when the broker cannot be used.
ijw_amqp_require() {
  local why=""
  if [ -z "${IJW_AMQP_URL:-}" ]; then
    why="IJW_AMQP_URL is not set"
  elif ! command -v amqp-publish >/dev/null; then
    why="amqp-publish not found (Debian package amqp-tools)"
  elif ! why=$("$2" "$IJW_AMQP_URL" delete-queue ijw.probe.nonexistent 2>&1); then
    why="cannot reach the broker of IJW_AMQP_URL: ${why//$'\n'/ }"
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

# ijw_wait_for SECONDS COMMAND...: runs COMMAND every 0.1 s until it succeeds; false after SECONDS.
ijw_wait_for() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@"; do
    [ $SECONDS -lt "$deadline" ] || return 1
    sleep 0.1
  done
}
