#!/usr/bin/env bash
# ijwd's HTTPS intake against the pipeline itself and pgbench, in one run (issue 6 "Benchmark"; README,
# "Benchmark"). Sets everything up: demo certificates, a fresh database, ijwd on a free port (4 workers, the
# default); then runs bench/pipeline_bench (pipeline in-process and pgbench, its own databases) and
# bench/https_load (1 and 16 keep-alive connections, then 16 at half of the highest rate), and prints one
# Markdown table. Targets: HTTPS >= 80% of the pipeline's msgs/s at the same parallelism (ijwd runs
# Pipeline::process on its workers, so "pipeline process"); p99 < 50 ms at half of the maximum rate.
# Usage: bench/https_bench.sh [BUILD_DIR] [SECONDS]     (default: build, 10)   Needs IJW_DATABASE_URL.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
seconds=${2:-10}
ijwd=$build/services/ijwd/ijwd
https_load=$build/bench/https_load
pipeline_bench=$build/bench/pipeline_bench
for binary in "$ijwd" "$https_load" "$pipeline_bench"; do
  [ -x "$binary" ] || { echo "https_bench: $binary is not built (IJW_BUILD_TARGETS=\"ijwd https_load pipeline_bench\")" >&2; exit 2; }
done
# shellcheck source=../tests/support/database.sh
source "$root/tests/support/database.sh"
[ -n "${IJW_DATABASE_URL:-}" ] || { echo "https_bench: set IJW_DATABASE_URL (deploy/local/pg-private.sh start)" >&2; exit 2; }

work=$(mktemp -d)
db=""
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; fi
  [ -n "$db" ] && ijw_db_drop "$db"
  rm -rf "$work"
}
trap cleanup EXIT

bash "$root/deploy/local/demo-certs.sh" "$work/certs" 12345678 >/dev/null
db=$(ijw_db_create https_bench)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# One aanbieder sends all of the load, far above a real one's rate: where ijwd has a rate limit per aanbieder
# (limits.rate_per_second, 429 beyond), it is raised out of the way; an ijwd without it refuses the key.
write_config() { # LIMITS
  cat >"$work/ijwd.json" <<JSON
{
  "listen": { "address": "127.0.0.1", "port": $port },
  "tls": { "certificate": "certs/server.crt", "private_key": "certs/server.key", "client_ca": "certs/ca.crt" },
  "clients": { "ijw-demo-aanbieder-12345678": "12345678" },
$1
  "today": "2026-11-20"
}
JSON
}
write_config '  "limits": { "rate_per_second": 1000000, "rate_burst": 1000000 },'
if ! "$ijwd" --check-config --config "$work/ijwd.json" >/dev/null 2>"$work/check-config.err"; then
  grep -q "limits.rate_" "$work/check-config.err" && write_config ""
fi
IJW_DATABASE_URL=$(ijw_db_url "$db") "$ijwd" --config "$work/ijwd.json" >"$work/ijwd.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  curl -s --max-time 2 --cacert "$work/certs/ca.crt" "https://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/ijwd.log" >&2; exit 1; }
  sleep 0.1
done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "https_bench: pipeline_bench (pipeline in-process and pgbench), ${seconds} s per run..." >&2
"$pipeline_bench" --seconds "$seconds" --rounds 1 --clients 6000 >"$work/pipeline.md"
echo "https_bench: https_load against ijwd (4 workers), ${seconds} s per run..." >&2
"$https_load" --url "https://127.0.0.1:$port" --ca "$work/certs/ca.crt" --cert "$work/certs/client-12345678.crt" \
  --key "$work/certs/client-12345678.key" --database "$(ijw_db_url "$db")" --connections 1,16 --half-rate \
  --seconds "$seconds" --clients 3000 --tsv >"$work/https.tsv"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$work/pipeline.md" "$work/https.tsv" "$load_before" "$load_after" "$seconds" <<'PY'
import sys

pipeline_md, https_tsv, load_before, load_after, seconds = sys.argv[1:]
rows = {}
for line in open(pipeline_md):
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) == 5 and cells[1].replace(".", "").isdigit():
        rows[cells[0]] = (float(cells[1]), float(cells[2]), float(cells[3]))
https = []
for line in open(https_tsv):
    name, connections, rate, p50, p99, ok, invalid, errors, ran_out = line.rstrip("\n").split("\t")
    https.append((name, int(connections), float(rate), float(p50), float(p99), int(errors), ran_out))

def row(name, rate, p50, p99, versus):
    print(f"| {name} | {rate:.0f} | {p50:.2f} | {p99:.2f} | {versus} |")

print("| Run | msgs/s or TPS | p50 ms | p99 ms | vs pipeline process, same parallelism |")
print("|---|---:|---:|---:|---:|")
one, four = rows.get("pipeline process (1 worker)"), rows.get("pipeline process (4 workers)")
for name in ("pgbench one-row INSERT (-c1)", "pipeline process (1 worker)", "pgbench one-row INSERT (-c4)",
             "pipeline process (4 workers)", "pipeline process_batch N=32 (4 workers)"):
    if name in rows:
        rate, p50, p99 = rows[name]
        reference = one if "-c1" in name or "1 worker" in name else four
        row(name, rate, p50, p99, f"{rate / reference[0]:.2f}" if reference else "-")
for name, connections, rate, p50, p99, errors, ran_out in https:
    # One connection sends one message at a time, like one pipeline worker; 16 keep ijwd's 4 workers busy.
    reference = one if connections == 1 else four
    label = f"{name} (ijwd, 4 workers)" + (" **errors: %d**" % errors if errors else "") + \
        (" (mix ran out)" if ran_out != "-" else "")
    versus = f"**{rate / reference[0]:.2f}**" if reference and " at " not in name else \
        ("p99 target < 50 ms: **%s**" % ("met" if p99 < 50 else "missed") if " at " in name else "-")
    row(label, rate, p50, p99, versus)
print(f"\n`bench/https_bench.sh`: {seconds} s per run, one round; load average {load_before} before, {load_after} "
      f"after. HTTPS latency: from sending the request (at a fixed rate: from the moment it was due) to the whole "
      f"answer; pipeline: per call; pgbench: per transaction.")
PY
