#!/usr/bin/env bash
# Runs the libFuzzer targets on a working corpus outside the repository: the seeds in tests/fuzz/corpus plus
# the official iJw example messages, with the XML/iJw dictionary. Crashes land in OUT/<target>/artifacts/.
#
# usage: tests/fuzz/run.sh [--seconds N] [--out DIR] [--examples DIR] [BINARY...]
#   BINARY      fuzz target binaries (default: build-fuzz/tests/fuzz/fuzz_validate and fuzz_xml_parse)
#   --seconds   run time per target (default 30)
#   --out       working directory (default /tmp/ijw-fuzz); corpora grow there from run to run
#   --examples  the official examples (default $IJW_EXAMPLES_DIR, else ../shared/ijw-3.2/examples)
# Extra libFuzzer flags can be given in $FUZZ_FLAGS (e.g. FUZZ_FLAGS=-jobs=2).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
seconds=30
out=/tmp/ijw-fuzz
examples=${IJW_EXAMPLES_DIR:-$repo/../shared/ijw-3.2/examples}
binaries=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --examples) examples=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) binaries+=("$1"); shift ;;
  esac
done
if [ ${#binaries[@]} -eq 0 ]; then
  binaries=("$repo/build-fuzz/tests/fuzz/fuzz_validate" "$repo/build-fuzz/tests/fuzz/fuzz_xml_parse")
fi

status=0
for binary in "${binaries[@]}"; do
  name=$(basename "$binary")
  [ -x "$binary" ] || { echo "run.sh: $binary is not built" >&2; exit 2; }
  corpus=$out/$name/corpus
  artifacts=$out/$name/artifacts
  mkdir -p "$corpus" "$artifacts"
  cp "$here"/corpus/* "$corpus"/
  if [ -d "$examples" ]; then
    for f in "$examples"/*.xml; do cp "$f" "$corpus/example-$(basename "$f")"; done
  else
    echo "run.sh: no examples at $examples, running on the seeds only" >&2
  fi
  echo "== $name: ${seconds}s, corpus $corpus ($(find "$corpus" -type f | wc -l) files)"
  # shellcheck disable=SC2086
  if ! "$binary" -dict="$here/xml.dict" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
       -artifact_prefix="$artifacts/" -print_final_stats=1 ${FUZZ_FLAGS:-} "$corpus" 2>"$out/$name/log"; then
    status=1
    echo "!! $name failed; reproducer(s) in $artifacts, log in $out/$name/log" >&2
    grep -E 'ERROR|invariant violated|SUMMARY|Test unit written' "$out/$name/log" >&2 || true
  fi
  grep -E '^#[0-9]+' "$out/$name/log" | tail -1 || true
done
exit $status
