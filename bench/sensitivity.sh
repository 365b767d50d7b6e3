#!/usr/bin/env bash
# How much the robustness analysis costs beside one share table, at full-Hub size: one synthetic hub-stats snapshot of
# N models imported once, then whole commands (JVM start included), each REPEAT times, median and least wall time and
# peak RSS, side by side in one run:
#   shares --by country (uploader and origin), sensitivity --by country (every variant), top --by country --key CN,
#   shares --exclude repackaged,automated, and DuckDB alone grouping the same snapshot (the floor).
#
#   bench/sensitivity.sh                    # 3,000,000 models, 3 repetitions
#   MODELS=100000 REPEAT=1 bench/sensitivity.sh
set -euo pipefail
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$project"
MODELS="${MODELS:-3000000}"
REPEAT="${REPEAT:-3}"
# shellcheck source=bench/measure.sh
source "$project/bench/measure.sh"

data="$work/hub-$MODELS/parquet"
if [[ ! -d "$data" ]]; then
    "${mc[@]}" synth --models "$MODELS" --format hub-stats --out "$data.partial" 2>/dev/null && mv "$data.partial" "$data"
fi
parquet=$(ls "$data"/*.parquet)
store="$work/sensitivity-$MODELS.duckdb"
floorStore="$work/sensitivity-floor-$MODELS.duckdb"
[[ -f "$store" ]] || "${mc[@]}" import "$parquet" --format hub-stats --store "$store" >/dev/null
[[ -f "$floorStore" ]] || "${floor[@]}" "$floorStore" bench/floor/import_parquet.sql "FILES=$parquet" \
    REGISTRY=data/organizations.csv >/dev/null

echo "Benchmark of $(date -u +%Y-%m-%d) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo
echo "### $MODELS models, one hub-stats snapshot"
echo
echo "| work | median s | min s | peak RSS |"
echo "|---|---:|---:|---:|"
measure "shares --by country (uploader): ModelCensus" ":" "${mc[@]}" shares --by country --store "$store"
measure "shares --by country --view origin: ModelCensus" ":" "${mc[@]}" shares --by country --view origin --store "$store"
measure "shares --by country --exclude repackaged,automated: ModelCensus" ":" \
    "${mc[@]}" shares --by country --exclude repackaged,automated --store "$store"
measure "sensitivity --by country (every variant): ModelCensus" ":" "${mc[@]}" sensitivity --by country --store "$store"
measure "top --by country --key CN: ModelCensus" ":" "${mc[@]}" top --by country --key CN --store "$store"
measure "shares by country (uploader): DuckDB alone" ":" "${floor[@]}" "$floorStore" bench/floor/shares_uploader.sql
