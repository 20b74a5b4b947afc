# The check helpers of the end-to-end scripts (tests/e2e): source it, then count with `check`, `pass` and `fail`,
# and end with `[ "$failures" -eq 0 ]`. Lines "ok   ..." go to stdout, "FAIL ..." to stderr.
# shellcheck shell=bash

failures=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1" >&2; failures=$((failures + 1)); }
check() { # DESCRIPTION EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then pass "$1"; else fail "$1: expected '$2', got '$3'"; fi
}
# A TCP port on 127.0.0.1 that was free a moment ago.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
