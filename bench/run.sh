#!/usr/bin/env bash
# The benchmark of issue 7: innotrack beside the sqlite3 shell (the physical reference), side by
# side in one run, each figure the median of RUNS runs after a warm-up, ratios computed pair by pair.
#   bench/run.sh [--sizes "1000 10000"] [--runs 5] [--build-dir DIR] [--smoke]
# Without --build-dir it configures and builds Release in build-bench. --smoke (the ctest): N = 1,000,
# one run, no warm-up, no build; it checks that every step runs, not how fast.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
sizes="1000 10000"
runs=5
build_dir=""
smoke=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --build-dir) build_dir=$2; shift 2 ;;
    --smoke) smoke=1; sizes=1000; runs=1; shift ;;
    *) echo "run.sh: unknown option $1 (use --sizes, --runs, --build-dir or --smoke)" >&2; exit 2 ;;
  esac
done
for tool in sqlite3 python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing: install the packages in scripts/packages.txt" >&2; exit 2; }
done
if [ -z "$build_dir" ]; then
  build_dir="$root/build-bench"
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DINNOTRACK_WARNINGS_AS_ERRORS=OFF >/dev/null
  cmake --build "$build_dir" -j2 --target innotrack bench_generate >/dev/null
fi
generate="$build_dir/bench/bench_generate"
innotrack="$build_dir/cli/innotrack"
work=$(mktemp -d "${TMPDIR:-/tmp}/innotrack-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export INNOTRACK_TODAY=2026-11-27   # the generator's "today": every run sees the same figures

# timed LABEL COMMAND...: runs it, stdout discarded, and appends "milliseconds max-RSS-KiB" to $work/LABEL.
timed() {
  local label=$1; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$work/rss" "$@" >/dev/null
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(cat "$work/rss")" >>"$work/$label"
}
# median COLUMN LABEL: the median of the recorded runs (column 1 time, 2 memory).
median() {
  sort -n -k"$1,$1" "$work/$2" | awk -v c="$1" '{v[NR]=$c} END {print v[int((NR+1)/2)]}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) b = 1; printf "%.2f", a / b }'; }

# One innotrack load: a new file written through the storage layer; the time is bench_generate's
# own store_write_ms (open, insert every row, commit, close), not the generation in memory.
load_innotrack() {
  local n=$1
  rm -f "$work/p$n.db"*
  /usr/bin/time -f "%M" -o "$work/rss" "$generate" "$n" --db "$work/p$n.db" >"$work/out"
  echo "$(awk '/store_write_ms/ {printf "%d", $2}' "$work/out") $(cat "$work/rss")" >>"$work/load-innotrack-$n"
}
load_sqlite() {
  local n=$1
  rm -f "$work/r$n.db"*
  timed "load-sqlite3-$n" sqlite3 -bail "$work/r$n.db" -init /dev/null ".read $work/import$n.sql"
}

printf '%-44s %10s %10s %7s %12s %12s\n' "measure (median of $runs)" "innotrack" "sqlite3" "ratio" "innotrack RSS" "sqlite3 RSS"
row() {  # row TITLE LABEL-A LABEL-B
  local ta tb ma mb
  ta=$(median 1 "$2"); tb=$(median 1 "$3"); ma=$(median 2 "$2"); mb=$(median 2 "$3")
  printf '%-44s %8s ms %8s ms %6sx %9s KiB %9s KiB\n' "$1" "$ta" "$tb" "$(ratio "$ta" "$tb")" "$ma" "$mb"
}

for n in $sizes; do
  mkdir -p "$work/csv$n"
  "$generate" "$n" --db "$work/p$n.db" --csv "$work/csv$n" >"$work/gen$n"
  rows=$(awk '/^rows/ {print $2}' "$work/gen$n")
  sqlite3 "$work/p$n.db" .schema | python3 "$here/reference_schema.py" >"$work/schema$n.sql"
  {
    echo "PRAGMA journal_mode = WAL;"   # as innotrack opens its files
    echo "PRAGMA synchronous = NORMAL;"
    # Keys stay unchecked: .import writes an absent optional link as '', which no key matches
    # (innotrack checks its keys, so this only makes the reference faster).
    echo "PRAGMA foreign_keys = OFF;"
    echo ".read $work/schema$n.sql"
    echo "BEGIN;"
    echo ".mode csv"
    for table in people ambitions innovations stage_changes milestones milestone_moves benefits risks setbacks \
                 lessons lesson_tags reviews; do
      echo ".import $work/csv$n/$table.csv $table"
    done
    echo "COMMIT;"
  } >"$work/import$n.sql"
  [ "$smoke" = 1 ] || { load_innotrack "$n"; load_sqlite "$n"; rm -f "$work"/load-*-"$n"; }  # warm-up
  for _ in $(seq "$runs"); do load_innotrack "$n"; load_sqlite "$n"; done
  row "load N=$n ($rows rows)" "load-innotrack-$n" "load-sqlite3-$n"
  for table in innovations milestones risks setbacks lessons; do  # both loads hold the same rows
    a=$(sqlite3 -readonly "$work/p$n.db" "SELECT count(*) FROM $table")
    b=$(sqlite3 -readonly "$work/r$n.db" "SELECT count(*) FROM $table")
    [ "$a" = "$b" ] || { echo "run.sh: $table has $a rows in innotrack's file but $b in the reference" >&2; exit 1; }
  done

  db="$work/p$n.db"
  [ "$smoke" = 1 ] || "$innotrack" --db "$db" report tally --fy 2026 >/dev/null  # warm-up: file in the page cache
  for _ in $(seq "$runs"); do
    timed "tally-innotrack-$n" "$innotrack" --db "$db" report tally --fy 2026
    timed "tally-sqlite3-$n" sqlite3 -bail -readonly -init /dev/null "$db" ".read $here/sql/tally.sql"
    timed "board-innotrack-$n" "$innotrack" --db "$db" report board
    timed "board-sqlite3-$n" sqlite3 -bail -readonly -init /dev/null "$db" ".read $here/sql/board.sql"
    timed "list-innotrack-$n" "$innotrack" --db "$db" innovation list --stage piloting --ambition 3
    timed "list-sqlite3-$n" sqlite3 -bail -readonly -init /dev/null "$db" ".read $here/sql/list.sql"
  done
  row "report tally --fy 2026, N=$n" "tally-innotrack-$n" "tally-sqlite3-$n"
  row "report board, N=$n" "board-innotrack-$n" "board-sqlite3-$n"
  row "innovation list --stage --ambition, N=$n" "list-innotrack-$n" "list-sqlite3-$n"
  rm -rf "$work/csv$n" "$work/r$n.db"*
done
