#!/usr/bin/env bash
# How fast `scan` reads source, beside a plain text search (GNU grep over the same trees: the floor, the cost of reading
# every byte once) and the Python notebook a user would write (bench/scan_peer.py: the peer). Whole commands, JVM start
# included, each REPEAT times: median and least wall time, peak RSS, and throughput on the median.
#
#   bench/scan.sh ~/src/aider ~/src/LocalAI ...   # checkouts of real repositories (see BENCHMARKS.md for the set)
#   REPEAT=1 bench/scan.sh                        # the bundled fixtures (tiny: a smoke test, not a benchmark)
set -euo pipefail
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$project"
REPEAT="${REPEAT:-3}"
# shellcheck source=bench/measure.sh
source "$project/bench/measure.sh"
if (($# == 0)); then
    set -- "$project"/core/src/test/resources/scan/projects/*
fi
python="${PYTHON:-/usr/bin/python3}"

"${mc[@]}" scan "$@" --format json >"$work/scan.json"
bytes=$("$python" -c 'import json,sys; print(sum(p["bytes"] for p in json.load(open(sys.argv[1]))["projects"]))' \
    "$work/scan.json")
megabytes=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')

# row LABEL COMMAND...: a measure() row with the throughput of the median appended (of ROW_MEGABYTES when set).
row() {
    local label="$1"
    shift
    local line
    line=$(measure "$label" ":" "$@")
    local median
    median=$(echo "$line" | awk -F'|' '{print $3}')
    echo "$line" | sed "s/|\$/| $(awk -v m="$median" -v mb="${ROW_MEGABYTES:-$megabytes}" 'BEGIN {if (m > 0) printf "%.0f MB\/s", mb / m; else printf "-"}') |/"
}

echo "Benchmark of $(date -u +%Y-%m-%d) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo
echo "### scan: $# projects, $megabytes MB of source scanned"
echo
echo "| work | median s | min s | peak RSS | throughput |"
echo "|---|---:|---:|---:|---:|"
# As a user runs it: bin/modelcensus, which gives a scan the JVM's quick compiler and serial collector.
launcher=("$project/bin/modelcensus")
row "scan (all cores): ModelCensus" "${launcher[@]}" scan "$@" --format json
row "scan --threads 1: ModelCensus" "${launcher[@]}" scan "$@" --format json --threads 1
# The same trees five times over in one command: the throughput once the JVM has started and warmed up.
five=("$@" "$@" "$@" "$@" "$@")
five_megabytes=$(awk -v mb="$megabytes" 'BEGIN {printf "%.1f", 5 * mb}')
ROW_MEGABYTES=$five_megabytes row "scan of the set five times over, $five_megabytes MB: ModelCensus" \
    "${launcher[@]}" scan "${five[@]}" --format json
row "scan (all cores), the JVM's defaults (C2 compiler, G1 collector): ModelCensus" "${mc[@]}" scan "$@" --format json
row "one regular expression over every file: GNU grep (floor)" grep -rIEc --exclude-dir=.git \
    --exclude-dir=node_modules --exclude-dir=vendor --exclude-dir=target --exclude-dir=dist --exclude-dir=build \
    "[\"'][A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*[\"']" "$@"
row "regular expressions and the registry: Python notebook (peer)" "$python" bench/scan_peer.py \
    data/organizations.csv "$@"
