#!/usr/bin/env bash
# README command 2 (and what .ci/run executes): bash deploy/local/test.sh
#
#  1. install-deps.sh
#  2. private PostgreSQL and RabbitMQ (pg-private.sh, rabbit-private.sh); exports IJW_DATABASE_URL
#     and IJW_AMQP_URL. A URL already set in the environment is used as is (nothing started).
#     Under CI=true a service that cannot start is a failure; otherwise only a warning.
#  3. builds: build/ (normal), build-asan/ (ASan+UBSan), build-fuzz/ (clang, libFuzzer)
#  4. ctest in build/ (all tests), ctest -L 'unit|store' in build-asan/
#  5. every build-fuzz/tests/fuzz/fuzz_* target for IJW_FUZZ_SECONDS (default 60) in total, split
#     over the targets, on a fresh copy of tests/fuzz/corpus (if present) + the official examples
#     + the demo messages; a crash, leak, timeout or OOM fails. IJW_FUZZ_SECONDS=0 skips fuzzing.
#
# Every step runs even when an earlier one failed (a step whose build failed is skipped), then a
# table and a closing line "test.sh: N passed, N failed" are printed. The counts are test cases
# (ctest) plus fuzz targets; each failed step that has no test count of its own (a build, a
# service under CI) counts as one failure. Exit status: 0 only when nothing failed.
#
# Env: IJW_XSD_DIR (default <repo>/../shared/ijw-3.2/xsd, else the same next to the local checkout this one
#      was cloned from), IJW_EXAMPLES_DIR (its examples/), IJW_SHARED_DIR (../shared), IJW_FUZZ_SECONDS (60),
#      IJW_CTEST_TIMEOUT (per test, 600 s), IJW_TEST_LOG_DIR (<repo>/build-logs), CI.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT" || exit 1

FUZZ_SECONDS=${IJW_FUZZ_SECONDS:-60}
CTEST_TIMEOUT=${IJW_CTEST_TIMEOUT:-600}
LOG_DIR=${IJW_TEST_LOG_DIR:-$ROOT/build-logs}
CI=${CI:-}
# The official release (the oracle) lives in ../shared next to the checkout. A clone made elsewhere from a
# local checkout (git clone . /tmp/x/fresh) finds it next to the checkout it was cloned from.
official_dir() {
  local origin
  if [ -d "$(dirname "$ROOT")/shared/ijw-3.2" ]; then echo "$(dirname "$ROOT")/shared/ijw-3.2"; return; fi
  origin=$(git -C "$ROOT" config --get remote.origin.url 2>/dev/null || true)
  if [ -n "$origin" ] && [ -d "$origin/../shared/ijw-3.2" ]; then echo "$(cd "$origin/.." && pwd)/shared/ijw-3.2"; return; fi
  echo "$(dirname "$ROOT")/shared/ijw-3.2"
}
export IJW_XSD_DIR=${IJW_XSD_DIR:-$(official_dir)/xsd}
EXAMPLES_DIR=$(dirname "$IJW_XSD_DIR")/examples
export IJW_EXAMPLES_DIR=${IJW_EXAMPLES_DIR:-$EXAMPLES_DIR}
export IJW_SHARED_DIR=${IJW_SHARED_DIR:-$(dirname "$(dirname "$IJW_XSD_DIR")")}  # docs/ for the catalogue test
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p "$LOG_DIR"

T0=$SECONDS
ROWS=()        # summary table rows
PASSED=0       # test cases + fuzz targets passed
FAILED=0       # test cases + fuzz targets failed + failed steps without a test count
FAILED_STEPS=()

say() { printf '\n=== test.sh: %s\n' "$*"; }
row() { ROWS+=("$(printf '  %-5s %-44s %s' "$1" "$2" "${3:-}")"); }
fail_step() { # name [detail]: a failed step without a test count of its own
  row FAIL "$1" "${2:-}"; FAILED=$((FAILED + 1)); FAILED_STEPS+=("$1")
}
skip_step() { # name reason: not run because an earlier step failed (that one is already counted)
  row skip "$1" "$2"
}

