#!/usr/bin/env bash
# Measures the server under load (see BENCHMARKS.md): builds a store of 3 synthetic snapshots of MODELS models,
# serves it, warms the cache and runs wrk (Debian's package) on loopback against /api/shares and /api/series.
# Usage: scripts/load-benchmark.sh [MODELS] [PORT]
set -euo pipefail
models="${1:-1000000}"
port="${2:-18181}"
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$project"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
mvn -B -q -DskipTests package
java -jar core/target/modelcensus.jar synth --models "$models" --snapshots 3 --every 7 --out "$work" 2>/dev/null
/usr/bin/time -f "import: %e s" java -jar core/target/modelcensus.jar import "$work"/*.jsonl.gz --format hub-jsonl \
    --store "$work/census.duckdb"
java -jar core/target/modelcensus.jar serve --store "$work/census.duckdb" --port "$port" 2>"$work/serve.log" &
server=$!
for attempt in $(seq 1 60); do
    curl -sf "http://127.0.0.1:$port/api/status" >/dev/null && break
    sleep 1
done
for path in "/api/shares?by=country" "/api/series?by=country&measure=window"; do
    curl -s -o /dev/null -w "uncached $path: %{time_total} s\n" "http://127.0.0.1:$port$path"
    echo "== wrk $path"
    wrk -t2 -c16 -d20s --latency "http://127.0.0.1:$port$path" | grep -E "Requests/sec|50%|90%|99%|requests in"
done
