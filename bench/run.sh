#!/usr/bin/env bash
# The benchmark: whole ModelCensus commands (JVM start included) side by side, in one run, with
#   the floor: DuckDB alone (bench/DuckDbAlone.java and bench/floor/*.sql) on the same files, and
#   the peer: bench/baseline.py, the pandas + networkx notebook a data scientist would write.
# Each command runs REPEAT times; the table gives the median and the least wall time and the
# largest peak RSS (/usr/bin/time). Before anything is timed, the peer's figures are checked
# against ModelCensus's on the smallest size.
#
#   bench/run.sh                        # 100,000 and 1,000,000 models, 3 repetitions
#   SIZES="100000 1000000 3000000" REPEAT=2 bench/run.sh
#   SIZES=20000 REPEAT=1 PEER_MAX=20000 bench/run.sh     # the smoke size
#
# Data and stores go to core/target/bench (regenerated only when missing). Needs /usr/bin/time;
# the peer needs python3 with pandas and networkx (Debian: python3-pandas python3-networkx).
set -euo pipefail
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$project"
SIZES="${SIZES:-100000 1000000}"
REPEAT="${REPEAT:-3}"
PEER_MAX="${PEER_MAX:-1000000}"
PYTHON="${PYTHON:-/usr/bin/python3}"
# shellcheck source=bench/measure.sh
source "$project/bench/measure.sh"

echo "Benchmark of $(date -u +%Y-%m-%d) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
first=1
for size in $SIZES; do
    data="$work/hub-$size"
    if [[ ! -d "$data/jsonl" ]]; then
        "${mc[@]}" synth --models "$size" --out "$data/jsonl.partial" 2>/dev/null && mv "$data/jsonl.partial" "$data/jsonl"
    fi
    if [[ ! -d "$data/parquet" ]]; then
        "${mc[@]}" synth --models "$size" --format hub-stats --out "$data/parquet.partial" 2>/dev/null \
            && mv "$data/parquet.partial" "$data/parquet"
    fi
    jsonl=$(ls "$data"/jsonl/*.jsonl.gz)
    parquet=$(ls "$data"/parquet/*.parquet)
    store="$work/census-$size.duckdb"
    floorStore="$work/floor-$size.duckdb"

    if ((first)) && ((size <= PEER_MAX)); then
        rm -f "$store" "$store.wal"
        "${mc[@]}" import "$jsonl" --format hub-jsonl --store "$store" >/dev/null
        "${mc[@]}" shares --by country --format json --store "$store" >"$work/uploader.json"
        "${mc[@]}" shares --by country --view origin --format json --store "$store" >"$work/origin.json"
        "${mc[@]}" families --top 20 --format json --store "$store" >"$work/families.json"
        "$PYTHON" bench/baseline.py "$jsonl" data/organizations.csv >"$work/peer.json"
        "$PYTHON" bench/check_peer.py "$work" && echo "The peer gives ModelCensus's figures at $size models." >&2
    fi
    first=0

    echo
    echo "### $size models, one snapshot"
    echo
    echo "| work | median s | min s | peak RSS |"
    echo "|---|---:|---:|---:|"
    measure "import hub-jsonl.gz: ModelCensus" "rm -f $store $store.wal" "${mc[@]}" import "$jsonl" --format hub-jsonl --store "$store"
    measure "import hub-jsonl.gz: DuckDB alone" "rm -f $floorStore $floorStore.wal" \
        "${floor[@]}" "$floorStore" bench/floor/import_jsonl.sql "FILES=$jsonl" REGISTRY=data/organizations.csv
    measure "import hub-stats Parquet: ModelCensus" "rm -f $store.parquet.duckdb" \
        "${mc[@]}" import "$parquet" --format hub-stats --store "$store.parquet.duckdb"
    measure "import hub-stats Parquet: DuckDB alone" "rm -f $floorStore.parquet" \
        "${floor[@]}" "$floorStore.parquet" bench/floor/import_parquet.sql "FILES=$parquet" REGISTRY=data/organizations.csv
    for by in country organization; do
        measure "shares --by $by (uploader): ModelCensus" ":" "${mc[@]}" shares --by "$by" --store "$store"
        measure "shares --by $by --view origin: ModelCensus" ":" "${mc[@]}" shares --by "$by" --view origin --store "$store"
    done
    measure "sensitivity --by country (every variant): ModelCensus" ":" "${mc[@]}" sensitivity --by country --store "$store"
    measure "shares by country (uploader): DuckDB alone" ":" "${floor[@]}" "$floorStore" bench/floor/shares_uploader.sql
    measure "shares by country (origin, recursive CTE): DuckDB alone" ":" "${floor[@]}" "$floorStore" bench/floor/shares_origin.sql
    measure "families --top 20: ModelCensus" ":" "${mc[@]}" families --top 20 --store "$store"
    measure "lineage (summary): ModelCensus" ":" "${mc[@]}" lineage --store "$store"
    if ((size <= PEER_MAX)); then
        measure "whole census (read, shares in both views, families): pandas + networkx" ":" \
            "$PYTHON" bench/baseline.py "$jsonl" data/organizations.csv
    fi
done
