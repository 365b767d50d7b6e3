# The timing both benchmark scripts share; source it after setting REPEAT and work (the scratch directory).
# Needs /usr/bin/time.

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