# --- 1. dependencies --------------------------------------------------------------------------
say "install-deps"
if bash "$HERE/install-deps.sh"; then
  row ok install-deps
else
  fail_step install-deps
  echo "test.sh: cannot continue without the dependencies"
  printf '%s\n' "${ROWS[@]}"
  echo "test.sh: $PASSED passed, $FAILED failed"
  exit 1
fi

if [ -d "$IJW_XSD_DIR" ]; then
  IJW_XSD_DIR=$(cd "$IJW_XSD_DIR" && pwd)
  echo "IJW_XSD_DIR=$IJW_XSD_DIR"
else
  echo "test.sh: warning: IJW_XSD_DIR=$IJW_XSD_DIR does not exist (tests that need the XSDs will fail)"
fi

# --- 2. services ------------------------------------------------------------------------------
service() { # name script VAR
  local name=$1 script=$2 var=$3 out
  if [ -n "${!var:-}" ]; then
    row ok "$name" "using $var from the environment"
    return
  fi
  say "$name"
  if out=$(bash "$HERE/$script" start) && grep -q "^$var=" <<<"$out"; then
    export "$(grep "^$var=" <<<"$out" | tail -n 1)"
    echo "$var=${!var}"
    row ok "$name" "${!var}"
  elif [ "$CI" = true ]; then
    fail_step "$name" "could not start (CI=true)"
  else
    echo "test.sh: warning: $name could not start; tests that need $var will skip or fail"
    row WARN "$name" "could not start; $var not set"
  fi
}
service postgresql pg-private.sh IJW_DATABASE_URL
service rabbitmq rabbit-private.sh IJW_AMQP_URL

# --- 3. builds --------------------------------------------------------------------------------
declare -A BUILT=()
build() { # dir [cmake args...]   (env TARGETS: build only these)
  local dir=$1 t=$SECONDS
  say "build $dir"
  if IJW_BUILD_TARGETS=${TARGETS:-} bash "$HERE/build.sh" "$@" 2>&1 | tee "$LOG_DIR/build-$dir.log"; then
    BUILT[$dir]=1
    row ok "build $dir" "$((SECONDS - t))s"
  else
    fail_step "build $dir" "$((SECONDS - t))s, log $LOG_DIR/build-$dir.log"
  fi
}
build build
# Under the sanitizers run the unit tests and the store tests (the code that talks to PostgreSQL): only
# their binaries are built there.
ASAN_TARGETS="xml_test schema_test validate_test model_test rules_test retour_test store_test transport_test
  admin_unit_test admin_api_test policy_test"
TARGETS=$ASAN_TARGETS build build-asan -DIJW_SANITIZE=ON -DIJW_BENCH=OFF
# The fuzz build needs only its targets (and the libraries they instrument): keeps a fresh machine's run short.
TARGETS="fuzz_validate fuzz_xml_parse" build build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DIJW_FUZZ=ON -DIJW_BENCH=OFF

# --- 4. ctest ---------------------------------------------------------------------------------
run_ctest() { # label dir [ctest args...]
  local label=$1 dir=$2 t=$SECONDS log rc line total failed
  shift 2
  if [ -z "${BUILT[$dir]:-}" ]; then
    skip_step "$label" "the build of $dir failed"
    return
  fi
  say "$label"
  log=$LOG_DIR/$(tr ' /' '__' <<<"$label").log
  ctest --test-dir "$dir" --output-on-failure -j2 --no-tests=error --timeout "$CTEST_TIMEOUT" "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1)
  if [ -n "$line" ]; then
    failed=$(sed -E 's/.* ([0-9]+) tests? failed out of.*/\1/' <<<"$line")
    total=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$line")
    PASSED=$((PASSED + total - failed))
    FAILED=$((FAILED + failed))
    if [ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]; then
      row ok "$label" "$total tests, $((SECONDS - t))s"
    else
      [ "$failed" -eq 0 ] && FAILED=$((FAILED + 1)) # ctest failed without a failed test
      row FAIL "$label" "$failed of $total tests failed (exit $rc), log $log"
      FAILED_STEPS+=("$label")
    fi
  else
    fail_step "$label" "no test result (exit $rc; no tests found?), log $log"
  fi
}
run_ctest "ctest build" build
run_ctest "ctest build-asan -L 'unit|store'" build-asan -L 'unit|store'

