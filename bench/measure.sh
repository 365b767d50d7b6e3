# What both benchmark scripts share: the scratch directory ($work), the jar (built when missing), the ModelCensus
# command ($mc, with MODELCENSUS_JAVA_OPTS), DuckDB alone ($floor), and the timing (measure). Source it after setting
# project and REPEAT. Needs /usr/bin/time.

work="$project/core/target/bench"
jar="$project/core/target/modelcensus.jar"
mkdir -p "$work"
[[ -f "$jar" ]] || mvn -B -q -pl core -DskipTests -Dspotless.check.skip=true package
read -r -a java_options <<<"${MODELCENSUS_JAVA_OPTS:-}"
mc=(java "${java_options[@]}" -jar "$jar")
mkdir -p "$work/classes"
javac -d "$work/classes" "$project/bench/DuckDbAlone.java"
floor=(java -cp "$jar:$work/classes" DuckDbAlone)

# measure LABEL SETUP COMMAND...: runs SETUP (e.g. removing a store) then COMMAND, REPEAT times.
measure() {
    local label="$1" setup="$2"
    shift 2
    local times=() peak=0
    for ((run = 0; run < REPEAT; run++)); do
        eval "$setup"
        /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" || {
            echo "$label failed:" >&2
            cat "$work/err.txt" >&2
            return 1
        }
        read -r seconds kilobytes <"$work/time.txt"
        times+=("$seconds")
        ((kilobytes > peak)) && peak=$kilobytes
    done
    local sorted
    sorted=$(printf '%s\n' "${times[@]}" | sort -n)
    local median minimum
    median=$(echo "$sorted" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
    minimum=$(echo "$sorted" | head -1)
    printf '| %s | %.2f | %.2f | %s |\n' "$label" "$median" "$minimum" "$((peak / 1024)) MiB"
}
