# Helpers shared by bench/run.sh and bench/run_server.sh (sourced, not run). Both keep their
# figures in $work, a folder the calling script makes and removes.

# timed LABEL COMMAND...: runs it, stdout discarded, and appends "milliseconds max-RSS-KiB CPU-ms" to
# $work/LABEL. The CPU time (user + system) is steadier than the wall time on a shared machine: it
# leaves out the time spent waiting for a core.
timed() {
  local label=$1; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M %U %S" -o "$work/rss" "$@" >/dev/null
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(awk '{printf "%d %d", $1, ($2 + $3) * 1000}' "$work/rss")" >>"$work/$label"
}
# median COLUMN LABEL: the median of the recorded runs (column 1 time, 2 memory, 3 CPU time; "-"
# when the runs did not record it).
median() {
  sort -n -k"$1,$1" "$work/$2" | awk -v c="$1" '{v[NR]=$c} END {m=v[int((NR+1)/2)]; print (m == "" ? "-" : m)}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b <= 0) { printf "-"; exit } printf "%.2f", a / b }'; }
