#!/usr/bin/env bash
# Installs the Debian bookworm packages that ijw-hub needs to build, test and run locally.
# Run as root (or with sudo available). Idempotent: when everything is installed already it only
# asks dpkg and returns (well under a second); otherwise it runs `apt-get update` once and
# `apt-get install --no-install-recommends` for the missing packages only.
#
# Env: IJW_APT_LOCK_TIMEOUT  seconds to wait for a dpkg/apt lock held by another apt (default 600)
set -euo pipefail

# The one list of packages. Keep it sorted by purpose; add new dependencies here only.
PACKAGES=(
  # toolchain
  build-essential g++ cmake ninja-build pkg-config ccache
  clang libclang-rt-14-dev # clang++ -fsanitize=fuzzer (libFuzzer ships in libclang-rt-14-dev)
  # libraries
  libpugixml-dev nlohmann-json3-dev libspdlog-dev libfmt-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libxml2-dev
  libboost-dev libboost-system-dev libssl-dev
  libpqxx-dev libpq-dev librabbitmq-dev
  prometheus-cpp-dev # /metrics: the Prometheus text format and histograms (prometheus-cpp core)
  # test oracle (xmllint), servers and tools
  libxml2-utils
  postgresql
  rabbitmq-server amqp-tools
  curl openssl ca-certificates
  python3 # tests/concurrency/generate.py writes the concurrency workload
)

export DEBIAN_FRONTEND=noninteractive

# One dpkg-query call for the whole list; packages dpkg has never heard of are simply not printed.
installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${PACKAGES[@]}" 2>/dev/null || true)
missing=()
for p in "${PACKAGES[@]}"; do
  grep -qxF "$p ii " <<<"$installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"

SUDO=()
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: error: not root and no sudo; run as root" >&2; exit 1; }
  SUDO=(sudo --preserve-env=DEBIAN_FRONTEND)
fi

# Do not let apt start the system-wide PostgreSQL (:5432) and RabbitMQ (:5672 on all interfaces)
# services: ijw-hub uses private, loopback-only instances (pg-private.sh, rabbit-private.sh).
# A policy-rc.d that exits 101 makes invoke-rc.d/deb-systemd-invoke skip the start. It is only
# added when the machine has none, and removed again when this script exits.
POLICY=/usr/sbin/policy-rc.d
if [ ! -e "$POLICY" ]; then
  "${SUDO[@]}" sh -c "printf '#!/bin/sh\n# temporary, added by ijw-hub install-deps.sh\nexit 101\n' >$POLICY && chmod 755 $POLICY"
  trap '"${SUDO[@]}" rm -f "$POLICY"' EXIT
fi

LOCK_WAIT=(-o "DPkg::Lock::Timeout=${IJW_APT_LOCK_TIMEOUT:-600}")
"${SUDO[@]}" apt-get "${LOCK_WAIT[@]}" update -q
"${SUDO[@]}" apt-get "${LOCK_WAIT[@]}" install -y -q --no-install-recommends "${missing[@]}"

# Check that dpkg now reports every package as installed.
installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${PACKAGES[@]}" 2>/dev/null || true)
still=()
for p in "${PACKAGES[@]}"; do
  grep -qxF "$p ii " <<<"$installed" || still+=("$p")
done
if [ ${#still[@]} -ne 0 ]; then
  echo "install-deps: error: still missing after apt-get install: ${still[*]}" >&2
  exit 1
fi
echo "install-deps: done"
