#!/usr/bin/env bash
# What one writer at a time costs on a shared portfolio (issue 12, the audit chain's turn): D desks
# at once, each its own process and connection (bench/desk_writer), each adding K milestones to
# one innovation, for D = 1, 2, 4 and 8. Every change takes the chain's turn (LOCK TABLE
# audit_chain_turn) for its whole transaction, so the changes of all desks together land one after
# another: the figure to watch is changes a second as desks are added, and the slowest desk's time.
# Run it inside a throwaway cluster, with PostgreSQL's default fsync for figures:
#   pg_virtualenv -o fsync=on bench/desks_server.sh [--changes K] [--build-dir DIR]
# Without --build-dir it configures and builds Release in build-bench. Not part of ctest.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
changes=200
build_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --changes) changes=$2; shift 2 ;;
    --build-dir) build_dir=$2; shift 2 ;;
    *) echo "desks_server.sh: unknown option $1 (use --changes or --build-dir)" >&2; exit 2 ;;
  esac
done
psql -X -q -A -t -d postgres -c "SELECT 1" >/dev/null 2>&1 || {
  echo "desks_server.sh: no PostgreSQL server answers: run it as pg_virtualenv bench/desks_server.sh ..." >&2; exit 2; }
if [ -z "$build_dir" ]; then
  build_dir="$root/build-bench"
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DINNOTRACK_WARNINGS_AS_ERRORS=OFF >/dev/null
  cmake --build "$build_dir" -j2 --target innotrack desk_writer >/dev/null
fi
it="$build_dir/cli/innotrack"
writer="$build_dir/bench/desk_writer"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "| desks | changes | wall time | changes a second | slowest desk |"
echo "| ---: | ---: | ---: | ---: | ---: |"
for desks in 1 2 4 8; do
  db="desks_$desks"
  createdb "$db"
  location="postgresql:///$db"
  "$it" --db "$location" init --leader "Cllr Ann Leader" >/dev/null
  "$it" --db "$location" --as "Cllr Ann Leader" person add --name "Olly Officer" --role officer >/dev/null
  "$it" --db "$location" --as "Cllr Ann Leader" innovation add --title "Virtual wards" --lead-officer "Olly Officer" >/dev/null
  start=$(date +%s.%N)
  pids=()
  for desk in $(seq 1 "$desks"); do
    ( s=$(date +%s.%N); "$writer" "$location" 2 1 "$changes" "desk$desk"; e=$(date +%s.%N)
      awk -v e="$e" -v s="$s" 'BEGIN { print e - s }' > "$work/desk$desk" ) &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  end=$(date +%s.%N)
  total=$((desks * changes))
  landed=$(psql -X -A -t -d "$db" -c "SELECT count(*) FROM milestones")
  [ "$landed" -eq "$total" ] || { echo "desks_server.sh: $landed of $total changes landed" >&2; exit 1; }
  wall=$(awk -v e="$end" -v s="$start" 'BEGIN { print e - s }')
  slowest=$(sort -n "$work"/desk* | tail -1)
  printf '| %d | %d | %.2f s | %.0f | %.2f s |\n' "$desks" "$total" "$wall" "$(awk -v t="$total" -v w="$wall" 'BEGIN { print t / w }')" "$slowest"
  rm -f "$work"/desk*
  dropdb "$db"
done
