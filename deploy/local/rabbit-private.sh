#!/usr/bin/env bash
# usage: deploy/local/rabbit-private.sh start|stop|status
#
# A private, throw-away RabbitMQ node for development and tests: its own state dir, node name,
# AMQP port, Erlang distribution port and epmd, all bound to 127.0.0.1 only; independent of the
# system node (rabbit@<host>, :5672), no systemd needed. Idempotent: `start` on a running node
# only checks it. Runs the node as the calling user (root is fine), bypassing Debian's wrapper.
#
# On success `start` and `status` print the connection URL on stdout:
#   IJW_AMQP_URL=amqp://guest:guest@127.0.0.1:45672/%2f
# The vhost is spelled out as %2f ("/"): by the AMQP URI spec a bare trailing slash
# (amqp://host:port/) means the EMPTY vhost "", and rabbitmq-c's amqp_parse_url and amqp-tools
# then fail with "530 NOT_ALLOWED - vhost  not found".
#
# Env: IJW_RMQ_DIR        state dir (default /tmp/ijw-hub/rabbit)
#      IJW_RMQ_PORT       AMQP port (default 45672)
#      IJW_RMQ_DIST_PORT  Erlang distribution port (default 45673). Set explicitly: RabbitMQ's
#                         default is AMQP port + 20000, which must stay <= 65535.
#      IJW_RMQ_EPMD_PORT  port of the node's own epmd (default 45674; the system one uses 4369)
#      IJW_RMQ_TIMEOUT    seconds to wait for start-up (default 90)
set -euo pipefail

DIR=${IJW_RMQ_DIR:-/tmp/ijw-hub/rabbit}
case $DIR in /*) ;; *) DIR=$PWD/$DIR ;; esac
PORT=${IJW_RMQ_PORT:-45672}
TIMEOUT=${IJW_RMQ_TIMEOUT:-90}
URL="amqp://guest:guest@127.0.0.1:$PORT/%2f"

die() { echo "rabbit-private: error: $*" >&2; exit 1; }

export HOME=$DIR # the Erlang cookie lives in $HOME/.erlang.cookie; rabbitmqctl needs the same one
export RABBITMQ_NODENAME=ijw@localhost # short name on localhost: no DNS/hostname dependence
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=$PORT
export RABBITMQ_DIST_PORT=${IJW_RMQ_DIST_PORT:-45673}
export ERL_EPMD_ADDRESS=127.0.0.1 ERL_EPMD_PORT=${IJW_RMQ_EPMD_PORT:-45674}
export RABBITMQ_MNESIA_BASE=$DIR/mnesia RABBITMQ_LOG_BASE=$DIR/log
export RABBITMQ_ENABLED_PLUGINS_FILE=$DIR/enabled_plugins RABBITMQ_PID_FILE=$DIR/rabbit.pid
export RABBITMQ_CONFIG_FILE=$DIR/rabbitmq # ".conf" is appended
export RABBITMQ_ADVANCED_CONFIG_FILE=$DIR/advanced.config
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" # dist port on loopback too

RMQ=/usr/lib/rabbitmq/bin
if [ ! -x "$RMQ/rabbitmq-server" ] || [ ! -x "$RMQ/rabbitmqctl" ]; then
  die "RabbitMQ not installed (no $RMQ/rabbitmq-server); run deploy/local/install-deps.sh"
fi

cd /
ctl() { "$RMQ/rabbitmqctl" -q "$@"; }
# Ask the node only when our epmd answers: the CLI would otherwise start a stray epmd (and take ~1 s).
epmd_up() { (exec 3<>"/dev/tcp/127.0.0.1/$ERL_EPMD_PORT") 2>/dev/null; }
alive() { epmd_up && ctl ping >/dev/null 2>&1; }
# true when the node is up and the rabbit app has started (waits up to $1 s for a booting node)
ready() { epmd_up && ctl await_startup --timeout "$1" >/dev/null 2>&1; }
start_failed() { # message: show the log, clean up what this start left behind, exit
  log_tail
  if proc_running "$(cat "$DIR/wrapper.pid" 2>/dev/null || echo 0)"; then
    kill -TERM -- "-$(cat "$DIR/wrapper.pid")" 2>/dev/null || true
  fi
  if epmd_up && ! alive; then epmd -kill >/dev/null 2>&1 || true; fi
  die "$1"
}
log_tail() {
  if [ -f "$DIR/server.log" ]; then
    { echo "--- last lines of $DIR/server.log:"; tail -n 25 "$DIR/server.log"; } >&2
  fi
}
# true while process $1 exists and is not a zombie (a dead child can linger as <defunct>)
proc_running() { local s; s=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) && [ -n "$s" ] && [ "$s" != Z ]; }

start() {
  if ready 1; then
    echo "rabbit-private: running, node $RABBITMQ_NODENAME, pid $(cat "$RABBITMQ_PID_FILE" 2>/dev/null || echo '?')" >&2
    echo "IJW_AMQP_URL=$URL"
    return
  fi
  mkdir -p "$DIR/mnesia" "$DIR/log"
  [ -f "$DIR/enabled_plugins" ] || echo '[].' >"$DIR/enabled_plugins"
  [ -f "$DIR/rabbitmq.conf" ] || printf 'vm_memory_high_watermark.absolute = 512MiB\n' >"$DIR/rabbitmq.conf"
  [ -f "$DIR/advanced.config" ] || echo '[].' >"$DIR/advanced.config"

  echo "rabbit-private: starting node $RABBITMQ_NODENAME on 127.0.0.1:$PORT (dist $RABBITMQ_DIST_PORT, epmd $ERL_EPMD_PORT)" >&2
  # Foreground mode in its own session, in the background (NOT -detached: that hides start-up
  # errors). stdin/stdout/stderr are redirected so that $(rabbit-private.sh start) returns.
  rm -f "$RABBITMQ_PID_FILE"
  setsid nohup "$RMQ/rabbitmq-server" </dev/null >"$DIR/server.log" 2>&1 &
  local pid=$!
  echo "$pid" >"$DIR/wrapper.pid"

  local deadline=$((SECONDS + TIMEOUT))
  until ready 5; do
    proc_running "$pid" || start_failed "rabbitmq-server exited during start-up (port $PORT or $RABBITMQ_DIST_PORT in use?), see $DIR/server.log and $DIR/log"
    [ $SECONDS -lt $deadline ] || start_failed "RabbitMQ not ready after ${TIMEOUT}s, see $DIR/server.log"
    sleep 0.5
  done
  echo "rabbit-private: running, node $RABBITMQ_NODENAME, pid $(cat "$RABBITMQ_PID_FILE" 2>/dev/null || echo '?')" >&2
  echo "IJW_AMQP_URL=$URL"
}

stop() {
  if alive; then
    ctl shutdown --timeout "$TIMEOUT" >/dev/null 2>&1 || die "rabbitmqctl shutdown failed"
    echo "rabbit-private: stopped" >&2
  else
    echo "rabbit-private: not running" >&2
  fi
  # epmd (daemonized by erl) outlives the node; this stops only the one on our private port.
  if epmd_up; then epmd -kill >/dev/null 2>&1 || true; fi
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  status)
    if ready 1; then
      echo "rabbit-private: running, node $RABBITMQ_NODENAME on 127.0.0.1:$PORT" >&2
      echo "IJW_AMQP_URL=$URL"
    else
      echo "rabbit-private: not running (state dir $DIR)" >&2
      exit 3
    fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