# --- 5. fuzzing -------------------------------------------------------------------------------
fuzz() {
  local dir=build-fuzz targets=() n per t name work rc execs f
  if [ "$FUZZ_SECONDS" = 0 ]; then
    row skip fuzz "IJW_FUZZ_SECONDS=0"
    return
  fi
  if [ -z "${BUILT[$dir]:-}" ]; then
    skip_step fuzz "the build of $dir failed"
    return
  fi
  while IFS= read -r t; do targets+=("$t"); done \
    < <(find "$dir/tests/fuzz" -maxdepth 1 -type f -name 'fuzz_*' -perm -u+x 2>/dev/null | sort)
  n=${#targets[@]}
  if [ "$n" -eq 0 ]; then
    fail_step fuzz "no executable $dir/tests/fuzz/fuzz_* found"
    return
  fi
  per=$((FUZZ_SECONDS / n))
  [ "$per" -ge 1 ] || per=1
  say "fuzz: $n target(s), ${per}s each"
  for t in "${targets[@]}"; do
    name=$(basename "$t")
    work=$ROOT/$dir/fuzz-run/$name
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    # seeds: the shared corpus, a per-target corpus, the official examples and the demo messages
    for f in "$ROOT"/tests/fuzz/corpus/* "$ROOT/tests/fuzz/corpus/$name"/* "$EXAMPLES_DIR"/*.xml "$HERE"/demo-messages/*.xml; do
      [ -f "$f" ] && cp "$f" "$work/corpus/$(basename "$(dirname "$f")")__$(basename "$f")"
    done
    local extra=()
    # dictionary: tests/fuzz/<target>.dict, else the shared tests/fuzz/xml.dict
    for f in "$ROOT/tests/fuzz/$name.dict" "$ROOT/tests/fuzz/xml.dict"; do
      if [ -f "$f" ]; then extra+=("-dict=$f"); break; fi
    done
    echo "fuzz: $name: $(find "$work/corpus" -type f | wc -l) seed(s), -max_total_time=$per"
    "$t" -max_total_time="$per" -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 \
      -artifact_prefix="$work/artifacts/" "${extra[@]}" "$work/corpus" >"$work/fuzz.log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log" | tail -n 1)
    if [ "$rc" -eq 0 ]; then
      PASSED=$((PASSED + 1))
      row ok "fuzz $name" "${execs:-?} runs in ${per}s"
      echo "fuzz: $name: ok, ${execs:-?} runs"
    else
      FAILED=$((FAILED + 1))
      FAILED_STEPS+=("fuzz $name")
      row FAIL "fuzz $name" "exit $rc, log $work/fuzz.log"
      echo "fuzz: $name: FAILED (exit $rc); last lines of $work/fuzz.log:"
      tail -n 60 "$work/fuzz.log"
      echo "fuzz: artifacts (reproduce with: $t <file>):"
      ls -l "$work/artifacts"
    fi
  done
}
fuzz

# --- summary ----------------------------------------------------------------------------------
echo
echo "=== test.sh summary ($((SECONDS - T0))s)"
printf '%s\n' "${ROWS[@]}"
if [ "$FAILED" -eq 0 ]; then
  echo "test.sh: OK"
else
  failed_list=$(printf '%s, ' "${FAILED_STEPS[@]}")
  echo "test.sh: FAILED: ${failed_list%, }"
fi
echo "test.sh: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
