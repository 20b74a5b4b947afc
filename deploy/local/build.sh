#!/usr/bin/env bash
# usage: deploy/local/build.sh [BUILD_DIR] [extra cmake args...]
#
# Configures (Ninja, RelWithDebInfo, -DIJW_WERROR=ON) and builds ijw-hub with ccache.
# BUILD_DIR is relative to the repo root unless absolute (default: build). Extra cmake args come
# after the defaults, so they can override them. Variants used by test.sh:
#   build.sh build
#   build.sh build-asan -DIJW_SANITIZE=ON -DIJW_BENCH=OFF
#   build.sh build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DIJW_FUZZ=ON -DIJW_BENCH=OFF
# A re-run with the same arguments skips the configure step and Ninja finds nothing to do.
# When the arguments change, the directory is reconfigured from scratch (cmake --fresh), so no
# stale cache entry survives; ccache keeps that cheap.
#
# Env: IJW_JOBS (default: nproc). IJW_BUILD_TARGETS: space-separated targets to build instead of all
# (run.sh builds only ijwctl). CCACHE_* as usual; CCACHE_BASEDIR defaults to the repo root and
# CCACHE_NOHASHDIR to true, so that other checkouts of the repo (CI clones) share cache hits.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=${1:-build}
[ $# -gt 0 ] && shift
case $BUILD_DIR in
  /*) ;;
  *) BUILD_DIR=$ROOT/$BUILD_DIR ;;
esac

for tool in cmake ninja; do
  command -v "$tool" >/dev/null || { echo "build: error: $tool not found; run deploy/local/install-deps.sh first" >&2; exit 1; }
done

export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}

ARGS=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIJW_WERROR=ON "$@")
STAMP=$BUILD_DIR/.ijw-build-args
want=$(printf '%s\n' "${ARGS[@]}")

if [ -f "$BUILD_DIR/CMakeCache.txt" ] && [ -f "$BUILD_DIR/build.ninja" ] && [ -f "$STAMP" ] \
   && [ "$(cat "$STAMP")" = "$want" ]; then
  : # configured with these arguments; Ninja re-runs cmake by itself if a CMakeLists.txt changed
else
  fresh=()
  [ -f "$BUILD_DIR/CMakeCache.txt" ] && fresh=(--fresh)
  echo "build: configuring $BUILD_DIR: ${ARGS[*]}"
  rm -f "$STAMP"
  cmake "${fresh[@]}" -S "$ROOT" -B "$BUILD_DIR" "${ARGS[@]}"
  printf '%s\n' "$want" >"$STAMP"
fi

TARGETS=()
for t in ${IJW_BUILD_TARGETS:-}; do TARGETS+=(--target "$t"); done
echo "build: building $BUILD_DIR${IJW_BUILD_TARGETS:+ (targets: $IJW_BUILD_TARGETS)}"
cmake --build "$BUILD_DIR" -j "${IJW_JOBS:-$(nproc)}" "${TARGETS[@]}"
